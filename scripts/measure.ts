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
 *   npm run measure -- --seeds 301,302,303 --pages 60   # several sets, summed
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

interface ScoreResult {
  recall: Record<string, number>
  messages: number
  matched_messages: number
  clean_alarms_by_rule: Record<string, number>
  examples: string[]
}

interface Gold {
  pages: Record<string, {defects: Array<{kind: string; lines: number[]}>}>
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

  // Injected pages, one set per seed (`--seeds 7,11` or `--seed 7`), summed.
  const seeds = option('--seeds', option('--seed', '20261124')).split(',')
  const pages = option('--pages', seeds.length > 1 ? '60' : '120')
  const found = new Map<string, [number, number]>()
  let matched = 0
  let messages = 0
  let cleanAlarms = 0
  let continued = 0
  let moved = 0
  for (const seed of seeds) {
    const out = path.join(scratch, `seed-${seed}`)
    // inject.py's pages depend on Python's string hashing: fix it so a seed always gives the same pages.
    const inject = spawnSync('python3', [path.join(shared, 'tools/inject.py'), corpus, out, '--seed', seed, '--pages', pages], {
      encoding: 'utf8',
      env: {...process.env, PYTHONHASHSEED: '0'}
    })
    if (inject.status !== 0) skip(`inject.py failed: ${inject.stderr}`)
    console.log(`Injected pages, seed ${seed}: ${inject.stdout.trim()}`)
    const score = spawnSync('python3', [path.join(shared, 'tools/score.py'), root, path.join(out, 'gold.json'), path.join(out, 'pages')], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
    const text = score.stdout
    const json = JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)) as ScoreResult
    const gold = JSON.parse(fs.readFileSync(path.join(out, 'gold.json'), 'utf8')) as Gold
    const totals = new Map<string, number>()
    for (const page of Object.values(gold.pages)) for (const defect of page.defects) totals.set(defect.kind, (totals.get(defect.kind) ?? 0) + 1)
    for (const [kind, total] of totals) {
      const [hits, all] = found.get(kind) ?? [0, 0]
      found.set(kind, [hits + Math.round((json.recall[kind] ?? 0) * total), all + total])
    }
    matched += json.matched_messages
    messages += json.messages
    cleanAlarms += Object.values(json.clean_alarms_by_rule).reduce((sum, count) => sum + count, 0)
    if (process.argv.includes('--verbose')) console.log('  misses:', json.examples)
    // score.py keeps the report it reads to itself: one more run of the CLI gives the messages' wording, to check
    // which paragraph a moved half's message names.
    const names = Object.keys(gold.pages).sort()
    const report = spawnSync(process.execPath, [cli, '--no-config', '--no-ignore', '--report', 'json', ...names], {cwd: path.join(out, 'pages'), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024})
    const byName = new Map((JSON.parse(report.stderr) as ReportFile[]).map((file) => [path.basename(file.path), file.messages]))
    // A moved half is named right when a message on the cut end names the line of the other half.
    for (const [name, page] of Object.entries(gold.pages)) {
      const ends = page.defects.filter((defect) => defect.kind === 'split-moved-end')
      const starts = page.defects.filter((defect) => defect.kind === 'split-moved-start')
      ends.forEach((end, index) => {
        const start = starts[index]
        if (!start) return
        moved++
        const endLine = end.lines[0]
        const startLine = start.lines[0]
        const named = (byName.get(name) ?? []).some((message) => message.ruleId === 'no-truncated-paragraph' && message.line === endLine && new RegExp(`(?:^|\\D)${startLine}:\\d`).test(message.reason))
        if (named) continued++
      })
    }
  }
  const percent = (part: number, whole: number): string => `${part}/${whole} (${whole === 0 ? '-' : Math.round((part * 100) / whole)}%)`
  console.log(`Injected defects found (${seeds.length} seed${seeds.length > 1 ? 's' : ''}, ${pages} pages each):`)
  for (const [kind, [hits, all]] of [...found].sort()) console.log(`  ${kind}: ${percent(hits, all)}`)
  console.log(`  precision: ${percent(matched, messages)} of messages match an injected defect`)
  console.log(`  moved halves whose continuation is named right: ${percent(continued, moved)}`)
  console.log(`  messages on clean pages: ${cleanAlarms}`)
} finally {
  fs.rmSync(scratch, {recursive: true, force: true})
}
