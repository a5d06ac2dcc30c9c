/**
 * Quantities in Chinese copy, read exactly: `130.23亿元` is 13,023,000,000 元,
 * `约合360亩` is about 360 亩, `二十七个` is 27 个.  Values are scaled decimals
 * (a BigInt and a number of decimals), never floating point.
 *
 * `extractQuantities` scans a text once (linear) and returns every number
 * followed by a known unit, with its magnitude (万, 亿), its approximation
 * word (约, 近, 余, 多, 左右, 超 …) and its span.  Dates (年 月 日), ordinals
 * (第三) and numbers glued to letters or other digits are not quantities.
 */
import {isDigit, isLatinLetter, toHalfWidth} from './chinese.js'
import {isChineseNumeralChar, parseChineseNumeral, scaleDecimal} from './numerals.js'

/** An exact decimal: `value / 10 ** decimals`. */
export interface Decimal {
  value: bigint
  decimals: number
}

export type ApproximationKind = 'about' | 'over' | 'under'

export interface Approximation {
  /** The word as written: 约, 近, 超过, 余, 多, 左右 … */
  word: string
  kind: ApproximationKind
  /** Offsets of the word in the document. */
  start: number
  end: number
}

export interface Quantity {
  /** Offsets of the number, magnitude and unit (`130.23亿元`) in the document. */
  start: number
  end: number
  /** Offsets of the numeral alone (`130.23`). */
  numeralEnd: number
  /** The quantity as written (`130.23亿元`). */
  text: string
  /** The numeral as written (`130.23`, `二十七`), full-width digits folded. */
  numeral: string
  /** Written in Arabic digits. */
  arabic: boolean
  /** Magnitude written after the numeral: `万`, `亿`, `万亿`, or `千`/`百` (non-standard with Arabic digits). */
  magnitude: string
  /** The unit as written after the magnitude (`元`, `个`, `%`, `公顷`). */
  unit: string
  /** The value in `unit`, magnitude applied: `130.23亿元` → 13023000000. */
  amount: Decimal
  approx?: Approximation
}

/** Units, longest first where one is a prefix of another. */
const UNITS = [
  // money
  '元', '美元', '欧元', '日元', '英镑', '港元', '港币', '卢布', '澳元',
  // rates
  '%', '％', '‰', '个百分点', '百分点', '倍',
  // area, length, weight, volume, energy
  '平方公里', '平方千米', '平方米', '公顷', '亩', '公里', '千米', '厘米', '毫米', '米',
  '千克', '公斤', '吨', '克', '立方米', '升', '标准箱',
  '千瓦时', '千瓦', '兆瓦', '吉瓦',
  // people and things
  '人次', '人', '名', '位', '户', '例', '个', '家', '项', '座', '所', '条', '辆', '架', '台', '套',
  '件', '列', '艘', '头', '只', '株', '棵', '起', '场', '批', '篇', '部', '处', '款', '种', '栋',
  '张', '份', '册', '块', '枚', '颗', '支', '级', '天', '小时', '分钟'
]

const UNIT_SET = new Set(UNITS)
const MAX_UNIT_LENGTH = Math.max(...UNITS.map((unit) => unit.length))

/** Magnitudes after a numeral, longest first. */
const MAGNITUDES: Array<[string, number]> = [
  ['万亿', 12],
  ['千亿', 11],
  ['百亿', 10],
  ['十亿', 9],
  ['千万', 7],
  ['百万', 6],
  ['十万', 5],
  ['亿', 8],
  ['万', 4],
  ['千', 3],
  ['百', 2]
]

/** Units of measurement whose names start with a magnitude character: `5千米` is 5 km, not 5000 米. */
const UNITS_STARTING_WITH_MAGNITUDE = ['千米', '千克', '千瓦时', '千瓦', '百分点']

const APPROX_BEFORE: Array<[string, ApproximationKind]> = [
  ['将近', 'under'],
  ['接近', 'under'],
  ['不到', 'under'],
  ['不足', 'under'],
  ['近', 'under'],
  ['大约', 'about'],
  ['约合', 'about'],
  ['折合', 'about'],
  ['约', 'about'],
  ['超过', 'over'],
  ['超', 'over'],
  ['逾', 'over'],
  ['多达', 'over'],
  ['至少', 'over'],
  ['不少于', 'over'],
  ['突破', 'over']
]

/** Words between numeral and unit (`10余个`, `100多万`) or after the unit (`3个左右`). */
const APPROX_INSIDE: Array<[string, ApproximationKind]> = [
  ['余', 'over'],
  ['多', 'over'],
  ['来', 'about']
]
const APPROX_AFTER: Array<[string, ApproximationKind]> = [
  ['左右', 'about'],
  ['上下', 'about'],
  ['以上', 'over'],
  ['多', 'over'],
  ['以下', 'under']
]

function isAsciiDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9'
}

function isAnyDigit(char: string | undefined): boolean {
  return char !== undefined && isDigit(char)
}

/** Read an Arabic numeral at `index`: digits, thousands separators, one decimal point. */
function readArabic(text: string, index: number): {numeral: string; end: number} | undefined {
  let cursor = index
  let numeral = ''
  while (cursor < text.length && isAnyDigit(text[cursor])) numeral += toHalfWidth(text[cursor++] as string)
  if (!numeral) return undefined
  // 1,234,567 (ASCII comma followed by exactly three digits).
  while (text[cursor] === ',' && /^[0-9]{3}(?![0-9])/u.test(text.slice(cursor + 1, cursor + 5))) {
    numeral += text.slice(cursor + 1, cursor + 4)
    cursor += 4
  }
  if ((text[cursor] === '.' || text[cursor] === '．') && isAnyDigit(text[cursor + 1])) {
    numeral += '.'
    cursor++
    while (cursor < text.length && isAnyDigit(text[cursor])) numeral += toHalfWidth(text[cursor++] as string)
  }
  return {numeral, end: cursor}
}

function readUnit(text: string, index: number): string | undefined {
  for (let length = Math.min(MAX_UNIT_LENGTH, text.length - index); length > 0; length--) {
    const candidate = text.slice(index, index + length)
    if (UNIT_SET.has(candidate)) return candidate
  }
  return undefined
}

function startsWithAny<T>(text: string, index: number, table: Array<[string, T]>): [string, T] | undefined {
  for (const entry of table) if (text.startsWith(entry[0], index)) return entry
  return undefined
}

/** Multiply a decimal by 10 ** power, exactly. */
export function scaleBy(amount: Decimal, power: number): Decimal {
  if (power >= amount.decimals) return {value: amount.value * 10n ** BigInt(power - amount.decimals), decimals: 0}
  return {value: amount.value, decimals: amount.decimals - power}
}

/** Read a decimal string (`130.23`, `1,234`) exactly. */
export function parseDecimal(text: string): Decimal {
  return scaleDecimal(text, 0)
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const decimals = Math.max(a.decimals, b.decimals)
  return [a.value * 10n ** BigInt(decimals - a.decimals), b.value * 10n ** BigInt(decimals - b.decimals), decimals]
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compareDecimal(a: Decimal, b: Decimal): number {
  const [x, y] = align(a, b)
  return x < y ? -1 : x > y ? 1 : 0
}

export function addDecimal(a: Decimal, b: Decimal): Decimal {
  const [x, y, decimals] = align(a, b)
  return {value: x + y, decimals}
}

export function subtractDecimal(a: Decimal, b: Decimal): Decimal {
  const [x, y, decimals] = align(a, b)
  return {value: x - y, decimals}
}

/** Multiply by a fraction, rounding half away from zero to `decimals` places. */
export function multiplyDecimal(a: Decimal, numerator: bigint, denominator: bigint, decimals: number): Decimal {
  // a.value * num / (den * 10^a.decimals), then scaled by 10^decimals.
  const top = a.value * numerator * 10n ** BigInt(decimals)
  const bottom = denominator * 10n ** BigInt(a.decimals)
  const negative = top < 0n !== bottom < 0n
  const absTop = top < 0n ? -top : top
  const absBottom = bottom < 0n ? -bottom : bottom
  let quotient = absTop / absBottom
  if ((absTop % absBottom) * 2n >= absBottom) quotient += 1n
  return {value: negative ? -quotient : quotient, decimals}
}

/** Write a decimal without trailing zeros after the point: 13023000000, 1.5, 0.04. */
export function formatDecimal(amount: Decimal): string {
  const negative = amount.value < 0n
  let digits = (negative ? -amount.value : amount.value).toString()
  if (amount.decimals > 0) {
    digits = digits.padStart(amount.decimals + 1, '0')
    const whole = digits.slice(0, digits.length - amount.decimals)
    const fraction = digits.slice(digits.length - amount.decimals).replace(/0+$/u, '')
    digits = fraction ? `${whole}.${fraction}` : whole
  }
  return (negative ? '-' : '') + digits
}

/** Half of the last written digit's place: how far a rounded figure may be from the truth. */
export function halfUnitOfLastPlace(quantity: Quantity): Decimal {
  const magnitude = magnitudePower(quantity.magnitude)
  const point = quantity.numeral.indexOf('.')
  const places = point === -1 ? 0 : quantity.numeral.length - point - 1
  // 5 × 10^(magnitude - places - 1)
  return scaleBy({value: 5n, decimals: places + 1}, magnitude)
}

export function magnitudePower(magnitude: string): number {
  for (const [word, power] of MAGNITUDES) if (word === magnitude) return power
  return 0
}

/**
 * Every quantity in `text`, which starts at document offset `offset`.
 * One pass; each position is looked at a bounded number of times.
 */
export function extractQuantities(text: string, offset = 0): Quantity[] {
  const found: Quantity[] = []
  let index = 0
  while (index < text.length) {
    const char = text[index] as string
    const arabicStart = isAnyDigit(char)
    const chineseStart = !arabicStart && isChineseNumeralChar(char) && (index === 0 || !isChineseNumeralChar(text[index - 1] as string))
    if (!arabicStart && !chineseStart) {
      index++
      continue
    }
    const quantity = arabicStart ? readArabicQuantity(text, index, offset) : readChineseQuantity(text, index, offset)
    if (quantity) {
      found.push(quantity)
      index = quantity.end - offset
      continue
    }
    // Skip the rest of this run of digits or numeral characters.
    index++
    while (index < text.length && (arabicStart ? isAnyDigit(text[index]) || text[index] === '.' : isChineseNumeralChar(text[index] as string))) index++
  }
  return found
}

function before(text: string, index: number): Approximation | undefined {
  for (const [word, kind] of APPROX_BEFORE) {
    if (index >= word.length && text.endsWith(word, index)) {
      // 约合 introduces a conversion; the word is still an approximation.
      return {word, kind, start: index - word.length, end: index}
    }
  }
  return undefined
}

function readArabicQuantity(text: string, index: number, offset: number): Quantity | undefined {
  const previous = text[index - 1]
  // Part of a longer token: 2021-, A380, 3.5.1, v2.
  if (isLatinLetter(previous) || previous === '.' || previous === '．' || previous === '第') return undefined
  const read = readArabic(text, index)
  if (!read) return undefined
  if (isLatinLetter(text[read.end])) return undefined
  if (text[read.end] === '.' && isAnyDigit(text[read.end + 1])) return undefined
  return finish(text, index, read.end, read.numeral, true, offset)
}

function readChineseQuantity(text: string, index: number, offset: number): Quantity | undefined {
  if (text[index - 1] === '第' || isAnyDigit(text[index - 1])) return undefined
  let end = index
  while (end < text.length && isChineseNumeralChar(text[end] as string)) end++
  // Give back a trailing magnitude-like character that starts a unit (三千米 → 三 千米).
  let numeral = text.slice(index, end)
  for (let cut = numeral.length; cut > 0; cut--) {
    const candidate = numeral.slice(0, cut)
    if (parseChineseNumeral(candidate) === undefined) continue
    const unit = readUnit(text, index + cut)
    const approxInside = startsWithAny(text, index + cut, APPROX_INSIDE)
    if (unit || (approxInside && readUnit(text, index + cut + approxInside[0].length))) {
      numeral = candidate
      end = index + cut
      return finish(text, index, end, numeral, false, offset)
    }
  }
  return undefined
}

function finish(text: string, start: number, numeralEnd: number, numeral: string, arabic: boolean, offset: number): Quantity | undefined {
  let cursor = numeralEnd
  let approx: Approximation | undefined = before(text, start)
  if (approx) approx = {...approx, start: approx.start + offset, end: approx.end + offset}

  let magnitude = ''
  if (arabic) {
    const unitFirst = UNITS_STARTING_WITH_MAGNITUDE.find((unit) => text.startsWith(unit, cursor))
    if (!unitFirst) {
      const entry = MAGNITUDES.find(([word]) => text.startsWith(word, cursor))
      if (entry) {
        magnitude = entry[0]
        cursor += magnitude.length
      }
    }
  }
  const inside = startsWithAny(text, cursor, APPROX_INSIDE)
  let insideApprox: Approximation | undefined
  const afterInside = inside ? cursor + inside[0].length : 0
  if (inside && (readUnit(text, afterInside) || (arabic && !magnitude && /^[万亿]/u.test(text[afterInside] ?? '') && readUnit(text, afterInside + 1)))) {
    insideApprox = {word: inside[0], kind: inside[1], start: cursor + offset, end: cursor + inside[0].length + offset}
    cursor += inside[0].length
  }
  // 100多万元: the magnitude after the approximation word.
  if (arabic && !magnitude && insideApprox) {
    const entry = MAGNITUDES.find(([word]) => word.length === 1 && (word === '万' || word === '亿') && text.startsWith(word, cursor))
    if (entry) {
      magnitude = entry[0]
      cursor += 1
    }
  }
  const unit = readUnit(text, cursor)
  if (!unit) return undefined
  cursor += unit.length
  if (unit === '天' || unit === '小时' || unit === '分钟') {
    // 3天 is a quantity; 天 glued to a following word (天然气) is not a unit.
    if (/^[然气空津]/u.test(text[cursor] ?? '')) return undefined
  }
  if (!approx && !insideApprox) {
    const after = startsWithAny(text, cursor, APPROX_AFTER)
    if (after && !(after[0] === '多' && /[\p{Script=Han}]/u.test(text[cursor + 1] ?? '') && !/[月天年]/u.test(text[cursor + 1] ?? ''))) {
      insideApprox = {word: after[0], kind: after[1], start: cursor + offset, end: cursor + after[0].length + offset}
    }
  }

  let base: Decimal
  if (arabic) base = parseDecimal(numeral)
  else {
    const value = parseChineseNumeral(numeral)
    if (value === undefined) return undefined
    base = {value, decimals: 0}
  }
  const amount = scaleBy(base, magnitudePower(magnitude))
  const quantity: Quantity = {
    start: start + offset,
    end: cursor + offset,
    numeralEnd: numeralEnd + offset,
    text: text.slice(start, cursor),
    numeral,
    arabic,
    magnitude,
    unit: unit === '％' ? '%' : unit,
    amount
  }
  const chosen = approx ?? insideApprox
  if (chosen) quantity.approx = chosen
  return quantity
}

/** Units of one dimension, as multiples of its base unit (exact fractions). */
const CONVERSIONS: Record<string, {dimension: string; numerator: bigint; denominator: bigint}> = {
  平方米: {dimension: 'area', numerator: 1n, denominator: 1n},
  亩: {dimension: 'area', numerator: 2000n, denominator: 3n},
  公顷: {dimension: 'area', numerator: 10_000n, denominator: 1n},
  平方公里: {dimension: 'area', numerator: 1_000_000n, denominator: 1n},
  平方千米: {dimension: 'area', numerator: 1_000_000n, denominator: 1n},
  毫米: {dimension: 'length', numerator: 1n, denominator: 1000n},
  厘米: {dimension: 'length', numerator: 1n, denominator: 100n},
  米: {dimension: 'length', numerator: 1n, denominator: 1n},
  公里: {dimension: 'length', numerator: 1000n, denominator: 1n},
  千米: {dimension: 'length', numerator: 1000n, denominator: 1n},
  克: {dimension: 'mass', numerator: 1n, denominator: 1n},
  千克: {dimension: 'mass', numerator: 1000n, denominator: 1n},
  公斤: {dimension: 'mass', numerator: 1000n, denominator: 1n},
  吨: {dimension: 'mass', numerator: 1_000_000n, denominator: 1n},
  千瓦: {dimension: 'power', numerator: 1000n, denominator: 1n},
  兆瓦: {dimension: 'power', numerator: 1_000_000n, denominator: 1n},
  吉瓦: {dimension: 'power', numerator: 1_000_000_000n, denominator: 1n}
}

/** Whether two units measure the same dimension with a fixed ratio (公顷 and 亩). */
export function convertible(from: string, to: string): boolean {
  const a = CONVERSIONS[from]
  const b = CONVERSIONS[to]
  return a !== undefined && b !== undefined && a.dimension === b.dimension && from !== to
}

/**
 * Convert an amount between units of one dimension, rounded to `decimals`
 * places: `convert({value: 24n, decimals: 0}, '公顷', '亩', 0)` → 360.
 */
export function convert(amount: Decimal, from: string, to: string, decimals: number): Decimal | undefined {
  const a = CONVERSIONS[from]
  const b = CONVERSIONS[to]
  if (!a || !b || a.dimension !== b.dimension) return undefined
  return multiplyDecimal(amount, a.numerator * b.denominator, a.denominator * b.numerator, decimals)
}

/**
 * Whether two numerals differ the way a typing slip makes them differ: same
 * shape, one digit changed (`27`/`26`), or two neighbouring digits swapped
 * (`130.23`/`130.32`).
 */
export function differsByOneSlip(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false
  const diffs: number[] = []
  for (let index = 0; index < a.length; index++) {
    if (a[index] !== b[index]) {
      if (!isAsciiDigit(a[index]) || !isAsciiDigit(b[index])) return false
      diffs.push(index)
      if (diffs.length > 2) return false
    }
  }
  if (diffs.length === 1) return true
  const [first, second] = diffs as [number, number]
  return second === first + 1 && a[first] === b[second] && a[second] === b[first]
}
