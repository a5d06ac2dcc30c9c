/**
 * List labels (序次语) at the start of a paragraph: `元素三 `, `一、`, `（一）`,
 * `1.`, `（1）`, `①`, `第一，`, `一是`, `其一`, `第三部分`.
 *
 * The structure pass uses this to tell section headings from headlines; the
 * `list-numbering` rule uses it to check sequences.
 */
import {parseChineseNumeral} from './numerals.js'

export type LabelStyle =
  /** A word and a numeral as a section heading: `元素三 `, `亮点十二 `. */
  | 'word-numeral'
  /** `第三部分`, `第一章`, `第一条`, `第二节`. */
  | 'ordinal-part'
  /** `第一，` `第一、` `第一:` */
  | 'ordinal'
  /** `一、` */
  | 'chinese-comma'
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
  /** The label as written, separator included (`一、`, `元素三 `). */
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

interface Pattern {
  style: LabelStyle
  regex: RegExp
}

// Order matters: the first match wins.  Each regex is anchored and captures
// (1) what precedes the numeral, (2) the numeral.
const PATTERNS: Pattern[] = [
  {style: 'ordinal-part', regex: new RegExp(`^(第)(${CN})(?=[部章条节篇单编期批])`, 'u')},
  {style: 'ordinal', regex: new RegExp(`^(第)(${CN})(?=[，,、：:])`, 'u')},
  {style: 'chinese-comma', regex: new RegExp(`^()(${CN})(?=、)`, 'u')},
  {style: 'chinese-paren', regex: new RegExp(`^([（(])(${CN})(?=[）)])`, 'u')},
  {style: 'arabic-paren', regex: /^([（(])(\d{1,3})(?=[）)])/u},
  {style: 'arabic-dot', regex: /^()(\d{1,3})(?=[.．](?!\d))/u},
  {style: 'arabic-comma', regex: /^()(\d{1,3})(?=、)/u},
  {style: 'circled', regex: new RegExp(`^()([${CIRCLED}])`, 'u')},
  {style: 'yi-shi', regex: new RegExp(`^()(${CN})(?=是)`, 'u')},
  {style: 'qi-yi', regex: new RegExp(`^(其)(${CN})(?=[，,、：:是])`, 'u')},
  {style: 'word-numeral', regex: new RegExp(`^([\\p{Script=Han}]{1,4}?)(${CN})(?=[ \\u3000]+\\S|[：:]|$)`, 'u')}
]

/** The separator each style expects after the numeral. */
function separatorAfter(style: LabelStyle, rest: string): string {
  switch (style) {
    case 'ordinal':
    case 'chinese-comma':
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
    const separator = separatorAfter(style, text.slice(match[0].length))
    const label: ListLabel = {
      style,
      value,
      text: match[0] + separator,
      numeral,
      numeralOffset: before.length
    }
    if (style === 'word-numeral') label.word = before
    if (style === 'ordinal-part') label.word = text.slice(match[0].length, match[0].length + 2)
    return label
  }
  return undefined
}
