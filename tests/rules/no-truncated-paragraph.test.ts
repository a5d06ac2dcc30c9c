import {describe, expect, it} from 'vitest'
import rule from '../../rules/no-truncated-paragraph.js'
import {formatMessage, ruleMessages, runRule} from '../../src/testing.js'
import {testExamples} from '../rule-examples.js'

testExamples(rule)

async function messages(text: string): Promise<string[]> {
  return ruleMessages(rule, text)
}

/** A story whose third paragraph is cut, and another story a tail may land in. */
const WATER = [
  '城东净水厂建成通水',
  '城东净水厂昨日正式建成通水，新建管网总长四十二公里。',
  '城东区水务局负责人介绍，净水厂日处理能力达到十万吨，管网覆盖全区，建成后将为城东',
  '目前，净水厂采用深度处理工艺，出厂水质优于国家标准。',
  '水务部门表示，将加快老旧管网改造，确保供水安全。'
]
const SCHOOL = ['实验小学举办春季运动会', '实验小学第十届春季运动会近日开幕，全校一千二百名学生参加。', '运动会设田径、跳绳、拔河等十二个项目，各班学生踊跃报名。']
const SCHOOL_AFTER = ['学校负责人说，运动会旨在增强学生体质，培养团队精神。', '闭幕式上，学校为获奖班级和个人颁发了奖状。']

describe('no-truncated-paragraph: what it flags', () => {
  it('flags a paragraph ending on an enumeration comma and joins it to a stray closing quote far away', async () => {
    const text = [
      '高新区“智造+服务”组团',
      '报告指出：“打造创新高地，建设宜居、',
      '新区审计局获得表彰',
      '近日，新区审计局获得省级表彰。',
      '其他单位也受到表扬。',
      '宜业的城市核心区。”新区将继续努力。'
    ].join('\n\n')
    const found = await messages(text + '\n')
    expect(found).toHaveLength(2)
    expect(found[0]).toMatch(/^3:18-3:19: .*以顿号结尾，后半句在 11:1/)
    expect(found[1]).toMatch(/^11:1-11:2: .*后引号「”」之前没有前引号，它接续 3:18/)
  })

  it('flags a paragraph that starts with punctuation', async () => {
    const found = await messages('新区审计局获得表彰。\n\n，并在全省会议上作了交流发言。\n')
    expect(found).toEqual([expect.stringMatching(/^3:1-3:2: 段落从句中开始：.*以标点「，」开头，本页找不到前半句/)])
  })

  it('offers the join as the replacement of exactly the paragraph break', async () => {
    const text = '新区召开重点项目推进会。\n\n会议要求，有关单位要尽快制订具\n\n　　体方案，确保按期完工。\n'
    const file = await runRule(rule, text)
    const join = file.messages.find((message) => message.expected)
    expect(join?.expected).toEqual([''])
    expect(join?.actual).toBe('\n\n　　')
    const place = join?.place
    const span = place && 'start' in place ? [place.start.offset, place.end.offset] : []
    const [from, to] = span as [number, number]
    expect(text.slice(0, from) + '' + text.slice(to)).toBe('新区召开重点项目推进会。\n\n会议要求，有关单位要尽快制订具体方案，确保按期完工。\n')
  })

  it('names the continuation as cause', async () => {
    const file = await runRule(rule, '今年以来，全区新开工亿元以上项目35\n\n个，总投资超过120亿元。\n')
    const cut = file.messages[0]
    expect(cut?.cause).toBeDefined()
    const cause = cut?.cause as {place?: {start: {line: number}}}
    expect(cause.place?.start.line).toBe(3)
  })

  it('prefers a word across the break to mere adjacency', async () => {
    const text = [
      '昨天上午，新区召开群众工作会议，会议由区委书记主',
      '各部门负责人参加了会议。',
      '会上，各部门汇报了工作进展，大家一致表示要进一步做好群众工作，做到耐',
      '持会议并讲话。'
    ].join('\n\n')
    const found = await messages(text + '\n')
    expect(found).toContainEqual(expect.stringMatching(/^1:24-1:25: 段落在句中断开：.*后半句在 7:1/))
    expect(found).toContainEqual(expect.stringMatching(/^5:34-5:35: .*后文缺失/))
  })

  it('does not pair a far orphan start with a cut end when nothing in the join tells', async () => {
    const text = '新区召开推进会。\n\n会议要求，各部门要打造宜居、\n\n新区审计局获得表彰\n\n近日，新区审计局获得省级表彰。\n\n慧农业示范项目已经投入使用。\n'
    const found = await messages(text)
    expect(found).toEqual([expect.stringMatching(/^3:14-3:15: .*后文缺失/), expect.stringMatching(/^9:1-9:2: .*前文缺失/)])
  })

  it('leaves a paragraph of one short sentence alone, and one opening on a longer first sentence', async () => {
    expect(await messages('新区召开推进会。\n\n谢谢。\n\n谋定而后动。多年来，新区坚持规划先行。\n')).toEqual([])
  })

  it('pairs a fragment far away with a cut end whose wording it shares, as likely', async () => {
    const text = '新区巡回医疗进村入户\n\n新区巡回医疗队昨日出发。\n\n入冬以来，新区卫健部门全力保障留守老人的就医用\n\n新区审计局获得表彰\n\n近日，新区审计局获得省级表彰。\n\n药。一大早，巡回医疗车来到村里，为老人提供上门问诊服务。\n'
    expect(await messages(text)).toEqual([
      '5:23-5:24: 段落在句中断开：「卫健部门全力保障留守老人的就医用」没有句末标点；后半句可能在 11:1：「药。一大早，巡回医疗车来」，那一段与前后文无关，却与这里的内容相近',
      '11:1-11:2: 段落可能从句中开始：「药。一大早，巡回医疗车来」与前后段落无关，可能是 5:23 处「卫健部门全力保障留守老人的就医用」的后半句'
    ])
  })

  it('pairs ends and starts one to one', async () => {
    const text = '会议要求，有关单位要尽快制订具\n\n新区审计局获得表彰\n\n会议要求，各部门要抓紧制订具\n\n体方案，确保按期完工。\n'
    const found = await messages(text)
    // The second cut end takes the adjacent start; the first has no continuation left.
    expect(found.filter((line) => line.includes('后文缺失'))).toHaveLength(1)
    expect(found.filter((line) => line.includes('接续'))).toHaveLength(1)
  })

  it('treats half-width (NFKC) punctuation like full-width', async () => {
    expect(await messages('会议要求,有关单位要尽快制订具\n\n体方案,确保按期完工。\n')).toHaveLength(2)
    expect(await messages('会议要求,各单位要加快推进项目建设。\n\n他说:"我们将加快建设。"\n')).toEqual([])
  })

  it('handles CRLF line ends', async () => {
    const found = await messages('新区召开推进会。\r\n\r\n检查组察看了施工现场，详细了解项目进展和\r\n')
    expect(found).toEqual([expect.stringMatching(/^3:20-3:21: /)])
  })
})

describe('no-truncated-paragraph: continuations recognised by their wording', () => {
  const story = [
    '新区推进老旧小区改造',
    '今年以来，新区把老旧小区改造作为民生实事，已完成改造小区二十六个，惠及居民八千余户。',
    '在改造过程中，新区坚持居民点单、政府买单，重点解决老旧小区加装电梯难、管网老化',
    '新区住建局负责人表示，明年将继续扩大老旧小区改造范围。',
    '新区举办春季招聘会',
    '昨天上午，新区春季招聘会在人才市场举行，八十余家企业提供就业岗位两千多个。'
  ]
  const after = ['据介绍，招聘会现场共有一千二百余名求职者达成初步就业意向。', '下一步，新区将继续开展线上招聘活动，为企业和求职者搭建对接平台。']

  it('pairs a cut end with an out-of-place paragraph that shares its wording, as likely', async () => {
    const text = [...story, '停车位不足等问题，老旧小区居民的生活品质明显提升。', ...after].join('\n\n') + '\n'
    const file = await runRule(rule, text)
    const found = file.messages.filter((message) => message.ruleId === rule.meta.name)
    expect(found.map(formatMessage)).toEqual([
      expect.stringMatching(/^5:39-5:40: .*后半句可能在 13:1/),
      expect.stringMatching(/^13:1-13:2: 段落可能从句中开始：.*可能是 5:39 处/)
    ])
    expect(found[1]?.fatal).toBeUndefined()
  })

  it('does not take a paragraph that fits among its neighbours', async () => {
    const text = [...story, '求职者可以在现场投递简历，也可以通过线上平台投递。', ...after].join('\n\n') + '\n'
    expect(await messages(text)).toEqual([expect.stringMatching(/^5:39-5:40: .*后文缺失/)])
  })
})

describe('no-truncated-paragraph: matching cut ends and tails as one assignment', () => {
  const water = WATER
  const school = SCHOOL
  const schoolAfter = SCHOOL_AFTER
  const page = (paragraph: string): string => [...water, ...school, paragraph, ...schoolAfter].join('\n\n') + '\n'

  it('finds a tail moved into another story by its wording, and reports both faces', async () => {
    const file = await runRule(rule, page('片区居民和沿线企业提供稳定的净水，城东净水厂二期工程也将于明年动工，新建管网将延伸至城东新区。'))
    const found = file.messages.filter((message) => message.ruleId === rule.meta.name)
    expect(found.map(formatMessage)).toEqual([
      expect.stringMatching(/^5:40-5:41: 段落在句中断开：.*后半句可能在 17:1/),
      expect.stringMatching(/^17:1-17:2: 段落可能从句中开始：.*可能是 5:40 处/)
    ])
    const causeLine = (index: number): number | undefined => (found[index]?.cause as {place?: {start: {line: number}}} | undefined)?.place?.start.line
    expect(causeLine(0)).toBe(17)
    expect(causeLine(1)).toBe(5)
  })

  it('takes a tail sharing less wording when each half is the other\'s clear best', async () => {
    expect(await messages(page('片区居民提供稳定的净水，二期工程也将于明年动工。'))).toEqual([
      expect.stringMatching(/^5:40-5:41: 段落在句中断开：.*后半句可能在 17:1/),
      expect.stringMatching(/^17:1-17:2: 段落可能从句中开始：.*可能是 5:40 处/)
    ])
  })

  it('does not take a tail sharing less wording when another paragraph comes as close', async () => {
    const other = ['城南社区开展便民服务', '周末，城南社区组织志愿者开展便民服务活动。', '片区居民提供充足的净水，三期工程也将于后年动工。', '社区负责人说，今后将定期开展活动。']
    const text = page('片区居民提供稳定的净水，二期工程也将于明年动工。') + '\n' + other.join('\n\n') + '\n'
    expect(await messages(text)).toEqual([expect.stringMatching(/^5:40-5:41: .*后文缺失/)])
  })

  it('names no continuation when the only paragraph sharing the wording opens like a paragraph', async () => {
    const found = await messages(page('近日，片区居民和沿线企业用上了稳定的净水，城东净水厂二期工程也将于明年动工，新建管网将延伸至城东新区。'))
    expect(found).toEqual([expect.stringMatching(/^5:40-5:41: .*后文缺失/)])
  })

  it('does not take a paragraph that is itself cut for a tail', async () => {
    const found = await messages(page('片区居民和沿线企业提供稳定的净水，城东净水厂二期工程也将于明年动工，新建管网将延伸至'))
    expect(found.filter((line) => line.includes('后半句可能在 17:1'))).toEqual([])
    expect(found).toContainEqual(expect.stringMatching(/^5:40-5:41: .*后文缺失/))
  })

  it('does not read the same word on both sides of the join as a sentence', async () => {
    const text = page('片区居民和沿线企业提供稳定的净水，城东净水厂二期工程也将于明年动工，新建管网将延伸至城东新区。')
    const found = await messages(text.replace('将为城东\n', '将为城东片区\n'))
    expect(found).toEqual([expect.stringMatching(/^5:42-5:43: .*后文缺失/)])
  })

  it('prefers a word across the break far away to a loosely starting next paragraph', async () => {
    const text = [
      '会见时，区长表示，面对仍在各地肆',
      '谭明介绍了新区的发展情况。',
      '新区审计局获得表彰',
      '近日，新区审计局获得省级表彰。',
      '虐的流感疫情，各部门要加强协作，做好防控工作。'
    ].join('\n\n')
    const found = await messages(text + '\n')
    expect(found).toContainEqual(expect.stringMatching(/^1:16-1:17: 段落在句中断开：.*后半句在 9:1.*肆虐/))
  })

  it('prefers a word of three characters or more across a far break to a lone-character next paragraph', async () => {
    const text = [
      '新区召开经济形势分析会，区长在会上介绍，今年',
      '开面馆的李师傅把店面扩大了一倍，又招了两名帮工。',
      '新区审计局获得表彰',
      '近日，新区审计局获得省级表彰。',
      '以来，全区新增市场主体一万余户，同比增长一成。'
    ].join('\n\n')
    const found = await messages(text + '\n')
    expect(found).toContainEqual(expect.stringMatching(/^1:22-1:23: 段落在句中断开：.*后半句在 9:1.*今年以来/))
    expect(found.some((line) => line.includes('3:1'))).toBe(false)
  })
})

describe('no-truncated-paragraph: weaker signs of a far tail', () => {
  // The same story, cut between two words (`提供稳定` / `供水`).
  const water = WATER.map((paragraph, index) => (index === 2 ? '城东区水务局负责人介绍，净水厂日处理能力达到十万吨，管网覆盖全区，为城东片区提供稳定' : paragraph))
  const school = SCHOOL
  const schoolAfter = SCHOOL_AFTER

  it('takes a paragraph opening on a fragment (`供水。`) that shares little wording, when nothing else comes near', async () => {
    const text = [...water, ...school, '供水。二期工程明年动工，管线将延伸至东部新区。', ...schoolAfter].join('\n\n') + '\n'
    expect(await messages(text)).toEqual([
      expect.stringMatching(/^5:42-5:43: 段落在句中断开：.*后半句可能在 17:1/),
      expect.stringMatching(/^17:1-17:2: 段落可能从句中开始：.*可能是 5:42 处/)
    ])
  })

  it('does not take a copy of a paragraph around the cut end for its tail', async () => {
    const copy = '净水厂新建管网总长四十二公里并覆盖城东片区十二个社区和三个工业园区，已于昨日正式建成通水。'
    const text = ['城东净水厂建成通水', copy, '城东区水务局负责人介绍，净水厂日处理能力达到十万吨，管网覆盖全区，建成后将为城东', '目前，净水厂采用深度处理工艺，出厂水质优于国家标准。', ...school, copy, schoolAfter[0]].join('\n\n') + '\n'
    expect(await messages(text)).toEqual([expect.stringMatching(/^5:40-5:41: .*后文缺失/)])
  })

  it('does not take a paragraph opening on a time phrase for a tail', async () => {
    const text = [...water, ...school, '同一天，二期工程开工仪式在城东举行，管线将延伸至东部新区。', ...schoolAfter].join('\n\n') + '\n'
    expect(await messages(text)).toEqual([expect.stringMatching(/^5:42-5:43: .*后文缺失/)])
  })
})

describe('no-truncated-paragraph: a tail in the cut end\'s own story', () => {
  // One story: the cut end (line 7) and, four paragraphs on, a paragraph repeating its wording.
  const story = (paragraph: string): string =>
    [
      '新区老旧小区改造全面启动',
      '新区今年计划改造老旧小区四十个，涉及居民一万二千户，加装电梯和更新管网是改造重点。',
      '改造内容包括加装电梯、更新供水管网、增设停车位和充电桩，总投资三亿元。',
      '区住建局负责人介绍，加装电梯和更新供水管网是居民反映最集中的问题，今年将优先',
      '目前，首批十个小区已完成方案设计，预计下月开工。',
      '施工期间，各小区将设置临时通道，保障居民出行。',
      '社区工作人员逐户走访，听取居民对施工时间的意见。',
      paragraph,
      '街道还组织志愿者为老年居民提供帮助。',
      '居民们表示，期待早日住上舒心的房子。'
    ].join('\n\n') + '\n'

  it('does not take a paragraph of the same story opening cleanly (on a pronoun) for a tail: its wording is the story\'s', async () => {
    expect(await messages(story('我们把加装电梯和更新供水管网作为老旧小区改造重点，总投资三亿元。'))).toEqual([
      expect.stringMatching(/^7:38-7:39: .*后文缺失/)
    ])
  })

  it('still takes a paragraph of the same story opening on a plain word', async () => {
    expect(await messages(story('解决加装电梯和更新供水管网的难题，总投资三亿元。'))).toEqual([
      expect.stringMatching(/^7:38-7:39: 段落在句中断开：.*后半句可能在 15:1/),
      expect.stringMatching(/^15:1-15:2: 段落可能从句中开始：.*可能是 7:38 处/)
    ])
  })
})

describe('no-truncated-paragraph: joins that tell', () => {
  const filler = ['新区审计局获得表彰', '近日，新区审计局获得省级表彰。']

  it('joins a title to the name of its holder and a verb of saying far away', async () => {
    const text = ['会上，国际组织代表先后发言。会议由联合国副秘书长', ...filler, '迪卡洛表示，当前局势紧张，呼吁各方保持克制。'].join('\n\n') + '\n'
    expect(await messages(text)).toEqual([
      expect.stringMatching(/^1:24-1:25: 段落在句中断开：.*后半句在 7:1.*职务与姓名被拆开/),
      expect.stringMatching(/^7:1-7:2: 段落从句中开始：.*它接续 1:24/)
    ])
  })

  it('joins a surname to the given name and a verb of saying far away', async () => {
    const text = ['省人大常委会召开执法检查座谈会。栗', ...filler, '战书指出，全省认真贯彻实施环保法，生态环境显著改善。'].join('\n\n') + '\n'
    expect(await messages(text)).toEqual([
      expect.stringMatching(/^1:17-1:18: 段落在句中断开：.*后半句在 7:1.*姓名被拆开/),
      expect.stringMatching(/^7:1-7:2: 段落从句中开始：.*它接续 1:17/)
    ])
  })

  it('does not join a title to a name the page gives elsewhere', async () => {
    const text = ['会谈在友好气氛中进行。出席会谈的有越南国家主席', ...filler, '全国政协主席王华会见了代表团。', '王华表示，双方要加强交流合作。'].join('\n\n') + '\n'
    expect(await messages(text)).toEqual([expect.stringMatching(/^1:23-1:24: .*后文缺失/)])
  })

  it('takes a clean opener far away when a common word of three characters forms across the join', async () => {
    const text = ['据当地媒体报道，这两个居民点具有重要战略意义。俄', ...filler, '罗斯国防部13日称，俄军又控制了两个居民点。'].join('\n\n') + '\n'
    expect(await messages(text)).toEqual([
      expect.stringMatching(/^1:24-1:25: 段落在句中断开：.*后半句在 7:1.*俄罗斯/),
      expect.stringMatching(/^7:1-7:2: 段落从句中开始：.*它接续 1:24/)
    ])
  })

  it('prefers a word across a far join into a start the dictionary does not know to a lone-character next paragraph', async () => {
    const text = ['政法工作调研', '平安是发展的基石。相关业务局聚焦常态化扫黑除恶等课题开', '就推进扫黑除恶斗争提出了具体建议。', ...filler, '展了调研。调研组深入基层，收集一手材料。'].join('\n\n') + '\n'
    expect(await messages(text)).toEqual([
      expect.stringMatching(/^3:27-3:28: 段落在句中断开：.*后半句在 11:1.*开展/),
      expect.stringMatching(/^11:1-11:2: 段落从句中开始：.*它接续 3:27/)
    ])
  })

  it('takes no far tail on text across the join that the page does not write elsewhere', async () => {
    // The doc example `a far tail told by text the page writes elsewhere`, without the paragraph naming 城东智慧谷产业园.
    const text = ['新区产业园开园', '首批企业昨日投产。', '园区负责人介绍，今年已有三十家企业签约落户城东', ...filler, '智慧谷产业园，预计年产值超过百亿元。'].join('\n\n') + '\n'
    expect(await messages(text)).toEqual([expect.stringMatching(/^5:23-5:24: .*后文缺失/)])
  })

  it('takes a far tail opening like a paragraph when the page writes the text across the join elsewhere', async () => {
    const text = ['车展开幕', '正在举办的车展上，全球车企带来了近千辆展品，众多跨国车企表示，将加大在华投资。', '据介绍，正在举办的车展上，全球车企带来了近千辆展品，众多跨国', ...filler, '车企表示，将加大在华投资。'].join('\n\n') + '\n'
    expect(await messages(text)).toEqual([
      '5:30-5:31: 段落在句中断开：「众多跨国」没有句末标点，后半句在 11:1：「车企表示，将加大在华投资」，接起来是本页别处写过的「众多跨国车企表示」',
      '11:1-11:2: 段落从句中开始：「车企表示，将加大在华投资」从句子中间开始，它接续 5:30 的「众多跨国」'
    ])
  })

  it('does not read a title before a name the page writes after the same title as text written elsewhere', async () => {
    // 副总理王新民 stands elsewhere on the page; a cut end on another 第一副总理 is no evidence for 王新民强调.
    const text = ['会见活动', '国务院副总理王新民出席活动。', '会上，外国代表团团长、第一副总理', ...filler, '王新民强调，要加强合作。'].join('\n\n') + '\n'
    expect(await messages(text)).toEqual([expect.stringMatching(/^5:16-5:17: .*后文缺失/)])
  })

  it('on a tie, prefers a start that does not open like a paragraph', async () => {
    const text = ['上海扩大开放', '今年，上海将推动出台特别措施，建设第二批自由', ...filler, '党的二十大报告指出，高质量发展是首要任务。', '贸易试验区联动创新区，加快建设国际数据产业园。'].join('\n\n') + '\n'
    expect(await messages(text)).toEqual([
      expect.stringMatching(/^3:22-3:23: 段落在句中断开：.*后半句在 11:1.*自由贸易/),
      expect.stringMatching(/^11:1-11:2: 段落从句中开始：.*它接续 3:22/)
    ])
  })

  it('reads measure words such as 列 as units after a number', async () => {
    const text = ['中欧班列运行情况', '中欧班列开行十多年来，通达欧洲二十多个国家，截至目前累计开行数量突破11万', ...filler, '列，货值超过4500亿美元。'].join('\n\n') + '\n'
    expect(await messages(text)).toContainEqual(expect.stringMatching(/^3:37-3:38: .*后半句在 9:1.*数字与单位被拆开/))
  })

  it('reads a word across the join when the start cannot open a word, even if the end alone glues its last character', async () => {
    // Read alone, the end ends on 情调; across the break, 调度.
    const text = ['央视网消息：农业农村部最新农情调', ...filler, '度显示，北方冬小麦全面返青。'].join('\n\n') + '\n'
    expect(await messages(text)).toEqual([
      expect.stringMatching(/^1:16-1:17: 段落在句中断开：.*后半句在 7:1.*接起来是「调度」/),
      expect.stringMatching(/^7:1-7:2: 段落从句中开始：.*它接续 1:16/)
    ])
  })

  it('takes a paragraph opening like a paragraph for a far tail only on a telling join', async () => {
    // 共 + 党的十八大以来 would make 共党, a rare word: not evidence enough against an opening.
    const text = ['新区举行表彰大会', '会议号召，全区上下要凝聚更多团结奋进的正能量，共', ...filler, '党的十八大以来，新区经济总量翻了一番。'].join('\n\n') + '\n'
    expect(await messages(text)).toEqual([expect.stringMatching(/^3:24-3:25: .*后文缺失/)])
  })

  it('takes a tail that repeats the cut end\'s wording in a parallel clause, when a word forms across the join', async () => {
    // 比上年同 + 期: 同期, a common word, explains the lone 期; the tail repeats 利率约为3.1%，比上年同 in its second clause.
    const text = ['新区发布金融运行数据', '9月份，企业贷款平均利率约为3.1%，比上年同', ...filler, '期低约40个基点；个人贷款平均利率约为3.1%，比上年同期低约25个基点。'].join('\n\n') + '\n'
    expect(await messages(text)).toEqual([
      expect.stringMatching(/^3:23-3:24: 段落在句中断开：.*后半句在 9:1.*接起来是「同期」/),
      expect.stringMatching(/^9:1-9:2: 段落从句中开始：.*它接续 3:23/)
    ])
  })

  it('does not take a paragraph repeating the last words of the cut end for its tail', async () => {
    const text = ['新区部署安全生产', '新区昨日召开会议，部署安全生产工作，要求各单位压实责任、排查隐', ...filler, '各单位务必压实责任、排查隐患，确保安全生产形势稳定。'].join('\n\n') + '\n'
    expect(await messages(text)).toEqual([expect.stringMatching(/^3:31-3:32: .*后文缺失/)])
  })
})

describe('no-truncated-paragraph: a list item cut in two', () => {
  it('pairs a list label cut mid-word with the orphan start that completes the word', async () => {
    const text = ['全国政协委员分组讨论', '1.张明在参加民进委员小组讨论时说，要加强调查研究。', '2.王华在参加民盟委', '新区审计局获得表彰', '近日，新区审计局获得省级表彰。', '员小组讨论时说，要把调研成果转化为提案。'].join('\n\n') + '\n'
    expect(await messages(text)).toEqual([
      expect.stringMatching(/^5:10-5:11: 段落在句中断开：「2\.王华在参加民盟委」没有句末标点，后半句在 11:1.*委员/),
      expect.stringMatching(/^11:1-11:2: 段落从句中开始：.*它接续 5:10/)
    ])
  })

  it('pairs a list item cut mid-word before the next item, on a less common word', async () => {
    const text = ['小麦收获进度', '一、眼下，夏粮主产区小麦陆续成熟。', '二、今天的小麦机收进', '三、减少机收损失是今年各地夏收的突出亮点。', '新区审计局获得表彰', '近日，新区审计局获得省级表彰。', '度显示，全国已收获小麦面积2501万亩。'].join('\n\n') + '\n'
    expect(await messages(text)).toEqual([
      expect.stringMatching(/^5:10-5:11: 段落在句中断开：.*后半句在 13:1.*进度/),
      expect.stringMatching(/^13:1-13:2: 段落从句中开始：.*它接续 5:10/)
    ])
  })

  it('pairs a list label cut mid-phrase with a far tail when the page writes the phrase whole elsewhere', async () => {
    const tail = ['（一）推动主题教育走', '新区审计局获得表彰', '近日，新区审计局获得省级表彰。', '深走实，确保取得实效。']
    expect(await messages(['新区部署主题教育', '会议要求，推动主题教育走深走实。', ...tail].join('\n\n') + '\n')).toEqual([
      '5:10-5:11: 段落在句中断开：「（一）推动主题教育走」没有句末标点，后半句在 11:1：「深走实，确保取得实效。」，接起来是本页别处写过的「题教育走深走实」',
      '11:1-11:2: 段落从句中开始：「深走实，确保取得实效。」从句子中间开始，它接续 5:10 的「（一）推动主题教育走」'
    ])
    expect(await messages(['新区部署主题教育', '会议要求，抓好落实。', ...tail].join('\n\n') + '\n')).toEqual([])
  })

  it('leaves a section heading alone when the text below writes its name before the words a far paragraph opens with', async () => {
    const text = ['新区学校建设', '元素一 城南实验小学', '元素二 市实验幼儿园南园', '市实验幼儿园南园位于示范区中心，今年秋季开园。', '新区审计局获得表彰', '近日，新区审计局获得省级表彰。', '位于示范区东部的产业园区已经投用。']
    expect(await messages(text.join('\n\n') + '\n')).toEqual([])
  })

  it('leaves a list label alone when nothing continues it', async () => {
    const text = ['全国政协委员分组讨论', '1.张明在参加民进委员小组讨论', '他说，要加强调查研究。', '2.王华在参加民盟委员小组讨论', '她说，要把调研成果转化为提案。'].join('\n\n') + '\n'
    expect(await messages(text)).toEqual([])
  })

  it('reads a lone character that is no verb after a label as a tail, when the join tells', async () => {
    const text = ['湿地迎来越冬候鸟', '目前监测到已抵达的候鸟有五十八种，超过十万只，它们在湿地里觅食嬉戏，和湖', '新区审计局获得表彰', '近日，新区审计局获得省级表彰。', '第一，边成片的芦苇一起，吸引游客前来观赏。'].join('\n\n') + '\n'
    expect(await messages(text)).toEqual([
      expect.stringMatching(/^3:36-3:37: 段落在句中断开：.*后半句在 9:4.*湖边/),
      expect.stringMatching(/^9:4-9:5: 段落从句中开始：.*它接续 3:36/)
    ])
  })

  it('reads text opening on a whole word after a label as a tail, when a common word of three characters forms across the join', async () => {
    const page = (tail: string): string => ['候鸟南迁', '湿地迎来今年第一批客人。', '进入秋天，越冬候鸟陆续开始大', '新区审计局获得表彰', '近日，新区审计局获得省级表彰。', tail].join('\n\n') + '\n'
    expect(await messages(page('（五）规模南迁。在湿地公园，大天鹅成群飞来。'))).toEqual([
      expect.stringMatching(/^5:14-5:15: 段落在句中断开：.*后半句在 11:4.*大规模/),
      expect.stringMatching(/^11:4-11:5: 段落从句中开始：.*它接续 5:14/)
    ])
    // A whole word that makes no long word across the join opens the item itself.
    expect(await messages(page('（五）保护好湿地。在湿地公园，大天鹅成群飞来。'))).toEqual([expect.stringMatching(/^5:14-5:15: 段落在句中断开：.*本页找不到后半句/)])
  })

  it('never takes the next numbered item for the tail of a cut item: its label opens a sentence', async () => {
    const text = ['区人代会主席团举行第一次会议', '一、本报讯（记者王明）区人代会主席团3日上午在区会议中心举行', '二、会议应到120人，实到118人，符合法定人数。', '三、会议推选了主席团常务主席。'].join('\n\n') + '\n'
    expect(await messages(text)).toEqual([expect.stringMatching(/^3:\d+-3:\d+: 段落在句中断开：.*本页找不到后半句，后文缺失/)])
  })

  it('reports a list item whose text opens on a particle', async () => {
    expect(await messages('新区召开推进会。\n\n4.的咖啡露营基地也深受欢迎。\n')).toEqual([expect.stringMatching(/^3:3-3:4: 段落从句中开始：.*以不能独立成句的「的」开头，本页找不到前半句/)])
  })
})

describe('no-truncated-paragraph: two cut ends of one story sharing the same wording', () => {
  it('gives a far tail to the nearer cut end', async () => {
    const text = [
      '城东净水厂建成通水',
      '城东区水务局负责人介绍，今年以来新建净水厂进展顺利，建成后将为城东',
      '目前，城东净水厂日处理能力达到十万吨，管网覆盖全区各个街道。',
      '水务部门表示，将加快管网改造，新建净水厂配套工程，并为城东',
      '实验小学举办春季运动会',
      '实验小学第十届春季运动会近日开幕，全校一千二百名学生参加。',
      '运动会设田径、跳绳、拔河等十二个项目，各班学生踊跃报名。',
      '片区居民和沿线企业提供稳定的净水厂出水，城东还将于明年动工。',
      '学校负责人说，运动会旨在增强学生体质，培养团队精神。',
      '闭幕式上，学校为获奖班级和个人颁发了奖状。'
    ].join('\n\n')
    const found = await messages(text + '\n')
    expect(found).toContainEqual(expect.stringMatching(/^7:29-7:30: 段落在句中断开：.*后半句可能在 15:1/))
    expect(found).toContainEqual(expect.stringMatching(/^3:33-3:34: .*后文缺失/))
  })
})

describe('no-truncated-paragraph: a list label glued onto a tail', () => {
  it('reads the text after a label that begins mid-sentence as a tail, when the join tells', async () => {
    const text = '今年汛期以来，全省降雨明显偏多，河南南部、湖北、江苏北\n\n新区审计局获得表彰\n\n近日，新区审计局获得省级表彰。\n\n一、部、山东南部等地降雨偏多。\n'
    const found = await messages(text)
    expect(found).toContainEqual(expect.stringMatching(/^1:27-1:28: 段落在句中断开：.*后半句在 7:3.*北部/))
    expect(found).toContainEqual(expect.stringMatching(/^7:3-7:4: 段落从句中开始：.*接续 1:27/))
  })

  it('leaves an item opening with a verb after its label alone', async () => {
    const text = '会议强调，各级干部还\n\n新区审计局获得表彰\n\n近日，新区审计局获得省级表彰。\n\n一是要加强学习，提高本领。\n'
    expect(await messages(text)).toEqual([expect.stringMatching(/^1:10-1:11: .*后文缺失/)])
  })

  it('does not report a labelled paragraph whose start is lost', async () => {
    expect(await messages('新区召开推进会。\n\n一是乎大家的切身利益。\n')).toEqual([])
  })
})

describe('no-truncated-paragraph: what it leaves alone', () => {
  it('leaves a paragraph ending on an ellipsis typed as dots alone', async () => {
    expect(await messages('会场内外，欢声笑语......\n\n新的一年，大家信心满满。\n')).toEqual([])
  })

  it('leaves headlines, decks, kickers, bylines and captions alone', async () => {
    const text = [
      '区长调研重点项目时强调',
      '新区春季项目集中开工',
      '签约项目18个,总投资56.7亿元',
      '本报记者 李华',
      '3月1日，工人在车间调试设备。本报记者 王强 摄',
      '今年以来，新区共谋划重点项目120个。'
    ].join('\n\n')
    expect(await messages(text + '\n')).toEqual([])
  })

  it('leaves a short in-story subhead and list labels alone', async () => {
    const text = '会议审议了三项报告。\n\n多地开展春季植树活动\n\n各地群众踊跃参加义务植树。\n\n一、加快项目建设\n\n各单位要加快推进。\n'
    expect(await messages(text)).toEqual([])
  })

  it('leaves boilerplate and a closing source link alone', async () => {
    expect(await messages('今年以来，新区共谋划重点项目120个。\n\n扫一扫 关注我们\n\n来源：https://example.com/news/0301.shtml\n')).toEqual([])
  })

  it('leaves a paragraph that opens with a name the dictionary splits alone', async () => {
    expect(await messages('会议由区长主持。\n\n栗明远强调，要加快推进各项工作。\n')).toEqual([])
  })

  it('leaves list items set as headings alone', async () => {
    const text = '会议部署了三项任务。\n\n一是加快重点项目建设\n\n各单位要倒排工期。\n\n第二，推进城乡融合发展\n\n各乡镇要抓好落实。\n'
    expect(await messages(text)).toEqual([])
  })

  it('leaves a quotation running over several paragraphs alone', async () => {
    expect(await messages('他说：“第一，要加快建设。\n\n“第二，要确保质量。”\n')).toEqual([])
  })
})
