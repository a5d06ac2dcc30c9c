/**
 * `npm run measure`: copydesk on real copy, when ../shared is there.
 *
 * - false alarms: messages per rule on the clean news articles of
 *   ../shared/corpus/news-dev (every message there is probably wrong);
 * - recall and precision: pages with injected defects built by
 *   ../shared/tools/inject.py and scored by ../shared/tools/score.py.
 *
 * Skips cleanly (exit 0) when ../shared, python3 or the built CLI is missing.
 *   npm run measure -- --seed 7 --pages 60
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const shared = path.resolve(root, '../shared')
const cli = path.join(root, 'dist/src/copydesk.js')

interface ReportFile {
  path: string
  messages: Array<{ruleId?: string; line?: number; reason: string}>
}

function skip(reason: string): never {
  console.log(`measure: skipped (${reason})`)
  process.exit(0)
}

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name)
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback
}

if (!fs.existsSync(shared)) skip('no ../shared folder')
if (!fs.existsSync(cli)) skip('build first: npm run build')
if (spawnSync('python3', ['--version']).status !== 0) skip('no python3')

const corpus = path.join(shared, 'corpus/news-dev')
const articles = fs.readdirSync(corpus).filter((name) => /^\d+\.txt$/.test(name))
const result = spawnSync(process.execPath, [cli, '--no-config', '--no-ignore', '--report', 'json', ...articles], {cwd: corpus, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024})
const files = JSON.parse(result.stderr) as ReportFile[]
const byRule = new Map<string, number>()
let chars = 0
for (const name of articles) chars += fs.readFileSync(path.join(corpus, name), 'utf8').length
console.log(`Clean corpus: ${articles.length} articles, ${chars} characters`)
for (const file of files) {
  for (const message of file.messages) {
    byRule.set(message.ruleId ?? '?', (byRule.get(message.ruleId ?? '?') ?? 0) + 1)
    if (process.argv.includes('--verbose')) console.log(`  ${file.path}:${message.line ?? ''} ${message.ruleId}: ${message.reason}`)
  }
}
const total = [...byRule.values()].reduce((sum, count) => sum + count, 0)
console.log(`  messages: ${total} (${((total * 10_000) / chars).toFixed(2)} per 10,000 characters)`, Object.fromEntries(byRule))

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-measure-'))
try {
  // All the articles on one page: stories side by side must not be read as one another's halves or copies.
  const joined = path.join(scratch, 'all-articles.txt')
  fs.writeFileSync(joined, articles.map((name) => fs.readFileSync(path.join(corpus, name), 'utf8').trim()).join('\n\n') + '\n')
  const whole = spawnSync(process.execPath, [cli, '--no-config', '--no-ignore', '--report', 'json', joined], {encoding: 'utf8', maxBuffer: 256 * 1024 * 1024})
  const joinedMessages = (JSON.parse(whole.stderr) as ReportFile[]).flatMap((file) => file.messages)
  console.log(`  all articles as one page: ${joinedMessages.length} messages`)
  if (process.argv.includes('--verbose')) for (const message of joinedMessages) console.log(`  all-articles:${message.line ?? ''} ${message.ruleId}: ${message.reason}`)

  // inject.py's pages depend on Python's string hashing: fix it so a seed always gives the same pages.
  const inject = spawnSync('python3', [path.join(shared, 'tools/inject.py'), corpus, scratch, '--seed', option('--seed', '20261124'), '--pages', option('--pages', '120')], {
    encoding: 'utf8',
    env: {...process.env, PYTHONHASHSEED: '0'}
  })
  if (inject.status !== 0) skip(`inject.py failed: ${inject.stderr}`)
  console.log(`Injected pages: ${inject.stdout.trim()}`)
  const score = spawnSync('python3', [path.join(shared, 'tools/score.py'), root, path.join(scratch, 'gold.json'), path.join(scratch, 'pages')], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
  const text = score.stdout
  const json = JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)) as Record<string, unknown>
  console.log('  recall by kind:', json.recall)
  console.log('  precision:', json.precision, ' unmatched by rule:', json.unmatched_by_rule)
  console.log('  false alarms per 10k chars on clean pages:', json.clean_alarms_per_10k_chars, json.clean_alarms_by_rule)
  if (process.argv.includes('--verbose')) console.log('  misses:', json.examples)
} finally {
  fs.rmSync(scratch, {recursive: true, force: true})
}
