import {describe, expect, it} from 'vitest'
import {segmentWithGuesses} from '../src/segment.js'
import {echoesOf, firstToken, joinEvidence, orphanStart, phraseAcross, readOpeningsAhead, startLooseness, typicalOpening} from '../src/truncation.js'

describe('typicalOpening', () => {
  it('recognises the ways paragraphs open', () => {
    for (const text of [
      '近日，新区审计局获得省级表彰。',
      '当天中午，区长来到项目工地。',
      '今年以来，全区新开工项目35个。',
      '公路方面，今天出行人数有所回落。',
      '春节假期，各地游人如织。',
      '王明说，今年的收成不错。',
      '区长表示：“要加快建设。”',
      '美国媒体13日援引官员的话说，谈判仍在继续。',
      '中共中央政治局常委、国务院副总理陪同考察。',
      '李明、王华等参加上述活动。',
      '李明、王华参加会晤。',
      '作为全省重要的生态屏障，新区持续加强生态保护。',
      '另据当地媒体报道，救援工作仍在进行。',
      '同一天，边境交火仍在持续。',
      '下一步，全省将加快构建现代化产业体系。',
      '十年来，全区新增高速公路三百公里。',
      '这个夏天，古寨推出三十多个研学项目。',
      '金秋时节，工地上一派繁忙景象。',
      '大会号召，各级组织要团结奋斗。',
      '他说，今年的收成不错。',
      '当高楼大厦在我国城乡大地上遍地林立时，老街区的保护也提上日程。',
      '据统计，全区新增市场主体两千户。',
      '据市统计局监测，上月物价保持平稳。'
    ]) {
      expect(typicalOpening(text), text).toBe(true)
    }
  })

  it('does not take a tail cut mid-sentence for an opening', () => {
    for (const text of [
      '体方案，确保按期完工。',
      '片区居民和沿线企业提供稳定的净水。',
      '当年巡逻路，重温先进事迹。',
      '新高，农民收入较快增长。',
      '乡村建设得更好、把生态保护得更好。',
      '突破，有力保障了能源安全。',
      // A lone modal verb is no speaker (`规划纲` + `要提出，…`).
      '要提出，高质量推进城市更新。',
      // 据 without a source's report is the tail of 数据 (`…弹性包容的数` + `据要素…`); 会议中心 is a place.
      '据要素治理制度。要创新治理机制。',
      '会议中心举行。国家主席出席会议。'
    ]) {
      expect(typicalOpening(text), text).toBe(false)
    }
  })
})

describe('startLooseness', () => {
  it('reads 据 before a source\'s report as a clean opening, and otherwise as a lone character (the tail of 数据)', () => {
    expect(startLooseness('据商务部监测，全市消费稳步回升。')).toBe(0)
    expect(startLooseness('据要素治理制度。要压实企业责任。')).toBe(2)
  })

  it('reads a lone preposition as a clean opening', () => {
    expect(startLooseness('在新区，企业数量快速增长。')).toBe(0)
  })
})

describe('orphanStart', () => {
  it('reads a paragraph opening on a joining conjunction as begun mid-sentence', () => {
    for (const text of ['和地区问题深入交换意见。', '以及相关配套设施建设。', '及有关部门负责人参加会议。', '并就双边关系交换意见。']) {
      expect(orphanStart(text)?.kind, text).toBe('conjunction')
    }
  })

  it('reads a paragraph opening on a word that closes a phrase as begun mid-sentence', () => {
    for (const text of ['以来，数量逐年递增。', '为止，已建成基站300万个。', '而言，这是一次难得的机遇。']) {
      expect(orphanStart(text)?.kind, text).toBe('bound-word')
    }
    expect(orphanStart('以上措施将于明年实施。')).toBeUndefined()
  })

  it('leaves alone words that merely begin with those characters', () => {
    for (const text of ['和平发展是时代主题。', '及时救助受灾群众。', '并购重组稳步推进。']) {
      expect(orphanStart(text)?.kind, text).not.toBe('conjunction')
    }
  })
})

describe('joinEvidence', () => {
  it('reads a sentence of one character as the head of the word across the break', () => {
    // jieba guesses a name (方要) after 方; a lone character after a full stop still opens 双方.
    expect(joinEvidence('两国都是负责任的成员。双', '方要以更宽阔的视野担起责任。')).toMatchObject({word: '双方', stranded: true})
    expect(joinEvidence('进口展规模进一步扩大。来', '自40个国家和地区的企业参展。')).toMatchObject({word: '来自', stranded: true})
    // Not when the character ends a longer clause: then the guessed name stands.
    expect(joinEvidence('两国都是负责任的成员，双', '方要以更宽阔的视野担起责任。').stranded).toBeUndefined()
  })
  it('finds the frame of a preposition closed across the break', () => {
    expect(joinEvidence('7月31日，城西区遭遇强降雨。在防汛抢险', '中，镇干部连夜转移群众。')).toMatchObject({frame: '在…中', score: 2})
    expect(joinEvidence('自停火协议生效', '以来，当地局势趋于缓和。').frame).toBe('自…以来')
    // After the clause's subject too (`中欧班列自开行`).
    expect(joinEvidence('今天，又一列班列出发。中欧班列自开行', '以来，数量逐年递增。').frame).toBe('自…以来')
    expect(joinEvidence('我们在抢险', '中，发现了险情。').frame).toBe('在…中')
    // The preposition must be a word of its own with words after it, and the start close it before a comma.
    expect(joinEvidence('当地群众', '时，纷纷赶来帮忙。').frame).toBeUndefined()
    expect(joinEvidence('他们自己', '以来，一直坚守岗位。').frame).toBeUndefined()
    expect(joinEvidence('工作重心在', '上，要抓落实。').frame).toBeUndefined()
    expect(joinEvidence('在防汛抢险', '中国气象局发布预警。').frame).toBeUndefined()
  })

  it('finds a name the dictionary lacks cut in two when the page gives it after a title', () => {
    const page = {namedElsewhere: () => false, titledElsewhere: (name: string) => name === '尤如俊'}
    expect(joinEvidence('2014年大学毕业后，尤如', '俊来到西藏，带领大家致富。', page)).toMatchObject({name: true, score: 3})
    expect(joinEvidence('2014年大学毕业后，尤', '如俊来到西藏，带领大家致富。', page).name).toBe(true)
    expect(joinEvidence('2014年大学毕业后，尤如', '俊来到西藏，带领大家致富。').name).toBeUndefined()
  })

  it('finds a common word of three characters across the break when the end alone glues its first half to the word before', () => {
    // Read alone, the end segments as `经济一体` (a rare dictionary entry); across the break it is `一体化`.
    const evidence = joinEvidence('两地将共同推动区域经济一体', '化，打造协同发展示范区。')
    expect(evidence.word).toBe('一体化')
    expect(evidence.score).toBe(3)
  })

  it('finds a word jieba lacks and CC-CEDICT lists across the break, when its halves are whole words of each side', () => {
    // jieba has neither 可持续 nor 可持续发展.
    const evidence = joinEvidence('推动落实联合国2030年可', '持续发展议程。')
    expect(evidence.word).toBe('可持续')
    expect(evidence.score).toBe(3)
    // `加强` + `针对…`: 针 is half of 针对, so no 加强针; `一次` + `一个…`: 次 is half of 一次, so no 次一个.
    expect(joinEvidence('强化疫苗接种，加强', '针对假期市场需求。').word).toBeUndefined()
    expect(joinEvidence('这是航运领域开放的一次', '一个窗口集成全链条服务。').word).toBeUndefined()
  })

  it('reads a name of three characters across the break as a name cut in two, when the page gives it elsewhere', () => {
    const named = {namedElsewhere: (name: string): boolean => name === '习近平', titledElsewhere: () => false}
    expect(joinEvidence('要坚持以习近', '平新时代中国特色社会主义思想为指导。', named).name).toBe(true)
    expect(joinEvidence('要坚持以习近', '平新时代中国特色社会主义思想为指导。', {namedElsewhere: () => false, titledElsewhere: () => false}).name).toBeUndefined()
  })

  it('reads a title cut from its holder\'s name and a verb of saying, condemning or calling among them', () => {
    expect(joinEvidence('定居点。巴勒斯坦总统', '阿巴斯谴责，以色列此举…')).toEqual({score: 3, title: true})
    expect(joinEvidence('定居点。巴勒斯坦总统', '阿巴斯访问法国期间…').title).toBe(undefined)
  })

  it('reads a number and its unit across the break, but not a unit that only begins an opening word', () => {
    expect(joinEvidence('全区新开工亿元以上项目35', '个，总投资超过120亿元。').unit).toBe(true)
    // `两` + `日前，…`: 日前 opens a paragraph; no number was cut from a unit.
    expect(joinEvidence('双方同意以两党两', '日前，新区投入十亿元专项资金。').unit).toBeUndefined()
  })

  it('refuses a word across the break that takes the first character of a person or a place the start opens with', () => {
    expect(joinEvidence('双方同意深化经贸、能源等领域合', '金民锡表示，韩方愿同中方加强合作。').word).toBeUndefined()
    expect(joinEvidence('中方愿以两国', '王庭惠代表越南人民热烈欢迎。').word).toBeUndefined()
    expect(joinEvidence('位于老城的清真寺大', '华溪村地处武陵山区，山多地少。').word).toBeUndefined()
    // A transliterated place is no person: the word across it still counts.
    expect(joinEvidence('乌军在多个方向与俄军交火，包括波克', '罗夫斯克等方向。').word).toBe('波克罗')
  })

  it('refuses a long word across the break that cuts through a common word the start opens with, unless a word opens that one', () => {
    expect(joinEvidence('记者走访了甘肃古浪', '县域消费“火起来”，城市消费力也持续提升。').word).toBeUndefined()
    expect(joinEvidence('会见了越南内务部长，越共', '中央书记处书记、中央对外部部长').word).toBe('越共中央')
  })

  it('still refuses a word whose first half does not start a word of the end', () => {
    // `大使` + `用…`: no `使用` across the break.
    expect(joinEvidence('会见了新任驻华大使', '用三天时间走访了企业。').word).toBeUndefined()
  })
})

describe('echoesOf and phraseAcross', () => {
  const page = '位于城东智慧谷产业园的企业昨日投产。签约落户城东'
  const endAt = page.length
  const echoes = echoesOf(page, 0, page.length, endAt, '签约落户城东')

  it('finds where the page writes the last character of a cut end again, not the end itself, by what follows', () => {
    expect(echoes).toEqual(new Map([['智', [{matched: 2, after: '智慧谷产业园'}]]]))
  })

  it('reads the text across a join that an echo shows, from six characters', () => {
    expect(phraseAcross(echoes, '签约落户城东', '智慧谷产业园，预计…')).toBe('城东智慧谷产业园')
    expect(phraseAcross(echoes, '签约落户城东', '智慧谷的企业…')).toBe(undefined)
    expect(phraseAcross(echoes, '签约落户城东', '西区新建…')).toBe(undefined)
  })

  it('reads a single character before the break when enough follows it (`数` + `据确权授权机制`)', () => {
    const text = '推进实施公共数据确权授权机制。推动建立企业数'
    const found = echoesOf(text, 0, text.length, text.length, '推动建立企业数')
    expect(phraseAcross(found, '推动建立企业数', '据确权授权机制，建立健全…')).toBe('数据确权授权机')
  })
})

describe('readOpeningsAhead', () => {
  it('reads each opening of a batch as jieba reads it alone', () => {
    // Names the HMM keeps whole, lone characters, Latin and digits, white space, and a carriage return before the line break.
    const contents = ['栗战书指出，要加强', '慧工厂建成投产', '2024年以来，', 'APEC会议在利马举行', '  新区召开推进会', '个。此次项目\r', '据统计，全市', '', '丁薛祥强调', '番，成为全区经济增长的新引擎', '\r', '和地区问题']
    readOpeningsAhead(contents)
    for (const content of contents) expect(firstToken(content)).toBe(segmentWithGuesses(content.slice(0, 12))[0] ?? '')
  })
})
