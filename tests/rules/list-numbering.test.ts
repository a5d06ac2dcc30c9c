import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import rule from '../../rules/list-numbering.js'
import {formatMessage, ruleMessages, runRule} from '../../src/testing.js'
import {testExamples} from '../rule-examples.js'

testExamples(rule)

async function found(text: string): Promise<VFileMessage[]> {
  return (await runRule(rule, text)).messages
}

async function messages(text: string): Promise<string[]> {
  return (await found(text)).map(formatMessage)
}

/** Run the rule alone with options. */
async function withOptions(text: string, options: unknown): Promise<string[]> {
  return ruleMessages(rule, text, options)
}

/** Paragraphs separated by blank lines, as the pages are. */
function page(...paragraphs: string[]): string {
  return paragraphs.join('\n\n') + '\n'
}

const BODIES = [
  '加快项目建设，确保按期投产见效。',
  '优化营商环境，提升政务服务效率。',
  '强化要素保障，切实解决用地难题。',
  '加强人才引进，完善配套激励政策。',
  '深化开放合作，拓展对外交流渠道。',
  '坚持绿色发展，推进节能降碳改造。'
]

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** Every paragraph label style, as a function of the number. */
const STYLES: Record<string, (n: number) => string> = {
  'word and numeral': (n) => `亮点${CN[n]} `,
  'chinese comma': (n) => `${CN[n]}、`,
  'chinese bracket': (n) => `（${CN[n]}）`,
  'half-width chinese bracket': (n) => `(${CN[n]})`,
  'arabic dot': (n) => `${n}.`,
  'arabic bracket': (n) => `（${n}）`,
  'half-width arabic bracket': (n) => `(${n})`,
  circled: (n) => '①②③④⑤⑥'.charAt(n - 1),
  ordinal: (n) => `第${CN[n]}，`,
  'half-width ordinal': (n) => `第${CN[n]},`,
  'yi shi': (n) => `${CN[n]}是`,
  'qi yi': (n) => `其${CN[n]}，`
}

function list(style: (n: number) => string, numbers: number[]): string {
  return page('示范区发布年度重点工作安排', ...numbers.map((n, index) => style(n) + BODIES[index % BODIES.length]))
}

describe('list-numbering: every label style', () => {
  for (const [name, style] of Object.entries(STYLES)) {
    describe(name, () => {
      it('accepts a correct list', async () => {
        expect(await messages(list(style, [1, 2, 3, 4, 5]))).toEqual([])
      })

      it('flags a repeated number and says which one is right', async () => {
        const [message, ...rest] = await found(list(style, [1, 2, 2, 4, 5]))
        expect(rest).toEqual([])
        expect(message?.reason).toMatch(/^序号重复：/)
        expect(message?.place).toMatchObject({start: {line: 7, column: 1}})
        expect(message?.expected).toEqual([style(3).trim()])
        expect(message?.cause).toMatchObject({place: {start: {line: 5, column: 1}}})
      })

      it('flags a skipped number', async () => {
        const result = await messages(list(style, [1, 2, 4, 5]))
        expect(result).toHaveLength(1)
        expect(result[0]).toMatch(/^7:1-7:\d+: 序号缺号：.*缺少「(三|3|③)」$/)
      })

      it('flags two swapped numbers once', async () => {
        const result = await messages(list(style, [1, 3, 2, 4]))
        expect(result).toHaveLength(1)
        expect(result[0]).toMatch(/^5:1-7:\d+: 序号顺序错乱：/)
      })
    })
  }

  it('flags a repeated first number', async () => {
    const result = await found(list(STYLES['chinese comma'] as (n: number) => string, [1, 1, 3, 4]))
    expect(result).toHaveLength(1)
    expect(result[0]?.expected).toEqual(['二、'])
  })

  it('says which of two equal numbers is wrong when only one fits', async () => {
    const result = await found(list(STYLES['chinese bracket'] as (n: number) => string, [1, 3, 3, 4]))
    expect(result.map(formatMessage)).toEqual(['5:1-5:4: 序号重复：「（三）」在 7:1 又用了一次；按顺序此处应为「（二）」'])
    expect(result[0]?.expected).toEqual(['（二）'])
    expect(result[0]?.cause).toMatchObject({place: {start: {line: 7, column: 1}}})
  })

  it('gives no fix when the repeat is not the only fault', async () => {
    const result = await found(list(STYLES['arabic dot'] as (n: number) => string, [1, 2, 2, 5, 6]))
    expect(result.map(formatMessage)).toEqual(['7:1-7:3: 序号重复：「2.」在 5:1 已用过', '9:1-9:3: 序号缺号：有「2.」（5:1）和「5.」，缺少「3」「4」'])
    expect(result[0]?.expected).toBeUndefined()
  })

  it('flags a swap at the start', async () => {
    const result = await messages(list(STYLES['arabic dot'] as (n: number) => string, [2, 1, 3, 4]))
    expect(result).toEqual([expect.stringMatching(/^3:1-5:3: 序号顺序错乱：.*依次为「2 1 3 4」，应为「1 2 3 4」$/)])
  })

  it('does not read 第三条规定 citing a law as a label', async () => {
    expect(await messages(page('第三条规定，企业应当建立制度。', '第五条明确，违者依法处理。'))).toEqual([])
    expect(await messages(page('第一条 为了规范管理，制定本办法。', '第三条 本办法适用于全市。'))).toEqual([expect.stringMatching(/^3:1-3:4: 序号缺号：有「第一条」（1:1）和「第三条」，缺少「二」$/)])
  })

  it('reads part labels (第一章 …) in section headings', async () => {
    expect(await messages(page('第一章 总则', '本办法适用于全市。', '第二章 管理', '各部门分工负责。', '第四章 附则', '本办法自公布之日起施行。'))).toEqual([
      '9:1-9:4: 序号缺号：有「第二章」（5:1）和「第四章」，缺少「三」'
    ])
  })
})

describe('list-numbering: lists', () => {
  it('starts new lists in a new article', async () => {
    const text = page('全市部署防汛工作', '一是压实各级责任，落实包保制度。', '二是强化监测预警，及时发布信息。', '全省推进乡村振兴', '一是发展特色产业，带动农民增收。', '二是改善人居环境，建设美丽乡村。', '三是加强基层治理，提升服务水平。')
    expect(await messages(text)).toEqual([])
  })

  it('restarts a list under a new heading and a second list in one article', async () => {
    const text = page(
      '一、总体要求',
      '（一）指导思想。坚持问题导向。',
      '（二）工作目标。年底全部完成。',
      '二、重点任务',
      '（一）加快改造。今年改造四十个。',
      '（二）完善设施。新建车位一千个。',
      '（三）强化管理。建立长效机制。'
    )
    expect(await messages(text)).toEqual([])
  })

  it('follows word labels over the whole page and reports a jumbled run once', async () => {
    const text = page(
      '城市更新进行时',
      '元素一 老城改造',
      '老旧街区焕发新颜。',
      '元素三 新区建设',
      '新区框架全面拉开。',
      '产业发展提速',
      '元素二 园区升级',
      '园区产值持续增长。',
      '元素四 生态修复',
      '河湖水质明显改善。',
      '元素三 新区建设',
      '新区框架全面拉开。'
    )
    const result = await messages(text)
    expect(result).toEqual([
      '7:1-21:4: 序号顺序错乱：3:1 「元素一」起的 5 个序号依次为「一 三 二 四 三」，应为「一 二 三 四」',
      '21:1-21:4: 序号重复：「元素三」在 7:1 已用过'
    ])
  })

  it('does not take a lone word and numeral for a label', async () => {
    expect(await messages(page('统一 大市场建设提速', '全市推进市场准入改革。'))).toEqual([])
  })

  it('leaves repeated speaker names alone (one number, no list)', async () => {
    expect(await messages(page('王三：我们先做了调研。', '记者：效果如何？', '王三：效果很好。'))).toEqual([])
  })

  it('reads 7.2023年 in a top-ten list as item 7', async () => {
    const items = ['新区获评示范区。', '高铁站投入使用。', '三座大桥通车。', '新建学校十所。', '公园全面开放。', '医院新院启用。', '2023年，全市新增就业两万人。', '地铁开工建设。']
    expect(await messages(page('年度十大新闻', ...items.map((item, index) => `${index + 1}.${item}`)))).toEqual([])
  })

  it('leaves numbers that only look like labels', async () => {
    expect(await messages(page('1.5亿元资金全部到位。', '2021年，全市新建5G基站两千个。', '3.5万人参加活动。', '一、二年级学生错峰放学。', '第一、二季度增速均高于预期。'))).toEqual([])
  })

  it('treats paragraphs far apart as separate lists', async () => {
    const filler = Array.from({length: 12}, (_, index) => `第${index}段正文内容，介绍有关情况。`)
    expect(await messages(page('一是压实各级责任。', '二是强化监测预警。', ...filler, '四是严肃追责问责。'))).toEqual([])
  })

  it('leaves a paragraph printed twice with its label to the duplicate-passage rule', async () => {
    const repeated = '二是优化营商环境，提升政务服务效率，让企业办事更省心。'
    const text = page('一是加快项目建设，确保按期投产见效。', repeated, '三是强化要素保障，切实解决用地难题。', repeated, '四是加强人才引进，完善配套激励政策。')
    expect(await messages(text)).toEqual([])
  })

  it('still flags a renumbered copy with different text', async () => {
    const text = page('一是加快项目建设，确保按期投产见效。', '二是优化营商环境，提升政务服务效率。', '二是强化要素保障，切实解决用地难题。', '四是加强人才引进，完善配套激励政策。')
    expect(await messages(text)).toHaveLength(1)
  })

  it('does not read headlines, bylines or captions', async () => {
    const text = page('三、新区建设', '本报记者 王明 摄', '新区框架全面拉开，路网加快成形。')
    expect(await messages(text)).toEqual([])
  })

  it('reports on the right line with CRLF line ends', async () => {
    const result = await messages('一是压实责任。\r\n\r\n二是强化预警。\r\n\r\n四是严肃问责。\r\n')
    expect(result).toEqual([expect.stringMatching(/^5:1-5:3: 序号缺号/)])
  })
})

describe('list-numbering: numbering inside a paragraph', () => {
  it('accepts a list begun inside the paragraph before', async () => {
    expect(await messages(page('会议提出三点要求。一是压实责任，落实包保。', '二是强化预警，及时发布信息。', '三是做好储备，确保拉得出。'))).toEqual([])
  })

  it('accepts clauses numbered inside labelled paragraphs', async () => {
    const text = page('第一，稳增长。一是扩大投资，二是促进消费。', '第二，保民生。一是稳定就业，二是完善社保，三是办好教育。')
    expect(await messages(text)).toEqual([])
  })

  it('flags a repeated clause number', async () => {
    const [message, ...rest] = await found('要做好三件事：一是稳就业，二是保民生，二是促消费。\n')
    expect(rest).toEqual([])
    expect(formatMessage(message as VFileMessage)).toBe('1:20-1:22: 序号重复：「二是」在 1:14 已用过；按顺序此处应为「三是」')
    expect(message?.expected).toEqual(['三是'])
  })

  it('flags swapped ordinals inside one paragraph', async () => {
    expect(await messages('他提出三点。第一，加强协调。第三，深化合作。第二，扩大开放。\n')).toEqual([
      expect.stringMatching(/^1:15-1:26: 序号顺序错乱：1:7 「第一，」起的 3 个序号依次为「一 三 二」，应为「一 二 三」$/)
    ])
  })

  it('does not take 第二 in a sentence for a label', async () => {
    expect(await messages('我国经济总量跃居世界第二，第三产业比重上升。一是消费拉动，二是投资带动。\n')).toEqual([])
  })
})

describe('list-numbering: styles and punctuation', () => {
  it('flags labels against GB/T 15834 B.3 with the corrected label', async () => {
    const result = await found(page('（一）、完善工作机制。', '（二）、加强督促检查。'))
    expect(result.map((message) => message.expected)).toEqual([['（一）'], ['（二）']])
    expect(result[0]?.reason).toBe('序次语标点不合 GB/T 15834 附录 B.3：「（一）、」应为「（一）」')
  })

  it('flags 一. among 一、 labels', async () => {
    const result = await found(page('一、完善工作机制。', '二.加强督促检查。', '三、严肃追责问责。'))
    expect(result).toHaveLength(1)
    expect(result[0]?.expected).toEqual(['二、'])
  })

  it('accepts NFKC half-width labels used throughout', async () => {
    expect(await messages(page('(一)完善工作机制。', '(二)加强督促检查。', '第一,明确分工。', '第二,落实责任。'))).toEqual([])
  })

  it('flags full- and half-width brackets mixed in one list', async () => {
    const result = await found(page('（1）完善工作机制。', '（2）加强督促检查。', '(3)严肃追责问责。'))
    expect(result.map(formatMessage)).toEqual(['5:1-5:4: 同一列表序次语格式不一致：「(3)」与本列表的「（1）」（1:1）不同，应为「（3）」'])
    expect(result[0]?.cause).toMatchObject({place: {start: {line: 1, column: 1}}})
  })

  it('gives messages in English', async () => {
    const file = await runRule(rule, page('1、完善机制。', '2、加强督查。'), undefined, 'en')
    expect(file.messages.filter((message) => message.ruleId === 'list-numbering').map(formatMessage)).toEqual([
      '1:1-1:3: List label punctuation against GB/T 15834 B.3: “1、” should be “1.”',
      '3:1-3:3: List label punctuation against GB/T 15834 B.3: “2、” should be “2.”'
    ])
  })
})

describe('list-numbering: options', () => {
  it('turns the B.3 check off but still reports mixed styles', async () => {
    expect(await withOptions(page('1、完善工作机制。', '2、加强督促检查。'), {punctuation: false})).toEqual([])
    expect(await withOptions(page('1、完善工作机制。', '2、加强督促检查。', '3.严肃追责问责。'), {punctuation: false})).toEqual([
      '5:1-5:3: 同一列表序次语格式不一致：「3.」与本列表的「1、」（1:1）不同，应为「3、」'
    ])
  })

  it('turns inline numbering off', async () => {
    const text = '今年重点抓好三项工作：一是稳就业，二是保民生，四是促消费。\n'
    expect(await withOptions(text, {})).toHaveLength(1)
    expect(await withOptions(text, {inline: false})).toEqual([])
  })

  it('rejects bad options with a clear error', async () => {
    expect(await withOptions('一是。\n', {inline: 'yes'})).toEqual([expect.stringMatching(/option `inline` must be true or false, not `"yes"`/)])
    expect(await withOptions('一是。\n', {strict: true})).toEqual([expect.stringMatching(/unknown option `strict`/)])
    expect(await withOptions('一是。\n', 3)).toEqual([expect.stringMatching(/expected an options object, not `3`/)])
  })
})
