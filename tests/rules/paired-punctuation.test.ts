import {describe, expect, it} from 'vitest'
import rule from '../../rules/paired-punctuation.js'
import {ruleMessages} from '../../src/testing.js'
import {testExamples} from '../rule-examples.js'

testExamples(rule)

async function messages(text: string): Promise<string[]> {
  return ruleMessages(rule, text)
}

describe('paired-punctuation', () => {
  it('leaves an English apostrophe alone', async () => {
    expect(await messages('他说“it’s fine”。\n')).toEqual([])
  })

  it('flags an unclosed 书名号 in a headline', async () => {
    const found = await messages('《焦作日报报道\n\n正文第一段。\n')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^1:1-1:2: 未闭合的前书名号「《」/)
  })

  it('reports on the right line with CRLF line ends', async () => {
    const found = await messages('第一段。\r\n\r\n第二段）多了后括号。\r\n')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^3:4-3:5: /)
  })

  it('pairs full-width with half-width brackets', async () => {
    expect(await messages('示范区（高新区)党工委。\n')).toEqual([])
  })

  it('does not carry an open quote into the next paragraph unless it reopens', async () => {
    const found = await messages('他说：“没有结束\n\n另一段文字。\n')
    expect(found).toHaveLength(1)
  })
})
