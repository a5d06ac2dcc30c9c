import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {isChineseNumeralChar, parseChineseNumeral, scaleDecimal, toChineseNumeral} from '../src/numerals.js'

describe('parseChineseNumeral', () => {
  const ones = ['一', '二', '三', '四', '五', '六', '七', '八', '九']

  it('reads 一 to 九', () => {
    ones.forEach((numeral, index) => expect(parseChineseNumeral(numeral)).toBe(BigInt(index + 1)))
  })

  it('reads 十 to 十九 with the implied 一', () => {
    expect(parseChineseNumeral('十')).toBe(10n)
    ones.forEach((numeral, index) => expect(parseChineseNumeral('十' + numeral)).toBe(BigInt(11 + index)))
    expect(parseChineseNumeral('一十二')).toBe(12n)
  })

  it('reads tens and hundreds', () => {
    expect(parseChineseNumeral('二十')).toBe(20n)
    expect(parseChineseNumeral('二十一')).toBe(21n)
    expect(parseChineseNumeral('九十九')).toBe(99n)
    expect(parseChineseNumeral('一百')).toBe(100n)
    expect(parseChineseNumeral('一百零五')).toBe(105n)
    expect(parseChineseNumeral('一百一十')).toBe(110n)
    expect(parseChineseNumeral('三百四十五')).toBe(345n)
  })

  it('reads 两 as two', () => {
    expect(parseChineseNumeral('两')).toBe(2n)
    expect(parseChineseNumeral('两千')).toBe(2000n)
    expect(parseChineseNumeral('两百五十')).toBe(250n)
    expect(parseChineseNumeral('两万')).toBe(20_000n)
  })

  it('reads 零 and 〇 inside a numeral', () => {
    expect(parseChineseNumeral('零')).toBe(0n)
    expect(parseChineseNumeral('〇')).toBe(0n)
    expect(parseChineseNumeral('一千零五')).toBe(1005n)
    expect(parseChineseNumeral('一千零五十')).toBe(1050n)
    expect(parseChineseNumeral('三万零五百')).toBe(30_500n)
    expect(parseChineseNumeral('十万零三')).toBe(100_003n)
  })

  it('reads years digit by digit', () => {
    expect(parseChineseNumeral('二〇二一')).toBe(2021n)
    expect(parseChineseNumeral('二零二三')).toBe(2023n)
    expect(parseChineseNumeral('一九九八')).toBe(1998n)
    expect(parseChineseNumeral('二〇〇八')).toBe(2008n)
  })

  it('reads 万 and 亿', () => {
    expect(parseChineseNumeral('三万五千')).toBe(35_000n)
    expect(parseChineseNumeral('一千二百万')).toBe(12_000_000n)
    expect(parseChineseNumeral('十万')).toBe(100_000n)
    expect(parseChineseNumeral('三亿零五万')).toBe(300_050_000n)
    expect(parseChineseNumeral('一万亿')).toBe(1_000_000_000_000n)
  })

  it('reads spoken abbreviations one place lower', () => {
    expect(parseChineseNumeral('一百一')).toBe(110n)
    expect(parseChineseNumeral('三千五')).toBe(3500n)
    expect(parseChineseNumeral('三万五')).toBe(35_000n)
    expect(parseChineseNumeral('一百零一')).toBe(101n)
  })

  it('reads financial (大写) digits', () => {
    expect(parseChineseNumeral('壹佰贰拾叁')).toBe(123n)
  })

  it('rejects what is not a well-formed numeral', () => {
    for (const text of ['', '二三', '四十五六', '百', '千', '万', '十十', '一百百', '五个', 'abc', '元素']) {
      expect(parseChineseNumeral(text), text).toBeUndefined()
    }
  })

  it('reads back what toChineseNumeral writes, for every number below 10000', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: 9999}), (value) => parseChineseNumeral(toChineseNumeral(value)) === BigInt(value))
    )
  })
})

describe('toChineseNumeral', () => {
  it('writes small numbers the way lists number them', () => {
    expect(toChineseNumeral(0)).toBe('零')
    expect(toChineseNumeral(1)).toBe('一')
    expect(toChineseNumeral(10)).toBe('十')
    expect(toChineseNumeral(11)).toBe('十一')
    expect(toChineseNumeral(19)).toBe('十九')
    expect(toChineseNumeral(20)).toBe('二十')
    expect(toChineseNumeral(21)).toBe('二十一')
    expect(toChineseNumeral(105)).toBe('一百零五')
    expect(toChineseNumeral(110)).toBe('一百一十')
    expect(toChineseNumeral(1005)).toBe('一千零五')
    expect(toChineseNumeral(1010)).toBe('一千零一十')
    expect(toChineseNumeral(9999)).toBe('九千九百九十九')
  })

  it('falls back to Arabic digits outside 0–9999', () => {
    expect(toChineseNumeral(10_000)).toBe('10000')
    expect(toChineseNumeral(-1)).toBe('-1')
    expect(toChineseNumeral(1.5)).toBe('1.5')
  })
})

describe('other numeral helpers', () => {
  it('knows numeral characters', () => {
    expect(isChineseNumeralChar('〇')).toBe(true)
    expect(isChineseNumeralChar('两')).toBe(true)
    expect(isChineseNumeralChar('个')).toBe(false)
  })

  it('scales decimals exactly', () => {
    expect(scaleDecimal('130.23', 8)).toEqual({value: 13_023_000_000n, decimals: 0})
    expect(scaleDecimal('1.5', 0)).toEqual({value: 15n, decimals: 1})
  })
})
