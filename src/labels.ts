/**
 * List labels (序次语) at the start of a paragraph: `元素三 `, `一、`, `（一）`,
 * `1.`, `（1）`, `①`, `第一，`, `一是`, `其一`, `第三部分`.
 *
 * The structure pass uses this to tell section headings from headlines; the
 * `list-numbering` rule uses it to check sequences.
 */
import {parseChineseNumeral, toChineseNumeral} from './numerals.js'

export type LabelStyle =
  /** A word and a numeral as a section heading: `元素三 `, `亮点十二 `. */
  | 'word-numeral'
  /** `第三部分`, `第一章`, `第一条`, `第二节`. */
  | 'ordinal-part'
  /** `第一，` `第一、` `第一:` */
  | 'ordinal'
  /** `一、` */
  | 'chinese-comma'
  /** `一.` `一．` (against GB/T 15834 B.3: `一、`) */
  | 'chinese-dot'
  /** `（一）` `(一)` */
  | 'chinese-paren'
  /** `1.` `1．` */
  | 'arabic-dot'
  /** `1、` (against GB/T 15834 B.3) */
  | 'arabic-comma'
  /** `（1）` `(1)` */
  | 'arabic-paren'
  /** `①` */
  | 'circled'
  /** `一是` */
  | 'yi-shi'
  /** `其一` */
  | 'qi-yi'

export interface ListLabel {
  style: LabelStyle
  /** The number the label carries. */
  value: number
  /** The label as written, separator (and the unit of a part label) included: `一、`, `元素三 `, `第三章 `. */
  text: string
  /** For `word-numeral` and `ordinal-part`: the word (`元素`, `部分`). */
  word?: string
  /** Number as written (`三`, `12`). */
  numeral: string
  /** Offset of the numeral inside `text`. */
  numeralOffset: number
}

const CN = '[零〇一二两三四五六七八九十百]+'
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'
/** Characters a Chinese numeral starts with (to tell `一、二年级` from a label). */
const NUMERAL_START = '一二两三四五六七八九十'
/** After `一、`: a second number with a counter (`二年级`, `二季度`, `二等奖`) makes `一、二…` a pair of numbers, not a label. */
const COUNTERS = '年季等类级档种个号期产线批次届成倍'
const PAIRED_NUMBER = `[${NUMERAL_START}]{1,2}[${COUNTERS}]`

interface Pattern {
  style: LabelStyle
  regex: RegExp
}

// Order matters: the first match wins.  Each regex is anchored and captures
// (1) what precedes the numeral, (2) the numeral.
const PATTERNS: Pattern[] = [
  {style: 'ordinal-part', regex: new RegExp(`^(第)(${CN})(?=部分|[章条节篇编])`, 'u')},
  // 第一、二季度 is two quarters, not a label.
  {style: 'ordinal', regex: new RegExp(`^(第)(${CN})(?=[，,：:]|、(?!${PAIRED_NUMBER}|第))`, 'u')},
  // 一、二年级 is two grades, not a label (but 三、二十大代表… is item 3, and 六、六年来… item 6: a pair needs two numbers).
  {style: 'chinese-comma', regex: new RegExp(`^()(${CN})(?=、(?!(?!\\2[${COUNTERS}])${PAIRED_NUMBER}))`, 'u')},
  {style: 'chinese-dot', regex: new RegExp(`^()(${CN})(?=[.．](?![\\d${NUMERAL_START}]))`, 'u')},
  {style: 'chinese-paren', regex: new RegExp(`^([（(])(${CN})(?=[）)])`, 'u')},
  {style: 'arabic-paren', regex: /^([（(])(\d{1,3})(?=[）)])/u},
  // `1.5亿` is a number; `3.2024年…` and `3.28日…` are item 3 of a list whose text starts with a date.
  {style: 'arabic-dot', regex: /^()(\d{1,3})(?=[.．](?:(?!\d)|\d{4}[年“"《]|\d{1,2}[月日时号]))/u},
  {style: 'arabic-comma', regex: /^()(\d{1,3})(?=、(?!\d{1,2}[年季等类级档种个号期产线批次届成倍]))/u},
  {style: 'circled', regex: new RegExp(`^()([${CIRCLED}])`, 'u')},
  {style: 'yi-shi', regex: new RegExp(`^()(${CN})(?=是)`, 'u')},
  {style: 'qi-yi', regex: new RegExp(`^(其)(${CN})(?=[，,、：:是])`, 'u')},
  {style: 'word-numeral', regex: new RegExp(`^([\\p{Script=Han}]{1,4}?)(${CN})(?=[ \\u3000]+\\S|[：:]|$)`, 'u')}
]

/** Days, dates and school years, not section labels: `周三 `, `星期一 `, `初五 `, `正月十五 `, `高三 `, `大一 `. */
const CALENDAR_WORDS = /^(?:周|星期|礼拜|初|正月|腊月|农历|[农阴]历[正腊冬]?月|高|初中|大|研|博)$|月初?$/u

/** The separator each style expects after the numeral. */
function separatorAfter(style: LabelStyle, rest: string): string {
  switch (style) {
    case 'ordinal':
    case 'chinese-comma':
    case 'chinese-dot':
    case 'arabic-comma':
    case 'arabic-dot':
    case 'qi-yi':
      return rest[0] ?? ''
    case 'chinese-paren':
    case 'arabic-paren': {
      const match = /^[）)][、，,.．]?/.exec(rest)
      return match ? match[0] : ''
    }
    case 'yi-shi':
      return '是'
    case 'ordinal-part': {
      const match = /^(?:部分|[章条节篇编])[ \u3000]*/u.exec(rest)
      return match ? match[0] : ''
    }
    case 'word-numeral': {
      const match = /^[ \u3000]+|^[：:]/.exec(rest)
      return match ? match[0] : ''
    }
    default:
      return ''
  }
}

function numeralValue(numeral: string): number | undefined {
  if (/^\d+$/.test(numeral)) return Number(numeral)
  const circled = CIRCLED.indexOf(numeral)
  if (circled >= 0) return circled + 1
  const value = parseChineseNumeral(numeral)
  return value === undefined || value > 9999n ? undefined : Number(value)
}

/** The list label that `text` starts with, if any. */
export function parseLabel(text: string): ListLabel | undefined {
  for (const {style, regex} of PATTERNS) {
    const match = regex.exec(text)
    if (!match) continue
    const before = match[1] ?? ''
    const numeral = match[2] ?? ''
    const value = numeralValue(numeral)
    if (value === undefined || value === 0) continue
    if (style === 'word-numeral' && CALENDAR_WORDS.test(before)) continue
    const separator = separatorAfter(style, text.slice(match[0].length))
    const label: ListLabel = {
      style,
      value,
      text: match[0] + separator,
      numeral,
      numeralOffset: before.length
    }
    if (style === 'word-numeral') label.word = before
    if (style === 'ordinal-part') label.word = text.startsWith('部分', match[0].length) ? '部分' : text.charAt(match[0].length)
    return label
  }
  return undefined
}

/** How a label writes its number. */
export type NumeralKind = 'chinese' | 'arabic' | 'circled'

export function numeralKind(label: ListLabel): NumeralKind {
  if (label.style === 'circled') return 'circled'
  return /^\d/.test(label.numeral) ? 'arabic' : 'chinese'
}

/** A number written the way `label` writes its own (`三`, `3`, `③`). */
export function writeNumeral(value: number, kind: NumeralKind): string {
  if (kind === 'arabic') return String(value)
  if (kind === 'circled') return CIRCLED[value - 1] ?? String(value)
  return toChineseNumeral(value)
}

/** The label with another number: `relabel(二、, 3)` → `三、`. */
export function relabel(label: ListLabel, value: number): string {
  const {text, numeralOffset, numeral} = label
  return text.slice(0, numeralOffset) + writeNumeral(value, numeralKind(label)) + text.slice(numeralOffset + numeral.length)
}

/**
 * Which labels can number one list: the same kind of label whatever its
 * punctuation (`一、` and `一.` are one family, `（一）` another, `元素一`
 * and `亮点一` two more).
 */
export function labelFamily(label: ListLabel): string {
  switch (label.style) {
    case 'chinese-comma':
    case 'chinese-dot':
      return 'chinese'
    case 'arabic-dot':
    case 'arabic-comma':
      return 'arabic'
    case 'word-numeral':
      return `word:${label.word ?? ''}`
    case 'ordinal-part':
      return `part:${label.word ?? ''}`
    default:
      return label.style
  }
}

/**
 * The label as GB/T 15834-2011 B.3 writes it, when its punctuation is
 * against the standard: `1、` → `1.`, `一.` → `一、`, `（一）、` → `（一）`,
 * `第一、` → `第一，`.  `undefined` when the label is already right.
 * Width is left alone (`(一)` and `第一,` are the NFKC forms of correct labels).
 */
export function standardLabel(label: ListLabel): string | undefined {
  const {text, numeralOffset, numeral} = label
  const head = text.slice(0, numeralOffset + numeral.length)
  const separator = text.slice(head.length)
  switch (label.style) {
    case 'arabic-comma':
      return head + '.'
    case 'chinese-dot':
      return head + '、'
    case 'chinese-paren':
    case 'arabic-paren':
      return separator.length > 1 ? head + separator.charAt(0) : undefined
    case 'ordinal':
    case 'qi-yi':
      return separator === '、' ? head + '，' : undefined
    default:
      return undefined
  }
}

/** The label's shape with its number left out (`N、`, `（N）`, `第N，`): two labels of one list should share it. */
export function labelShape(label: ListLabel): string {
  const {text, numeralOffset, numeral} = label
  return text.slice(0, numeralOffset) + 'N' + text.slice(numeralOffset + numeral.length).trim()
}

/** A label found inside a paragraph, at `offset` in the text searched. */
export interface InlineLabel {
  offset: number
  label: ListLabel
}

/** Styles that number clauses inside a paragraph (`…；二是…`, `。第二，…`, `：（1）…`). */
const INLINE_STYLES = new Set<LabelStyle>(['yi-shi', 'qi-yi', 'ordinal', 'circled', 'chinese-paren', 'arabic-paren'])
/** After a comma only these: `…，二是…`, `…，其二，…`. */
const AFTER_COMMA = new Set<LabelStyle>(['yi-shi', 'qi-yi'])
const INLINE_START = /[。；;：:！？!?，,](?:[\s\u3000]*)(?=[第其（(一二两三四五六七八九十①-⑳])/gu

/**
 * Labels that number clauses inside a paragraph, after sentence punctuation
 * (`。第二，` `；二是` `：（1）`) or a comma (`，二是`, `，其二`).  Not the
 * label the text starts with (that is `parseLabel`'s).  Linear in the text.
 */
export function findInlineLabels(text: string): InlineLabel[] {
  const found: InlineLabel[] = []
  INLINE_START.lastIndex = 0
  for (let match = INLINE_START.exec(text); match; match = INLINE_START.exec(text)) {
    const offset = match.index + match[0].length
    const label = parseLabel(text.slice(offset, offset + 16))
    if (!label || !INLINE_STYLES.has(label.style)) continue
    if (/[，,]/u.test(match[0]) && !AFTER_COMMA.has(label.style)) continue
    found.push({offset, label})
  }
  return found
}
