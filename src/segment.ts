/**
 * Chinese word segmentation, loaded lazily: only rules that need words pay
 * for it (the dictionary takes ~100-200 ms to load).  jieba (through
 * `@node-rs/jieba`) is lossless (`cut(text).join('') === text`) and linear,
 * unlike `Intl.Segmenter` on Node 20.  Feed it a sentence or a paragraph at
 * a time, never a whole page.
 */
import {createRequire} from 'node:module'
import type {Jieba} from '@node-rs/jieba'
import {cachedTables, fnv1a} from './dictionary-cache.js'

const require = createRequire(import.meta.url)

let jieba: Jieba | undefined
let dictionary: DictionaryIndex | undefined

/** jieba's dictionary, as the package ships it. */
export function dictionaryBytes(): Uint8Array {
  return (require('@node-rs/jieba/dict.js') as {dict: Uint8Array}).dict
}

function instance(): Jieba {
  if (!jieba) {
    const {Jieba: JiebaClass} = require('@node-rs/jieba') as {Jieba: {withDict(dict: Uint8Array): Jieba}}
    jieba = JiebaClass.withDict(dictionaryBytes())
  }
  return jieba
}

/** Split text into words (lossless). */
export function segment(text: string): string[] {
  return instance().cut(text, false)
}

/** Split text into words, guessing unknown words (names) with jieba's HMM. */
export function segmentWithGuesses(text: string): string[] {
  return instance().cut(text, true)
}

const SPACE = 0x20
const NEWLINE = 0x0a

/**
 * jieba's dictionary (`word frequency tag` lines, ~350,000 of them) as an
 * open-addressing hash table of line offsets over the raw bytes: built in one
 * pass without making a string per line, so the first look-up costs ~20 ms
 * instead of ~200 ms for a Map, and memory stays at the dictionary's bytes.
 */
class DictionaryIndex {
  readonly #bytes: Uint8Array
  readonly #slots: Int32Array
  readonly #mask: number
  readonly #encoder = new TextEncoder()
  readonly #decoder = new TextDecoder()
  #key = new Uint8Array(64)

  constructor(bytes: Uint8Array, slots: Int32Array) {
    this.#bytes = bytes
    this.#slots = slots
    this.#mask = slots.length - 1
  }

  lookup(word: string): {frequency: number; tag: string} | undefined {
    // Encoded into a buffer kept for the purpose: look-ups run by the million, and a fresh array each would feed the collector.
    if (word.length * 3 > this.#key.length) this.#key = new Uint8Array(word.length * 3)
    const length = this.#encoder.encodeInto(word, this.#key).written
    if (length === 0) return undefined
    const key = this.#key
    const bytes = this.#bytes
    let slot = fnv1a(key, 0, length) & this.#mask
    for (;;) {
      const start = this.#slots[slot] as number
      if (start === -1) return undefined
      if (bytes[start + length] === SPACE && sameBytes(bytes, start, key, length)) {
        let cursor = start + length + 1
        let frequency = 0
        while (bytes[cursor] !== undefined && (bytes[cursor] as number) >= 0x30 && (bytes[cursor] as number) <= 0x39) {
          frequency = frequency * 10 + (bytes[cursor] as number) - 0x30
          cursor++
        }
        let end = ++cursor
        while (end < bytes.length && bytes[end] !== NEWLINE && bytes[end] !== 0x0d) end++
        return {frequency, tag: this.#decoder.decode(bytes.subarray(cursor, end))}
      }
      slot = (slot + 1) & this.#mask
    }
  }
}

function sameBytes(bytes: Uint8Array, start: number, key: Uint8Array, length: number): boolean {
  for (let index = 0; index < length; index++) if (bytes[start + index] !== key[index]) return false
  return true
}

/** The hash table of the dictionary's line offsets: `-1` marks an empty slot. */
export function buildWordSlots(bytes: Uint8Array): Int32Array {
  // Native `indexOf` finds the line breaks and spaces; only words are hashed.
  let lines = 0
  for (let index = bytes.indexOf(NEWLINE); index !== -1; index = bytes.indexOf(NEWLINE, index + 1)) lines++
  let size = 1
  while (size < lines * 3) size <<= 1
  const slots = new Int32Array(size).fill(-1)
  const mask = size - 1
  let start = 0
  while (start < bytes.length) {
    let lineEnd = bytes.indexOf(NEWLINE, start)
    if (lineEnd === -1) lineEnd = bytes.length
    const space = bytes.indexOf(SPACE, start)
    if (space > start && space < lineEnd) {
      let slot = fnv1a(bytes, start, space) & mask
      while (slots[slot] !== -1) slot = (slot + 1) & mask
      slots[slot] = start
    }
    start = lineEnd + 1
  }
  return slots
}

/** The dictionary's frequency and part-of-speech tag of a word, if it is a word. */
export function dictionaryEntry(word: string): {frequency: number; tag: string} | undefined {
  if (!dictionary) {
    const bytes = dictionaryBytes()
    dictionary = new DictionaryIndex(bytes, cachedTables(bytes)?.wordSlots ?? buildWordSlots(bytes))
  }
  return dictionary.lookup(word)
}
