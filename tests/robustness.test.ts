/** Every rule survives damaged copy: no crash, every place inside the document. */
import fs from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/lint.js'

const page = fs.readFileSync(new URL('../examples/page.txt', import.meta.url), 'utf8')
const marks = [...'，。、；：？！…“”‘’（）()《》【】一二三十0123456789.%元亿万个 　,:;'].concat(['\n\n', '\n　　', '\r\n'])

/** One edit: cut a span, insert a mark or a break, or print a span again at the end. */
const edit = fc.record({kind: fc.constantFrom('cut', 'insert', 'repeat'), at: fc.nat(), length: fc.nat({max: 80}), mark: fc.constantFrom(...marks)})

function apply(text: string, edits: Array<{kind: string; at: number; length: number; mark: string}>): string {
  let result = text
  for (const {kind, at, length, mark} of edits) {
    const position = at % (result.length + 1)
    if (kind === 'cut') result = result.slice(0, position) + result.slice(position + length)
    else if (kind === 'insert') result = result.slice(0, position) + mark + result.slice(position)
    else result = `${result}\n\n${result.slice(position, position + length)}`
  }
  return result
}

describe('robustness', () => {
  it('lints damaged pages with every rule, without crashing, within bounds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, {maxLength: 12}), fc.boolean(), async (edits, normalise) => {
        const text = apply(normalise ? page.normalize('NFKC') : page, edits)
        const file = await lint(text, {preset: 'all'})
        for (const message of file.messages) {
          if (message.ruleId?.startsWith('input-')) continue
          expect(message.fatal).not.toBe(true)
          const place = message.place
          expect(place && 'start' in place).toBe(true)
          if (place && 'start' in place) {
            expect(place.start.offset ?? -1).toBeGreaterThanOrEqual(0)
            expect(place.start.offset ?? 0).toBeLessThanOrEqual(place.end.offset ?? -1)
            expect(place.end.offset ?? Infinity).toBeLessThanOrEqual(text.length)
          }
        }
      }),
      {numRuns: 60}
    )
  })
})
