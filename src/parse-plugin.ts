import type {Root} from 'nlcst'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import {resolveLocale} from './i18n.js'
import {checkInput} from './input.js'
import {parseChinese} from './parser.js'
import {toString} from 'nlcst-to-string'

export interface CopydeskSettings {
  /** `zh` (default) or `en`: the language of messages. */
  locale?: string
  /** Files above this many bytes are refused (default 16 MiB). */
  maxBytes?: number
}

/** The settings of a processor, as configured (`settings` in `.copydeskrc`). */
export function settingsOf(processor: {data: (key: 'settings') => unknown}): CopydeskSettings {
  return (processor.data('settings') ?? {}) as CopydeskSettings
}

/** unified parser plugin: text to nlcst with the Chinese-aware parser. */
export const copydeskParse: Plugin<[], string, Root> = function () {
  const processor = this as unknown as Processor<Root>
  processor.parser = function (document: string, file: VFile): Root {
    const settings = settingsOf(processor)
    checkInput(file, document, {maxBytes: settings.maxBytes, locale: resolveLocale(settings.locale)})
    return parseChinese(document)
  }
  // The compiler prints the tree back: the text is never changed, but the
  // engine can still write files (`--output`) as with any unified processor.
  processor.compiler = function (tree): string {
    return toString(tree as Root)
  }
}
