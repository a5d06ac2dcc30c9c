/**
 * Chinese text utilities shared by the parser, the structure pass and the rules.
 *
 * Everything here works on single UTF-16 code units or on plain strings, so
 * that callers stay linear and never need `Intl.Segmenter` (super-linear on
 * Node 20 for long strings).
 */

/** Character classes used by the parser. */
export const enum CharClass {
  Word = 0,
  WhiteSpace = 1,
  Punctuation = 2,
  Symbol = 3
}

const classTable = buildClassTable()

function buildClassTable(): Uint8Array {
  const table = new Uint8Array(0x10000)
  const punctuation = /\p{P}/u
  const symbol = /\p{S}/u
  const space = /\s/u
  for (let code = 0; code < 0x10000; code++) {
    // Surrogates are word characters: a pair then stays inside one word.
    if (code >= 0xd800 && code <= 0xdfff) continue
    const char = String.fromCharCode(code)
    if (space.test(char) || isInvisible(code)) table[code] = CharClass.WhiteSpace
    else if (punctuation.test(char)) table[code] = CharClass.Punctuation
    else if (symbol.test(char)) table[code] = CharClass.Symbol
  }
  return table
}

/** Zero-width characters and the BOM: invisible, so treated as white space. */
export function isInvisible(code: number): boolean {
  return (
    code === 0xfeff ||
    (code >= 0x200b && code <= 0x200d) ||
    code === 0x2060 ||
    code === 0x180e
  )
}

export function charClass(code: number): CharClass {
  return classTable[code] as CharClass
}

/** Marks that end a sentence (full- and half-width). */
export const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '；', ';', '…', '｡'])

/** Closing quotes and brackets that a sentence end absorbs (`好。”`). */
export const CLOSING = new Set(['”', '’', '」', '』', '）', ')', '】', '》', '〉', '］', ']', '"', "'", '〕', '〗'])

/** Opening quotes and brackets. */
export const OPENING = new Set(['“', '‘', '「', '『', '（', '(', '【', '《', '〈', '［', '[', '〔', '〖'])

/** Marks after which a body paragraph has legitimately ended. */
export const PARAGRAPH_END = new Set([...SENTENCE_END, ...CLOSING, '：', ':', '—'])

/** Ideographs of the CJK blocks most copy uses. */
export function isHan(char: string): boolean {
  return isHanCode(char.charCodeAt(0))
}

/** `isHan` for a UTF-16 code unit (`text.charCodeAt(index)`), for scans that make no strings. */
export function isHanCode(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x3007
  )
}

/** How many Han characters stand in a row from `index`, stepping by `step` (1 forwards, -1 backwards), at most `limit`. */
export function hanRunLength(text: string, index: number, step: 1 | -1, limit = Number.POSITIVE_INFINITY): number {
  let count = 0
  while (count < limit && isHanCode(text.charCodeAt(index + step * count))) count++
  return count
}

/** Whether text is one or more ideographs and nothing else. */
export function isAllHan(text: string): boolean {
  for (const char of text) if (!isHan(char)) return false
  return text.length > 0
}

/** A Latin letter, half- or full-width (`A`, `ｂ`). */
export function isLatinLetter(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-zＡ-Ｚａ-ｚ]/u.test(char)
}

export function isDigit(char: string): boolean {
  const code = char.charCodeAt(0)
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)
}

/** Full-width ASCII variants (！ to ～) mapped to ASCII, and U+3000 to a space. */
export function toHalfWidth(text: string): string {
  let out = ''
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0)
    else if (code === 0x3000) out += ' '
    else out += text[index]
  }
  return out
}

const halfToFullPunctuation: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）'
}

/**
 * Fold text for comparison: half- and full-width punctuation agree, white
 * space and invisible characters vanish.  Keeps one character per source
 * character except for the removed ones, so it is cheap and predictable.
 */
export function foldForComparison(text: string): string {
  let out = ''
  let copied = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    let replacement: string | undefined
    if (charClass(code) === CharClass.WhiteSpace) replacement = ''
    else if (code < 0x80) replacement = halfToFullPunctuation[text[index] as string]
    else if (code >= 0xff10 && code <= 0xff19) replacement = String.fromCharCode(code - 0xfee0)
    if (replacement === undefined) continue
    // Copy unchanged stretches in one slice: most text needs no folding.
    out += text.slice(copied, index) + replacement
    copied = index + 1
  }
  return copied === 0 ? text : out + text.slice(copied)
}

/** Number of characters of text: Han, letters and digits, not punctuation or space. */
export function countTextChars(text: string): number {
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0xdc00 && code <= 0xdfff) continue
    if (charClass(code) === CharClass.Word) count++
  }
  return count
}

/**
 * The span `start`…`end` of `value` without white space at either end, as
 * offsets and text, or `undefined` when nothing is left.
 */
export function trimSpan(value: string, start: number, end: number): {start: number; end: number; text: string} | undefined {
  while (start < end && charClass(value.charCodeAt(start)) === CharClass.WhiteSpace) start++
  while (end > start && charClass(value.charCodeAt(end - 1)) === CharClass.WhiteSpace) end--
  return start < end ? {start, end, text: value.slice(start, end)} : undefined
}

/** Trim white space, including U+3000 and invisible characters, from both ends. */
export function trimAll(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && charClass(text.charCodeAt(start)) === CharClass.WhiteSpace) start++
  while (end > start && charClass(text.charCodeAt(end - 1)) === CharClass.WhiteSpace) end--
  return text.slice(start, end)
}

/** Pairs of adjacent Han characters: a cheap fingerprint of a text's wording (each pair as one number). */
export function hanBigrams(text: string): Set<number> {
  const pairs = new Set<number>()
  for (let index = 0; index + 1 < text.length; index++) {
    if (isHanCode(text.charCodeAt(index)) && isHanCode(text.charCodeAt(index + 1))) {
      pairs.add(text.charCodeAt(index) * 0x10000 + text.charCodeAt(index + 1))
    }
  }
  return pairs
}
