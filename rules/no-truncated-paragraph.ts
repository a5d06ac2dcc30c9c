/**
 * `no-truncated-paragraph`: paragraphs cut mid-sentence, paragraphs that
 * begin mid-sentence, and which one continues which.
 */
import {isHan, trimAll} from '../src/chinese.js'
import {type Bilingual, quotedBoth} from '../src/i18n.js'
import {defineRule} from '../src/rule.js'
import type {Block} from '../src/structure.js'
import {
  type CutEndKind,
  type JoinEvidence,
  type OrphanStart,
  cutEnd,
  joinEvidence,
  opensWithUnknownWord,
  orphanStart,
  startLooseness
} from '../src/truncation.js'

/** How far apart (in paragraphs) a cut end and its continuation may be. */
const MAX_DISTANCE = 300

/** How far to look for a continuation recognised by its wording alone. */
const TOPIC_DISTANCE = 80

/**
 * How much more of its wording a far paragraph must share with the cut end's
 * surroundings than with its own neighbours, to be taken for the continuation.
 */
const FAR_TOPIC_SCORE = 0.12

/** Index of the first start at or after block `index` (binary search; `starts` is in page order). */
function firstAtOrAfter(starts: Array<{block: Block}>, index: number): number {
  let low = 0
  let high = starts.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((starts[middle] as {block: Block}).block.index < index) low = middle + 1
    else high = middle
  }
  return low
}

/** Pairs of adjacent Han characters: a cheap fingerprint of a paragraph's wording. */
function hanBigrams(text: string): Set<number> {
  const pairs = new Set<number>()
  for (let index = 0; index + 1 < text.length; index++) {
    if (isHan(text[index] as string) && isHan(text[index + 1] as string)) {
      pairs.add(text.charCodeAt(index) * 0x10000 + text.charCodeAt(index + 1))
    }
  }
  return pairs
}

/** Share of `own` found in any of `others`. */
function shareOf(own: Set<number>, others: Array<Set<number>>): number {
  if (own.size === 0) return 0
  let found = 0
  for (const pair of own) if (others.some((other) => other.has(pair))) found++
  return found / own.size
}

interface Part {
  block: Block
  /** Offsets of the paragraph's content (white space and lead byline excluded). */
  start: number
  end: number
  content: string
}

interface End extends Part {
  kind: CutEndKind
}

interface Start extends Part {
  orphan?: OrphanStart
  looseness: number
}

interface Pair {
  end: End
  start: Start
  evidence: JoinEvidence
  score: number
  distance: number
}

function partOf(block: Block, value: string): Part | undefined {
  const from = block.bodyStart ?? block.start
  const raw = value.slice(from, block.end)
  const content = trimAll(raw)
  if (content.length === 0) return undefined
  const start = from + raw.indexOf(content)
  return {block, start, end: start + content.length, content}
}

/** The end of a cut paragraph as messages quote it: its last clause, or its last 12 characters. */
function tailOf(content: string): string {
  const clause = /[^，,。；;：:！？!?]{4,16}$/u.exec(content)
  return clause ? clause[0] : content.slice(-12)
}

/**
 * A list item set as a heading: a label, then a phrase without any sentence
 * punctuation (`一是加快项目建设`, `第三，城乡融合发展`).
 */
function isListHeading(block: Block, content: string): boolean {
  const label = block.label
  if (!label || !content.startsWith(label.text)) return false
  const rest = content.slice(label.text.length)
  return rest.length > 0 && countHan(rest) <= 40 && !/[。！？!?；;，,：:]/u.test(rest)
}

function countHan(text: string): number {
  let count = 0
  for (const char of text) if (isHan(char)) count++
  return count
}

function endReason(end: End): Bilingual {
  const last = end.content[end.content.length - 1] ?? ''
  switch (end.kind) {
    case 'function-word':
      return {zh: `以虚词「${last}」结尾`, en: `ends on the function word ${last}`}
    case 'enumeration-comma':
      return {zh: '以顿号结尾', en: 'ends on an enumeration comma'}
    case 'comma':
      return {zh: '以逗号结尾', en: 'ends on a comma'}
    case 'number':
      return {zh: '以数字结尾', en: 'ends on a number'}
    default:
      return {zh: '没有句末标点', en: 'has no closing punctuation'}
  }
}

function startReason(start: Start): Bilingual {
  const orphan = start.orphan
  const char = start.content.slice(orphan?.at ?? 0, (orphan?.at ?? 0) + (orphan?.length ?? 1))
  switch (orphan?.kind) {
    case 'punctuation':
      return {zh: `以标点「${char}」开头`, en: `begins with the punctuation mark ${char}`}
    case 'closing-quote':
      return {zh: `后引号「${char}」之前没有前引号`, en: `has a closing quote ${char} before any opening quote`}
    case 'bound-word':
      return {zh: `以不能独立成句的「${char}」开头`, en: `begins with ${char}, which cannot open a sentence`}
    case 'word-inside':
      return {zh: `以「${char}」开头，它通常在词中而非词首`, en: `begins with ${char}, which normally sits inside a word, not at its start`}
    default:
      return {zh: '从句子中间开始', en: 'begins mid-sentence'}
  }
}

function evidenceNote(evidence: JoinEvidence): Bilingual | undefined {
  if (evidence.word) return {zh: `，接起来是「${evidence.word}」`, en: `, forming ${evidence.word} across the break`}
  if (evidence.unit) return {zh: '，数字与单位被拆开', en: ', splitting a number from its unit'}
  if (evidence.quote) return {zh: '，引文在那里结束', en: ', where the quotation closes'}
  if (evidence.conjunction) return {zh: '，关联词在那里呼应', en: ', where the paired conjunction completes'}
  return undefined
}

const noTruncatedParagraph = defineRule<Record<string, never>>({
  name: 'no-truncated-paragraph',
  defaults: {},
  docs: {
    summary: {
      zh: '段落不得在句中截断，也不得从句中开始；找出断开的另一半',
      en: 'Paragraphs neither stop nor start mid-sentence; find where the other half went'
    },
    description: `Page layout and text extraction cut paragraphs mid-sentence: \`…1亿元以上项目77\` and, as the next paragraph, \`个。此次…\`; or a cut end whose continuation landed in another story several paragraphs away.

The rule flags both faces of a cut:

- **cut ends**: a body paragraph that does not end with sentence-closing punctuation (。！？…；：, closing quotes and brackets, a dash), including one ending on a function word (\`的\` \`和\` \`既\` \`各\`), an enumeration comma \`、\`, a comma or a number;
- **orphan starts**: a paragraph that begins with punctuation, with a closing quote never opened (\`宜业、宜游城市核心区。”\`), with a particle or measure word (\`个。\`), or with a character that almost never begins a word (\`慧工厂\`: 慧 mostly ends 智慧).

For each cut end it looks for the continuation, next to it or anywhere on the page, and pairs ends with starts one to one, best evidence first. Evidence: a dictionary word spanning the break (\`具\` + \`体\`), a number followed by its unit (\`77\` + \`个\`), a quotation opened before the break and closed after it, a paired conjunction completed (\`既\` … \`也\`), a loose start right after the cut end. The message names the other half (\`line:column\`) and attaches it as \`cause\`. When the two halves are adjacent, the message on the break offers the join (\`expected\`: remove the break); when only a loose start ties them (\`保持拼搏\` / \`进取的…\`), that one message says the next paragraph *may* continue it. When a cut falls between two words, the join itself gives no evidence; the rule then looks, within 80 paragraphs, for a paragraph that opens on a plain word, shares almost none of its wording with the paragraphs of its own story around it, and shares clearly more with those around the cut end (pairs of adjacent characters, compared). It names it as the *likely* continuation, and the message on that paragraph is information, not a warning. When no continuation is on the page, it says the rest (or the beginning) of the text is missing.

Word knowledge comes from jieba's dictionary, shipped inside the \`@node-rs/jieba\` package (words, frequencies and part-of-speech tags); the table of how often a character opens a word is computed from it.

It leaves alone: paragraphs ending on an ellipsis typed as dots (\`......\`) or on a web address, list items set as headings (\`一是加快项目建设\`), headlines and decks, bylines, captions, list labels and boilerplate (as the structure pass labels them), paragraphs ending with a colon before a quotation or list, and paragraphs opening with a quotation mark, a bracket or a dash.`,
    descriptionZh: `排版和文字提取常把段落从句中截断：上段以 \`…1亿元以上项目77\` 结尾，下段以 \`个。此次…\` 开头；或者后半句落到了几段之外的另一篇稿子里。

本规则报告截断的两端：

- **段尾截断**：正文段落不以句末标点（。！？…；：、后引号、后括号、破折号）结尾，包括以虚词（\`的\` \`和\` \`既\` \`各\`）、顿号、逗号或数字结尾；
- **段首残缺**：段落以标点开头，以未配对的后引号开头（\`宜业、宜游城市核心区。”\`），以助词、量词开头（\`个。\`），或以几乎不作词首的字开头（\`慧工厂\`：“慧”多在“智慧”中）。

对每个段尾截断，规则在相邻段落或全页范围内寻找接续的段落，按证据强弱一对一配对。证据包括：跨越断点的词（\`具\` + \`体\`）、数字与单位（\`77\` + \`个\`）、在断点后闭合的引文、呼应的关联词（\`既\` … \`也\`）、紧接其后且开头松散的段落。消息中写明另一半的位置（行:列）并作为 \`cause\` 附上；两半相邻时，在断点上提供合并（删除分段）；若只有“下段开头松散”这一条理由（\`保持拼搏\` / \`进取的…\`），只在断点上报一条消息，说明下一段“可能”是后半句。断点恰在两个词之间时，接缝本身没有证据；规则便在 80 段之内寻找这样的段落：以普通词语开头，与前后段落几乎没有共同字词，却与断开段落所在稿件的上下文明显相近（比较相邻两字的组合）。它被称为“可能的后半句”，该段上的消息为提示而非警告。页面上找不到另一半时，说明后文（或前文）缺失。

词语知识来自 \`@node-rs/jieba\` 包内附带的结巴分词词典（词、词频、词性），“某字作词首的比例”表也由它计算。

不报告：以点号省略号（\`......\`）或网址结尾的段落，只有序号和短语、没有标点的条目标题（\`一是加快项目建设\`），标题、副题、署名、图片说明、序号标题和固定栏目（依结构分析的判断），以冒号结尾引出引文或列表的段落，以引号、括号或破折号开头的段落。`
  },
  examples: [
    {
      title: 'complete paragraphs, a headline and a byline',
      titleZh: '完整的段落、标题和署名',
      text: '新区重点项目集中开工\n\n本报记者 张明\n\n今年以来，新区共谋划重点项目120个。\n\n他说：“我们将加快建设。”\n'
    },
    {
      title: 'a paragraph ending with a colon before a quotation',
      titleZh: '以冒号结尾引出引文',
      text: '会议强调：\n\n“要把各项任务落到实处。”\n'
    },
    {
      title: 'a word split across two adjacent paragraphs',
      titleZh: '一个词被拆在相邻两段',
      text: '新区召开重点项目推进会。\n\n会议要求，有关单位要尽快制订具\n\n体方案，确保按期完工。\n',
      messages: [
        '3:16-5:1: 段落在句中断开：「有关单位要尽快制订具」没有句末标点，下一段 5:1 的「体方案，确保按期完工。」是它的后半句，接起来是「具体」；应合为一段',
        '5:1-5:2: 段落从句中开始：「体方案，确保按期完工。」从句子中间开始，它接续 3:15 的「有关单位要尽快制订具」'
      ],
      messagesEn: [
        '3:16-5:1: Paragraph cut mid-sentence: “有关单位要尽快制订具” has no closing punctuation, and the next paragraph, “体方案，确保按期完工。” at 5:1, continues it, forming 具体 across the break; join them',
        '5:1-5:2: Paragraph starts mid-sentence: “体方案，确保按期完工。” begins mid-sentence; it continues “有关单位要尽快制订具” at 3:15'
      ]
    },
    {
      title: 'a number cut from its unit',
      titleZh: '数字与单位被拆开',
      text: '今年以来，全区新开工亿元以上项目35\n\n个，总投资超过120亿元。\n',
      messages: [
        '1:19-3:1: 段落在句中断开：「全区新开工亿元以上项目35」以数字结尾，下一段 3:1 的「个，总投资超过120亿元」是它的后半句，数字与单位被拆开；应合为一段',
        '3:1-3:2: 段落从句中开始：「个，总投资超过120亿元」以不能独立成句的「个」开头，它接续 1:18 的「全区新开工亿元以上项目35」'
      ]
    },
    {
      title: 'a continuation that landed in another story',
      titleZh: '后半句落在另一篇稿子里',
      text: '区长强调，做好群众工作，既\n\n新区审计局获得表彰\n\n近日，新区审计局获得省级表彰。\n\n要有耐心、讲方法，也要守住原则、依法办事。\n',
      messages: [
        '1:13-1:14: 段落在句中断开：「长强调，做好群众工作，既」以虚词「既」结尾，后半句在 7:1：「要有耐心、讲方法，也要守」，关联词在那里呼应',
        '7:1-7:2: 段落从句中开始：「要有耐心、讲方法，也要守」从句子中间开始，它接续 1:13 的「长强调，做好群众工作，既」'
      ],
      messagesEn: [
        '1:13-1:14: Paragraph cut mid-sentence: “长强调，做好群众工作，既” ends on the function word 既; it continues at 7:1: “要有耐心、讲方法，也要守”, where the paired conjunction completes',
        '7:1-7:2: Paragraph starts mid-sentence: “要有耐心、讲方法，也要守” begins mid-sentence; it continues “长强调，做好群众工作，既” at 1:13'
      ]
    },
    {
      title: 'the rest of the text is missing',
      titleZh: '后文缺失',
      text: '检查组察看了施工现场，详细了解项目进展和\n',
      messages: [
        '1:20-1:21: 段落在句中断开：「详细了解项目进展和」以虚词「和」结尾，本页找不到后半句，后文缺失'
      ],
      messagesEn: [
        '1:20-1:21: Paragraph cut mid-sentence: “详细了解项目进展和” ends on the function word 和, and no paragraph on the page continues it: the rest of the text is missing'
      ]
    },
    {
      title: 'the beginning of the text is missing',
      titleZh: '前文缺失',
      text: '新区农业示范园建成开放。\n\n慧农业示范项目已经投入使用。\n',
      messages: [
        '3:1-3:2: 段落从句中开始：「慧农业示范项目已经投入使」以「慧」开头，它通常在词中而非词首，本页找不到前半句，前文缺失'
      ]
    }
  ],
  check({page, report, at}) {
    const {blocks, value} = page
    const ends: End[] = []
    const starts: Start[] = []
    const startOf = new Map<number, Start>()
    for (const block of blocks) {
      if (block.role !== 'body') continue
      const part = partOf(block, value)
      if (!part) continue
      const kind = cutEnd(part.content)
      if (kind && !isListHeading(block, part.content)) ends.push({...part, kind})
      if (block.bodyStart !== undefined) continue
      const orphan = orphanStart(part.content)
      const start: Start = {...part, looseness: startLooseness(part.content)}
      if (orphan) start.orphan = orphan
      startOf.set(block.index, start)
      if (orphan || start.looseness > 0) starts.push(start)
    }
    if (ends.length === 0 && !starts.some((start) => start.orphan)) return

    // Candidate pairs: the next paragraph, and loose or orphan starts within reach.
    const pairs: Pair[] = []
    for (const end of ends) {
      const index = end.block.index
      const next = startOf.get(index + 1)
      const seen = new Set<number>()
      // A far start must do better than a loosely starting next paragraph would.
      const nextScore = next && next.looseness > 0 ? 3 + next.looseness : 0
      const consider = (start: Start): void => {
        if (start.block.index === index || seen.has(start.block.index)) return
        seen.add(start.block.index)
        const adjacent = start.block.index === index + 1
        // A paragraph opening with a list label (`一是`, `1.`) starts its own sentence: no word runs into it.
        const evidence = start.block.label ? {score: 0} : joinEvidence(end.content, start.content)
        const strength = start.orphan ? 2 : start.looseness
        // Next to each other, a loose start is enough; far apart, the join itself must tell.
        // Adjacency counts for less when nothing else ties the two (`心` + `席…` loses to `主` + `席…`).
        const score = evidence.score + strength + (adjacent ? (evidence.score > 0 ? 3 : 2) : start.orphan ? 0 : -1)
        // A loose start alone (no evidence) next to the cut end waits for the wording check below.
        const weak = adjacent && evidence.score === 0 && !start.orphan && start.looseness < 2
        // A word of three characters or more across the break, a number and its unit, a closed
        // quotation: telling enough to beat a loosely starting next paragraph.
        // So is a common word (`解决生` + `产中…`, `加` + `强沟通`), unless the cut end is a
        // function word, which any noun may follow (`各` + `市…`, `各` + `单位`).
        const commonWord = (evidence.frequency ?? 0) >= 1000 && end.kind !== 'function-word'
        const telling = (evidence.word?.length ?? 0) >= 3 || commonWord || evidence.unit === true || evidence.quote === true
        const accepted = adjacent
          ? score >= 4 && !weak
          : // Far apart, the join itself must tell: an orphan start alone could continue any cut end.
            evidence.score >= 2 &&
            // A clean opener (`在拉萨市…`, `十年来…`) takes a word across the break only when
            // its first word is unknown to the dictionary, i.e. a fragment (`记在…`, `行官…`).
            (strength > 0 || (evidence.score >= 3 && (evidence.unit === true || evidence.quote === true || opensWithUnknownWord(start.content)))) &&
            score >= 2 &&
            (telling || score >= nextScore + 1)
        if (accepted) pairs.push({end, start, evidence, score, distance: Math.abs(start.block.index - index)})
      }
      if (next) consider(next)
      // `starts` is in page order: visit only those within reach.
      for (let at = firstAtOrAfter(starts, index - MAX_DISTANCE); at < starts.length; at++) {
        const start = starts[at] as Start
        if (start.block.index > index + MAX_DISTANCE) break
        consider(start)
      }
      // Nearer, any paragraph may continue it when the join itself tells (`总书` + `记在…`, `关` + `于建设…`).
      for (let other = Math.max(0, index - TOPIC_DISTANCE); other <= index + TOPIC_DISTANCE; other++) {
        const start = startOf.get(other)
        if (start) consider(start)
      }
    }
    pairs.sort((a, b) => b.score - a.score || a.distance - b.distance)

    const endTaken = new Map<End, Start>()
    const startTaken = new Map<Start, End>()
    for (const pair of pairs) {
      if (endTaken.has(pair.end) || startTaken.has(pair.start)) continue
      endTaken.set(pair.end, pair.start)
      startTaken.set(pair.start, pair.end)
      reportPair(pair)
    }

    // Still alone: a cut end whose continuation starts with a whole word.  Look for a
    // paragraph out of place (sharing little wording with its neighbours) that shares
    // wording with the cut end's surroundings; report the pairing as likely, not certain.
    const topicPairs = new Map<End, Start>()
    const bigramCache = new Map<number, Set<number>>()
    const bigramsOf = (block: Block | undefined): Set<number> => {
      if (!block) return new Set()
      let cached = bigramCache.get(block.index)
      if (!cached) {
        cached = hanBigrams(block.text.slice(0, 600))
        bigramCache.set(block.index, cached)
      }
      return cached
    }
    /** Up to two body paragraphs on each side of `block` in its own story, leaving out `except`. */
    const storyAround = (block: Block, except: Block): Block[] => {
      const found: Block[] = []
      for (const step of [-1, 1]) {
        let taken = 0
        for (let other = block.index + step; other >= 0 && other < blocks.length && taken < 2; other += step) {
          const candidate = blocks[other] as Block
          if (candidate.article !== block.article) break
          if (candidate.role !== 'body' || candidate === except) continue
          found.push(candidate)
          taken++
        }
      }
      return found
    }
    /**
     * How much of a paragraph's wording its own story shares, when that is
     * little (it looks out of place); `undefined` when it fits in, or when
     * there is too little text to tell.  Cached: it does not depend on the end.
     */
    const neighbourShare = new Map<number, number | undefined>()
    const outOfPlace = (start: Start): number | undefined => {
      const index = start.block.index
      if (neighbourShare.has(index)) return neighbourShare.get(index)
      let share: number | undefined
      const own = bigramsOf(start.block)
      const neighbourSets = storyAround(start.block, start.block).map(bigramsOf)
      if (own.size >= 8 && neighbourSets.reduce((sum, set) => sum + set.size, 0) >= 16) {
        const found = shareOf(own, neighbourSets)
        if (found <= 0.06) share = found
      }
      neighbourShare.set(index, share)
      return share
    }
    for (const end of ends) {
      if (endTaken.has(end)) continue
      const index = end.block.index
      let best: {start: Start; score: number} | undefined
      let second = -Infinity
      for (let other = Math.max(0, index - TOPIC_DISTANCE); other <= index + TOPIC_DISTANCE; other++) {
        const start = startOf.get(other)
        if (!start) continue
        // Paragraphs right around the cut end share its wording anyway: not evidence.
        const distance = Math.abs(other - index)
        if (distance < 3 || distance > TOPIC_DISTANCE || startTaken.has(start)) continue
        const withNeighbours = outOfPlace(start)
        if (withNeighbours === undefined) continue
        // A clean opener qualifies only with a word across the break (`基地正` + `在进行…`).
        const bonus = start.looseness > 0 || start.orphan ? 0.05 * start.looseness : joinEvidence(end.content, start.content).score >= 3 ? 0.1 : -1
        if (bonus < 0) continue
        const own = bigramsOf(start.block)
        const near = [...storyAround(end.block, start.block), end.block]
        const withEnd = shareOf(own, near.map(bigramsOf))
        const score = withEnd - withNeighbours + bonus
        if (!best || score > best.score) {
          second = best?.score ?? second
          best = {start, score}
        } else if (score > second) second = score
      }
      const next = startOf.get(index + 1)
      const nextLoose = next !== undefined && !startTaken.has(next) && next.looseness > 0
      // The next paragraph, measured the same way: its wording against the cut end's and against what follows it.
      let nextScore = -Infinity
      if (next && nextLoose) {
        const own = bigramsOf(next.block)
        nextScore = shareOf(own, [blocks[index - 1], end.block].map(bigramsOf)) - shareOf(own, [bigramsOf(blocks[index + 2])])
      }
      if (best && best.score >= FAR_TOPIC_SCORE && best.score >= nextScore + 0.1 && best.score - second >= 0.05) {
        endTaken.set(end, best.start)
        startTaken.set(best.start, end)
        topicPairs.set(end, best.start)
        reportLikelyPair(end, best.start)
      } else if (next && nextLoose) {
        endTaken.set(end, next)
        startTaken.set(next, end)
        reportPair({end, start: next, evidence: {score: 0}, score: 0, distance: 1})
      }
    }

    // A cut end repeated word for word (a duplicated passage) continues where its twin does.
    const twins = new Map<string, Start>()
    for (const [end, start] of endTaken) if (!topicPairs.has(end)) twins.set(end.content, start)
    for (const end of ends) {
      if (endTaken.has(end)) continue
      const twin = twins.get(end.content)
      if (twin) reportFarEnd(end, twin, {score: 0})
      else reportLostEnd(end)
    }
    for (const start of starts) {
      if (start.orphan && !startTaken.has(start)) reportLostStart(start)
    }

    function tailSpan(end: End): {start: number; end: number} {
      return {start: end.end - 1, end: end.end}
    }

    function headSpan(start: Start): {start: number; end: number} {
      return {start: start.start, end: start.start + 1}
    }

    function reportPair(pair: Pair): void {
      const {end, start, evidence} = pair
      const adjacent = start.block.index === end.block.index + 1
      if (adjacent && evidence.score === 0 && !start.orphan && start.looseness < 2) {
        // Only the loose wording of the next paragraph ties them: one message on the break.
        const tail = quotedBoth(tailOf(end.content))
        const head = quotedBoth(start.content.slice(0, 12))
        const why = endReason(end)
        report(
          {start: end.end, end: start.start},
          {
            zh: `段落在句中断开：${tail.zh}${why.zh}；下一段 ${at(start.start)} 的${head.zh}可能是它的后半句，是则应合为一段`,
            en: `Paragraph cut mid-sentence: ${tail.en} ${why.en}; the next paragraph, ${head.en} at ${at(start.start)}, may continue it: if so, join them`
          },
          {cause: {...headSpan(start), note: {zh: '可能的后半句', en: 'the likely continuation'}}, expected: ['']}
        )
        return
      }
      if (adjacent) {
        const tail = quotedBoth(tailOf(end.content))
        const head = quotedBoth(start.content.slice(0, 12))
        const note = evidenceNote(evidence)
        const why = endReason(end)
        report(
          {start: end.end, end: start.start},
          {
            zh: `段落在句中断开：${tail.zh}${why.zh}，下一段 ${at(start.start)} 的${head.zh}是它的后半句${note?.zh ?? ''}；应合为一段`,
            en: `Paragraph cut mid-sentence: ${tail.en} ${why.en}, and the next paragraph, ${head.en} at ${at(start.start)}, continues it${note?.en ?? ''}; join them`
          },
          {cause: {...headSpan(start), note: {zh: '后半句', en: 'the continuation'}}, expected: ['']}
        )
      } else {
        reportFarEnd(end, start, evidence)
      }
      const tail = quotedBoth(tailOf(end.content))
      const head = quotedBoth(start.content.slice(0, 12))
      const why = startReason(start)
      report(
        headSpan(start),
        {
          zh: `段落从句中开始：${head.zh}${why.zh}，它接续 ${at(end.end - 1)} 的${tail.zh}`,
          en: `Paragraph starts mid-sentence: ${head.en} ${why.en}; it continues ${tail.en} at ${at(end.end - 1)}`
        },
        {cause: {...tailSpan(end), note: {zh: '前半句', en: 'the beginning of the sentence'}}}
      )
    }

    function reportFarEnd(end: End, start: Start, evidence: JoinEvidence): void {
      const tail = quotedBoth(tailOf(end.content))
      const head = quotedBoth(start.content.slice(0, 12))
      const note = evidenceNote(evidence)
      const why = endReason(end)
      report(
        tailSpan(end),
        {
          zh: `段落在句中断开：${tail.zh}${why.zh}，后半句在 ${at(start.start)}：${head.zh}${note?.zh ?? ''}`,
          en: `Paragraph cut mid-sentence: ${tail.en} ${why.en}; it continues at ${at(start.start)}: ${head.en}${note?.en ?? ''}`
        },
        {cause: {...headSpan(start), note: {zh: '后半句', en: 'the continuation'}}}
      )
    }

    function reportLikelyPair(end: End, start: Start): void {
      const tail = quotedBoth(tailOf(end.content))
      const head = quotedBoth(start.content.slice(0, 12))
      const why = endReason(end)
      report(
        tailSpan(end),
        {
          zh: `段落在句中断开：${tail.zh}${why.zh}；后半句可能在 ${at(start.start)}：${head.zh}，那一段与前后文无关，却与这里的内容相近`,
          en: `Paragraph cut mid-sentence: ${tail.en} ${why.en}; it likely continues at ${at(start.start)}: ${head.en}, a paragraph unrelated to its neighbours but close to this one`
        },
        {cause: {...headSpan(start), note: {zh: '可能的后半句', en: 'the likely continuation'}}}
      )
      report(
        headSpan(start),
        {
          zh: `段落可能从句中开始：${head.zh}与前后段落无关，可能是 ${at(end.end - 1)} 处${tail.zh}的后半句`,
          en: `Paragraph may start mid-sentence: ${head.en} is unrelated to the paragraphs around it and likely continues ${tail.en} at ${at(end.end - 1)}`
        },
        {cause: {...tailSpan(end), note: {zh: '前半句', en: 'the beginning of the sentence'}}, info: true}
      )
    }

    function reportLostEnd(end: End): void {
      const tail = quotedBoth(tailOf(end.content))
      const why = endReason(end)
      report(tailSpan(end), {
        zh: `段落在句中断开：${tail.zh}${why.zh}，本页找不到后半句，后文缺失`,
        en: `Paragraph cut mid-sentence: ${tail.en} ${why.en}, and no paragraph on the page continues it: the rest of the text is missing`
      })
    }

    function reportLostStart(start: Start): void {
      const head = quotedBoth(start.content.slice(0, 12))
      const why = startReason(start)
      report(headSpan(start), {
        zh: `段落从句中开始：${head.zh}${why.zh}，本页找不到前半句，前文缺失`,
        en: `Paragraph starts mid-sentence: ${head.en} ${why.en}, and no paragraph on the page leads into it: the beginning of the text is missing`
      })
    }
  }
})

export default noTruncatedParagraph
