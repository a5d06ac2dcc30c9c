/**
 * `--report sarif`: a SARIF 2.1.0 log for code-scanning dashboards in CI.
 * `ruleId` becomes `copydesk/<rule>`, `url` the rule's `helpUri`, `place` a
 * region (UTF-16 columns, as vfile counts them), `cause` a related location
 * and `expected` a fix.
 */
import {createRequire} from 'node:module'
import type {Log, Region, Result} from 'sarif'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

function region(message: VFileMessage): Region | undefined {
  const place = message.place
  if (!place) return undefined
  if ('start' in place) {
    return {startLine: place.start.line, startColumn: place.start.column, endLine: place.end.line, endColumn: place.end.column}
  }
  return {startLine: place.line, startColumn: place.column}
}

function level(message: VFileMessage): Result.level {
  if (message.fatal === true) return 'error'
  if (message.fatal === false) return 'warning'
  return 'note'
}

export function toSarif(files: VFile[], version = '0.0.0'): Log {
  const rules = new Map<string, string | undefined>()
  const results: Result[] = []
  for (const file of files) {
    const uri = file.path ?? '<stdin>'
    for (const message of file.messages) {
      const ruleId = `${message.source ?? 'copydesk'}/${message.ruleId ?? 'unknown'}`
      rules.set(ruleId, message.url)
      const where = region(message)
      const result: Result = {
        ruleId,
        level: level(message),
        message: {text: message.reason},
        locations: [{physicalLocation: {artifactLocation: {uri}, ...(where ? {region: where} : {})}}]
      }
      const cause = message.cause
      if (cause && typeof cause === 'object' && 'place' in cause) {
        const causeRegion = region(cause as VFileMessage)
        if (causeRegion) {
          result.relatedLocations = [{id: 1, message: {text: (cause as VFileMessage).reason}, physicalLocation: {artifactLocation: {uri}, region: causeRegion}}]
        }
      }
      if (where && message.expected && message.expected.length > 0) {
        result.fixes = message.expected.map((text) => ({
          description: {text: text === '' ? 'Remove' : `Replace with “${text}”`},
          artifactChanges: [{artifactLocation: {uri}, replacements: [{deletedRegion: where, insertedContent: {text}}]}]
        }))
      }
      results.push(result)
    }
  }
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'copydesk',
            version,
            informationUri: 'https://github.com/copydesk/copydesk',
            rules: [...rules].map(([id, helpUri]) => ({id, ...(helpUri ? {helpUri} : {})}))
          }
        },
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
}

const packageVersion = (createRequire(import.meta.url)('../../package.json') as {version: string}).version

/** A vfile reporter: `(files, options) => string`, as unified-engine loads it. */
export default function reporterSarif(files: VFile[]): string {
  return JSON.stringify(toSarif(files, packageVersion)) + '\n'
}
