/**
 * Part of `npm run build`: precompute the tables derived from jieba's
 * dictionary into dist/data/dictionary-tables.bin (see src/dictionary-cache.ts),
 * and the words CC-CEDICT adds to it into dist/data/cedict-words.txt, its
 * verbs into dist/data/cedict-verbs.txt (see src/lexicon.ts).
 */
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'
import {CACHE_FILE, writeTables} from '../src/dictionary-cache.js'
import {buildCharacterTables} from '../src/dictionary-tables.js'
import {CEDICT_VERBS_FILE, CEDICT_WORDS_FILE, cedictVerbs, cedictWordsMissingFromJieba} from '../src/lexicon.js'
import {buildWordSlots, dictionaryBytes} from '../src/segment.js'

const bytes = dictionaryBytes()
fs.mkdirSync(new URL('.', CACHE_FILE), {recursive: true})
writeTables(CACHE_FILE, bytes, {wordSlots: buildWordSlots(bytes), ...buildCharacterTables(bytes)})
console.log(`wrote ${fileURLToPath(CACHE_FILE)} (${(fs.statSync(CACHE_FILE).size / 1048576).toFixed(1)} MB)`)

// CC-CEDICT's words that jieba lacks (see src/lexicon.ts).
const extra = cedictWordsMissingFromJieba()
fs.writeFileSync(CEDICT_WORDS_FILE, extra.length > 0 ? `${extra.join('\n')}\n` : '')
console.log(`wrote ${fileURLToPath(CEDICT_WORDS_FILE)} (${extra.length} words)`)

// CC-CEDICT's verbs of two characters (see src/lexicon.ts).
const verbs = cedictVerbs()
fs.writeFileSync(CEDICT_VERBS_FILE, verbs.length > 0 ? `${verbs.join('\n')}\n` : '')
console.log(`wrote ${fileURLToPath(CEDICT_VERBS_FILE)} (${verbs.length} verbs)`)
