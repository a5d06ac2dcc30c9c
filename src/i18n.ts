/**
 * Messages exist in Simplified Chinese (the default) and English.
 *
 * Choose English with the `locale` setting: `"settings": {"locale": "en"}`
 * in `.copydeskrc`, `--lang en` on the command line, or
 * `lint(text, {locale: 'en'})` in the API.
 */
export type Locale = 'zh' | 'en'

/** A text in both languages. */
export interface Bilingual {
  zh: string
  en: string
}

export const DEFAULT_LOCALE: Locale = 'zh'

/** Read a locale setting; anything unknown falls back to Chinese. */
export function resolveLocale(value: unknown): Locale {
  if (typeof value !== 'string') return DEFAULT_LOCALE
  return /^en\b/i.test(value) ? 'en' : DEFAULT_LOCALE
}

export function pick(text: Bilingual, locale: Locale): string {
  return text[locale]
}

/**
 * Quote copy inside a message: 「…」 in Chinese messages, “…” in English ones
 * (the copy itself is Chinese either way), shortened to `max` characters.
 */
export function quoted(text: string, locale: Locale, max = 24): string {
  const short = shorten(text, max)
  return locale === 'zh' ? `「${short}」` : `“${short}”`
}

/** Quote copy for both languages at once. */
export function quotedBoth(text: string, max = 24): Bilingual {
  return {zh: quoted(text, 'zh', max), en: quoted(text, 'en', max)}
}

/** Trim and fold white space, keeping head and tail: O(max), whatever the length of `text`. */
function shorten(text: string, max: number): string {
  const fold = (part: string): string => part.replace(/\s+/g, ' ')
  const trim = /^[\s\u3000\u200b\ufeff]+|[\s\u3000\u200b\ufeff]+$/gu
  if (text.length <= max * 2) {
    const whole = fold(text.replace(trim, ''))
    if (whole.length <= max) return whole
  }
  const head = Math.ceil((max * 2) / 3)
  const tail = max - head - 1
  const start = fold(text.slice(0, head * 2).replace(trim, '')).slice(0, head)
  const end = fold(text.slice(-tail * 2).replace(trim, ''))
  return start + '…' + end.slice(end.length - tail)
}
