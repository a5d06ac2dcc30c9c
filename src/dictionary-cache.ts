/**
 * The tables copydesk derives from jieba's dictionary (a hash index of its
 * words, character pairs inside words, word-opening counts), precomputed by
 * `npm run build` into `dist/data/dictionary-tables.bin` so that a short
 * article does not pay ~100 ms to rebuild them on every run.  The file
 * records a fingerprint of the dictionary it was built from; when it is
 * missing or stale (another jieba version), the tables are built in memory.
 */
import fs from 'node:fs'

export interface DictionaryTables {
  /** Open-addressing hash table of line offsets of the dictionary's words (`-1`: empty). */
  wordSlots: Int32Array
  /** Open-addressing hash set of `left << 16 | right` pairs of characters inside a word (`0`: empty). */
  pairs: Uint32Array
  /** Frequency-weighted counts of each BMP character opening a word / inside a word. */
  opening: Float64Array
  inside: Float64Array
}

const MAGIC = 0x43445431 // "CDT1"
const HEADER_WORDS = 8
const CACHE = new URL('../data/dictionary-tables.bin', import.meta.url)

/** FNV-1a over a byte range. */
export function fnv1a(bytes: Uint8Array, start: number, end: number): number {
  let value = 0x811c9dc5
  for (let index = start; index < end; index++) {
    value ^= bytes[index] as number
    value = Math.imul(value, 0x01000193)
  }
  return value >>> 0
}

/** Cheap identity of a dictionary: its length and a hash of its first and last 64 KiB. */
function fingerprint(bytes: Uint8Array): number {
  const edge = Math.min(65536, bytes.length)
  return (fnv1a(bytes, 0, edge) ^ Math.imul(fnv1a(bytes, bytes.length - edge, bytes.length), 31) ^ bytes.length) >>> 0
}

let loaded: DictionaryTables | null | undefined

/** The precomputed tables for this dictionary, or `undefined` when there are none that fit. */
export function cachedTables(dictionary: Uint8Array): DictionaryTables | undefined {
  if (loaded === undefined) loaded = readTables(dictionary, CACHE) ?? null
  return loaded ?? undefined
}

/** Read tables from a file, if it was built from this dictionary. */
export function readTables(dictionary: Uint8Array, file: URL | string): DictionaryTables | undefined {
  let buffer: Buffer
  try {
    buffer = fs.readFileSync(file)
  } catch {
    return undefined
  }
  if (buffer.byteLength < HEADER_WORDS * 4 || buffer.byteOffset % 8 !== 0) buffer = Buffer.from(buffer)
  const header = new Uint32Array(buffer.buffer, buffer.byteOffset, HEADER_WORDS)
  const [magic, length, print, slotCount, pairCount] = header
  if (magic !== MAGIC || length !== dictionary.length || print !== fingerprint(dictionary)) return undefined
  let offset = buffer.byteOffset + HEADER_WORDS * 4
  const take = <T>(make: (offset: number) => T, bytes: number): T => {
    const value = make(offset)
    offset += bytes
    return value
  }
  const source = buffer.buffer
  const opening = take((at) => new Float64Array(source, at, 0x10000), 0x10000 * 8)
  const inside = take((at) => new Float64Array(source, at, 0x10000), 0x10000 * 8)
  const wordSlots = take((at) => new Int32Array(source, at, slotCount as number), (slotCount as number) * 4)
  const pairs = take((at) => new Uint32Array(source, at, pairCount as number), (pairCount as number) * 4)
  return {wordSlots, pairs, opening, inside}
}

/** Write the tables for a dictionary (the build does this once). */
export function writeTables(file: URL | string, dictionary: Uint8Array, tables: DictionaryTables): void {
  const header = new Uint32Array(HEADER_WORDS)
  header.set([MAGIC, dictionary.length, fingerprint(dictionary), tables.wordSlots.length, tables.pairs.length])
  const parts = [header, tables.opening, tables.inside, tables.wordSlots, tables.pairs].map((array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength))
  fs.writeFileSync(file, Buffer.concat(parts))
}

/** Where the build writes the tables. */
export const CACHE_FILE = CACHE
