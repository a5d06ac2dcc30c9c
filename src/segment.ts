/**
 * Chinese word segmentation, loaded lazily: only rules that need words pay
 * for it (the dictionary takes ~100-200 ms to load).  jieba (through
 * `@node-rs/jieba`) is lossless (`cut(text).join('') === text`) and linear,
 * unlike `Intl.Segmenter` on Node 20.  Feed it a sentence or a paragraph at
 * a time, never a whole page.
 */
import {createRequire} from 'node:module'
import type {Jieba} from '@node-rs/jieba'

const require = createRequire(import.meta.url)

let jieba: Jieba | undefined
let frequencies: Map<string, {frequency: number; tag: string}> | undefined

function dictionaryBytes(): Uint8Array {
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

/** The dictionary's frequency and part-of-speech tag of a word, if it is a word. */
export function dictionaryEntry(word: string): {frequency: number; tag: string} | undefined {
  if (!frequencies) {
    frequencies = new Map()
    const text = new TextDecoder().decode(dictionaryBytes())
    for (const line of text.split('\n')) {
      const [entry, frequency, tag] = line.split(' ')
      if (entry && frequency) frequencies.set(entry, {frequency: Number(frequency), tag: tag ?? ''})
    }
  }
  return frequencies.get(word)
}
