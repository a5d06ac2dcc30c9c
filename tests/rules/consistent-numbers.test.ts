import {describe, expect, it} from 'vitest'
import rule from '../../rules/consistent-numbers.js'
import {formatMessage, ruleMessages, runRule} from '../../src/testing.js'
import {testExamples} from '../rule-examples.js'

testExamples(rule)

async function messages(text: string, locale: 'zh' | 'en' = 'zh'): Promise<string[]> {
  return ruleMessages(rule, text, undefined, locale)
}

/** Run only this rule with options; bad options come back as one fatal message. */
async function withOptions(text: string, options: unknown): Promise<string[]> {
  return ruleMessages(rule, text, options)
}

/** Lines of a page, joined the way extracted pages separate paragraphs. */
function page(...paragraphs: string[]): string {
  return paragraphs.join('\n\n') + '\n'
}

describe('consistent-numbers: what it leaves alone', () => {
  it('keeps apart one word used for different things (总投资 of a plan, a batch, a project, a park)', async () => {
    const text = page(
      '开发区首批重点项目集中开工',
      '开工项目19个，总投资86.41亿元',
      '本报讯（记者王明）今年，开发区计划实施重点项目215个，总投资达936亿元。其中，10亿元以上项目28个，1亿元以上项目64个。此次集中开工的19个项目，总投资86.41亿元。',
      '其中，智能装备产业园项目总投资60亿元，建成后年产值可达120亿元。',
      '配套物流园总投资25亿元，占地约20公顷（约合300亩）。'
    )
    expect(await messages(text)).toEqual([])
  })

  it('accepts a headline figure the body gives rounded or with its approximation word', async () => {
    const text = page(
      '全省旅游人数超5亿人次 收入6.1亿元',
      '据统计，全省接待游客5.33亿人次，实现旅游收入6.12亿元。'
    )
    expect(await messages(text)).toEqual([])
  })

  it('does not tie figures of two places or two periods together', async () => {
    const text = page(
      '甲县已设置12个安置点，转移安置受灾群众6300人。乙县设置9个安置点，转移安置受灾群众6030人。',
      '去年全市地区生产总值增长5.1%。今年一季度全市地区生产总值增长5.4%，开局良好。'
    )
    expect(await messages(text)).toEqual([])
  })

  it('does not compare rates with counts, or a figure with its own range', async () => {
    const text = page('全市新增就业岗位12万个，同比增长12%。', '其中，城镇新增就业岗位11万个，占比91.7%。')
    expect(await messages(text)).toEqual([])
  })

  it('keeps apart parallel figures of an economic report', async () => {
    const text = page(
      '前三季度，全市规上工业增加值同比增长6.5%。其中，装备制造业增加值同比增长8.2%，高技术制造业增加值同比增长8.5%。',
      '全市社会消费品零售总额同比增长5.6%，其中乡村消费品零售额同比增长5.9%。进出口总额同比增长3.2%，其中出口同比增长3.7%，进口同比增长2.2%。',
      '城镇居民人均可支配收入42150元，增长4.5%；农村居民人均可支配收入21380元，增长4.8%。'
    )
    expect(await messages(text)).toEqual([])
  })

  it('accepts parts that add up to the total within rounding', async () => {
    const text = page('上半年进出口总值20.1万亿元，其中，出口11.46万亿元；进口8.65万亿元。')
    expect(await messages(text)).toEqual([])
  })

  it('ignores dates, ordinals and bylines', async () => {
    const text = page('第12期培训班开班', '本报讯（记者李华）2024年3月12日，第12期培训班开班，共有学员40人。')
    expect(await messages(text)).toEqual([])
  })
})

describe('consistent-numbers: headline against body', () => {
  it('flags a deck whose decimals are swapped in the story, on NFKC (half-width) copy', async () => {
    const text = page('新区第一批重点项目开工', '开工项目18个,总投资120.45亿元', '本报讯(记者王明)此次集中开工的18个项目,总投资达到120.54亿元,涉及多个领域。')
    const found = await messages(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^3:12-3:20: 标题与正文数据不符：标题作「总投资120.45亿元」，正文 5:\d+ 作「.*120\.54亿元」$/u)
  })

  it('names the body figure with the same noun, not the first figure with the unit', async () => {
    const text = page('调研组分赴13个省开展调研', '按照统一安排，13个调研组分赴河北、山西、辽宁等18个省开展实地调研。')
    const found = await messages(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('正文 3:')
    expect(found[0]).toContain('18个省')
  })

  it('attaches the body figure as the cause, in English too', async () => {
    const file = await runRule(rule, page('全市新建充电桩3500个', '今年以来，全市新建充电桩5300个，覆盖所有乡镇。'), undefined, 'en')
    const [message] = file.messages.filter((item) => item.ruleId === 'consistent-numbers')
    expect(message?.reason).toBe('The headline\'s figure disagrees with the story: “全市新建充电桩3500个” in the headline, “全市新建充电桩5300个” at 3:13')
    expect(message?.cause).toBeDefined()
    const cause = message?.cause as {place?: {start: {line: number; column: number}}}
    expect(cause.place?.start).toMatchObject({line: 3, column: 13})
  })
})

describe('consistent-numbers: a headline figure the story never gives', () => {
  it('is information, naming the nearest figure', async () => {
    const file = await runRule(rule, page('全市今年新建口袋公园40个', '今年以来，全市新建口袋公园25个，改造街角绿地18个。'))
    const [message] = file.messages.filter((item) => item.ruleId === 'consistent-numbers')
    expect(formatMessage(message as never)).toBe(
      '1:11-1:14: 标题数据在正文中找不到：标题作「全市今年新建口袋公园40个」，正文没有这个数（相近的数据见 3:14「全市新建口袋公园25个」）'
    )
    expect(message?.fatal).toBeUndefined()
  })

  it('stays silent when the story gives no figure of that unit at all', async () => {
    expect(await messages(page('前5个月全市完成投资300亿元', '1至5月，全市完成投资300亿元。'))).toEqual([])
  })
})

describe('consistent-numbers: one fact, two values', () => {
  it('flags a restatement whose subject is in the clause before', async () => {
    const text = page(
      '海关介绍，今年前5个月，全省货物贸易进出口同比增长4.3%，规模创新高。',
      '据统计，今年前5个月，全省货物贸易进出口总值1.2万亿元，同比增长4.8%，其中，出口7000亿元，同比增长6.1%。'
    )
    const found = await messages(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^3:34-3:38: 同一数据前后不一：此处作「同比增长4\.8%」，1:\d+ 作「.*进出口同比增长4\.3%」$/u)
  })

  it('flags a sentence repeated word for word with another figure, even across articles', async () => {
    const text = page(
      '第一篇标题',
      '截至目前，全市已建成5G基站3200个，实现城区全覆盖。',
      '第二篇标题',
      '截至目前，全市已建成5G基站4500个，实现城区全覆盖。'
    )
    const found = await messages(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^7:/u)
  })

  it('does not report the same pair twice', async () => {
    const text = page('市第一医院新院区已完成投资3.4亿元。', '市第一医院新院区已完成投资3.7亿元。', '市第一医院新院区已完成投资3.7亿元。')
    expect(await messages(text)).toHaveLength(1)
  })
})

describe('consistent-numbers: parts and conversions', () => {
  it('flags a part larger than its total', async () => {
    const found = await messages(page('全市共有规上企业320家。其中，高新技术企业352家。'))
    expect(found).toEqual(['1:23-1:27: 分项大于总数：「其中」的「352家」超过 1:9 的总数「320家」'])
  })

  it('does not add up thresholds (10亿元以上) as parts', async () => {
    expect(await messages(page('计划实施重点项目90个，总投资达400亿元。其中，10亿元以上项目12个，1亿元以上项目50个。'))).toEqual([])
  })

  it('checks a conversion both ways and offers the right figure', async () => {
    expect(await messages(page('占地360亩（24公顷），水面1.5平方公里（150公顷），绿地6公顷，折合90亩。'))).toEqual([])
    expect(await messages(page('建成道路12公里，绿道3000米。'))).toEqual([])
    expect(await messages(page('园区占地40公顷，折合500亩。'))).toHaveLength(1)
    const file = await runRule(rule, page('占地24公顷（约合300亩）。'))
    const [message] = file.messages
    expect(message?.expected).toEqual(['360亩'])
    expect(formatMessage(message as never)).toBe('1:10-1:14: 换算不符：24公顷合360亩（1公顷=15亩），不是「300亩」')
  })
})

describe('consistent-numbers: options', () => {
  it('turns single checks off', async () => {
    const text = page('全市新建充电桩3500个', '今年以来，全市新建充电桩5300个。', '占地24公顷（约合300亩）。')
    expect(await withOptions(text, {})).toHaveLength(2)
    expect(await withOptions(text, {headlines: false})).toHaveLength(1)
    expect(await withOptions(text, {headlines: false, conversions: false})).toHaveLength(0)
  })

  it('rejects unknown or ill-typed options with a clear error', async () => {
    const [unknown] = await withOptions('一段文字。\n', {headline: false})
    expect(unknown).toMatch(/consistent-numbers: unknown option `headline` \(known: .*headlines.*\)/u)
    expect((await withOptions('一段文字。\n', {parts: 'no'}))[0]).toMatch(/option `parts` must be true or false/u)
    expect((await withOptions('一段文字。\n', 5))[0]).toMatch(/expected an options object/u)
  })
})

describe('consistent-numbers: speed', () => {
  it('stays linear on a long page of similar statements', async () => {
    const paragraphs: string[] = []
    for (let index = 0; index < 3000; index++) paragraphs.push(`第${index}组数据显示，全市货物贸易进出口同比增长${(index % 90) + 10}.${index % 10}%，规模${index + 100}亿元。`)
    const started = performance.now()
    await messages(page(...paragraphs))
    expect(performance.now() - started).toBeLessThan(20_000)
  })
})
