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
