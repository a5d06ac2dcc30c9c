/**
 * Phrases a page repeats with one character changed: `发表重要讲话` in one
 * place, `发表重不讲话` in another.
 *
 * A character typed wrong makes a pair of characters the page has nowhere
 * else, inside a phrase it prints elsewhere with the right character.  So:
 *
 * 1. every pair of adjacent characters of the given ranges is indexed (a hash
 *    table from the pair to its last place while reading, and links from each
 *    place to the previous and the next place of the same pair: one pass, no
 *    per-pair lists);
 * 2. a character is a candidate when a pair of Han characters it stands in is
 *    rare on the page (once, or twice for a passage printed twice);
 * 3. the places where the same phrase may stand with another character are
 *    found through the pair just before the candidate or the pair just after
 *    it (a phrase identical but for one character shares one of them), and the
 *    identical context is measured on both sides.
 *
 * Time is linear in the text: two hash operations per character, and for each
 * candidate a walk over at most `WALK` places each way of two pairs.  What the
 * two characters mean (a word broken, a name misspelt) is for the caller to
 * judge.
 */
import {isHanCode} from './chinese.js'

/** Another place of the phrase, with another character where the slip stands. */
export interface PhraseMatch {
  /** Offset of the other character. */
  at: number
  /** Identical characters before it and after it (up to `CONTEXT`). */
  left: number
  right: number
}

export interface PhraseSlip {
  /** Offset of the one-off character. */
  at: number
  /** How often the page has the Han pair the character makes with the one before it, and with the one after it (0: no Han pair). */
  before: number
  after: number
  /** Places of the same phrase with another character there, in text order. */
  others: PhraseMatch[]
}

/** The longest identical context measured on each side. */
export const CONTEXT = 24
/** At most this many places of a pair, each way, are compared for one candidate (a pair the page uses hundreds of times is no evidence). */
const WALK = 256
/** A pair seen this often or less is rare: once, or twice for a passage printed twice. */
export const RARE_PAIR = 2

/** Characters that never stand inside a phrase: a line break or white space ends the context. */
function isBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x20 || code === 0x3000 || code === 0x09
}

/**
 * Whether two places share enough context to be one phrase: two identical
 * characters on each side, three on one side and one on the other, four on
 * one side, or two on one side when the one-off character ends its phrase
 * there (`主席习近电，` / `习近平观看`: `ends` tells whether a mark or a
 * line break stands after it, or before it).
 */
export function enoughContext(left: number, right: number, ends: {before: boolean; after: boolean} = {before: false, after: false}): boolean {
  return (
    (left >= 2 && right >= 2) ||
    (left >= 3 && right >= 1) ||
    (left >= 1 && right >= 3) ||
    left >= 4 ||
    right >= 4 ||
    (left >= 2 && ends.after) ||
    (right >= 2 && ends.before)
  )
}

/** Whether the character at `index` is no letter, digit or ideograph (a mark, white space, a line break, the end of the text). */
export function isBoundary(text: string, index: number): boolean {
  const char = text[index]
  return char === undefined || !/[\p{L}\p{N}]/u.test(char)
}

/**
 * One-off characters inside phrases the ranges repeat elsewhere with another
 * Han character in their place.  Ranges are the parts of the text to read
 * (paragraphs); context never runs over a line break or white space.
 */
export function findPhraseSlips(text: string, ranges: Array<{start: number; end: number}>): PhraseSlip[] {
  const length = text.length
  // Last place of each pair, the previous place of the same pair, and how many places up to this one (saturating).
  const last = new Map<number, number>()
  const previous = new Int32Array(length).fill(-1)
  const following = new Int32Array(length).fill(-1)
  const seen = new Uint8Array(length)
  const pairAt = (index: number): number | undefined => {
    const a = text.charCodeAt(index)
    const b = text.charCodeAt(index + 1)
    if (Number.isNaN(b) || isBreak(a) || isBreak(b)) return undefined
    return (a << 16) | b
  }
  for (const {start, end} of ranges) {
    for (let index = start; index + 1 < end; index++) {
      const key = pairAt(index)
      if (key === undefined) continue
      const before = last.get(key)
      if (before !== undefined) {
        previous[index] = before
        following[before] = index
        seen[index] = Math.min(255, (seen[before] as number) + 1)
      } else seen[index] = 1
      last.set(key, index)
    }
  }
  // How often each pair stands on the page: the count at its last place, handed back along the links (no look-ups).
  const total = new Uint8Array(length)
  for (let index = length - 1; index >= 0; index--) {
    if (seen[index] === 0) continue
    if (total[index] === 0) total[index] = seen[index] as number
    const before = previous[index] as number
    if (before !== -1) total[before] = total[index] as number
  }
  /** How often the Han pair at `index` stands on the page (0 when it is no Han pair). */
  const pairCount = (index: number): number =>
    index < 0 || !isHanCode(text.charCodeAt(index)) || !isHanCode(text.charCodeAt(index + 1)) ? 0 : (total[index] as number)
  const sameBefore = (a: number, b: number): number => {
    let count = 0
    while (count < CONTEXT) {
      const x = a - count - 1
      const y = b - count - 1
      if (x < 0 || y < 0) break
      const code = text.charCodeAt(x)
      if (isBreak(code) || code !== text.charCodeAt(y)) break
      count++
    }
    return count
  }
  const sameAfter = (a: number, b: number): number => {
    let count = 0
    while (count < CONTEXT) {
      const x = a + count + 1
      const y = b + count + 1
      if (x >= length || y >= length) break
      const code = text.charCodeAt(x)
      if (isBreak(code) || code !== text.charCodeAt(y)) break
      count++
    }
    return count
  }

  const slips: PhraseSlip[] = []
  // One candidate at a time: its offset, its character, whether it ends its phrase, and the places found (no allocation per
  // character of the page: most characters find nothing).
  let at = 0
  let code = 0
  let ends: {before: boolean; after: boolean} | undefined
  let others: Map<number, PhraseMatch> | undefined
  const compare = (other: number): void => {
    if (other === at || other < 0 || other >= length || others?.has(other)) return
    const char = text.charCodeAt(other)
    if (char === code || !isHanCode(char)) return
    const left = sameBefore(at, other)
    const right = sameAfter(at, other)
    if (!enoughContext(left, right)) {
      if (left < 2 && right < 2) return
      ends ??= {before: isBoundary(text, at - 1), after: isBoundary(text, at + 1)}
      if (!enoughContext(left, right, ends)) return
    }
    others ??= new Map()
    others.set(other, {at: other, left, right})
  }
  // The other places of the pair at `anchor`, both ways along the links, at most WALK each way.
  const walk = (anchor: number, offset: number): void => {
    if (seen[anchor] === 0) return
    for (let place = previous[anchor] as number, steps = 0; place !== -1 && steps < WALK; place = previous[place] as number, steps++) compare(place + offset)
    for (let place = following[anchor] as number, steps = 0; place !== -1 && steps < WALK; place = following[place] as number, steps++) compare(place + offset)
  }
  for (const {start, end} of ranges) {
    for (at = start; at < end; at++) {
      code = text.charCodeAt(at)
      if (!isHanCode(code)) continue
      const before = pairCount(at - 1)
      const after = pairCount(at)
      // The character makes a rare Han pair with a neighbour.
      if (!((before > 0 && before <= RARE_PAIR) || (after > 0 && after <= RARE_PAIR))) continue
      ends = undefined
      others = undefined
      // The same two characters before (`发表重` … `发表重`), or after.
      if (at - 2 >= start) walk(at - 2, 2)
      if (at + 2 < end) walk(at + 1, -1)
      const found = others as Map<number, PhraseMatch> | undefined
      if (found) slips.push({at, before, after, others: [...found.values()].sort((a, b) => a.at - b.at)})
    }
  }
  return slips
}
