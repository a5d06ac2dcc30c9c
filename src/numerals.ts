/**
 * Chinese numerals, read exactly (BigInt), and decimal strings scaled without
 * floating point.  `nzh` and `chinese-numbers-converter` get several of these
 * wrong (二〇二一, 两千, 1.5亿, 130.23亿); see docs/numbers.md.
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9
}

const SMALL_UNITS: Record<string, bigint> = {十: 10n, 拾: 10n, 百: 100n, 佰: 100n, 千: 1000n, 仟: 1000n}
const LARGE_UNITS: Record<string, bigint> = {万: 10_000n, 亿: 100_000_000n}

/** Characters that can appear in a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟'

export function isChineseNumeralChar(char: string): boolean {
  return CHINESE_NUMERAL_CHARS.includes(char)
}

/**
 * Read a Chinese numeral exactly: `十九` → 19, `二十一` → 21, `一百零五` → 105,
 * `两千` → 2000, `二〇二一` → 2021 (digit by digit), `三万五千` → 35000, and
 * the spoken abbreviations `一百一` → 110, `三万五` → 35000.
 * Returns `undefined` for anything that is not a well-formed numeral.
 */
export function parseChineseNumeral(text: string): bigint | undefined {
  if (text.length === 0) return undefined
  for (const char of text) if (!(char in DIGITS) && !(char in SMALL_UNITS) && !(char in LARGE_UNITS)) return undefined

  // Digit-by-digit form (二〇二一, 一九九八): only digits, more than one.
  if (text.length > 1 && [...text].every((char) => char in DIGITS)) {
    // 二三 is an approximation (two or three), not twenty-three.
    if (!/[〇零]/.test(text) && text.length < 3) return undefined
    let value = 0n
    for (const char of text) value = value * 10n + BigInt(DIGITS[char] as number)
    return value
  }

  let total = 0n // completed 亿/万 groups
  let section = 0n // below the current large unit
  let digit: bigint | undefined
  let lastSmall = 10_000n
  let lastLarge = 1_000_000_000_000n
  // The unit of the last small or large unit read, and whether a 零 came after it:
  // a final digit right after a unit counts one place lower (一百一 = 110, 三万五 = 35000).
  let lastUnit = 1n
  let zeroSeen = false
  for (const char of text) {
    if (char in DIGITS) {
      if (digit !== undefined && digit !== 0n) return undefined // 二三 is not a numeral
      digit = BigInt(DIGITS[char] as number)
      if (digit === 0n) zeroSeen = true
      continue
    }
    const small = SMALL_UNITS[char]
    if (small !== undefined) {
      if (small >= lastSmall) return undefined
      // 十 alone means 一十.
      section += (digit ?? (small === 10n ? 1n : undefined) ?? -1n) * small
      if (section < 0n) return undefined
      digit = undefined
      lastSmall = small
      lastUnit = small
      zeroSeen = false
      continue
    }
    const large = LARGE_UNITS[char] as bigint
    if (large >= lastLarge) {
      // 万亿: multiply the whole so far.
      total = (total + section + (digit ?? 0n)) * large
    } else {
      total += (section + (digit ?? 0n)) * large
      lastLarge = large
    }
    if (total === 0n) return undefined
    section = 0n
    digit = undefined
    lastSmall = 10_000n
    lastUnit = large
    zeroSeen = false
  }
  if (digit !== undefined && digit !== 0n && !zeroSeen && lastUnit >= 100n) digit *= lastUnit / 10n
  return total + section + (digit ?? 0n)
}

/** Write a small integer as a Chinese numeral (1 → 一, 12 → 十二, 21 → 二十一, 105 → 一百零五). */
export function toChineseNumeral(value: number): string {
  const digits = '零一二三四五六七八九'
  if (!Number.isInteger(value) || value < 0 || value > 9999) return String(value)
  if (value < 10) return digits[value] as string
  if (value < 20) return '十' + (value % 10 === 0 ? '' : digits[value % 10])
  let out = ''
  let zero = false
  const units: Array<[number, string]> = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, '']
  ]
  let rest = value
  for (const [unit, name] of units) {
    const digit = Math.floor(rest / unit)
    rest %= unit
    if (digit === 0) {
      if (out) zero = true
      continue
    }
    if (zero) out += '零'
    zero = false
    out += (digits[digit] as string) + name
  }
  return out
}

/**
 * A decimal string times a power of ten, exactly, as a BigInt of the given
 * scale: `scaleDecimal('130.23', 8)` → 13023000000n (130.23亿).
 * Returns the value and the number of decimals that remain (0 when whole).
 */
export function scaleDecimal(text: string, power: number): {value: bigint; decimals: number} {
  const [whole = '0', fraction = ''] = text.replace(/,/g, '').split('.')
  const shift = Math.min(power, fraction.length)
  const digits = whole + fraction.slice(0, shift) + '0'.repeat(power - shift)
  return {value: BigInt(digits + fraction.slice(shift) || '0'), decimals: fraction.length - shift}
}
