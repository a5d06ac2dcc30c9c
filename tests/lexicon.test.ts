import {describe, expect, it} from 'vitest'
import {cedictVerbs, cedictWordsMissingFromJieba, isCedictOnlyWord, isCedictVerb, mayOpenCedictOnlyWord} from '../src/lexicon.js'
import {dictionaryEntry} from '../src/segment.js'

describe('lexicon: the words CC-CEDICT adds to jieba', () => {
  it('knows words jieba lacks, and leaves out the ones jieba has', () => {
    expect(dictionaryEntry('可持续')).toBeUndefined()
    expect(isCedictOnlyWord('可持续')).toBe(true)
    expect(isCedictOnlyWord('国际社会')).toBe(true)
    // jieba has 发展; a made-up word is in neither.
    expect(isCedictOnlyWord('发展')).toBe(false)
    expect(isCedictOnlyWord('要游宁')).toBe(false)
  })

  it('derives only Han words of two to six characters that jieba lacks, sorted', () => {
    const words = cedictWordsMissingFromJieba()
    expect(words.length).toBeGreaterThan(10000)
    expect(words.every((word) => /^\p{Script=Han}{2,6}$/u.test(word))).toBe(true)
    expect(words.slice(0, 2000).some((word) => dictionaryEntry(word) !== undefined)).toBe(false)
    expect([...words].sort()).toEqual(words)
  })

  it('rules out, by their first two characters, strings no word of the list opens with', () => {
    const opens = (word: string): boolean => mayOpenCedictOnlyWord(word.charCodeAt(0), word.charCodeAt(1))
    expect(opens('可持续')).toBe(true)
    expect(opens('国际社会')).toBe(true)
    for (const word of cedictWordsMissingFromJieba().slice(0, 5000)) expect(opens(word)).toBe(true)
    expect(opens('的了')).toBe(false)
    expect(opens('要游宁')).toBe(false)
  })

  it('knows the words of two characters CC-CEDICT glosses as verbs, where jieba may say noun', () => {
    // jieba tags 表态 and 指导 as nouns; CC-CEDICT glosses them "to declare one's position", "to guide".
    expect(dictionaryEntry('表态')?.tag).toBe('n')
    expect(isCedictVerb('表态')).toBe(true)
    expect(isCedictVerb('指导')).toBe(true)
    // Adjectives and nouns: "big and strong", "strength".
    expect(isCedictVerb('强大')).toBe(false)
    expect(isCedictVerb('强度')).toBe(false)
    const verbs = cedictVerbs()
    expect(verbs.length).toBeGreaterThan(10000)
    expect(verbs.every((word) => /^\p{Script=Han}{2}$/u.test(word))).toBe(true)
  })
})
