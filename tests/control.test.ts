/** Marker paragraphs turn rules off and on for part of a page. */
import {describe, expect, it} from 'vitest'
import {lint} from '../src/lint.js'
import {formatMessage} from '../src/testing.js'

const REPEATED = '新建的城市书房昨日开放，市民可凭身份证免费借阅图书和报刊。'

async function ruleIds(text: string): Promise<string[]> {
  return (await lint(text)).messages.map((message) => message.ruleId ?? '')
}

describe('control markers', () => {
  it('a repeat is reported without a marker', async () => {
    expect(await ruleIds(`标题\n\n${REPEATED}\n\n另一段文字，说明情况。\n\n${REPEATED}\n`)).toContain('no-duplicate-passage')
  })

  it('【copydesk disable rule】 turns that rule off for what follows', async () => {
    const text = `标题\n\n${REPEATED}\n\n【copydesk disable no-duplicate-passage】\n\n${REPEATED}\n`
    expect(await ruleIds(text)).toEqual([])
  })

  it('【copydesk enable rule】 turns it on again', async () => {
    const text = `标题\n\n${REPEATED}\n\n[copydesk disable no-duplicate-passage]\n\n另一段文字，说明情况。\n\n[copydesk enable no-duplicate-passage]\n\n${REPEATED}\n`
    expect(await ruleIds(text)).toEqual(['no-duplicate-passage'])
  })

  it('a marker without rule names turns every rule off, and is itself no headline or defect', async () => {
    const file = await lint(`【copydesk disable】\n\n他说：“没有结束\n`)
    expect(file.messages).toEqual([])
    expect(file.data.copydesk?.blocks[0]?.role).toBe('boilerplate')
  })

  it('warns about an unknown rule name in a marker', async () => {
    const file = await lint(`【copydesk disable no-such-rule】\n\n正文一段，说明情况。\n`)
    expect(file.messages.map(formatMessage)).toEqual([expect.stringMatching(/no-such-rule/)])
  })
})
