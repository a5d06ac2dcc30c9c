/**
 * `--report json`: the vfile-reporter-json format, plus each message's
 * `cause` (the other place of a finding: the first copy, the other half)
 * as `{reason, place}`, which vfile-reporter-json leaves out.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

interface Options {
  quiet?: boolean
  silent?: boolean
}

function messageToJson(message: VFileMessage): Record<string, unknown> {
  const cause = message.cause as Partial<VFileMessage> | undefined
  return {
    column: message.column,
    fatal: message.fatal,
    line: message.line,
    place: message.place,
    reason: message.reason,
    ruleId: message.ruleId,
    source: message.source,
    actual: message.actual,
    expected: message.expected,
    note: message.note,
    url: message.url,
    cause: cause && typeof cause === 'object' && 'reason' in cause ? {reason: cause.reason, place: cause.place} : undefined
  }
}

export function toJson(files: VFile[], options: Options = {}): unknown[] {
  const result: unknown[] = []
  for (const file of files) {
    const messages = file.messages.filter((message) => !options.silent || message.fatal).map(messageToJson)
    if ((!options.quiet && !options.silent) || messages.length > 0) {
      result.push({path: file.path, cwd: file.cwd, history: file.history, messages})
    }
  }
  return result
}

/** A vfile reporter, as unified-engine loads it. */
export default function reporterJson(files: VFile[], options: Options = {}): string {
  return JSON.stringify(toJson(files, options)) + '\n'
}
