/**
 * `npm run bench`: throughput, linearity and memory on synthetic pages.
 *
 * Pages are generated (seeded) from the characters of examples/page.txt, so
 * the benchmark needs nothing outside the repo.  Each measurement runs in a
 * child process so that its peak RSS is its own.
 *
 *   npm run bench                 # everything, the fastest of 3 runs each
 *   npm run bench -- --quick      # 1 MB and 5 MB only
 *   npm run bench -- --runs 1     # one run each
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Root} from 'nlcst'
import {VFile} from 'vfile'
import {rules} from '../rules/index.js'
import {lint} from '../src/lint.js'
import {parseChinese} from '../src/parser.js'
import {buildPage} from '../src/structure.js'
import {Location} from '../src/location.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const cli = path.join(root, 'dist/src/copydesk.js')
const MB = 1024 * 1024

/** A small seeded generator (mulberry32): the same page every run. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * About `bytes` of page text: headlines, bylines and body paragraphs of
 * ~`paragraphChars` characters, all distinct, with blank lines between.
 */
export function syntheticPage(bytes: number, paragraphChars = 32, seed = 1): string {
  const sample = fs.readFileSync(path.join(root, 'examples/page.txt'), 'utf8')
  const pool = [...new Set(sample.match(/\p{Script=Han}/gu) ?? [])]
  const next = random(seed)
  const pick = (): string => pool[Math.floor(next() * pool.length)] as string
  const clause = (length: number): string => Array.from({length}, pick).join('')
  const parts: string[] = []
  let size = 0
  let count = 0
  while (size < bytes) {
    let paragraph: string
    if (count % 40 === 0) paragraph = clause(12)
    else if (count % 40 === 1) paragraph = `本报讯(记者${clause(3)})${clause(paragraphChars - 10)}，${clause(8)}。`
    else {
      const first = Math.max(4, Math.floor(paragraphChars * (0.3 + next() * 0.3)))
      paragraph = `${clause(first)}，${Math.floor(next() * 1000)}${clause(Math.max(4, paragraphChars - first - 6))}。`
    }
    parts.push(paragraph)
    size += Buffer.byteLength(paragraph) + 2
    count++
  }
  return parts.join('\n\n') + '\n'
}

interface ChildResult {
  /** Whole run: parse, structure and the rules. */
  seconds: number
  /** The rule alone, after parse and structure. */
  ruleSeconds?: number
  maxRssMb: number
  messages?: number
}

/** Run one measurement in this process (called in a child). */
async function measure(kind: string, megabytes: number, paragraphChars: number): Promise<ChildResult> {
  const text = syntheticPage(megabytes * MB, paragraphChars)
  // Warm the JIT on a small page first, so small inputs are not charged for it.
  const warm = syntheticPage(256 * 1024, paragraphChars, 2)
  buildPage(parseChinese(warm), warm, new Location(warm), 'zh')
  if (kind === 'parse') {
    const start = performance.now()
    const tree = parseChinese(text)
    buildPage(tree, text, new Location(text), 'zh')
    return {seconds: (performance.now() - start) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024}
  }
  if (kind === 'recommended' || kind === 'all') {
    const start = performance.now()
    const file = await lint(new VFile(text), {preset: kind, maxBytes: 64 * MB})
    return {seconds: (performance.now() - start) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024, messages: file.messages.length}
  }
  // One rule: parse and structure first, then time the rule's own transformer.
  const rule = rules[kind]
  if (!rule) throw new Error(`unknown rule ${kind}`)
  const file = new VFile(text)
  const tree = parseChinese(text)
  file.data.copydesk = buildPage(tree, text, new Location(text), 'zh')
  const transform = (rule as unknown as (config: unknown) => (tree: Root, file: VFile, next: (error?: Error) => void) => void)('warn')
  const start = performance.now()
  await new Promise<void>((resolve, reject) => transform(tree, file, (error) => (error ? reject(error) : resolve())))
  const seconds = (performance.now() - start) / 1000
  return {seconds, ruleSeconds: seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, messages: file.messages.length}
}

function childOnce(kind: string, megabytes: number, paragraphChars: number): ChildResult {
  const self = fileURLToPath(import.meta.url)
  const result = spawnSync(process.execPath, [self, '--child', kind, String(megabytes), String(paragraphChars)], {encoding: 'utf8', maxBuffer: 16 * MB})
  if (result.status !== 0) throw new Error(`bench child ${kind} failed: ${result.stderr}`)
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as ChildResult
}

/** How many times each measurement runs; the fastest run is kept, since a busy machine only ever adds time. */
let runs = 3

function child(kind: string, megabytes: number, paragraphChars = 32): ChildResult {
  let best: ChildResult | undefined
  for (let run = 0; run < runs; run++) {
    const result = childOnce(kind, megabytes, paragraphChars)
    if (!best || (result.ruleSeconds ?? result.seconds) < (best.ruleSeconds ?? best.seconds)) best = result
  }
  return best as ChildResult
}

function cliWallSeconds(): number {
  const article = syntheticPage(5 * 1024, 60, 7)
  const file = path.join(root, '.bench', 'article-5k.txt')
  fs.mkdirSync(path.dirname(file), {recursive: true})
  fs.writeFileSync(file, article)
  const times: number[] = []
  for (let run = 0; run < 5; run++) {
    const start = performance.now()
    spawnSync(process.execPath, [cli, '--no-config', file], {encoding: 'utf8'})
    times.push((performance.now() - start) / 1000)
  }
  times.sort((a, b) => a - b)
  return times[2] as number
}

function row(cells: Array<string | number>): string {
  return `| ${cells.join(' | ')} |`
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  if (args[0] === '--child') {
    const result = await measure(args[1] ?? 'parse', Number(args[2] ?? 1), Number(args[3] ?? 32))
    console.log(JSON.stringify(result))
    return
  }
  const quick = args.includes('--quick')
  const runsAt = args.indexOf('--runs')
  if (runsAt !== -1) runs = Math.max(1, Number(args[runsAt + 1]) || 1)
  const big = quick ? 5 : 10
  const lines: string[] = []
  const log = (line: string): void => {
    lines.push(line)
    console.log(line)
  }

  log(`copydesk benchmark, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, fastest of ${runs} runs each`)
  log('')
  log(row(['what', 'input', 'time (s)', 'MB/s', `time at 1 MB (s)`, `${big}× input → × time`, 'peak RSS (MB)', 'messages']))
  log(row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:']))

  const small = child('parse', 1)
  const large = child('parse', big)
  log(row(['parse + structure', `${big} MB`, large.seconds.toFixed(3), (big / large.seconds).toFixed(1), small.seconds.toFixed(3), (large.seconds / small.seconds).toFixed(1), large.maxRssMb.toFixed(0), '']))

  for (const name of [...Object.keys(rules), 'recommended']) {
    const one = child(name, 1, 32)
    const result = child(name, big, 32)
    const label = name === 'recommended' ? 'recommended preset (all of it)' : `rule ${name} (alone)`
    const seconds = name === 'recommended' ? result.seconds : (result.ruleSeconds ?? result.seconds)
    const oneSeconds = name === 'recommended' ? one.seconds : (one.ruleSeconds ?? one.seconds)
    log(row([label, `${big} MB`, seconds.toFixed(3), (big / seconds).toFixed(1), oneSeconds.toFixed(3), (seconds / Math.max(oneSeconds, 0.001)).toFixed(1), result.maxRssMb.toFixed(0), result.messages ?? '']))
  }

  const cliSeconds = cliWallSeconds()
  log('')
  log(`CLI on one 5 KB article, wall time, median of 5: ${cliSeconds.toFixed(3)} s.`)

  fs.mkdirSync(path.join(root, '.bench'), {recursive: true})
  fs.writeFileSync(path.join(root, '.bench', 'results.md'), lines.join('\n') + '\n')
}

await main()
