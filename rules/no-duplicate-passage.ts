/**
 * `no-duplicate-passage`: a paragraph, a block of paragraphs or a sentence
 * printed twice on a page, exactly or nearly.
 *
 * Two passes.  First whole paragraphs (robust to an edit that merges or
 * splits sentences), then the sentences of paragraphs no repeat covers yet.
 * Exact repeats are found by hashing folded text; near repeats by winnowed
 * character 5-gram fingerprints, an index of earlier units and a bounded
 * diff on the few best candidates: linear time, never all pairs.  A repeat
 * grows over neighbouring units that repeat the neighbours of the first copy
 * (a list label with its body, the rest of a paragraph, a cut-off piece), so
 * one repeat is one message.  Headlines, list labels and short units never
 * count alone; they only join a repeat.
 */
import {countTextChars, foldForComparison, trimSpan} from '../src/chinese.js'
import {quotedBoth} from '../src/i18n.js'
import {segment} from '../src/segment.js'
import {defineRule, optionError, type Span} from '../src/rule.js'

const RULE = 'no-duplicate-passage'
import type {Block, Page} from '../src/structure.js'
import {differences, FingerprintIndex, NEAR_COPY_MIN_CHARS, NEAR_COPY_SIMILARITY, similarity, winnow} from '../src/text-similarity.js'

export interface Options {
  /** Shortest passage, in characters of text, that counts as a repeat on its own. */
  minChars: number
  /** Similarity (0.5–1) from which two passages count as the same text. */
  similarity: number
  /** Texts never flagged: literal strings (whole passage), or `/regex/flags` sources. */
  allow: string[]
}

const DEFAULTS: Options = {minChars: 15, similarity: NEAR_COPY_SIMILARITY, allow: []}

/** Similarity from which a neighbour of a found repeat joins it (a sentence with a new opening). */
const EXTEND_SIMILARITY = 0.6
/** Neighbours shorter than this (characters of text) join a repeat only when exactly equal. */
const EXTEND_MIN_CHARS = 8
/** Fingerprints shared by more earlier units than this are formulas, not evidence. */
const MAX_POSTINGS = 8
/** Longest pair of passages (in UTF-16 units, together) compared for near likeness. */
const NEAR_MAX_LENGTH = 12_000
/**
 * Winnowing windows: two passages sharing 5 + window - 1 characters share a
 * fingerprint.  Sentences need 8; near copies of whole paragraphs share
 * longer runs, and sparser fingerprints keep the index small.
 */
const SENTENCE_WINDOW = 4
const PARAGRAPH_WINDOW = 8
/** Share of a unit's fingerprints a candidate must hold to be verified. */
const MIN_SHARED = 0.25
/** Candidates verified per unit. */
const MAX_CANDIDATES = 4

interface Unit {
  start: number
  end: number
  block: number
  /** Text folded for comparison, without a list label at its start. */
  key: string
  /** The list label (`3.`, `元素三 `) the unit starts with, folded, or ''. */
  prefix: string
  chars: number
  allowed: boolean
  /** Not body text (a list label or headline): joins a repeat, never counts alone (a label may restate its body). */
  label: boolean
  /**
   * A headline: never a repeat by itself (running features repeat their
   * titles); it joins a repeat when the first copy has the same one beside
   * it, or when it is the cut-off start of the repeated paragraph.
   */
  headline: boolean
  /** Compared exactly only: a one-sentence paragraph, whose near copies the sentence pass finds. */
  exactOnly: boolean
}

interface Match {
  first: number
  score: number
}

type Matcher = (text: string, folded: string) => boolean

function parseOptions(options: Options): Options {
  if (!Number.isInteger(options.minChars) || options.minChars < 1) {
    throw optionError(RULE, `\`minChars\` must be a positive integer, not \`${JSON.stringify(options.minChars)}\``)
  }
  if (typeof options.similarity !== 'number' || !(options.similarity >= 0.5 && options.similarity <= 1)) {
    throw optionError(RULE, `\`similarity\` must be a number from 0.5 to 1, not \`${JSON.stringify(options.similarity)}\``)
  }
  if (!Array.isArray(options.allow) || options.allow.some((entry) => typeof entry !== 'string')) {
    throw optionError(RULE, `\`allow\` must be a list of strings, not \`${JSON.stringify(options.allow)}\``)
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
        throw optionError(RULE, `invalid regular expression in \`allow\`: ${entry} (${(error as Error).message})`)
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
  const span = trimSpan(page.value, start, end)
  if (!span) return undefined
  const {start: offset, text} = span
  // A numbered item printed again under another number is still the same text.
  const label = block.label && offset === trimmedSpan(page, block).start && text.startsWith(block.label.text) ? block.label.text : ''
  const key = foldForComparison(text.slice(label.length))
  return {
    start: offset,
    end: offset + text.length,
    block: block.index,
    key,
    prefix: foldForComparison(label),
    chars: countTextChars(text),
    allowed: allow.some((matches) => matches(text, foldForComparison(text))),
    label: block.role !== 'body',
    headline: block.role === 'headline',
    exactOnly: false
  }
}

/** Whole paragraphs (body and list labels), in reading order. */
function paragraphsOf(page: Page, allow: Matcher[]): Unit[] {
  const units: Unit[] = []
  for (const block of page.blocks) {
    if (!takesPart(block) && block.role !== 'headline') continue
    const unit = makeUnit(page, block, block.start, block.end, allow)
    if (!unit) continue
    let sentences = 0
    for (const child of block.node.children) if (child.type === 'SentenceNode') sentences++
    unit.exactOnly = sentences <= 1 && block.bodyStart === undefined
    units.push(unit)
  }
  return units
}

/** Sentences of body paragraphs, whole list labels and headlines, in reading order. */
function sentencesOf(page: Page, allow: Matcher[]): Unit[] {
  const units: Unit[] = []
  for (const block of page.blocks) {
    if (!takesPart(block) && block.role !== 'headline') continue
    if (block.role !== 'body') {
      const unit = makeUnit(page, block, block.start, block.end, allow)
      if (unit) units.push(unit)
      continue
    }
    // A lead byline (`本报讯(记者张明)`) is a unit of its own: too short to count alone, it joins a repeated lead sentence.
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
  return units
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
- **Near repeats**: a copy with a few characters inserted, deleted or changed, or a sentence repeated with a new opening. Two passages are the same text when the Dice coefficient of their longest common subsequence, \`2·LCS / (length₁ + length₂)\`, reaches \`similarity\`. Once a repeat is found, the sentences around it join it when they are at least 60% similar to the sentences around the first copy, so a sentence whose opening was rewritten beside an exact repeat belongs to the same message; so does the other half of a copy that was cut in two. A passage is matched as a near copy on its own only from 20 characters of text, and two passages that differ only in their figures (\`一季度…增长6.2%\` / \`二季度…增长7.5%\`) are parallel statements, not copies. A numbered item printed again under another number (\`2.…\` / \`3.…\`) is a near repeat. Near repeats offer no automatic fix: the editor chooses which version stays. To help choose, the message lists where the two copies differ, with two characters of context and the place of each (\`不同之处：37:10 作「在重示指示」，25:10 作「在重要指示」\`: a typo in one copy, a figure updated in the other; the context grows by up to two characters so as not to cut a word: \`元素十五\`, not \`素十五\`), when they differ in at most three places and at most eight characters; a copy rewritten more than that is not itemised.

Candidates come from an index of winnowed character 5-gram fingerprints (fingerprints shared by many passages are formulas and are ignored), and each candidate pair is verified with a diff that stops as soon as the pair cannot reach the threshold: the rule runs in linear time and never compares all pairs.

It leaves alone: a sentence that two different articles share (a formula, a quotation), unless one copy is a whole paragraph; headlines (a running feature repeats its title; a headline only joins a repeat whose first copy has the same headline beside it, as when a whole article is printed twice), bylines, datelines and lead bylines such as \`本报讯(记者张明)\`, captions and boilerplate; passages shorter than \`minChars\` characters of text that do not belong to a longer repeat (\`报告指出：\`, a list label alone, a title before a name); text repeated only inside a longer sentence; and anything matching \`allow\`.`,
    descriptionZh: `同一内容重复排印是版面上代价最高的差错之一：报纸差错标准对每一处重复的句子或段落都要计错，而版面抽取又经常造成重复（续文排了两遍、列表条目重复粘贴、修改稿与原稿并存）。

本规则比较整个版面（跨稿件）正文段落中的句子以及列表标题行，每一处重复只在**后一处**报告一次，覆盖整段重复的文字：小标题连同正文重复，只报一条。说明中给出第一处的位置（\`行:列\`），并把第一处作为 \`cause\` 附上。

- **完全重复**：段落、连续的几个段落或句子在版面上再次出现。比较前统一全角、半角标点和数字，去掉空白，因此经 NFKC 规范化的副本也能与原文对上。建议删去后一处（\`expected: ['']\`）。
- **近似重复**：增、删、改了少数字的副本，或换了开头重复的句子。两段文字最长公共子序列的 Dice 系数 \`2·LCS/(长度₁+长度₂)\` 达到 \`similarity\` 即视为相同。找到重复后，前后相邻的句子与第一处相邻句子的相似度达到 60% 的也并入同一条，因此紧挨完全重复句、只改了开头的句子算同一处重复；被截成两段的副本的另一半也并入。单独作为近似重复比较的文字至少 20 个字；只有数字不同的两段文字（\`一季度…增长6.2%\` 与 \`二季度…增长7.5%\`）是并列的叙述，不算重复。同一条目换了序号再次出现（\`2.…\` 与 \`3.…\`）算近似重复。近似重复不给自动修改：保留哪一版由编辑决定；为便于取舍，两处不同之处不超过三处、改动不超过八个字时，消息逐一列出不同之处及其位置，各带前后两个字（\`不同之处：37:10 作「在重示指示」，25:10 作「在重要指示」\`：可能是一处有错字，也可能是另一处更新了数字；为不截断词语，前后最多再多带两个字：\`元素十五\` 而非 \`素十五\`），改动更多的视为改写，不逐一列出。

候选对来自字符 5 元组指纹（winnowing）索引（出现在很多段落里的指纹是套话，忽略），每个候选对用一旦达不到阈值就停止的差分核实：线性时间，从不两两比较所有段落。

不报告：两篇不同稿件共用的句子（套话、引语），除非其中一处是整段；标题（栏目标题会重复；只有第一处旁边也是同一标题时，例如整篇稿件排了两次，标题才并入重复）、署名、电头和 \`本报讯(记者张明)\` 之类的导语署名、图片说明和版权声明等固定用语；不属于更长重复、又短于 \`minChars\` 个文字的片段（\`报告指出：\`、单独的小标题、人名前的职务）；只在更长句子内部重复的文字；与 \`allow\` 相符的文字。`,
    options: `An object:

- \`minChars\` (integer, default \`${DEFAULTS.minChars}\`): the shortest passage, in characters of text (Han characters, letters and digits; punctuation and spaces do not count), that is reported as a repeat on its own. Shorter passages are reported only as part of a longer repeat, such as a list label printed again with its body.
- \`similarity\` (number from 0.5 to 1, default \`${DEFAULTS.similarity}\`): how alike two passages must be to count as the same text, as \`2·LCS / (length₁ + length₂)\` on the folded text. \`1\` reports exact repeats only.
- \`allow\` (list of strings, default \`[]\`): passages never reported. A string written \`/source/flags\` is a regular expression tested against each sentence or label line; any other string must equal the whole sentence or label line (compared after folding widths and removing spaces).

\`\`\`json
{"settings": {"rules": {"no-duplicate-passage": ["warn", {"minChars": 20, "allow": ["欢迎扫码关注本报客户端。", "/^来源[:：]/u"]}]}}}
\`\`\``,
    presets: 'On in `recommended` as a warning.'
  },
  examples: [
    {
      title: 'recurring bylines, formulas and short sentences',
      titleZh: '重复的署名、套语和短句',
      text: '本报讯(记者王立)市图书馆新馆昨日开放，首日接待读者三千余人。会议由副市长主持。\n\n本报讯(记者王立)市博物馆推出春节特展，展出文物两百余件。会议由副市长主持。\n\n报告指出：“推进老旧小区改造，年内完成一百个小区。”\n\n报告指出：“加快城市绿道建设，新增绿道五十公里。”\n'
    },
    {
      title: 'the headline of a running feature',
      titleZh: '栏目标题重复',
      text: '民生观察\n\n社区食堂开进老街区，六十岁以上老人就餐享受八折优惠。\n\n民生观察\n\n新建口袋公园五处，周边居民步行十分钟即可到达绿地。\n'
    },
    {
      title: 'a paragraph printed twice, once with half-width punctuation',
      titleZh: '段落重复（一处为半角标点）',
      text: '市政府召开常务会议，研究部署春季农业生产和防汛准备工作。\n\n会议要求各部门密切配合，确保各项措施落到实处。\n\n市政府召开常务会议,研究部署春季农业生产和防汛准备工作。\n',
      messages: ['5:1-5:29: 重复的段落「市政府召开常务会议,研究部署春季…防汛准备工作。」：与 1:1 处的文字完全相同，应删去这一处'],
      messagesEn: ['5:1-5:29: Repeated paragraph “市政府召开常务会议,研究部署春季…防汛准备工作。”: the same text already appears at 1:1; remove this copy']
    },
    {
      title: 'a list label and its body printed twice: one message',
      titleZh: '小标题连同正文重复：只报一条',
      text: '亮点一 城市更新\n\n报告指出：“全面启动城市更新行动，改造老旧街区十二片。”\n\n亮点二 乡村振兴\n\n报告指出：“新建高标准农田五万亩，培育特色产业村三十个。”\n\n亮点一 城市更新\n\n报告指出：“全面启动城市更新行动，改造老旧街区十二片。”\n',
      messages: ['9:1-11:29: 重复的 2 段「亮点一 城市更新 报告指出：“全…街区十二片。”」：与 1:1 处的文字完全相同，应删去这一处'],
      messagesEn: ['9:1-11:29: Repeated paragraphs (2) “亮点一 城市更新 报告指出：“全…街区十二片。””: the same text already appears at 1:1; remove this copy']
    },
    {
      title: 'an edited copy of a paragraph',
      titleZh: '改过几个字的重复段落',
      text: '新建的滨河公园占地约三百亩，园内设有健身步道、儿童乐园和观景平台。\n\n公园将于五月一日起免费向市民开放。\n\n新建的滨河公园占地约三百亩，园内建有健身步道、儿童乐园和观景平台。\n',
      messages: ['5:1-5:34: 近似重复的段落「新建的滨河公园占地约三百亩，园内…园和观景平台。」：与 1:1 处的文字几乎相同（相似度 96%），疑为同一内容排了两次；不同之处：5:15 作「园内建有健身」，1:15 作「园内设有健身」'],
      messagesEn: ['5:1-5:34: Nearly repeated paragraph “新建的滨河公园占地约三百亩，园内…园和观景平台。”: almost the same as the text at 1:1 (96% similar); probably printed twice; they differ in “园内建有健身” at 5:15, “园内设有健身” at 1:15']
    },
    {
      title: 'sentences repeated in another paragraph, the first with a new opening',
      titleZh: '在另一段中重复的句子（第一句换了开头）',
      text: '座谈会上，青年代表畅谈学习体会，讲述了扎根基层、服务群众的生动故事。大家表示，要把学习成果转化为推动工作的强大动力。\n\n会后，各支部也分别组织了学习讨论。会上，党员代表结合岗位实际，讲述了扎根基层、服务群众的生动故事。大家表示，要把学习成果转化为推动工作的强大动力。\n',
      messages: ['3:18-3:74: 近似重复的句子「会上，党员代表结合岗位实际，讲述…作的强大动力。」：与 1:1 处的文字几乎相同（相似度 84%），疑为同一内容排了两次'],
      messagesEn: ['3:18-3:74: Nearly repeated sentences “会上，党员代表结合岗位实际，讲述…作的强大动力。”: almost the same as the text at 1:1 (84% similar); probably printed twice']
    },
    {
      title: 'exact repeats only, with `similarity: 1`',
      titleZh: '`similarity: 1`：只查完全重复',
      text: '新建的滨河公园占地约三百亩，园内设有健身步道、儿童乐园和观景平台。\n\n新建的滨河公园占地约三百亩，园内建有健身步道、儿童乐园和观景平台。\n',
      options: {similarity: 1}
    },
    {
      title: 'a notice allowed to recur',
      titleZh: '允许重复的启事',
      text: '欢迎读者来信来电，反映身边的新鲜事和烦心事。\n\n全市新增公共充电桩八百个，覆盖所有街道。\n\n欢迎读者来信来电，反映身边的新鲜事和烦心事。\n',
      options: {allow: ['欢迎读者来信来电，反映身边的新鲜事和烦心事。']}
    }
  ],
  check({page, options, report, at}) {
    const allow = compileAllow(options.allow)
    const bounds = new Map<number, Span>()
    for (const block of page.blocks) bounds.set(block.index, trimmedSpan(page, block))
    const coveredBlocks = new Set<number>()

    // First whole paragraphs (robust to sentences merged or split by an edit), then sentences elsewhere.
    const paragraphs = paragraphsOf(page, allow)
    for (const run of findRuns(paragraphs, findMatches(paragraphs, options, PARAGRAPH_WINDOW), new Uint8Array(paragraphs.length), options)) {
      for (let index = run.laterStart; index <= run.laterEnd; index++) coveredBlocks.add((paragraphs[index] as Unit).block)
      flag(paragraphs, run)
    }
    const sentences = sentencesOf(page, allow)
    const covered = new Uint8Array(sentences.length)
    sentences.forEach((unit, index) => {
      if (coveredBlocks.has(unit.block)) covered[index] = 1
    })
    for (const run of findRuns(sentences, findMatches(sentences, options, SENTENCE_WINDOW, covered), covered, options)) {
      // Two stories may share a sentence (a formula, a quotation); across articles only a whole paragraph counts.
      const sameArticle = page.blocks[(sentences[run.laterStart] as Unit).block]?.article === page.blocks[(sentences[run.firstStart] as Unit).block]?.article
      if (sameArticle || whole(sentences, run.laterStart, run.laterEnd) || whole(sentences, run.firstStart, run.firstEnd)) flag(sentences, run)
    }

    /** Whether units from `from` to `to` cover whole paragraphs. */
    function whole(units: Unit[], from: number, to: number): boolean {
      const first = units[from] as Unit
      const last = units[to] as Unit
      return bounds.get(first.block)?.start === first.start && bounds.get(last.block)?.end === last.end
    }

    function flag(units: Unit[], run: Run): void {
      const start = (units[run.laterStart] as Unit).start
      const end = (units[run.laterEnd] as Unit).end
      const cause = {start: (units[run.firstStart] as Unit).start, end: (units[run.firstEnd] as Unit).end}
      const startBlock = (units[run.laterStart] as Unit).block
      const endBlock = (units[run.laterEnd] as Unit).block
      const count = endBlock - startBlock + 1
      const what = !whole(units, run.laterStart, run.laterEnd)
        ? {zh: '句子', en: run.laterEnd > run.laterStart ? 'sentences' : 'sentence'}
        : count > 1
          ? {zh: ` ${count} 段`, en: `paragraphs (${count})`}
          : {zh: '段落', en: 'paragraph'}
      const text = quotedBoth(page.value.slice(start, end))
      const where = at(cause.start)
      // How alike the two stretches are as wholes (neighbours joined at 60%).
      const score = run.exact ? 1 : runSimilarity(units, run, page)
      const percent = Math.floor(score * 100)
      // What differs, so the editor can tell which copy to keep (a typo in one of them, a figure updated in the other).
      const changes = run.exact ? {zh: '', en: ''} : describeChanges(page.value, {start, end}, cause, at)
      const reason = run.exact
        ? {
            zh: `重复的${what.zh}${text.zh}：与 ${where} 处的文字完全相同，应删去这一处`,
            en: `Repeated ${what.en} ${text.en}: the same text already appears at ${where}; remove this copy`
          }
        : {
            zh: `近似重复的${what.zh}${text.zh}：与 ${where} 处的文字几乎相同（相似度 ${percent}%），疑为同一内容排了两次${changes.zh}`,
            en: `Nearly repeated ${what.en} ${text.en}: almost the same as the text at ${where} (${percent}% similar); probably printed twice${changes.en}`
          }
      report({start, end}, reason, {
        cause: {...cause, note: {zh: '第一处', en: 'first copy'}},
        ...(run.exact ? {expected: ['']} : {}),
        data: {similarity: Math.round(score * 1000) / 1000, first: cause}
      })
    }
  }
})

/** At most this many changed stretches are listed in a message; more make a rewrite, not a slip. */
const LISTED_CHANGES = 3
/** Characters inserted or deleted beyond which the changes are not listed (a rewrite, not a slip). */
const LISTED_EDITS = 8
/** Characters of unchanged text shown on each side of a change. */
const CHANGE_CONTEXT = 2

/** At most this many characters are added to the context of a change so that it neither starts nor ends inside a word. */
const WORD_REACH = 2

/**
 * `from`…`to` moved out to the edges of the words they cut (`素十五` → `元素十五`),
 * by at most `WORD_REACH` characters each way and never over a line break.
 */
function wholeWords(text: string, from: number, to: number): [number, number] {
  const windowStart = Math.max(0, from - WORD_REACH - 4)
  const windowEnd = Math.min(text.length, to + WORD_REACH + 4)
  const edges = new Set<number>()
  let offset = windowStart
  for (const word of segment(text.slice(windowStart, windowEnd))) {
    edges.add(offset)
    offset += word.length
  }
  edges.add(offset)
  let left = from
  while (!edges.has(left) && from - left < WORD_REACH && left > 0 && text[left - 1] !== '\n') left--
  let right = to
  while (!edges.has(right) && right - to < WORD_REACH && right < text.length && text[right] !== '\n') right++
  return [edges.has(left) ? left : from, edges.has(right) ? right : to]
}

/**
 * The stretches where a near copy differs from the first copy, with a little
 * unchanged text around each (`；不同之处：37:5 作「在重示指示」，25:5 作「在重要指示」`),
 * or nothing when there are too many to list.
 */
function describeChanges(value: string, later: Span, first: Span, at: (offset: number) => string): {zh: string; en: string} {
  const a = value.slice(later.start, later.end)
  const b = value.slice(first.start, first.end)
  const found = differences(a, b, LISTED_EDITS)
  if (!found || found.length === 0 || found.length > LISTED_CHANGES) return {zh: '', en: ''}
  const widen = (text: string, start: number, end: number): [number, number] => {
    let from = start
    let to = end
    for (let step = 0; step < CHANGE_CONTEXT && from > 0 && text[from - 1] !== '\n'; step++) from--
    for (let step = 0; step < CHANGE_CONTEXT && to < text.length && text[to] !== '\n'; step++) to++
    return wholeWords(text, from, to)
  }
  // Each change with its context; changes whose context touches are shown as one.
  const shown: Array<{aFrom: number; aTo: number; bFrom: number; bTo: number}> = []
  for (const change of found) {
    const [aFrom, aTo] = widen(a, change.aStart, change.aEnd)
    // The same context on the other side: what stands before and after a change is identical in both copies.
    const bFrom = change.bStart - (change.aStart - aFrom)
    const bTo = change.bEnd + (aTo - change.aEnd)
    const last = shown[shown.length - 1]
    if (last && aFrom <= last.aTo) {
      last.aTo = aTo
      last.bTo = bTo
    } else shown.push({aFrom, aTo, bFrom, bTo})
  }
  const parts = shown.map(({aFrom, aTo, bFrom, bTo}) => {
    const here = quotedBoth(a.slice(aFrom, aTo))
    const there = quotedBoth(b.slice(bFrom, bTo))
    const herePlace = at(later.start + aFrom)
    const therePlace = at(first.start + bFrom)
    return {zh: `${herePlace} 作${here.zh}，${therePlace} 作${there.zh}`, en: `${here.en} at ${herePlace}, ${there.en} at ${therePlace}`}
  })
  return {zh: `；不同之处：${parts.map((part) => part.zh).join('；')}`, en: `; they differ in ${parts.map((part) => part.en).join('; ')}`}
}

interface Run {
  laterStart: number
  laterEnd: number
  firstStart: number
  firstEnd: number
  exact: boolean
}

/**
 * Grow each match into the longest stretch of neighbouring units that repeat
 * the neighbours of the first copy, later copies in reading order, each unit
 * in at most one run.  A neighbour that is the cut-off part of the same
 * paragraph or sentence (`…昨天` / `因病…`) joins too.
 */
function findRuns(units: Unit[], matches: Array<Match | undefined>, covered: Uint8Array, options: Options): Run[] {
  const runs: Run[] = []
  const compatible = (later: Unit, first: Unit): boolean => {
    if (later.allowed || first.allowed) return false
    if (later.key === first.key) return true
    if (later.headline || first.headline) return false
    if (later.chars < EXTEND_MIN_CHARS || first.chars < EXTEND_MIN_CHARS || options.similarity === 1) return false
    return nearness(later.key, first.key, EXTEND_SIMILARITY) > 0
  }
  /** Whether `piece` joined to `unit` (before or after) is more like `first` than `unit` alone. */
  const completes = (piece: Unit, unit: Unit, first: Unit, before: boolean): boolean => {
    if ((piece.label && !piece.headline) || piece.allowed || options.similarity === 1) return false
    const joined = before ? piece.key + unit.key : unit.key + piece.key
    const alone = nearness(unit.key, first.key, EXTEND_SIMILARITY)
    return nearness(joined, first.key, options.similarity) > alone
  }

  /** Whether `a` and `b`, neighbours in the first copy next to `anchor`, together are more like `later` than `a` alone. */
  const firstCut = (later: Unit, a: Unit | undefined, b: Unit | undefined, anchor: Unit): boolean => {
    if (!a || !b || options.similarity === 1 || later.allowed || a.allowed || b.allowed) return false
    if (!adjacent(a, b) || !(adjacent(b, anchor) || adjacent(anchor, a))) return false
    if ((a.label && !a.headline) || (b.label && !b.headline)) return false
    const alone = Math.max(nearness(later.key, a.key, EXTEND_SIMILARITY), nearness(later.key, b.key, EXTEND_SIMILARITY))
    return nearness(a.key + b.key, later.key, options.similarity) > alone
  }

  for (let index = 0; index < units.length; index++) {
    const match = matches[index]
    if (!match || covered[index]) continue
    const run: Run = {laterStart: index, laterEnd: index, firstStart: match.first, firstEnd: match.first, exact: match.score === 1 && same(units[index] as Unit, units[match.first] as Unit)}

    // Backwards.
    while (run.laterStart - 1 > run.firstEnd && !covered[run.laterStart - 1]) {
      const later = units[run.laterStart - 1] as Unit
      if (!adjacent(later, units[run.laterStart] as Unit)) break
      const first = units[run.firstStart - 1]
      if (first && adjacent(first, units[run.firstStart] as Unit) && compatible(later, first)) {
        if (!same(later, first)) run.exact = false
        run.laterStart--
        run.firstStart--
      } else if (completes(later, units[run.laterStart] as Unit, units[run.firstStart] as Unit, true)) {
        // The later copy was cut in two here: the piece joins, and the next piece before it faces the first copy's previous unit.
        run.exact = false
        run.laterStart--
        if (run.laterStart - 1 <= run.firstEnd || covered[run.laterStart - 1]) break
        const before = units[run.laterStart - 1] as Unit
        const firstBefore = units[run.firstStart - 1]
        if (!firstBefore || !adjacent(before, later) || !adjacent(firstBefore, units[run.firstStart] as Unit) || !compatible(before, firstBefore)) break
        if (!same(before, firstBefore)) run.exact = false
        run.laterStart--
        run.firstStart--
      } else if (firstCut(later, units[run.firstStart - 2], first, units[run.firstStart] as Unit)) {
        // The first copy was cut in two here: both its pieces face this unit.
        run.exact = false
        run.laterStart--
        run.firstStart -= 2
      } else break
    }
    // Forwards.
    while (run.laterEnd + 1 < units.length && !covered[run.laterEnd + 1]) {
      const later = units[run.laterEnd + 1] as Unit
      if (!adjacent(units[run.laterEnd] as Unit, later)) break
      const first = run.firstEnd + 1 < run.laterStart ? units[run.firstEnd + 1] : undefined
      if (first && adjacent(units[run.firstEnd] as Unit, first) && compatible(later, first)) {
        if (!same(later, first)) run.exact = false
        run.laterEnd++
        run.firstEnd++
      } else if (completes(later, units[run.laterEnd] as Unit, units[run.firstEnd] as Unit, false)) {
        // The later copy was cut in two here: the piece joins, and the unit after it faces the first copy's next unit.
        run.exact = false
        run.laterEnd++
        if (run.laterEnd + 1 >= units.length || covered[run.laterEnd + 1]) break
        const after = units[run.laterEnd + 1] as Unit
        const firstAfter = run.firstEnd + 1 < run.laterStart ? units[run.firstEnd + 1] : undefined
        if (!firstAfter || !adjacent(later, after) || !adjacent(units[run.firstEnd] as Unit, firstAfter) || !compatible(after, firstAfter)) break
        if (!same(after, firstAfter)) run.exact = false
        run.laterEnd++
        run.firstEnd++
      } else if (run.firstEnd + 2 < run.laterStart && firstCut(later, first, units[run.firstEnd + 2], units[run.firstEnd] as Unit)) {
        // The first copy was cut in two here: both its pieces face this unit.
        run.exact = false
        run.laterEnd++
        run.firstEnd += 2
      } else break
    }
    for (let unit = run.laterStart; unit <= run.laterEnd; unit++) covered[unit] = 1
    runs.push(run)
    index = run.laterEnd
  }
  return runs
}

/**
 * Similarity of two passages, or 0 when together they are longer than
 * `NEAR_MAX_LENGTH`: the diff costs up to length × differences, so very long
 * paragraphs are compared exactly only (their sentences are still compared).
 */
function nearness(a: string, b: string, threshold: number): number {
  return a.length + b.length > NEAR_MAX_LENGTH ? 0 : similarity(a, b, threshold)
}

/** How alike the two copies of a run are as wholes; for very long runs, the length-weighted mean over its aligned units. */
function runSimilarity(units: Unit[], run: Run, page: Page): number {
  const later = foldForComparison(page.value.slice((units[run.laterStart] as Unit).start, (units[run.laterEnd] as Unit).end))
  const first = foldForComparison(page.value.slice((units[run.firstStart] as Unit).start, (units[run.firstEnd] as Unit).end))
  if (later.length + first.length <= NEAR_MAX_LENGTH) return similarity(later, first, EXTEND_SIMILARITY)
  let weighted = 0
  let total = 0
  const pairs = Math.min(run.laterEnd - run.laterStart, run.firstEnd - run.firstStart) + 1
  for (let offset = 0; offset < pairs; offset++) {
    const a = (units[run.laterEnd - offset] as Unit).key
    const b = (units[run.firstEnd - offset] as Unit).key
    weighted += (a === b ? 1 : nearness(a, b, EXTEND_SIMILARITY)) * (a.length + b.length)
    total += a.length + b.length
  }
  return total === 0 ? 0 : weighted / total
}

const NUMERALS = /[0-9零〇一二两三四五六七八九十百千万亿]/gu

function withoutNumerals(text: string): string {
  return text.replace(NUMERALS, '')
}

/** The paragraph without its surrounding white space. */
function trimmedSpan(page: Page, block: Block): Span {
  return trimSpan(page.value, block.start, block.end) ?? {start: block.start, end: block.start}
}

/** Whether two units read exactly the same, list labels included. */
function same(a: Unit, b: Unit): boolean {
  return a.key === b.key && a.prefix === b.prefix
}

/** Two units in reading order with nothing between them but a paragraph break. */
function adjacent(before: Unit, after: Unit): boolean {
  return after.block === before.block || after.block === before.block + 1
}

/**
 * For each unit long enough to count on its own, the earlier unit it
 * repeats: an equal one, or one at least `similarity` alike (candidates
 * from shared fingerprints, winnowed over `window` 5-grams).  Units marked
 * in `skip` are only indexed.
 */
function findMatches(units: Unit[], options: Options, window: number, skip?: Uint8Array): Array<Match | undefined> {
  const matches: Array<Match | undefined> = new Array(units.length)
  const seen = new Map<string, number>()
  let length = 0
  for (const unit of units) length += unit.key.length
  const fingerprints = new FingerprintIndex(MAX_POSTINGS, Math.ceil((length * 2) / (window + 1)))
  // Shared fingerprints per earlier unit, reset after each query through `touched`.
  const counts = new Uint16Array(units.length)
  const touched: number[] = []
  const count = (other: number): void => {
    if (counts[other] === 0) touched.push(other)
    if ((counts[other] as number) < 0xffff) (counts[other] as number)++
  }
  for (let index = 0; index < units.length; index++) {
    const unit = units[index] as Unit
    if (unit.label || unit.allowed || unit.chars < options.minChars) continue
    const earlier = seen.get(unit.key)
    if (earlier !== undefined) {
      if (!skip?.[index]) matches[index] = {first: earlier, score: 1}
      continue
    }
    seen.set(unit.key, index)
    if (unit.exactOnly) continue
    const prints = winnow(unit.key, 5, window)
    if (!skip?.[index] && options.similarity < 1 && unit.chars >= NEAR_COPY_MIN_CHARS) {
      for (const print of prints) fingerprints.forEach(print, count)
      if (touched.length > 0) {
        // The best-supported candidates, verified by a bounded diff.
        touched.sort((a, b) => (counts[b] as number) - (counts[a] as number) || a - b)
        // A copy at 90% shares most fingerprints; one shared formula is no reason to compare.
        const needed = Math.max(1, Math.ceil(prints.length * MIN_SHARED))
        let best: Match | undefined
        for (const other of touched.slice(0, MAX_CANDIDATES)) {
          if ((counts[other] as number) < needed) break
          const score = nearness(unit.key, (units[other] as Unit).key, options.similarity)
          if (score < options.similarity || (best && score <= best.score)) continue
          // The same sentence with other figures is a parallel statement (or a number to check), not a copy.
          if (withoutNumerals(unit.key) === withoutNumerals((units[other] as Unit).key)) continue
          best = {first: other, score}
        }
        if (best) matches[index] = best
        for (const other of touched) counts[other] = 0
        touched.length = 0
      }
    }
    for (const print of prints) fingerprints.add(print, index)
  }
  return matches
}

export default noDuplicatePassage
