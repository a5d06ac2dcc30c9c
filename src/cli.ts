#!/usr/bin/env node
/**
 * The `copydesk` command: unified-args over the copydesk processor, with its
 * rough edges mended (see docs/cli.md):
 *
 * - the document is not echoed to stdout unless `--stdout` or `--output` asks;
 * - a closed pipe (`copydesk page.txt 2>&1 | head -1`) ends the process at once;
 * - a path or glob that matches nothing is an error, not a silent success;
 * - `--lang en` chooses English messages; `--report json` works from any folder;
 * - Node's own warnings never corrupt a report on stderr.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import {glob} from 'glob'
import {args} from 'unified-args'
import {processor} from './processor.js'

const require = createRequire(import.meta.url)
const packageJson = require('../../package.json') as {version: string; description: string}

/** Flags of unified-args (and `--lang`) that take a value: the next argument, or `--flag=value`. */
const VALUE_FLAGS = new Set([
  '-o',
  '--output',
  '-r',
  '--rc-path',
  '-i',
  '--ignore-path',
  '--ignore-path-resolve-from',
  '--ignore-pattern',
  '-s',
  '--setting',
  '-u',
  '--use',
  '--report',
  '-e',
  '--ext',
  '--file-path',
  '--lang'
])

/** Flags that take no value (`--no-x` forms are accepted for those marked negatable). */
const BOOLEAN_FLAGS = new Set(['-f', '--frail', '-h', '--help', '--inspect', '-q', '--quiet', '-S', '--silent', '--silently-ignore', '-t', '--tree', '--tree-in', '--tree-out', '--verbose', '-v', '--version', '-w', '--watch'])
const NEGATABLE_FLAGS = new Set(['--color', '--config', '--ignore', '--stdout'])

/** A one-line complaint about an unusable argument, or nothing. */
export function checkFlag(flag: string, hasValue: boolean): string | undefined {
  if (VALUE_FLAGS.has(flag)) return hasValue || flag === '-o' || flag === '--output' ? undefined : `option \`${flag}\` needs a value`
  if (BOOLEAN_FLAGS.has(flag) || NEGATABLE_FLAGS.has(flag) || NEGATABLE_FLAGS.has(flag.replace(/^--no-/, '--'))) return undefined
  // Grouped short flags: `-qf`.
  if (/^-[a-zA-Z]{2,}$/.test(flag) && [...flag.slice(1)].every((letter) => BOOLEAN_FLAGS.has(`-${letter}`))) return undefined
  return `unknown option \`${flag}\` (see \`copydesk --help\`)`
}

const GLOB_MAGIC = /[*?[\]{}]/

function exitOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

/** Bundled reporters by short name, resolved from copydesk's own folder so they work from any cwd. */
function resolveReporter(value: string): string {
  const [name = '', options] = value.split(/=(.*)/s)
  const known: Record<string, string> = {
    json: new URL('reporter-json.js', import.meta.url).href,
    sarif: new URL('reporter-sarif.js', import.meta.url).href,
    pretty: import.meta.resolve('vfile-reporter')
  }
  const specifier = known[name]
  if (!specifier) return value
  const resolved = fileURLToPath(specifier)
  return options === undefined ? resolved : `${resolved}=${options}`
}

interface Prepared {
  argv: string[]
  /** Paths and globs given on the command line. */
  inputs: string[]
  /** Unusable arguments, one line each. */
  problems: string[]
}

export function prepareArgv(given: string[]): Prepared {
  const argv: string[] = []
  const inputs: string[] = []
  const problems: string[] = []
  let wantsOutput = false
  for (let index = 0; index < given.length; index++) {
    const arg = given[index] as string
    const [flag = '', inline] = arg.startsWith('--') ? arg.split(/=(.*)/s) : [arg]
    if (flag === '--lang' || flag === '--report') {
      const next = given[index + 1]
      const value = inline ?? (next !== undefined && !next.startsWith('-') ? given[++index] : undefined)
      if (!value) problems.push(`option \`${flag}\` needs a value`)
      else if (flag === '--lang') argv.push('--setting', `locale:${JSON.stringify(value)}`)
      else argv.push('--report', resolveReporter(value))
      continue
    }
    if (flag === '-o' || flag === '--output' || flag === '--stdout' || flag === '--tree-out' || flag === '--watch' || flag === '-w') wantsOutput = true
    argv.push(arg)
    if (!arg.startsWith('-') || arg === '-') {
      inputs.push(arg)
      continue
    }
    const next = given[index + 1]
    // As minimist reads them: a value flag takes the next argument unless it is a flag.
    const takesNext = VALUE_FLAGS.has(flag) && inline === undefined && next !== undefined && !/^--?[^-]/.test(next)
    const problem = checkFlag(flag, inline !== undefined || takesNext)
    if (problem) problems.push(problem)
    if (takesNext) argv.push(given[++index] as string)
  }
  if (!wantsOutput) argv.push('--no-stdout')
  return {argv, inputs, problems}
}

/** Inputs that name nothing: a missing path, or a glob without a match. */
export async function unmatchedInputs(inputs: string[], cwd = process.cwd()): Promise<string[]> {
  const missing: string[] = []
  for (const input of inputs) {
    if (input === '-') continue
    if (fs.existsSync(new URL(input, `file://${cwd}/`))) continue
    if (GLOB_MAGIC.test(input) && (await glob(input, {cwd, nodir: false})).length > 0) continue
    missing.push(input)
  }
  return missing
}

async function main(): Promise<void> {
  exitOnClosedPipe(process.stdout)
  exitOnClosedPipe(process.stderr)
  // Node's warnings (experimental features…) would corrupt a JSON report on stderr.
  process.removeAllListeners('warning')

  const {argv, inputs, problems} = prepareArgv(process.argv.slice(2))
  if (problems.length > 0) {
    for (const problem of problems) process.stderr.write(`copydesk: ${problem}\n`)
    process.exitCode = 1
    return
  }
  const missing = await unmatchedInputs(inputs)
  if (missing.length > 0) {
    for (const input of missing) {
      process.stderr.write(`copydesk: no file matches \`${input}\`\n`)
    }
    process.exitCode = 1
    return
  }

  process.argv = [...process.argv.slice(0, 2), ...argv]
  args({
    processor,
    name: 'copydesk',
    description: packageJson.description,
    version: packageJson.version,
    extensions: ['txt', 'md'],
    ignoreName: '.copydeskignore',
    packageField: 'copydesk',
    pluginPrefix: 'copydesk',
    rcName: '.copydeskrc'
  })
}

await main()
