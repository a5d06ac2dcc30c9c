/**
 * Run a rule on a text the way its examples are written: only that rule, at
 * `warn`, and messages formatted `line:column-line:column: reason`.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {lint} from './lint.js'
import type {CopydeskRule, RuleExample} from './rule.js'

export function formatMessage(message: VFileMessage): string {
  const place = message.place
  if (!place) return `0:0: ${message.reason}`
  if ('start' in place) {
    return `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}: ${message.reason}`
  }
  return `${place.line}:${place.column}: ${message.reason}`
}

export async function runRule(rule: CopydeskRule, text: string, options?: unknown, locale: 'zh' | 'en' = 'zh'): Promise<VFile> {
  const config = options === undefined ? 'warn' : ['warn', options]
  return lint(text, {preset: 'none', locale, rules: {[rule.meta.name]: config as ['warn', unknown]}})
}

/** The messages a rule gives on an example, in the example's format. */
export async function exampleMessages(rule: CopydeskRule, example: RuleExample, locale: 'zh' | 'en' = 'zh'): Promise<string[]> {
  return ruleMessages(rule, example.text, example.options, locale)
}

/** What a rule alone says on a text, formatted as in examples. */
export async function ruleMessages(rule: CopydeskRule, text: string, options?: unknown, locale: 'zh' | 'en' = 'zh'): Promise<string[]> {
  return (await runRule(rule, text, options, locale)).messages.map(formatMessage)
}
