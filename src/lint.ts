import {VFile, type Compatible} from 'vfile'
import type {PresetRules} from './presets.js'
import {processor} from './processor.js'

export interface LintOptions {
  /** `zh` (default) or `en`. */
  locale?: 'zh' | 'en'
  /** `recommended` (default), `all` or `none`. */
  preset?: string
  /** Rule configuration, by name: `{"list-numbering": "off"}`. */
  rules?: PresetRules
  /** Refuse inputs above this many bytes (default 16 MiB). */
  maxBytes?: number
}

/**
 * Lint a page.  Resolves with the file and its messages; input that cannot
 * be linted (empty, binary…) resolves with one fatal message, never rejects.
 */
export async function lint(input: Compatible, options: LintOptions = {}): Promise<VFile> {
  const file = input instanceof VFile ? input : new VFile(input)
  const settings = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined))
  try {
    await processor().data('settings', settings).process(file)
  } catch (error) {
    // Input errors are already on the file as fatal messages; anything else is added.
    if (!file.messages.some((message) => message === error)) {
      const message = file.message(error instanceof Error ? error.message : String(error), {source: 'copydesk', ruleId: 'internal-error'})
      message.fatal = true
    }
  }
  return file
}
