/**
 * `paired-punctuation`: quotes, brackets and 书名号 that are unmatched or
 * mis-nested within a paragraph.
 */
import {quotedBoth} from '../src/i18n.js'
import {defineRule} from '../src/rule.js'

/** Opening mark → the closing marks that end it (full- and half-width brackets close each other). */
const PAIRS: Record<string, string> = {
  '“': '”',
  '‘': '’',
  '（': '）)',
  '(': ')）',
  '【': '】',
  '《': '》',
  '〈': '〉',
  '「': '」',
  '『': '』',
  '［': '］]',
  '[': ']］',
  '〔': '〕'
}

const CLOSERS = new Map<string, string[]>()
for (const [open, closes] of Object.entries(PAIRS)) {
  for (const close of closes) CLOSERS.set(close, [...(CLOSERS.get(close) ?? []), open])
}

/** Every mark of a pair, as a code unit: the scan asks this of every character, without making a string of each. */
const MARK_CODES = new Set([...Object.keys(PAIRS), ...CLOSERS.keys()].map((mark) => mark.charCodeAt(0)))

/** The closing mark an opener expects, as the message names it. */
function closerOf(open: string): string {
  return (PAIRS[open] ?? '')[0] ?? ''
}

function isAsciiLetter(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z]/.test(char)
}

/** `1)`, `a)`, `三）` at the start of a clause: a list label, not a stray bracket. */
const LABEL_BEFORE = /(?:^|[\s。；;：:！？!?，,])[\dA-Za-z一二三四五六七八九十]{1,3}$/u

interface Open {
  char: string
  offset: number
}

const pairedPunctuation = defineRule<Record<string, never>>({
  name: 'paired-punctuation',
  defaults: {},
  docs: {
    summary: {
      zh: '引号、括号、书名号须成对且不交叉',
      en: 'Quotes, brackets and 书名号 come in pairs and do not cross'
    },
    description: `Within a paragraph, every opening quote (“ ‘), bracket (（ ( 【 ［ 〔) and 书名号 (《 〈) needs its closing mark, and pairs nest without crossing (GB/T 15834-2011, 4.1, 4.8, 4.15).

Truncated or merged paragraphs leave unpaired marks behind: \`宜业、宜游城市核心区。”\` starts with a closing quote whose opening quote was lost with the start of the paragraph. The rule reports:

- an opening mark that the paragraph never closes, at the mark;
- a closing mark with no opening mark before it in the paragraph;
- crossed pairs, such as \`《人民日报（海外版》）\`, once, naming where the inner mark opened.

It leaves alone: a quotation that runs over several paragraphs (each paragraph opens with “ and only the last one closes), list labels such as \`1)\` and \`a)\`, and apostrophes between Latin letters (\`it’s\`). Full-width and half-width brackets close each other: mixing widths is not this rule's concern.`,
    descriptionZh: `同一段落内，前引号（“ ‘）、前括号（（ ( 【 ［ 〔）和前书名号（《 〈）都须有对应的后标号，且成对标号不得交叉（GB/T 15834-2011 第 4.1、4.8、4.15 条）。

段落被截断或拼接后常留下不成对的标号：\`宜业、宜游城市核心区。”\` 以后引号开头，前引号已随段首一起丢失。本规则报告：未闭合的前标号、没有前标号的后标号、交叉的成对标号。

不报告：跨段引文（每段以“开头，只有末段闭合）、\`1)\` \`a)\` 之类的序号、拉丁字母之间的撇号（\`it’s\`）。全角与半角括号可以互相闭合。`
  },
  examples: [
    {
      title: 'balanced quotes, brackets and 书名号',
      titleZh: '成对的引号、括号、书名号',
      text: '报告指出：“加快建设《示范区规划（2021—2025年）》确定的项目。”\n'
    },
    {
      title: 'a quotation over two paragraphs',
      titleZh: '跨段引文',
      text: '他说：“第一段话没有后引号。\n\n“第二段话到这里才结束。”\n'
    },
    {
      title: 'half-width brackets (NFKC-normalised copy) and list labels',
      titleZh: '半角括号与序号',
      text: '本报讯(记者张明)今天上午,会议提出:1)加快建设;2)完善功能。\n'
    },
    {
      title: 'a closing quote whose opening was cut off',
      titleZh: '段首残留的后引号',
      text: '宜业、宜游城市核心区。”示范区绘好城乡发展蓝图。\n',
      messages: ['1:12-1:13: 多余的后引号「”」：本段在它之前没有对应的前引号「“」（「宜业、宜游城市核心区。”」）'],
      messagesEn: ['1:12-1:13: Unmatched closing quote ”: no opening “ before it in this paragraph (“宜业、宜游城市核心区。””)']
    },
    {
      title: 'an opening quote left open by a cut paragraph',
      titleZh: '段尾未闭合的前引号',
      text: '报告指出：“整体开发打造示范区组团，打造宜居、\n\n示范区审计局喜获省级表彰\n',
      messages: ['1:6-1:7: 未闭合的前引号「“」：段落结束前缺少后引号「”」（「“整体开发打造示范区组团，打造宜居、」）'],
      messagesEn: ['1:6-1:7: Unclosed opening quote “: the paragraph ends without the closing ” (““整体开发打造示范区组团，打造宜居、”)']
    },
    {
      title: 'crossed pairs',
      titleZh: '交叉的标号',
      text: '他订阅了《人民日报（海外版》）。\n',
      messages: ['1:10-1:11: 标号交叉：1:10 的「（」尚未闭合，「》」就在 1:14 闭合了；应先闭合「（」'],
      messagesEn: ['1:10-1:11: Crossed marks: （ opened at 1:10 is still open when 》 closes at 1:14; close （ first']
    }
  ],
  check({page, report, at}) {
    const {blocks, value} = page
    for (const [blockIndex, block] of blocks.entries()) {
      const stack: Open[] = []
      const text = block.text
      for (let index = 0; index < text.length; index++) {
        if (!MARK_CODES.has(text.charCodeAt(index))) continue
        const char = text[index] as string
        if (char in PAIRS) {
          stack.push({char, offset: block.start + index})
          continue
        }
        const openers = CLOSERS.get(char)
        if (!openers) continue
        if (char === '’' && isAsciiLetter(text[index - 1]) && isAsciiLetter(text[index + 1])) continue

        let match = -1
        for (let depth = stack.length - 1; depth >= 0; depth--) {
          if (openers.includes((stack[depth] as Open).char)) {
            match = depth
            break
          }
        }

        const offset = block.start + index
        if (match === -1) {
          if ((char === ')' || char === '）') && LABEL_BEFORE.test(text.slice(Math.max(0, index - 6), index))) continue
          const opening = openers[0] as string
          const where = quotedBoth(text.slice(Math.max(0, index - 23), index + 1))
          report(
            {start: offset, end: offset + 1},
            {
              zh: `多余的后${markNameZh(char)}「${char}」：本段在它之前没有对应的前${markNameZh(char)}「${opening}」（${where.zh}）`,
              en: `Unmatched closing ${markNameEn(char)} ${char}: no opening ${opening} before it in this paragraph (${where.en})`
            }
          )
          continue
        }

        // Marks opened inside the matched pair but not closed: crossed pairs.
        for (const inner of stack.slice(match + 1)) {
          report(
            {start: inner.offset, end: inner.offset + 1},
            {
              zh: `标号交叉：${at(inner.offset)} 的「${inner.char}」尚未闭合，「${char}」就在 ${at(offset)} 闭合了；应先闭合「${inner.char}」`,
              en: `Crossed marks: ${inner.char} opened at ${at(inner.offset)} is still open when ${char} closes at ${at(offset)}; close ${inner.char} first`
            },
            {cause: {start: offset, end: offset + 1}}
          )
        }
        stack.splice(match, 1)
      }

      const next = blocks[blockIndex + 1]
      const continuesQuotation = next !== undefined && /^[\s\u3000]*[“‘「『]/u.test(next.text)
      for (const open of stack) {
        if (continuesQuotation && '“‘「『'.includes(open.char)) continue
        const closing = closerOf(open.char)
        const after = quotedBoth(value.slice(open.offset, block.end))
        report(
          {start: open.offset, end: open.offset + 1},
          {
            zh: `未闭合的前${markNameZh(open.char)}「${open.char}」：段落结束前缺少后${markNameZh(open.char)}「${closing}」（${after.zh}）`,
            en: `Unclosed opening ${markNameEn(open.char)} ${open.char}: the paragraph ends without the closing ${closing} (${after.en})`
          }
        )
      }
    }
  }
})

function markNameZh(char: string): string {
  if ('“”‘’「」『』'.includes(char)) return '引号'
  if ('《》〈〉'.includes(char)) return '书名号'
  return '括号'
}

function markNameEn(char: string): string {
  if ('“”‘’「」『』'.includes(char)) return 'quote'
  if ('《》〈〉'.includes(char)) return 'title mark'
  return 'bracket'
}

export default pairedPunctuation
