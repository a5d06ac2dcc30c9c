/**
 * Character tables derived from jieba's dictionary (which ships inside
 * `@node-rs/jieba`): which two characters stand side by side inside some
 * word, and how often a character opens a word rather than sitting inside
 * one (`慧` mostly ends 智慧, `持` mostly ends 坚持/支持), weighted by word
 * frequency.
 *
 * Both are built in one pass over the dictionary's bytes, decoding UTF-8 by
 * hand into typed arrays: ~30 ms on first use, where building them from
 * strings and a `Set` took ~150 ms — most of a short article's lint.
 */
import {cachedTables, type DictionaryTables} from './dictionary-cache.js'
import {dictionaryBytes} from './segment.js'

type CharacterTables = Pick<DictionaryTables, 'pairs' | 'opening' | 'inside'>

let tables: (CharacterTables & {pairMask: number}) | undefined

function load(): CharacterTables & {pairMask: number} {
  const bytes = dictionaryBytes()
  const found = cachedTables(bytes) ?? buildCharacterTables(bytes)
  return {...found, pairMask: found.pairs.length - 1}
}

/** Build the character tables from the dictionary's bytes. */
export function buildCharacterTables(bytes: Uint8Array): CharacterTables {
  const pairs = new Uint32Array(1 << 20)
  const pairMask = pairs.length - 1
  const opening = new Float64Array(0x10000)
  const inside = new Float64Array(0x10000)
  const word: number[] = []

  let index = 0
  while (index < bytes.length) {
    // The word: code units up to the first space.
    word.length = 0
    while (index < bytes.length && bytes[index] !== 0x20 && bytes[index] !== 0x0a) {
      const byte = bytes[index] as number
      let code: number
      if (byte < 0x80) {
        code = byte
        index += 1
      } else if (byte < 0xe0) {
        code = ((byte & 0x1f) << 6) | ((bytes[index + 1] as number) & 0x3f)
        index += 2
      } else if (byte < 0xf0) {
        code = ((byte & 0x0f) << 12) | (((bytes[index + 1] as number) & 0x3f) << 6) | ((bytes[index + 2] as number) & 0x3f)
        index += 3
      } else {
        code = 0xfffd // astral: no Chinese word of interest
        index += 4
      }
      word.push(code)
    }
    // The frequency.
    let frequency = 0
    if (bytes[index] === 0x20) {
      index++
      while (index < bytes.length && (bytes[index] as number) >= 0x30 && (bytes[index] as number) <= 0x39) {
        frequency = frequency * 10 + (bytes[index] as number) - 0x30
        index++
      }
    }
    while (index < bytes.length && bytes[index] !== 0x0a) index++
    index++

    if (word.length === 0) continue
    opening[word[0] as number] = (opening[word[0] as number] as number) + frequency
    for (let position = 1; position < word.length; position++) {
      const code = word[position] as number
      inside[code] = (inside[code] as number) + frequency
      const key = (((word[position - 1] as number) << 16) | code) >>> 0
      if (key === 0) continue
      let slot = Math.imul(key, 0x9e3779b1) >>> 12 & pairMask
      while (pairs[slot] !== 0 && pairs[slot] !== key) slot = (slot + 1) & pairMask
      pairs[slot] = key
    }
  }
  return {pairs, opening, inside}
}

/** Whether two characters stand next to each other inside some dictionary word. */
export function adjacentInSomeWord(left: string, right: string): boolean {
  tables ??= load()
  const key = ((left.charCodeAt(0) << 16) | right.charCodeAt(0)) >>> 0
  if (key === 0) return false
  const {pairs, pairMask} = tables
  let slot = Math.imul(key, 0x9e3779b1) >>> 12 & pairMask
  for (;;) {
    const stored = pairs[slot]
    if (stored === 0) return false
    if (stored === key) return true
    slot = (slot + 1) & pairMask
  }
}

/**
 * How often a character opens a dictionary word (`0`–`1`), weighted by word
 * frequency.  Characters absent from the dictionary get `1`.
 */
export function wordOpeningRatio(char: string): number {
  tables ??= load()
  const code = char.charCodeAt(0)
  const opening = tables.opening[code] as number
  const inside = tables.inside[code] as number
  if (opening === 0 && inside === 0) return 1
  return opening / (opening + inside + 1)
}
