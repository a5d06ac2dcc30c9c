import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  addDecimal,
  compareDecimal,
  convert,
  convertible,
  differsByOneSlip,
  extractQuantities,
  formatDecimal,
  halfUnitOfLastPlace,
  multiplyDecimal,
  parseDecimal,
  type Quantity
} from '../src/quantities.js'

function brief(quantity: Quantity): string {
  const approx = quantity.approx ? ` ~${quantity.approx.word}/${quantity.approx.kind}` : ''
  return `${quantity.text}=${formatDecimal(quantity.amount)}${quantity.unit}${approx}`
}

function read(text: string): string[] {
  return extractQuantities(text).map(brief)
}

describe('extractQuantities', () => {
  it('reads magnitudes exactly, without floating point', () => {
    expect(read('总投资130.23亿元，奖励资金2219万元，贷款1.1万亿元。')).toEqual([
      '130.23亿元=13023000000元',
      '2219万元=22190000元',
      '1.1万亿元=1100000000000元'
    ])
  })

  it('keeps digits beyond the magnitude as decimals', () => {
    const [quantity] = extractQuantities('共计11.9729亿元')
    expect(quantity?.amount).toEqual({value: 1197290000n, decimals: 0})
    const [small] = extractQuantities('增长0.125%')
    expect(small?.amount).toEqual({value: 125n, decimals: 3})
  })

  it('reads approximation words before, inside and after the quantity', () => {
    expect(read('约24公顷，近3万人，超5.33亿例，逾200家，60余个，100多万元，3个左右，10亿元以上')).toEqual([
      '24公顷=24公顷 ~约/about',
      '3万人=30000人 ~近/under',
      '5.33亿例=533000000例 ~超/over',
      '200家=200家 ~逾/over',
      '60余个=60个 ~余/over',
      '100多万元=1000000元 ~多/over',
      '3个=3个 ~左右/about',
      '10亿元=1000000000元 ~以上/over'
    ])
  })

  it('reads Chinese numerals', () => {
    expect(read('二十七个项目，三万五千人，两千吨')).toEqual(['二十七个=27个', '三万五千人=35000人', '两千吨=2000吨'])
  })

  it('gives a magnitude character back to a unit that starts with it', () => {
    expect(read('全长5千米，重3千克，功率8千瓦')).toEqual(['5千米=5千米', '3千克=3千克', '8千瓦=8千瓦'])
    expect(read('5千公斤')).toEqual(['5千公斤=5000公斤'])
  })

  it('reads full-width digits and thousands separators', () => {
    expect(read('新增１２个，共1,234,567人')).toEqual(['１２个=12个', '1,234,567人=1234567人'])
  })

  it('leaves dates, ordinals and codes alone', () => {
    expect(read('2021年2月27日，第11万列班列，A380客机，第三个')).toEqual([])
  })

  it('does not take 个百分点 for 个', () => {
    const [quantity] = extractQuantities('上升0.2个百分点')
    expect(quantity?.unit).toBe('个百分点')
  })

  it('gives document offsets', () => {
    const [quantity] = extractQuantities('开工项目27个', 100)
    expect(quantity).toMatchObject({start: 104, end: 107, numeralEnd: 106})
  })

  it('stays linear on a long run of digits and numerals', () => {
    const text = '1'.repeat(200_000) + '一'.repeat(200_000)
    const started = performance.now()
    expect(extractQuantities(text)).toEqual([])
    expect(performance.now() - started).toBeLessThan(2000)
  })
})

describe('decimals', () => {
  it('compares, adds and formats exactly', () => {
    const a = parseDecimal('11.46')
    const b = parseDecimal('8.64')
    expect(formatDecimal(addDecimal(a, b))).toBe('20.1')
    expect(compareDecimal(addDecimal(a, b), parseDecimal('20.1'))).toBe(0)
    expect(compareDecimal(parseDecimal('0.1'), parseDecimal('0.09'))).toBe(1)
  })

  it('multiplies by a fraction with rounding', () => {
    expect(formatDecimal(multiplyDecimal(parseDecimal('2'), 1n, 3n, 2))).toBe('0.67')
    expect(formatDecimal(multiplyDecimal(parseDecimal('1'), 2n, 3n, 0))).toBe('1')
  })

  it('agrees with BigInt arithmetic on random amounts', () => {
    fc.assert(
      fc.property(fc.bigInt({min: 0n, max: 10n ** 15n}), fc.bigInt({min: 0n, max: 10n ** 15n}), fc.integer({min: 0, max: 6}), (x, y, decimals) => {
        const sum = addDecimal({value: x, decimals}, {value: y, decimals})
        expect(sum).toEqual({value: x + y, decimals})
        expect(compareDecimal({value: x, decimals}, {value: y, decimals})).toBe(x < y ? -1 : x > y ? 1 : 0)
      })
    )
  })

  it('knows how far a rounded figure may be off', () => {
    const [quantity] = extractQuantities('6.1亿人次')
    expect(formatDecimal(halfUnitOfLastPlace(quantity as Quantity))).toBe('5000000')
  })
})

describe('conversions', () => {
  it('converts 公顷 to 亩 and back', () => {
    expect(convertible('公顷', '亩')).toBe(true)
    expect(convertible('公顷', '人')).toBe(false)
    expect(formatDecimal(convert(parseDecimal('24'), '公顷', '亩', 0) ?? {value: 0n, decimals: 0})).toBe('360')
    expect(formatDecimal(convert(parseDecimal('360'), '亩', '公顷', 2) ?? {value: 0n, decimals: 0})).toBe('24')
    expect(formatDecimal(convert(parseDecimal('1'), '亩', '平方米', 2) ?? {value: 0n, decimals: 0})).toBe('666.67')
  })
})

describe('differsByOneSlip', () => {
  it('accepts one changed digit or two swapped neighbours', () => {
    expect(differsByOneSlip('27', '26')).toBe(true)
    expect(differsByOneSlip('130.23', '130.32')).toBe(true)
    expect(differsByOneSlip('2.1', '2.4')).toBe(true)
  })

  it('rejects other differences', () => {
    expect(differsByOneSlip('8700', '8010')).toBe(false)
    expect(differsByOneSlip('27', '27')).toBe(false)
    expect(differsByOneSlip('27', '270')).toBe(false)
    expect(differsByOneSlip('1.23', '12.3')).toBe(false)
    expect(differsByOneSlip('123', '321')).toBe(false)
  })
})
