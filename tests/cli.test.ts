/** The `copydesk` command: its contract with scripts and CI (see docs/cli.md). */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const cli = fileURLToPath(new URL('../dist/src/copydesk.js', import.meta.url))
let dir = ''

const FLAGGED = '他说：“这句话没有后引号。\n'
const CLEAN = '他说：“这句话完整。”\n'

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

function run(args: string[], options: {input?: string; cwd?: string} = {}): Run {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: options.cwd ?? dir,
    input: options.input,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'},
    timeout: 60_000
  })
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

interface JsonMessage {
  ruleId: string
  source: string
  reason: string
  url: string
  fatal: boolean | null
  place: {start: {line: number; column: number; offset: number}; end: {line: number; column: number; offset: number}}
}

function report(stderr: string): Array<{path: string; messages: JsonMessage[]}> {
  return JSON.parse(stderr) as Array<{path: string; messages: JsonMessage[]}>
}

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name)
  fs.mkdirSync(path.dirname(file), {recursive: true})
  fs.writeFileSync(file, content)
  return file
}

beforeAll(() => {
  if (!fs.existsSync(cli)) throw new Error('Build first: npm run build')
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-cli-'))
  write('flagged.txt', FLAGGED)
  write('clean.txt', CLEAN)
})

afterAll(() => {
  fs.rmSync(dir, {recursive: true, force: true})
})

describe('copydesk CLI', () => {
  it('writes a vfile-reporter-json report on stderr and nothing on stdout', () => {
    const result = run(['--report', 'json', 'flagged.txt'])
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('')
    const [file] = report(result.stderr)
    expect(file?.path).toBe('flagged.txt')
    const message = file?.messages[0]
    expect(message).toMatchObject({ruleId: 'paired-punctuation', source: 'copydesk', fatal: false})
    expect(message?.url).toMatch(/docs\/rules\/paired-punctuation\.md$/)
    expect(message?.place).toEqual({start: {line: 1, column: 4, offset: 3}, end: {line: 1, column: 5, offset: 4}})
    expect(message?.reason).toContain('未闭合')
  })

  it('carries the other place of a finding as `cause` in the JSON report', () => {
    write('twice.txt', '标题\n\n这一段文字在版面上被完整地重复印了两次，编辑应当删去后一处。\n\n中间还有一段别的内容，说明情况。\n\n这一段文字在版面上被完整地重复印了两次，编辑应当删去后一处。\n')
    const [file] = report(run(['--report', 'json', 'twice.txt']).stderr) as Array<{messages: Array<JsonMessage & {cause?: {place: JsonMessage['place']}; expected?: string[]}>}>
    const message = file?.messages.find((entry) => entry.ruleId === 'no-duplicate-passage')
    expect(message?.place.start.line).toBe(7)
    expect(message?.cause?.place.start.line).toBe(3)
    expect(message?.expected).toEqual([''])
  })

  it('writes SARIF for code-scanning dashboards with --report sarif', () => {
    const result = run(['--report', 'sarif', 'flagged.txt'])
    const log = JSON.parse(result.stderr) as {version: string; runs: Array<{results: Array<{ruleId: string; level: string; locations: Array<{physicalLocation: {region: object}}>}>}>}
    expect(log.version).toBe('2.1.0')
    const [finding] = log.runs[0]?.results ?? []
    expect(finding).toMatchObject({ruleId: 'copydesk/paired-punctuation', level: 'warning'})
    expect(finding?.locations[0]?.physicalLocation.region).toEqual({startLine: 1, startColumn: 4, endLine: 1, endColumn: 5})
  })

  it('does not echo the document to stdout', () => {
    const result = run(['clean.txt'])
    expect(result.stdout).toBe('')
    expect(result.status).toBe(0)
  })

  it('exits 1 on warnings with --frail, 0 without', () => {
    expect(run(['flagged.txt']).status).toBe(0)
    expect(run(['--frail', 'flagged.txt']).status).toBe(1)
    expect(run(['--frail', 'clean.txt']).status).toBe(0)
  })

  it('--quiet leaves out files without messages', () => {
    const result = run(['--quiet', 'clean.txt', 'flagged.txt'])
    expect(result.stderr).toContain('flagged.txt')
    expect(result.stderr).not.toContain('clean.txt')
  })

  it('--lang en gives English messages', () => {
    const result = run(['--lang', 'en', '--report', 'json', 'flagged.txt'])
    expect(report(result.stderr)[0]?.messages[0]?.reason).toMatch(/^Unclosed opening quote/)
  })

  it('reads stdin', () => {
    const result = run(['--report', 'json'], {input: FLAGGED})
    expect(report(result.stderr)[0]?.messages).toHaveLength(1)
  })

  it('lints the .txt and .md files of a folder', () => {
    write('folder/a.txt', FLAGGED)
    write('folder/b.md', FLAGGED)
    write('folder/c.log', FLAGGED)
    const result = run(['--report', 'json', 'folder'])
    expect(report(result.stderr).map((file) => file.path).sort()).toEqual(['folder/a.txt', 'folder/b.md'])
  })

  it('fails with one line when a path or glob matches nothing', () => {
    for (const args of [['missing.txt'], ['nothing/*.txt'], ['clean.txt', 'missing.txt']]) {
      const result = run(args)
      expect(result.status).toBe(1)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(result.stderr).toMatch(/^copydesk: no file matches/)
    }
  })

  it('fails with one line on an unknown flag or a missing value', () => {
    for (const args of [['--bogus', 'clean.txt'], ['--report'], ['--lang']]) {
      const result = run(args)
      expect(result.status).toBe(1)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    }
  })

  it('ends promptly when the reader of a pipe goes away', () => {
    write('long.txt', FLAGGED.repeat(5000))
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" long.txt 2>&1 | head -1`], {cwd: dir, encoding: 'utf8', timeout: 30_000})
    expect(result.error).toBeUndefined()
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(1)
  })
})

describe('configuration', () => {
  const configs: Array<[string, string]> = [
    ['.copydeskrc', JSON.stringify({settings: {rules: {'paired-punctuation': 'error'}}})],
    ['.copydeskrc.json', JSON.stringify({settings: {rules: {'paired-punctuation': ['error', {}]}}})],
    ['.copydeskrc.yml', 'settings:\n  rules:\n    paired-punctuation: error\n'],
    ['.copydeskrc.js', 'export default {settings: {rules: {"paired-punctuation": "error"}}}\n'],
    ['package.json', JSON.stringify({name: 'x', copydesk: {settings: {rules: {'paired-punctuation': 'error'}}}})]
  ]

  for (const [name, content] of configs) {
    it(`is found in ${name}`, () => {
      const folder = `config-${name.replace(/\W/g, '')}`
      write(`${folder}/${name}`, content)
      write(`${folder}/page.txt`, FLAGGED)
      const result = run(['--report', 'json', 'page.txt'], {cwd: path.join(dir, folder)})
      expect(result.status).toBe(1)
      expect(report(result.stderr)[0]?.messages[0]?.fatal).toBe(true)
      // --no-config falls back to the recommended preset (a warning).
      const fallback = run(['--no-config', '--report', 'json', 'page.txt'], {cwd: path.join(dir, folder)})
      expect(fallback.status).toBe(0)
      expect(report(fallback.stderr)[0]?.messages[0]?.fatal).toBe(false)
    })
  }

  it('turns a rule off', () => {
    write('off/.copydeskrc', JSON.stringify({settings: {rules: {'paired-punctuation': 'off'}}}))
    write('off/page.txt', FLAGGED)
    const result = run(['--report', 'json', 'page.txt'], {cwd: path.join(dir, 'off')})
    expect(report(result.stderr)[0]?.messages).toEqual([])
  })

  it('sets the language in the configuration', () => {
    write('en/.copydeskrc', JSON.stringify({settings: {locale: 'en'}}))
    write('en/page.txt', FLAGGED)
    const result = run(['--report', 'json', 'page.txt'], {cwd: path.join(dir, 'en')})
    expect(report(result.stderr)[0]?.messages[0]?.reason).toMatch(/^Unclosed/)
  })

  it('reports an unknown rule clearly, without a stack trace', () => {
    write('unknown/.copydeskrc', JSON.stringify({settings: {rules: {'no-such-rule': 'warn'}}}))
    write('unknown/page.txt', CLEAN)
    const result = run(['page.txt'], {cwd: path.join(dir, 'unknown')})
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Unknown copydesk rule `no-such-rule`')
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('honours .copydeskignore, and --no-ignore overrides it', () => {
    write('ignored/.copydeskignore', 'skip.txt\n')
    write('ignored/skip.txt', FLAGGED)
    write('ignored/keep.txt', FLAGGED)
    const folder = path.join(dir, 'ignored')
    expect(report(run(['--report', 'json', '.'], {cwd: folder}).stderr).map((file) => file.path)).toEqual(['keep.txt'])
    expect(report(run(['--no-ignore', '--report', 'json', '.'], {cwd: folder}).stderr).map((file) => file.path).sort()).toEqual(['keep.txt', 'skip.txt'])
  })
})

describe('bad input', () => {
  const cases: Array<[string, string | Buffer, RegExp]> = [
    ['empty.txt', '', /空文件/],
    ['blank.txt', ' \n\n　　\n', /空白文件/],
    ['latin1.txt', Buffer.from([0x68, 0xe9, 0x6c, 0x6c, 0x6f, 0xff, 0xfe, 0x0a]), /编码无效/],
    ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0x00]), /二进制/]
  ]

  it('gives each bad file one clear fatal message and still lints the others', () => {
    for (const [name, content] of cases) write(`bad/${name}`, content)
    write('bad/good.txt', FLAGGED)
    const result = run(['--report', 'json', ...cases.map(([name]) => `bad/${name}`), 'bad/good.txt'])
    expect(result.status).toBe(1)
    const files = report(result.stderr)
    for (const [name, , reason] of cases) {
      const file = files.find((entry) => entry.path === `bad/${name}`)
      expect(file?.messages).toHaveLength(1)
      expect(file?.messages[0]?.fatal).toBe(true)
      expect(file?.messages[0]?.reason).toMatch(reason)
    }
    expect(files.find((entry) => entry.path === 'bad/good.txt')?.messages[0]?.ruleId).toBe('paired-punctuation')
    const pretty = run(cases.map(([name]) => `bad/${name}`))
    expect(pretty.stderr).not.toMatch(/\n\s+at /)
  })

  it('refuses a 20 MB file with a clear message', () => {
    const line = '示范区举行重点项目集中开工活动，总投资达到一百多亿元。\n\n'
    write('bad/huge.txt', line.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(line))))
    const result = run(['--report', 'json', 'bad/huge.txt', 'flagged.txt'])
    expect(result.status).toBe(1)
    const files = report(result.stderr)
    expect(files[0]?.messages[0]?.reason).toMatch(/文件过大/)
    expect(files[1]?.messages).toHaveLength(1)
  })
})
