import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {differences, FingerprintIndex, similarity, winnow} from '../src/text-similarity.js'

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

describe('differences', () => {
  it('finds a changed, a deleted and an inserted character, and merges adjacent edits into one change', () => {
    expect(differences('在重示指示中强调', '在重要指示中强调', 8)).toEqual([{aStart: 2, aEnd: 3, bStart: 2, bEnd: 3}])
    expect(differences('大学业，', '大学毕业，', 8)).toEqual([{aStart: 2, aEnd: 2, bStart: 2, bEnd: 3}])
    expect(differences('abcXYdef', 'abcdef', 8)).toEqual([{aStart: 3, aEnd: 5, bStart: 3, bEnd: 3}])
    expect(differences('hxllo wrld', 'hello world', 8)).toEqual([
      {aStart: 1, aEnd: 2, bStart: 1, bEnd: 2},
      {aStart: 7, aEnd: 7, bStart: 7, bEnd: 8}
    ])
  })

  it('finds nothing in equal texts, and gives up beyond the edits allowed', () => {
    expect(differences('同一段文字', '同一段文字', 4)).toEqual([])
    expect(differences('abcdef', 'uvwxyz', 4)).toBeUndefined()
    expect(differences('短', '长得多的一段文字', 4)).toBeUndefined()
  })

  it('agrees with similarity on how many characters differ', () => {
    const a = '新建的滨河公园占地约三百亩，园内设有健身步道'
    const b = '新建的河滨公园占地约三百亩，园内建有健身步道和'
    const found = differences(a, b, 20) ?? []
    const edits = found.reduce((sum, change) => sum + (change.aEnd - change.aStart) + (change.bEnd - change.bStart), 0)
    expect(1 - edits / (a.length + b.length)).toBeCloseTo(similarity(a, b), 10)
  })
})
