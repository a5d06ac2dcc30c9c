import {describe, expect, it} from 'vitest'
import {lint} from '../src/lint.js'

describe('processor: presets', () => {
  it('runs no rule with the `none` preset', async () => {
    const file = await lint('他说：“没有结束\n\n另一段文字。\n', {preset: 'none'})
    expect(file.messages).toEqual([])
  })

  it('runs the recommended rules by default', async () => {
    const file = await lint('他说：“没有结束。\n')
    expect(file.messages.map((message) => message.ruleId)).toContain('paired-punctuation')
  })
})
