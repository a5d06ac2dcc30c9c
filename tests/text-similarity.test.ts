import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {FingerprintIndex, similarity, winnow} from '../src/text-similarity.js'

/** Reference: Dice coefficient of the LCS by dynamic programming. */
function reference(a: string, b: string): number {
  if (a.length + b.length === 0) return 1
  const row = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] as number)
      diagonal = above
    }
  }
  return (2 * (row[b.length] as number)) / (a.length + b.length)
}

describe('similarity', () => {
  it('is the Dice coefficient of the longest common subsequence', () => {
    expect(similarity('abc', 'abc')).toBe(1)
    expect(similarity('', '')).toBe(1)
    expect(similarity('abc', 'xyz')).toBe(0)
    expect(similarity('kitten', 'sitting')).toBeCloseTo(8 / 13)
  })

  it('agrees with dynamic programming, and gives 0 below the threshold', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom('甲', '乙', '丙', '丁'), maxLength: 30}), fc.string({unit: fc.constantFrom('甲', '乙', '丙', '丁'), maxLength: 30}), fc.double({min: 0, max: 1, noNaN: true}), (a, b, threshold) => {
        const exact = reference(a, b)
        expect(similarity(a, b)).toBeCloseTo(exact, 10)
        const bounded = similarity(a, b, threshold)
        if (exact >= threshold + 1e-9) expect(bounded).toBeCloseTo(exact, 10)
        else if (exact < threshold - 1e-9) expect(bounded).toBe(0)
      })
    )
  })
})

describe('winnow', () => {
  it('gives two texts sharing 8 characters a common fingerprint', () => {
    fc.assert(
      fc.property(fc.string({minLength: 8, maxLength: 8}), fc.string({maxLength: 20}), fc.string({maxLength: 20}), fc.string({maxLength: 20}), fc.string({maxLength: 20}), (shared, a1, a2, b1, b2) => {
        const left = new Set(winnow(a1 + shared + a2))
        expect(winnow(b1 + shared + b2).some((print) => left.has(print))).toBe(true)
      })
    )
  })

  it('fingerprints short texts too', () => {
    expect(winnow('')).toEqual([])
    expect(winnow('甲乙')).toHaveLength(1)
  })
})

describe('FingerprintIndex', () => {
  it('lists the items of a fingerprint, newest first, once each', () => {
    const index = new FingerprintIndex(10, 1)
    for (let item = 0; item < 3; item++) {
      index.add(42, item)
      index.add(42, item)
    }
    index.add(7, 5)
    const seen: number[] = []
    index.forEach(42, (item) => seen.push(item))
    expect(seen).toEqual([2, 1, 0])
  })

  it('stops answering for a fingerprint held by more items than the cap', () => {
    const index = new FingerprintIndex(2, 1)
    for (let item = 0; item < 5; item++) index.add(1, item)
    const seen: number[] = []
    index.forEach(1, (item) => seen.push(item))
    expect(seen).toEqual([])
  })

  it('grows past its first capacity', () => {
    const index = new FingerprintIndex(4, 1)
    for (let print = 0; print < 5000; print++) index.add(print * 7919, print)
    const seen: number[] = []
    index.forEach(4321 * 7919, (item) => seen.push(item))
    expect(seen).toEqual([4321])
  })
})
