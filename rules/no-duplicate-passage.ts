/**
 * `no-duplicate-passage`: a paragraph, a block of paragraphs or a sentence
 * printed twice on a page, exactly or nearly.
 *
 * Units are the sentences of body paragraphs and whole list-label lines.
 * Exact repeats are found by hashing folded text (whole paragraphs and
 * sentences); near repeats by winnowed character 5-gram fingerprints, an
 * index of earlier units, and a bounded diff on the few candidates.  A
 * repeat grows over neighbouring units that repeat the neighbours of the
 * first copy, so a label with its body, or a paragraph, is one message.
 */
import {countTextChars, foldForComparison, trimAll} from '../src/chinese.js'
import {quotedBoth} from '../src/i18n.js'
import {defineRule, type Span} from '../src/rule.js'
import type {Block, Page} from '../src/structure.js'
import {similarity, winnow} from '../src/text-similarity.js'

export interface Options {
  /** Shortest passage, in characters of text, that counts as a repeat on its own. */
  minChars: number
  /** Similarity (0.5–1) from which two passages count as the same text. */
  similarity: number
  /** Texts never flagged: literal strings (whole passage), or `/regex/flags` sources. */
  allow: string[]
}

const DEFAULTS: Options = {minChars: 15, similarity: 0.85, allow: []}

/** Similarity from which a neighbour of a found repeat joins it (a sentence with a new opening). */
const EXTEND_SIMILARITY = 0.6
/** Neighbours shorter than this (characters of text) join a repeat only when exactly equal. */
const EXTEND_MIN_CHARS = 8
/** Fingerprints shared by more earlier units than this are formulas, not evidence. */
const MAX_POSTINGS = 24
/** Candidates verified per unit. */
const MAX_CANDIDATES = 4

interface Unit {
  start: number
  end: number
  block: number
  /** Text folded for comparison. */
  key: string
  chars: number
  allowed: boolean
  /** A list-label line: joins a repeat of its body, never counts alone (a label may restate its body). */
  label: boolean
}

interface Match {
  first: number
  score: number
}

type Matcher = (text: string, folded: string) => boolean

function parseOptions(given: unknown, defaults: Options): Options {
  if (given === undefined || given === null) return defaults
  if (typeof given !== 'object' || Array.isArray(given)) {
    throw new TypeError(`no-duplicate-passage: expected an options object, not \`${JSON.stringify(given)}\``)
  }
  const options = {...defaults, ...(given as Partial<Options>)}
  for (const key of Object.keys(given)) {
    if (!(key in defaults)) throw new Error(`no-duplicate-passage: unknown option \`${key}\` (known: minChars, similarity, allow)`)
  }
  if (!Number.isInteger(options.minChars) || options.minChars < 1) {
    throw new Error(`no-duplicate-passage: \`minChars\` must be a positive integer, not \`${JSON.stringify(options.minChars)}\``)
  }
  if (typeof options.similarity !== 'number' || !(options.similarity >= 0.5 && options.similarity <= 1)) {
    throw new Error(`no-duplicate-passage: \`similarity\` must be a number from 0.5 to 1, not \`${JSON.stringify(options.similarity)}\``)
  }
  if (!Array.isArray(options.allow) || options.allow.some((entry) => typeof entry !== 'string')) {
    throw new Error(`no-duplicate-passage: \`allow\` must be a list of strings, not \`${JSON.stringify(options.allow)}\``)
  }
  compileAllow(options.allow)
  return options
}

const compiled = new WeakMap<string[], Matcher[]>()

/** `/source/flags` entries are regular expressions; anything else must equal the whole passage (after folding). */
function compileAllow(allow: string[]): Matcher[] {
  const cached = compiled.get(allow)
  if (cached) return cached
  const matchers = allow.map((entry): Matcher => {
    const regex = /^\/(.+)\/([dgimsuvy]*)$/su.exec(entry)
    if (regex) {
      let expression: RegExp
      try {
        expression = new RegExp(regex[1] as string, (regex[2] as string).replace(/[gy]/g, ''))
      } catch (error) {
        throw new Error(`no-duplicate-passage: invalid regular expression in \`allow\`: ${entry} (${(error as Error).message})`)
      }
      return (text) => expression.test(text)
    }
    const folded = foldForComparison(entry)
    return (_text, key) => key === folded
  })
  compiled.set(allow, matchers)
  return matchers
}

/** Whether a block's text takes part: bylines, headlines, captions and boilerplate recur legitimately. */
function takesPart(block: Block): boolean {
  return block.role === 'body' || block.role === 'list-label'
}

function makeUnit(page: Page, block: Block, start: number, end: number, allow: Matcher[]): Unit | undefined {
  const raw = page.value.slice(start, end)
  const text = trimAll(raw)
  if (text.length === 0) return undefined
  const offset = start + raw.indexOf(text)
  const key = foldForComparison(text)
  return {
    start: offset,
    end: offset + text.length,
    block: block.index,
    key,
    chars: countTextChars(text),
    allowed: allow.some((matches) => matches(text, key)),
    label: block.role === 'list-label'
  }
}

/** The units of the page in reading order: sentences of body paragraphs, whole list labels. */
function unitsOf(page: Page, allow: Matcher[]): {units: Unit[]; firstUnit: Map<number, number>} {
  const units: Unit[] = []
  const firstUnit = new Map<number, number>()
  for (const block of page.blocks) {
    if (!takesPart(block)) continue
    firstUnit.set(block.index, units.length)
    if (block.role === 'list-label') {
      const unit = makeUnit(page, block, block.start, block.end, allow)
      if (unit) units.push(unit)
      continue
    }
    // A lead byline (`本报讯(记者张明)`) is a unit of its own: too short to count alone, it joins a repeated lead paragraph.
    const from = block.bodyStart ?? block.start
    if (block.bodyStart !== undefined) {
      const unit = makeUnit(page, block, block.start, block.bodyStart, allow)
      if (unit) units.push(unit)
    }
    for (const child of block.node.children) {
      if (child.type !== 'SentenceNode') continue
      const start = child.position?.start.offset ?? 0
      const end = child.position?.end.offset ?? 0
      if (end <= from) continue
      const unit = makeUnit(page, block, Math.max(start, from), end, allow)
      if (unit) units.push(unit)
    }
  }
  return {units, firstUnit}
}

const noDuplicatePassage = defineRule<Options>({
  name: 'no-duplicate-passage',
  defaults: DEFAULTS,
  options: parseOptions,
  docs: {
    summary: {
      zh: '同一版面上的段落或句子不得重复排印（完全相同或几乎相同）',
      en: 'No paragraph or sentence printed twice on a page, exactly or nearly'
    },
    description: `A passage printed twice is among the costliest errors a page can carry: newspaper quality rules count every repeated sentence or paragraph, and layout extraction produces repeats constantly (a story continued twice, a list item pasted again, an edited version left beside the original).

The rule compares the sentences of body paragraphs and the list-label lines of the whole page, across articles, and reports each repeat **once, on the later copy**, covering the whole repeated stretch: a label with its body printed twice is one message, not two. The reason names where the first copy starts (\`line:column\`) and the first copy is attached as \`cause\`.

- **Exact repeats**: a paragraph, a run of consecutive paragraphs, or a sentence that appears again anywhere on the page. Text is compared after folding half- and full-width punctuation and digits and removing white space, so an NFKC-normalised copy matches its original. The message offers removal of the later copy (\`expected: ['']\`).
- **Near repeats**: a copy with a few characters inserted, deleted or changed, or a sentence repeated with a new opening. Two passages are the same text when the Dice coefficient of their longest common subsequence, \`2·LCS / (length₁ + length₂)\`, reaches \`similarity\`. Once a repeat is found, the sentences around it join it when they are at least 60% similar to the sentences around the first copy, so a sentence whose opening was rewritten beside an exact repeat belongs to the same message. Near repeats offer no automatic fix: the editor chooses which version stays.

Candidates come from an index of winnowed character 5-gram fingerprints (fingerprints shared by many passages are formulas and are ignored), and each candidate pair is verified with a diff that stops as soon as the pair cannot reach the threshold: the rule runs in linear time and never compares all pairs.

It leaves alone: headlines (a running feature repeats its title), bylines, datelines and lead bylines such as \`本报讯(记者张明)\`, captions and boilerplate; passages shorter than \`minChars\` characters of text that do not belong to a longer repeat (\`报告指出：\`, a list label alone, a title before a name); text repeated only inside a longer sentence; and anything matching \`allow\`.`,
    descriptionZh: `同一内容重复排印是版面上代价最高的差错之一：报纸差错标准对每一处重复的句子或段落都要计错，而版面抽取又经常造成重复（续文排了两遍、列表条目重复粘贴、修改稿与原稿并存）。

本规则比较整个版面（跨稿件）正文段落中的句子以及列表标题行，每一处重复只在**后一处**报告一次，覆盖整段重复的文字：小标题连同正文重复，只报一条。说明中给出第一处的位置（\`行:列\`），并把第一处作为 \`cause\` 附上。

- **完全重复**：段落、连续的几个段落或句子在版面上再次出现。比较前统一全角、半角标点和数字，去掉空白，因此经 NFKC 规范化的副本也能与原文对上。建议删去后一处（\`expected: ['']\`）。
- **近似重复**：增、删、改了少数字的副本，或换了开头重复的句子。两段文字最长公共子序列的 Dice 系数 \`2·LCS/(长度₁+长度₂)\` 达到 \`similarity\` 即视为相同。找到重复后，前后相邻的句子与第一处相邻句子的相似度达到 60% 的也并入同一条，因此紧挨完全重复句、只改了开头的句子算同一处重复。近似重复不给自动修改：保留哪一版由编辑决定。

候选对来自字符 5 元组指纹（winnowing）索引（出现在很多段落里的指纹是套话，忽略），每个候选对用一旦达不到阈值就停止的差分核实：线性时间，从不两两比较所有段落。

不报告：标题（栏目标题会重复）、署名、电头和 \`本报讯(记者张明)\` 之类的导语署名、图片说明和版权声明等固定用语；不属于更长重复、又短于 \`minChars\` 个文字的片段（\`报告指出：\`、单独的小标题、人名前的职务）；只在更长句子内部重复的文字；与 \`allow\` 相符的文字。`,
    options: `An object:

- \`minChars\` (integer, default \`${DEFAULTS.minChars}\`): the shortest passage, in characters of text (Han characters, letters and digits; punctuation and spaces do not count), that is reported as a repeat on its own. Shorter passages are reported only as part of a longer repeat, such as a list label printed again with its body.
- \`similarity\` (number from 0.5 to 1, default \`${DEFAULTS.similarity}\`): how alike two passages must be to count as the same text, as \`2·LCS / (length₁ + length₂)\` on the folded text. \`1\` reports exact repeats only.
- \`allow\` (list of strings, default \`[]\`): passages never reported. A string written \`/source/flags\` is a regular expression tested against each sentence or label line; any other string must equal the whole sentence or label line (compared after folding widths and removing spaces).

\`\`\`json
{"plugins": [["copydesk/rules/no-duplicate-passage", ["warn", {"minChars": 20, "allow": ["欢迎扫码关注本报客户端。", "/^来源[:：]/u"]}]]]}
\`\`\``,
    presets: 'On in `recommended` as a warning.'
  },
  examples: [],
  check({page, options, report, at}) {
    const allow = compileAllow(options.allow)
    const {units, firstUnit} = unitsOf(page, allow)
    const matches = findMatches(page, units, firstUnit, options)
    const covered = new Uint8Array(units.length)
    const bounds = new Map<number, Span>()
    for (const block of page.blocks) bounds.set(block.index, trimmedSpan(block))

    for (let index = 0; index < units.length; index++) {
      const match = matches[index]
      if (!match || covered[index]) continue
      let laterStart = index
      let laterEnd = index
      let firstStart = match.first
      let firstEnd = match.first
      let exact = match.score === 1 && (units[index] as Unit).key === (units[match.first] as Unit).key

      // Grow backwards over neighbours that repeat the first copy's neighbours.
      while (laterStart - 1 > firstEnd && firstStart - 1 >= 0 && !covered[laterStart - 1]) {
        const later = units[laterStart - 1] as Unit
        const first = units[firstStart - 1] as Unit
        if (!adjacent(later, units[laterStart] as Unit) || !adjacent(first, units[firstStart] as Unit)) break
        if (!compatible(later, first)) break
        laterStart--
        firstStart--
        if (later.key !== first.key) exact = false
      }
      // And forwards.
      while (laterEnd + 1 < units.length && firstEnd + 1 < laterStart) {
        const later = units[laterEnd + 1] as Unit
        const first = units[firstEnd + 1] as Unit
        if (!adjacent(units[laterEnd] as Unit, later) || !adjacent(units[firstEnd] as Unit, first)) break
        if (!compatible(later, first)) break
        laterEnd++
        firstEnd++
        if (later.key !== first.key) exact = false
      }
      for (let covering = laterStart; covering <= laterEnd; covering++) covered[covering] = 1

      const start = (units[laterStart] as Unit).start
      const end = (units[laterEnd] as Unit).end
      const cause = {start: (units[firstStart] as Unit).start, end: (units[firstEnd] as Unit).end}
      const startBlock = (units[laterStart] as Unit).block
      const endBlock = (units[laterEnd] as Unit).block
      const whole = bounds.get(startBlock)?.start === start && bounds.get(endBlock)?.end === end
      const paragraphs = endBlock - startBlock + 1
      const what = !whole
        ? {zh: '句子', en: laterEnd > laterStart ? 'sentences' : 'sentence'}
        : paragraphs > 1
          ? {zh: ` ${paragraphs} 段`, en: `${paragraphs} paragraphs`}
          : {zh: '段落', en: 'paragraph'}
      const text = quotedBoth(page.value.slice(start, end))
      const where = at(cause.start)
      // How alike the two stretches are as wholes (the run joined neighbours at 60%).
      const score = exact ? 1 : similarity(foldForComparison(page.value.slice(start, end)), foldForComparison(page.value.slice(cause.start, cause.end)), EXTEND_SIMILARITY)
      const percent = Math.floor(score * 100)
      const reason = exact
        ? {
            zh: `重复的${what.zh}${text.zh}：与 ${where} 处的文字完全相同，应删去这一处`,
            en: `Repeated ${what.en} ${text.en}: the same text already appears at ${where}; remove this copy`
          }
        : {
            zh: `近似重复的${what.zh}${text.zh}：与 ${where} 处的文字几乎相同（相似度 ${percent}%），疑为同一内容排了两次`,
            en: `Nearly repeated ${what.en} ${text.en}: almost the same as the text at ${where} (${percent}% similar); probably printed twice`
          }
      report({start, end}, reason, {
        cause: {...cause, note: {zh: '第一处', en: 'first copy'}},
        ...(exact ? {expected: ['']} : {}),
        data: {similarity: Math.round(score * 1000) / 1000, first: cause}
      })
    }

    function compatible(later: Unit, first: Unit): boolean {
      if (later.allowed || first.allowed) return false
      if (later.key === first.key) return true
      if (later.chars < EXTEND_MIN_CHARS || first.chars < EXTEND_MIN_CHARS || options.similarity === 1) return false
      return similarity(later.key, first.key, EXTEND_SIMILARITY) > 0
    }
  }
})

/** The paragraph without its surrounding white space. */
function trimmedSpan(block: Block): Span {
  const content = trimAll(block.text)
  const start = block.start + (content.length === 0 ? 0 : block.text.indexOf(content))
  return {start, end: start + content.length}
}

/** Two units in reading order with nothing between them but a paragraph break. */
function adjacent(before: Unit, after: Unit): boolean {
  return after.block === before.block || after.block === before.block + 1
}

/**
 * For each unit, the earlier unit it repeats, if it is long enough to count
 * on its own: a whole paragraph equal to an earlier one, an equal sentence,
 * or a sentence at least `similarity` alike to an earlier one.
 */
function findMatches(page: Page, units: Unit[], firstUnit: Map<number, number>, options: Options): Array<Match | undefined> {
  const matches: Array<Match | undefined> = new Array(units.length)

  // Whole paragraphs: a paragraph of short sentences repeated counts by its length.
  const paragraphs = new Map<string, number>()
  for (const block of page.blocks) {
    if (block.role !== 'body' || block.chars < options.minChars) continue
    const from = firstUnit.get(block.index)
    if (from === undefined) continue
    const key = foldForComparison(block.text)
    const earlier = paragraphs.get(key)
    if (earlier === undefined) {
      paragraphs.set(key, block.index)
      continue
    }
    const earlierFrom = firstUnit.get(earlier) as number
    for (let unit = from, other = earlierFrom; unit < units.length && (units[unit] as Unit).block === block.index; unit++, other++) {
      if (!(units[unit] as Unit).allowed) matches[unit] = {first: other, score: 1}
    }
  }

  const sentences = new Map<string, number>()
  const postings = new Map<number, number[]>()
  const counts = new Map<number, number>()
  for (let index = 0; index < units.length; index++) {
    const unit = units[index] as Unit
    if (unit.label) continue
    const earlier = sentences.get(unit.key)
    if (earlier !== undefined) {
      if (!matches[index] && !unit.allowed && unit.chars >= options.minChars) matches[index] = {first: earlier, score: 1}
      continue
    }
    sentences.set(unit.key, index)
    if (unit.chars < options.minChars || unit.allowed) continue

    const prints = winnow(unit.key)
    if (!matches[index] && options.similarity < 1) {
      counts.clear()
      for (const print of prints) {
        const list = postings.get(print)
        if (!list || list.length > MAX_POSTINGS) continue
        for (const other of list) counts.set(other, (counts.get(other) ?? 0) + 1)
      }
      if (counts.size > 0) {
        const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_CANDIDATES)
        let best: Match | undefined
        for (const [other] of ranked) {
          const score = similarity(unit.key, (units[other] as Unit).key, options.similarity)
          if (score >= options.similarity && (!best || score > best.score)) best = {first: other, score}
        }
        if (best) matches[index] = best
      }
    }
    for (const print of prints) {
      const list = postings.get(print)
      if (!list) postings.set(print, [index])
      else if (list.length <= MAX_POSTINGS) list.push(index)
    }
  }
  return matches
}

export default noDuplicatePassage
