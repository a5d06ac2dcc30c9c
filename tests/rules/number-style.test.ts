import {describe, expect, it} from 'vitest'
import rule from '../../rules/number-style.js'
import {formatMessage, ruleMessages, runRule} from '../../src/testing.js'
import {testExamples} from '../rule-examples.js'

testExamples(rule)

async function found(text: string): Promise<Array<{message: string; expected: string[] | undefined}>> {
  const file = await runRule(rule, text)
  return file.messages.filter((message) => message.ruleId === 'number-style').map((message) => ({message: formatMessage(message), expected: message.expected}))
}

async function expectedOf(text: string): Promise<Array<string[] | undefined>> {
  return (await found(text)).map((item) => item.expected)
}

/** Run only this rule with options; bad options come back as one fatal message. */
async function withOptions(text: string, options: unknown): Promise<string[]> {
  return ruleMessages(rule, text, options)
}

describe('number-style: magnitude', () => {
  it('multiplies out 千 and 百 after Arabic digits', async () => {
    expect(await expectedOf('运送5千公斤，投入7百万元，储量1.5千吨，共2万5千人。\n')).toEqual([['5000'], ['700'], ['1500'], ['25000']])
  })

  it('leaves units that start with 千 and the fixed 百亿亿次 alone', async () => {
    expect(await found('全长5千米，重3千克，装机8千瓦，算力每秒100百亿亿次，五千年文明。\n')).toEqual([])
  })
})

describe('number-style: range', () => {
  it('repeats the magnitude, percent sign and unit on the first end', async () => {
    expect(await expectedOf('补贴13～17万元，增长15～30%，投资9-16亿，金额3至5万美元。\n')).toEqual([['13万元～17万元'], ['15%～30%'], ['9亿-16亿'], ['3万美元至5万美元']])
  })

  it('accepts full ranges, plain number ranges and year spans', async () => {
    expect(await found('补贴13万元～17万元，增长15%～30%，2021—2025年，3～5个，第1-3期。\n')).toEqual([])
  })

  it('reads half-width copy', async () => {
    expect(await expectedOf('增长15~30%。\n')).toEqual([['15%~30%']])
  })
})

describe('number-style: year', () => {
  it('reports a two-digit year without offering a century', async () => {
    const items = await found('98年7月，洪水来袭。\n')
    expect(items).toEqual([{message: '1:1-1:4: 年份应写全四位：「98年7月」中的「98年」', expected: undefined}])
  })

  it('leaves durations alone', async () => {
    expect(await found('建成已有30年，90年代起步。\n')).toEqual([])
  })

  it('writes zero in a Chinese year as 〇', async () => {
    expect(await expectedOf('二零二一年，二○一九年。\n')).toEqual([['二〇二一年'], ['二〇一九年']])
  })

  it('does not mix Chinese and Arabic numerals in one date', async () => {
    expect(await expectedOf('二〇〇八年8月8日开幕。\n')).toEqual([['2008年8月8日']])
    expect(await found('二〇〇八年八月八日开幕，2008年8月8日开幕。\n')).toEqual([])
  })
})

describe('number-style: ordinal', () => {
  it('follows the form used first in the article, both ways', async () => {
    expect(await expectedOf('第3章总则。\n\n第四章附则。\n')).toEqual([['第4章']])
    expect(await expectedOf('第十二届运动会。\n\n第13届运动会。\n')).toEqual([['第十三届']])
  })

  it('compares only ordinals of one word, within one article', async () => {
    expect(await found('第一章总则，第2节范围。\n')).toEqual([])
    const twoArticles = '新区发布管理办法\n\n办法第一章为总则。\n\n老区公布实施细则\n\n细则第3章为附则。\n'
    expect(await found(twoArticles)).toEqual([])
  })

  it('leaves idiomatic ordinals (第一次, 第15次) alone', async () => {
    expect(await found('这是第一次，也是第15次。\n')).toEqual([])
  })
})

describe('number-style: options', () => {
  it('runs only the checks asked for', async () => {
    const text = '运送5千公斤，补贴13～17万元。\n'
    expect(await withOptions(text, {})).toHaveLength(2)
    expect(await withOptions(text, {checks: ['range']})).toEqual(['1:10-1:17: 范围两端都要写出“万元”：「13～17万元」应作「13万元～17万元」'])
  })

  it('rejects bad options with a clear error', async () => {
    expect((await withOptions('文字。\n', {checks: ['magnitudes']}))[0]).toMatch(/`checks` must be a list of "magnitude", "range", "year", "ordinal"/u)
    expect((await withOptions('文字。\n', {check: []}))[0]).toMatch(/unknown option `check`/u)
  })
})

describe('number-style: English', () => {
  it('words messages in English', async () => {
    const file = await runRule(rule, '运送5千公斤。\n', undefined, 'en')
    expect(file.messages.map(formatMessage)).toEqual(['1:3-1:5: Arabic digits do not combine with 千: “5千” should be “5000”'])
  })
})
