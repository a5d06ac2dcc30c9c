import {describe, expect, it} from 'vitest'
import {dictionaryEntry, segment, segmentWithGuesses} from '../src/segment.js'

describe('segment', () => {
  it('splits words losslessly', () => {
    const text = '制订具体可行方案，尽快组织实施。'
    const words = segment(text)
    expect(words.join('')).toBe(text)
    expect(words).toContain('具体')
  })

  it('guesses unknown words with the HMM, still losslessly', () => {
    const text = '周明远出席仪式并致辞'
    expect(segmentWithGuesses(text).join('')).toBe(text)
  })
})

describe('dictionaryEntry', () => {
  it('gives the frequency and tag of dictionary words', () => {
    expect(dictionaryEntry('具体')).toEqual({frequency: expect.any(Number), tag: 'a'})
    expect(dictionaryEntry('具体')?.frequency).toBeGreaterThan(1000)
    expect(dictionaryEntry('示范区')?.tag).toBe('n')
  })

  it('finds entries that start with Latin letters or digits', () => {
    expect(dictionaryEntry('4S店')).toBeDefined()
  })

  it('returns nothing for what is not a word', () => {
    expect(dictionaryEntry('具体可行方案啊')).toBeUndefined()
    expect(dictionaryEntry('')).toBeUndefined()
    expect(dictionaryEntry('具')).toBeDefined()
  })
})

describe('dictionary tables cache', () => {
  it('reads back exactly what it wrote, and refuses another dictionary', async () => {
    const fs = await import('node:fs')
    const os = await import('node:os')
    const path = await import('node:path')
    const {readTables, writeTables} = await import('../src/dictionary-cache.js')
    const {buildCharacterTables} = await import('../src/dictionary-tables.js')
    const {buildWordSlots, dictionaryBytes} = await import('../src/segment.js')
    const bytes = dictionaryBytes()
    const tables = {wordSlots: buildWordSlots(bytes), ...buildCharacterTables(bytes)}
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-tables-')), 'tables.bin')
    writeTables(file, bytes, tables)
    const read = readTables(bytes, file)
    expect(read?.wordSlots).toEqual(tables.wordSlots)
    expect(read?.pairs).toEqual(tables.pairs)
    expect(read?.opening).toEqual(tables.opening)
    expect(readTables(bytes.subarray(0, bytes.length - 1), file)).toBeUndefined()
    fs.rmSync(path.dirname(file), {recursive: true, force: true})
  })
})
