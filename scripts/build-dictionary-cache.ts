/**
 * Part of `npm run build`: precompute the tables derived from jieba's
 * dictionary into dist/data/dictionary-tables.bin (see src/dictionary-cache.ts).
 */
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import {CACHE_FILE, writeTables} from '../src/dictionary-cache.js'
import {buildCharacterTables} from '../src/dictionary-tables.js'
import {buildWordSlots, dictionaryBytes} from '../src/segment.js'

const bytes = dictionaryBytes()
fs.mkdirSync(new URL('.', CACHE_FILE), {recursive: true})
writeTables(CACHE_FILE, bytes, {wordSlots: buildWordSlots(bytes), ...buildCharacterTables(bytes)})
console.log(`wrote ${fileURLToPath(CACHE_FILE)} (${(fs.statSync(CACHE_FILE).size / 1048576).toFixed(1)} MB)`)
