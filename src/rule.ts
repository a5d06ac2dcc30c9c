/**
 * How a copydesk rule is written: one module, one `defineRule` call.
 *
 * A rule carries its own documentation and examples; the doc page
 * (`docs/rules/<name>.md`) and the example tests are generated from them, so
 * neither can drift from the code.  The check reads the page structure from
 * `file.data.copydesk` and reports through `Reporter`, which builds messages
 * the way remark-lint does: `place`, `cause` for the other location,
 * `expected` for a safe replacement, and the reason in the chosen language.
 */
import type {Root} from 'nlcst'
import type {Plugin, Transformer} from 'unified'
import {lintRule} from 'unified-lint-rule'
import {VFileMessage} from 'vfile-message'
import type {VFile} from 'vfile'
import {configurationError} from './errors.js'
import type {Bilingual, Locale} from './i18n.js'
import type {Page} from './structure.js'

export const DOCS_BASE_URL = 'https://github.com/copydesk/copydesk/blob/main/docs/rules/'

export function ruleUrl(name: string): string {
  return `${DOCS_BASE_URL}${name}.md`
}

/** One example: a text the rule accepts or flags, with the exact messages. */
export interface RuleExample {
  /** What the example shows, in a few words (English; used as the test title). */
  title: string
  /** Chinese title for the doc page. */
  titleZh?: string
  /** The document. */
  text: string
  /** Rule options for this example. */
  options?: unknown
  /**
   * Expected messages, in Chinese: `line:column-line:column: reason`.
   * Empty or missing: the rule must stay silent.
   */
  messages?: string[]
  /** The same messages in English, when the example shows them too. */
  messagesEn?: string[]
}

export interface RuleDocs {
  /** One line: what the rule checks. */
  summary: Bilingual
  /** Why it matters and what exactly it flags and leaves alone (Markdown, English). */
  description: string
  /** Chinese description for editors (Markdown). */
  descriptionZh: string
  /** Options in Markdown, or nothing. */
  options?: string
  /** Whether presets turn it on, and how. */
  presets?: string
}

/** Where a message points: offsets in the document. */
export interface Span {
  start: number
  end: number
}

export interface ReportOptions {
  /** The other place (the first copy, the other half): named as `cause`. */
  cause?: Span & {note?: Bilingual}
  /** Safe replacements for the flagged span (empty string removes it). */
  expected?: string[]
  /** The flagged text, when it is not simply the span's text. */
  actual?: string
  /** Information rather than a warning: a plausible relation, not a clear fault. */
  info?: boolean
  /** Extra data for the API and reporters (kept small: no trees). */
  data?: Record<string, unknown>
}

export interface RuleContext<Options> {
  page: Page
  file: VFile
  options: Options
  locale: Locale
  report: (span: Span, reason: Bilingual, extra?: ReportOptions) => VFileMessage
  /** `line:column` of an offset, for naming the other place in a reason. */
  at: (offset: number) => string
}

export interface RuleDefinition<Options> {
  name: string
  docs: RuleDocs
  /** Options when none are given. */
  defaults: Options
  /**
   * Check the options once merged over the defaults (unknown names and
   * non-objects are already refused): throw `optionError` on bad values,
   * return them, possibly normalised.
   */
  options?: (merged: Options) => Options
  examples: RuleExample[]
  check: (context: RuleContext<Options>) => void
}

/** What a rule tells about itself: enough for docs, presets and tests. */
export interface RuleMeta {
  name: string
  docs: RuleDocs
  defaults: unknown
  examples: RuleExample[]
}

export type CopydeskRule = Plugin<[unknown?], Root> & {
  readonly meta: RuleMeta
}

/** Messages reported as information: `unified-lint-rule` sets `fatal: false` on all, we undo it for these. */
const informational = new WeakSet<VFileMessage>()

/** An option with a bad value: a one-line configuration error naming the rule. */
export function optionError(rule: string, text: string): Error {
  return configurationError(`${rule}: ${text}`)
}

/** Merge user options over the defaults, refusing non-objects and unknown names. */
function mergeOptions<Options>(rule: string, given: unknown, defaults: Options): Options {
  if (given === undefined || given === null) return defaults
  if (typeof given !== 'object' || Array.isArray(given) || typeof defaults !== 'object' || defaults === null) {
    throw optionError(rule, `expected an options object, not \`${JSON.stringify(given)}\``)
  }
  const known = Object.keys(defaults)
  for (const key of Object.keys(given)) {
    if (!known.includes(key)) {
      throw optionError(rule, `unknown option \`${key}\`${known.length > 0 ? ` (known: ${known.map((name) => `\`${name}\``).join(', ')})` : ' (it takes none)'}`)
    }
  }
  return {...defaults, ...given}
}

const SEVERITY_LABELS = new Set(['off', 'on', 'warn', 'error'])

/** Accept `"off"`, `"error"`, `2` alone, as remark-lint configs write them, besides `[severity, options]`. */
function normalizeSeverity(config: unknown): unknown {
  if ((typeof config === 'string' && SEVERITY_LABELS.has(config)) || typeof config === 'number') return [config]
  return config
}

/** Whether a plugin is a copydesk rule. */
export function isCopydeskRule(plugin: unknown): plugin is CopydeskRule {
  return typeof plugin === 'function' && 'meta' in plugin && typeof (plugin as {meta?: {name?: unknown}}).meta?.name === 'string'
}

export function defineRule<Options>(definition: RuleDefinition<Options>): CopydeskRule {
  const {name, check} = definition
  const url = ruleUrl(name)

  const base = lintRule<Root, unknown>({origin: `copydesk:${name}`, url}, (tree, file, given) => {
    void tree
    const page = file.data.copydesk
    if (!page) throw new Error(`copydesk rule \`${name}\` needs the copydesk structure pass (use the copydesk processor)`)
    const merged = mergeOptions(name, given, definition.defaults)
    const options = definition.options ? definition.options(merged) : merged
    const {location, locale} = page
    const context: RuleContext<Options> = {
      page,
      file,
      options,
      locale,
      at: (offset) => location.label(offset),
      report(span, reason, extra = {}) {
        const message = file.message(reason[locale], {
          place: location.toPosition(span.start, span.end),
          ruleId: name,
          source: 'copydesk'
        })
        message.url = url
        const actual = extra.actual ?? page.value.slice(span.start, span.end)
        message.actual = actual
        if (extra.expected) message.expected = extra.expected
        if (extra.cause) {
          const causeReason = extra.cause.note?.[locale] ?? (locale === 'zh' ? '另一处' : 'the other place')
          const cause = new VFileMessage(causeReason, {
            place: location.toPosition(extra.cause.start, extra.cause.end),
            ruleId: name,
            source: 'copydesk'
          })
          cause.file = file.path ?? ''
          message.cause = cause
        }
        if (extra.data) Object.assign(message, {data: extra.data})
        if (extra.info) informational.add(message)
        return message
      }
    }
    check(context)
  })

  const plugin = function (this: unknown, config?: unknown): Transformer<Root> | undefined {
    const transform = (base as (config: unknown) => Transformer<Root> | undefined)(normalizeSeverity(config))
    if (!transform) return undefined
    return function (tree, file, next) {
      const before = file.messages.length
      const done = (error?: Error | null): void => {
        for (const message of file.messages.slice(before)) {
          if (informational.has(message) && message.fatal === false) message.fatal = undefined
        }
        next(error ?? undefined)
      }
      ;(transform as (tree: Root, file: VFile, next: (error?: Error | null) => void) => void)(tree, file, done)
    } as Transformer<Root>
  }
  Object.defineProperty(plugin, 'name', {value: `copydesk:${name}`})
  Object.defineProperty(plugin, 'meta', {value: definition})
  return plugin as unknown as CopydeskRule
}
