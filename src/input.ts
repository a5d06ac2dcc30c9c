/**
 * Input that cannot be linted gets one clear, fatal message for its file
 * (never a stack trace): empty or blank text, binary data, invalid UTF-8,
 * and files above the size limit.
 */
import fs from 'node:fs'
import type {VFile} from 'vfile'
import {countTextChars} from './chinese.js'
import type {Bilingual, Locale} from './i18n.js'

/** Default size limit: 16 MiB of UTF-8, comfortably above the largest real page. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024

const decoder = new TextDecoder('utf-8', {fatal: true})

function fail(file: VFile, reason: Bilingual, locale: Locale, ruleId: string): never {
  const message = file.message(reason[locale], {ruleId, source: 'copydesk'})
  message.fatal = true
  // Reporters print a message's stack when it has one: this is no crash.
  message.stack = ''
  throw message
}

export interface InputSettings {
  maxBytes?: number
  locale: Locale
}

export function checkInput(file: VFile, document: string, {maxBytes = DEFAULT_MAX_BYTES, locale}: InputSettings): void {
  let raw = file.value
  // unified-engine decodes files as UTF-8, turning invalid bytes into U+FFFD:
  // where one appears, look at the bytes on disk to tell bad encoding apart.
  if ((typeof raw === 'string' || raw === undefined) && document.includes('\uFFFD') && file.path && fs.existsSync(file.path)) {
    raw = fs.readFileSync(file.path)
  }
  const bytes = typeof raw === 'string' || raw === undefined ? Buffer.byteLength(document) : raw.byteLength
  if (bytes > maxBytes) {
    const size = (bytes / 1048576).toFixed(1)
    const limit = (maxBytes / 1048576).toFixed(1)
    fail(
      file,
      {
        zh: `文件过大：${size} MB，超过 ${limit} MB 的上限（设置项 \`maxBytes\`）；请拆分版面或调高上限`,
        en: `File too large: ${size} MB, above the limit of ${limit} MB (setting \`maxBytes\`); split the page or raise the limit`
      },
      locale,
      'input-too-large'
    )
  }
  if (raw !== undefined && typeof raw !== 'string') {
    if (raw.includes(0)) {
      fail(file, {zh: '二进制文件：含有 NUL 字节，不是文本；请提供 UTF-8 纯文本', en: 'Binary file: it contains NUL bytes and is not text; give copydesk plain UTF-8 text'}, locale, 'input-binary')
    }
    try {
      decoder.decode(raw)
    } catch {
      fail(
        file,
        {
          zh: '编码无效：文件不是 UTF-8 文本（可用 `iconv -f gb18030 -t utf-8` 等转换）',
          en: 'Invalid UTF-8: the file is not UTF-8 text (convert it, e.g. from GB 18030, with `iconv -f gb18030 -t utf-8`)'
        },
        locale,
        'input-encoding'
      )
    }
  } else if (document.includes('\u0000')) {
    fail(file, {zh: '二进制输入：含有 NUL 字符，不是文本', en: 'Binary input: it contains NUL characters and is not text'}, locale, 'input-binary')
  }
  if (countTextChars(document) === 0) {
    fail(
      file,
      document.length === 0
        ? {zh: '空文件：没有可检查的文字', en: 'Empty file: there is no text to check'}
        : {zh: '空白文件：只有空白或标点，没有可检查的文字', en: 'Blank file: it holds only white space or punctuation, no text to check'},
      locale,
      'input-empty'
    )
  }
}
