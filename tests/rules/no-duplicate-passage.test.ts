import {describe, expect, it} from 'vitest'
import rule from '../../rules/no-duplicate-passage.js'
import {formatMessage, ruleMessages, runRule} from '../../src/testing.js'
import {testExamples} from '../rule-examples.js'

testExamples(rule)

async function messages(text: string, options?: unknown): Promise<string[]> {
  return ruleMessages(rule, text, options)
}

const LONG_A = '区里今年计划改造老旧小区四十个，惠及居民一万二千户。'
const LONG_B = '改造内容包括屋面防水、管网更新、加装电梯和增设停车位。'
const LONG_C = '所有项目将在十月底前完工，并接受居民代表验收。'

describe('no-duplicate-passage: what it flags', () => {
  it('flags an exact paragraph repeat once, on the later copy, with the first copy as cause and removal as fix', async () => {
    const file = await runRule(rule, `${LONG_A}\n\n${LONG_B}\n\n${LONG_A}\n`)
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(formatMessage(message!)).toMatch(/^5:1-5:27: 重复的段落「区里今年计划改造.*」：与 1:1 处的文字完全相同，应删去这一处$/)
    expect(message!.expected).toEqual([''])
    expect(message!.actual).toBe(LONG_A)
    expect(message!.cause).toBeDefined()
    const cause = message!.cause as {place?: {start: {line: number; column: number}; end: {line: number; column: number}}}
    expect(cause.place?.start).toMatchObject({line: 1, column: 1})
    expect(cause.place?.end).toMatchObject({line: 1, column: 27})
  })

  it('reports a run of repeated paragraphs as one message covering the whole block', async () => {
    const found = await messages(`${LONG_A}\n\n${LONG_B}\n\n${LONG_C}\n\n另起一段新的内容，说明验收标准。\n\n${LONG_A}\n\n${LONG_B}\n\n${LONG_C}\n`)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^9:1-13:24: 重复的 3 段/)
  })

  it('names the first copy for a third copy', async () => {
    const found = await messages(`${LONG_A}\n\n${LONG_B}\n\n${LONG_A}\n\n${LONG_C}\n\n${LONG_A}\n`)
    expect(found).toHaveLength(2)
    expect(found[0]).toMatch(/^5:1-.*与 1:1 处/)
    expect(found[1]).toMatch(/^9:1-.*与 1:1 处/)
  })

  it('flags a sentence repeated inside another paragraph, covering only that sentence', async () => {
    const file = await runRule(rule, `${LONG_B}${LONG_A}\n\n会议还听取了各街道的汇报。${LONG_A}其余工作按计划推进。\n`)
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(formatMessage(message!)).toMatch(/^3:14-3:40: 重复的句子「区里今年计划改造.*与 1:28 处/)
    expect(message!.expected).toEqual([''])
  })

  it('works across articles on one page', async () => {
    const text = `老旧小区改造全面启动\n\n${LONG_A}${LONG_B}\n\n新能源公交线路开通\n\n本报讯(记者李明)三条新能源公交线路今天开通。\n\n${LONG_A}${LONG_B}\n`
    const found = await messages(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^9:1-9:54: 重复的段落.*与 3:1 处/)
  })

  it('matches a copy with half-width punctuation, full-width digits and spaces', async () => {
    const first = '截至2023年底，全区累计建成5G基站1200个（含室内站）。'
    const second = '截至２０２３年底, 全区累计建成5G基站1200个(含室内站)。'
    const file = await runRule(rule, `${first}\n\n${LONG_B}\n\n${second}\n`)
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]!.reason).toMatch(/完全相同/)
  })

  it('flags a lead paragraph printed twice, byline included', async () => {
    const lead = `本报讯(记者李明)${LONG_A}`
    const found = await messages(`${lead}\n\n${LONG_B}\n\n${lead}\n`)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^5:1-5:36: 重复的段落/)
  })

  it('flags a near copy without offering a fix', async () => {
    const edited = '区里今年计划改造老旧小区四十个，惠及群众一万二千户。'
    const file = await runRule(rule, `${LONG_A}\n\n${LONG_B}\n\n${edited}\n`)
    expect(file.messages).toHaveLength(1)
    expect(formatMessage(file.messages[0]!)).toMatch(/^5:1-5:27: 近似重复的段落.*相似度 9\d%/)
    expect(file.messages[0]!.expected).toBeUndefined()
  })

  it('flags a near copy whose edit merged two sentences', async () => {
    const paragraph = `${LONG_A}${LONG_B}${LONG_C}`
    const merged = paragraph.replace('户。改造', '户，改造')
    const found = await messages(`${paragraph}\n\n另起一段新的内容，说明验收标准。\n\n${merged}\n`)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^5:1-5:77: 近似重复的段落/)
  })

  it('joins the cut-off start of a copy, even one that looks like a headline', async () => {
    const paragraph = `区长王明说，今年全区计划改造老旧小区四十个，惠及居民一万二千户。${LONG_B}`
    const text = `${paragraph}\n\n${LONG_C}\n\n区长王明说，今年全区\n\n计划改造老旧小区四十个，惠及居民一万二千户。${LONG_B.replace('加装电梯', '增设电梯')}\n`
    const found = await messages(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^5:1-7:50: 近似重复的 2 段.*与 1:1 处/)
  })

  it('covers a whole copy whose first copy was cut in two', async () => {
    const text = `旧改工程全面启动\n\n${LONG_A}${LONG_B.slice(0, 10)}\n\n${LONG_B.slice(10)}${LONG_C}\n\n公交线路调整\n\n${LONG_A}${LONG_B}${LONG_C}\n`
    const found = await messages(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^9:1-9:77: 近似重复的段落.*与 3:1 处/)
  })

  it('reports a whole article printed twice, headline included, as one message', async () => {
    const article = `旧改工程全面启动\n\n${LONG_A}\n\n${LONG_B}`
    const found = await messages(`${article}\n\n公交线路调整\n\n${LONG_C}\n\n${article}\n`)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^11:1-15:28: 重复的 3 段.*与 1:1 处/)
  })

  it('flags a numbered item printed again under the next number, as a near repeat', async () => {
    const file = await runRule(rule, `1.${LONG_A}\n\n2.${LONG_A}\n\n3.${LONG_B}\n`)
    expect(file.messages).toHaveLength(1)
    expect(formatMessage(file.messages[0]!)).toMatch(/^3:1-3:29: 近似重复的段落/)
  })

  it('shows where a near copy differs in whole words, not cutting a section label', async () => {
    const item = ' 新区中心医院 院长介绍，医院新建门诊楼主体完工，病房楼完成基础施工，年内投入使用。'
    const file = await runRule(rule, `亮点十二${item}\n\n区领导到医院调研。\n\n亮点十五${item}\n`)
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]!.reason).toMatch(/不同之处：5:1 作「亮点十五 新区」，1:1 作「亮点十二 新区」$/u)
  })

  it('gives messages in English', async () => {
    const file = await runRule(rule, `${LONG_A}\n\n${LONG_A}\n`, undefined, 'en')
    expect(file.messages.map(formatMessage)).toEqual([
      '3:1-3:27: Repeated paragraph “区里今年计划改造老旧小区四十个，…民一万二千户。”: the same text already appears at 1:1; remove this copy'
    ])
  })
})

describe('no-duplicate-passage: what it leaves alone', () => {
  it('leaves repeated headlines, bylines, captions and boilerplate alone', async () => {
    const text = [
      '一周要闻回顾',
      '本报记者 李明',
      '新建的城市书房昨日开放，市民可凭身份证免费借阅图书。',
      '一周要闻回顾',
      '本报记者 李明',
      '市民在新落成的城市书房里阅读。本报记者 李明 摄',
      '全市首批智慧停车场投入使用，车位信息可在手机上实时查询。',
      '市民在新落成的城市书房里阅读。本报记者 李明 摄',
      '扫一扫 关注我们 城市头条 微信公众号',
      '扫一扫 关注我们 城市头条 微信公众号'
    ].join('\n\n')
    expect(await messages(`${text}\n`)).toEqual([])
  })

  it('leaves a repeated lead byline and a repeated opening formula alone', async () => {
    const text = `本报讯(记者李明)${LONG_A}\n\n本报讯(记者李明)${LONG_C}\n\n报告指出：“${LONG_B}”\n\n报告指出：“推进城市绿道建设，新增绿道五十公里。”\n`
    expect(await messages(text)).toEqual([])
  })

  it('leaves a sentence that two articles share alone, unless it is a whole paragraph', async () => {
    const shared = '会议强调，要把老旧小区改造作为今年最重要的民生工程抓紧抓实。'
    const text = `老旧小区改造全面启动\n\n${shared}${LONG_A}\n\n新能源公交线路开通\n\n${shared}${LONG_C}\n`
    expect(await messages(text)).toEqual([])
    const found = await messages(`${text}\n${shared}\n`)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^9:1-9:31: 重复的段落.*与 3:1 处/)
  })

  it('leaves a title before a name alone when it recurs inside different sentences', async () => {
    const title = '区委常委、常务副区长王明'
    const text = `${title}出席开工仪式并讲话。\n\n随后，${title}一行察看了项目现场。\n\n会上，${title}对下一步工作提出要求。\n`
    expect(await messages(text)).toEqual([])
  })

  it('leaves a list label that restates its body alone', async () => {
    const text = '亮点一 城市书房覆盖所有街道\n\n报告指出：“打造十五分钟阅读圈……城市书房覆盖所有街道。”\n\n亮点二 公交线路全面电动化\n\n报告指出：“新能源公交车占比达到百分之百。”\n'
    expect(await messages(text)).toEqual([])
  })

  it('leaves repeated short list labels alone when their bodies differ', async () => {
    const text = `一、总体要求\n\n${LONG_A}\n\n二、主要任务\n\n${LONG_B}\n\n一、总体要求\n\n${LONG_C}\n`
    expect(await messages(text)).toEqual([])
  })

  it('leaves parallel sentences alone', async () => {
    const text =
      '一是将经营者集中申报的营业额标准由现行的十亿元提高到十二亿元；二是将参与集中的经营者在境内的营业额标准由二十亿元提高到四十亿元；三是将单个经营者在境内的营业额标准由四亿元提高到八亿元。\n'
    expect(await messages(text)).toEqual([])
  })

  it('leaves the same sentence with other figures alone', async () => {
    const text = '一季度全区规模以上工业增加值同比增长百分之六点二，增速居全市第一。\n\n二季度全区规模以上工业增加值同比增长百分之七点五，增速居全市第一。\n'
    expect(await messages(text)).toEqual([])
  })

  it('leaves a lede restated in other words alone', async () => {
    const text =
      '大家表示，在新的一年里，要更加紧密地团结起来，埋头苦干，奋勇前进，为建设美丽家乡贡献自己的力量。\n\n这是每个人的心声。大家表示，在新的一年里，要更加紧密地团结起来，为建设美丽家乡不懈奋斗。\n'
    expect(await messages(text)).toEqual([])
  })
})

describe('no-duplicate-passage: options', () => {
  const short = '会议由副区长主持。'
  const text = `${short}${LONG_A}\n\n${LONG_B}${short}\n`

  it('`minChars`: short repeats count only when asked', async () => {
    expect(await messages(text)).toEqual([])
    const found = await messages(text, {minChars: 5})
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^3:28-3:37: 重复的句子「会议由副区长主持。」/)
  })

  it('`similarity`: a stricter threshold leaves an edited copy alone', async () => {
    const edited = '区里今年计划改造老旧小区四十个，惠及群众一万二千户。'
    const page = `${LONG_A}\n\n${LONG_B}\n\n${edited}\n`
    expect(await messages(page, {similarity: 0.95})).toEqual([])
    expect(await messages(page, {similarity: 0.92})).toHaveLength(1)
  })

  it('`allow`: literal strings (compared after folding) and regular expressions', async () => {
    const notice = '欢迎读者来信来电，反映身边的新鲜事和烦心事。'
    const page = `${notice}\n\n${LONG_A}\n\n${notice.replace('，', ',')}\n\n${LONG_A}\n`
    const found = await messages(page)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^5:1-7:27: 重复的 2 段/)
    const allowed = await messages(page, {allow: [notice]})
    expect(allowed).toHaveLength(1)
    expect(allowed[0]).toMatch(/^7:1-7:27: 重复的段落/)
    expect(await messages(page, {allow: ['/^欢迎读者/u', '/老旧小区/']})).toEqual([])
  })

  it('rejects bad options with a clear error', async () => {
    for (const [options, pattern] of [
      [{minChars: 0}, /minChars/],
      [{minChars: 1.5}, /minChars/],
      [{similarity: 0.3}, /similarity/],
      [{similarity: '0.9'}, /similarity/],
      [{allow: '报告指出'}, /allow/],
      [{allow: ['/[unclosed/']}, /invalid regular expression/],
      [{threshold: 0.9}, /unknown option `threshold`/],
      [[1], /options object/]
    ] as Array<[unknown, RegExp]>) {
      const file = await runRule(rule, `${LONG_A}\n`, options)
      expect(file.messages).toHaveLength(1)
      expect(file.messages[0]!.reason).toMatch(pattern)
    }
  })
})

describe('no-duplicate-passage: layouts', () => {
  it('works on indented paragraphs with CRLF line ends', async () => {
    const text = `　　${LONG_A}\r\n　　${LONG_B}\r\n　　${LONG_A}\r\n`
    const found = await messages(text)
    expect(found).toEqual([`3:3-3:29: 重复的段落「区里今年计划改造老旧小区四十个，…民一万二千户。」：与 1:3 处的文字完全相同，应删去这一处`])
  })
})
