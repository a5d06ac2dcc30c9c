import {describe, expect, it} from 'vitest'
import {lint} from '../src/lint.js'

describe('processor settings', () => {
  it('applies the `none` preset: no rule runs', async () => {
    const file = await lint('他说：“没有结束\n', {preset: 'none'})
    expect(file.messages).toEqual([])
  })

  it('runs the recommended preset by default', async () => {
    const file = await lint('他说：“没有结束\n')
    expect(file.messages.map((message) => message.ruleId)).toContain('paired-punctuation')
  })

  it('passes rule options from the settings to the rule', async () => {
    const file = await lint('正文。\n', {preset: 'none', rules: {'no-duplicate-passage': ['warn', {minChars: -1}]}})
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]?.reason).toMatch(/minChars/)
  })
})

describe('processor: configuration stays with its copy', () => {
  it('does not leak one call’s rules into the next', async () => {
    const text = '他说：“没有结束。\n'
    expect((await lint(text, {preset: 'none'})).messages).toEqual([])
    expect((await lint(text)).messages.map((message) => message.ruleId)).toContain('paired-punctuation')
    expect((await lint(text, {rules: {'paired-punctuation': 'off'}})).messages.map((message) => message.ruleId)).not.toContain('paired-punctuation')
  })

  it('rejects an unknown preset with a clear fatal message', async () => {
    const file = await lint('正文。\n', {preset: 'strict'})
    expect(file.messages[0]?.fatal).toBe(true)
    expect(file.messages[0]?.reason).toMatch(/Unknown copydesk preset `strict`/)
  })
})
