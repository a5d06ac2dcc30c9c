import {describe, expect, it} from 'vitest'
import {enoughContext, findPhraseSlips} from '../src/phrase-slips.js'

/** Every line of the text as a range. */
function lines(text: string): Array<{start: number; end: number}> {
  const ranges: Array<{start: number; end: number}> = []
  let start = 0
  for (const line of text.split('\n')) {
    ranges.push({start, end: start + line.length})
    start += line.length + 1
  }
  return ranges
}

describe('findPhraseSlips', () => {
  it('finds a one-off character and the places of the phrase with another character, with the identical context', () => {
    const text = '深入学习贯彻全会精神。\n深入学习贯彻全会精神。\n深入学习贯彻全会精神。\n深入学习贯丰全会精神。\n'
    const slips = findPhraseSlips(text, lines(text))
    const places = [...text.matchAll(/彻/gu)].map((found) => found.index)
    expect(slips).toEqual([
      {
        at: text.indexOf('丰'),
        before: 1,
        after: 1,
        others: places.map((at) => ({at, left: 5, right: 5}))
      }
    ])
  })

  it('finds both places of a phrase written two ways once each: which is the slip is for the caller to judge', () => {
    const text = '深入学习贯彻全会精神。\n深入学习贯丰全会精神。\n'
    expect(findPhraseSlips(text, lines(text)).map((slip) => text[slip.at])).toEqual(['彻', '丰'])
  })

  it('finds nothing in a phrase printed the same way twice', () => {
    const text = '深入学习贯彻全会精神。\n深入学习贯彻全会精神。\n'
    expect(findPhraseSlips(text, lines(text))).toEqual([])
  })

  it('stops the context at a line break and at white space', () => {
    const text = '学习贯彻全会精神。\n习 贯丰全会精神。\n'
    const slips = findPhraseSlips(text, lines(text))
    expect(slips.map((slip) => slip.others.map((other) => [other.left, other.right]))).toEqual([[[1, 5]], [[1, 5]]])
  })

  it('reads only the ranges it is given', () => {
    const text = '深入学习贯彻全会精神。\n深入学习贯丰全会精神。\n'
    expect(findPhraseSlips(text, lines(text).slice(1))).toEqual([])
  })

  it('asks for two characters on each side, three and one, or four on one side', () => {
    expect(enoughContext(2, 2)).toBe(true)
    expect(enoughContext(3, 1)).toBe(true)
    expect(enoughContext(0, 4)).toBe(true)
    expect(enoughContext(2, 1)).toBe(false)
    expect(enoughContext(2, 0)).toBe(false)
    expect(enoughContext(2, 0, {before: false, after: true})).toBe(true)
    expect(enoughContext(0, 2, {before: true, after: false})).toBe(true)
  })
})
