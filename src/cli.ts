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

/** Flags of unified-args that take a value (the next argument). */
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
  const known: Record<string, string> = {json: 'vfile-reporter-json', 'vfile-reporter-json': 'vfile-reporter-json', sarif: '', pretty: 'vfile-reporter'}
  const specifier = known[name]
  if (!specifier) return value
  const resolved = fileURLToPath(import.meta.resolve(specifier))
  return options === undefined ? resolved : `${resolved}=${options}`
}

interface Prepared {
  argv: string[]
  /** Paths and globs given on the command line. */
  inputs: string[]
}

export function prepareArgv(given: string[]): Prepared {
  const argv: string[] = []
  const inputs: string[] = []
  let wantsOutput = false
  for (let index = 0; index < given.length; index++) {
    const arg = given[index] as string
    const [flag = '', inline] = arg.startsWith('--') ? arg.split(/=(.*)/s) : [arg]
    if (flag === '--lang') {
      const value = inline ?? given[++index] ?? ''
      argv.push('--setting', `locale:${JSON.stringify(value)}`)
      continue
    }
    if (flag === '--report') {
      const value = inline ?? given[++index] ?? ''
      argv.push('--report', resolveReporter(value))
      continue
    }
    if (flag === '-o' || flag === '--output' || flag === '--stdout' || flag === '--tree-out' || flag === '--watch' || flag === '-w') wantsOutput = true
    argv.push(arg)
    if (VALUE_FLAGS.has(flag) && inline === undefined) {
      const value = given[++index]
      if (value !== undefined) argv.push(value)
      continue
    }
    if (!arg.startsWith('-') || arg === '-') inputs.push(arg)
  }
  if (!wantsOutput) argv.push('--no-stdout')
  return {argv, inputs}
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

  const {argv, inputs} = prepareArgv(process.argv.slice(2))
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
