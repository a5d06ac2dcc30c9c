/** Tests generated from a rule's own examples: the same examples its doc page shows. */
import {describe, expect, it} from 'vitest'
import type {CopydeskRule} from '../src/rule.js'
import {exampleMessages} from '../src/testing.js'

export function testExamples(rule: CopydeskRule): void {
  describe(`${rule.meta.name}: documented examples`, () => {
    for (const example of rule.meta.examples) {
      const expected = example.messages ?? []
      it(`${expected.length === 0 ? 'accepts' : 'flags'}: ${example.title}`, async () => {
        expect(await exampleMessages(rule, example)).toEqual(expected)
      })
      if (example.messagesEn) {
        it(`in English: ${example.title}`, async () => {
          expect(await exampleMessages(rule, example, 'en')).toEqual(example.messagesEn)
        })
      }
    }
  })
}
