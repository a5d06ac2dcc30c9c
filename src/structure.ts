/**
 * The page-structure pass: which paragraph is a headline, byline, caption,
 * list label, boilerplate or body, and which article it belongs to.
 *
 * Rules read `file.data.copydesk` (a `Page`); they never re-derive roles.
 */
import type {Paragraph, Root} from 'nlcst'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {partitionPoint} from './bisect.js'
import {countTextChars, hanBigrams, isHan, trimAll} from './chinese.js'
import {controlMarker} from './control.js'
import {type ListLabel, parseLabel} from './labels.js'
import type {Location} from './location.js'
import {settingsOf} from './parse-plugin.js'
import {segment} from './segment.js'
import {cutEnd, endsOnFunctionWord, endsOnPrefix, insideSomeWord, isCutList, joinEvidence, openingRatio, opensWithSourceAndDate, orphanStart, startLooseness, typicalOpening} from './truncation.js'
import {locationOf} from './parser.js'
import {type Locale, resolveLocale} from './i18n.js'

export type Role = 'headline' | 'byline' | 'caption' | 'list-label' | 'boilerplate' | 'body'

/** 引题 (kicker), 主题 (main), 副题 (deck). */
export type HeadlineLevel = 'kicker' | 'main' | 'deck'

export interface Block {
  /** Position of the paragraph in the page, from 0. */
  index: number
  node: Paragraph
  /** Offsets of the paragraph in the document. */
  start: number
  end: number
  /** The paragraph as written. */
  text: string
  /** The paragraph without white space (U+3000 and invisible characters included) at either end. */
  content: string
  role: Role
  /** For headlines: where in the headline group it stands. */
  level?: HeadlineLevel
  /** Index of the article the block belongs to (a headline group starts one). */
  article: number
  /** Number of characters of text (no punctuation or space). */
  chars: number
  /** A list label at the start (`元素三 `, `一、`, `（一）` …). */
  label?: ListLabel
  /**
   * For a body paragraph opening with a byline or dateline
   * (`本报讯(记者郭树勋)`, `新华社北京3月1日电`): the offset where the story text starts.
   */
  bodyStart?: number
  /**
   * For a body paragraph right after a headline: it restates the headline's
   * wording, as a story's lead does (so it opens that story; it is no tail
   * of a paragraph cut elsewhere).
   */
  lead?: true
}

export interface Article {
  index: number
  /** Indices of the blocks of this article. */
  blocks: number[]
  /** Indices of its headline blocks (empty for text before any headline). */
  headlines: number[]
}

export interface Page {
  value: string
  location: Location
  blocks: Block[]
  articles: Article[]
  locale: Locale
}

declare module 'vfile' {
  interface DataMap {
    copydesk: Page
  }
}

const BOILERPLATE = /^(?:扫一扫|扫码|关注我们|责任编辑|责编|本版编辑|编辑[:：]|校对[:：]|美编|版权所有|（?完）?$|\(完\)$)|(?:微信公众号|官方微博|客户端下载)$/u
const STANDALONE_BYLINE =
  /^(?:[（(]?(?:本报|新华社|中新社)?(?:记者|通讯员|特约记者|实习生)[\s\u3000]*(?:[\p{Script=Han}·][\s\u3000]?){2,4}(?:[\s\u3000、，,]+(?:(?:本报)?(?:记者|通讯员|实习生)[\s\u3000]*)?(?:[\p{Script=Han}·][\s\u3000]?){2,4})*[）)]?|本报讯|本报评论员|本报特约评论员)$/u
const LEAD_BYLINE =
  /^(?:本报讯|本报[\p{Script=Han}]{2,6}电|新华社[\p{Script=Han}]{2,12}电|中新社[\p{Script=Han}]{2,12}电|央视网消息|人民网[\p{Script=Han}]{0,8}电)[\s\u3000]*(?:[（(][^）)\n]{1,60}[）)])?[\s\u3000]*[:：]?/u
/** Whether a text opens with a story's lead byline or dateline (`本报讯（记者…）`, `央视网消息（新闻联播）：`). */
export function opensWithLead(text: string): boolean {
  return LEAD_BYLINE.test(text)
}
const CAPTION = /(?:摄|摄影|供图|图片来源[:：][^。]{1,20}|资料图片|视觉中国|新华社发)[\s\u3000]*[）)]?$/u
const CAPTION_CREDIT = /(?:记者|通讯员|摄影|[\p{Script=Han}·]{2,4}[\s\u3000]*摄$|供图|图片)/u

/** Headline lines that introduce the main title (引题): a speaker and a verb of saying. */
const KICKER_END = /(?:强调|指出|表示|要求|时|说|称|：|:)$/u

/** Longest headline we accept, in characters of text. */
const HEADLINE_MAX_CHARS = 48

/** Longest headline made of phrases set apart by spaces or a dash, without sentence punctuation. */
const SPACED_HEADLINE_MAX_CHARS = 100

function isHeadlineLike(content: string, chars: number): boolean {
  if (chars === 0) return false
  if (chars > HEADLINE_MAX_CHARS) {
    // `主题 副题 …` on one line: long, but no sentence in it.
    const phrases = /[\p{Script=Han}”》）)][ \u3000]+[\p{Script=Han}“《]|——/u.test(content)
    if (!phrases || chars > SPACED_HEADLINE_MAX_CHARS || /[。；;，,！？!?]/u.test(content)) return false
  }
  if (/[。；;]/u.test(content)) return false
  // A quotation introduced by a colon is speech in a story, not a title.
  if (/[:：][“"‘]/u.test(content)) return false
  if (/[，,、：:]$/u.test(content)) return false
  // More than one comma reads as a sentence, not a title.
  if ((content.match(/[，,]/gu) ?? []).length > 1) return false
  return true
}

function classify(content: string, chars: number): {role: Role; label?: ListLabel} {
  const label = parseLabel(content)
  if ((BOILERPLATE.test(content) && chars <= 40) || controlMarker(content) !== undefined) return {role: 'boilerplate'}
  if (STANDALONE_BYLINE.test(content)) return {role: 'byline'}
  if (CAPTION.test(content) && CAPTION_CREDIT.test(content) && chars <= 200) return {role: 'caption'}
  // A label before a story's lead (`一、央视网消息（新闻联播）：…`) numbers a paragraph, not a heading.
  const lead = label !== undefined && opensWithLead(content.slice(label.text.length))
  if (label && label.style !== 'yi-shi' && chars <= 40 && !lead && !/[。；;！？!?]/u.test(content) && !/[，,]/u.test(content)) {
    return {role: 'list-label', label}
  }
  if (isHeadlineLike(content, chars) && !label) return {role: 'headline'}
  return label ? {role: 'body', label} : {role: 'body'}
}

/** Label a parsed page.  Linear in the number of paragraphs. */
export function buildPage(tree: Root, value: string, location: Location, locale: Locale): Page {
  const blocks: Block[] = []
  for (const child of tree.children) {
    if (child.type !== 'ParagraphNode') continue
    const {start, end} = child.position ?? {start: {offset: 0}, end: {offset: 0}}
    const startOffset = start.offset ?? 0
    const endOffset = end.offset ?? 0
    const text = value.slice(startOffset, endOffset)
    const content = trimAll(text)
    const chars = countTextChars(content)
    const {role, label} = classify(content, chars)
    const block: Block = {index: blocks.length, node: child, start: startOffset, end: endOffset, text, content, role, article: 0, chars}
    if (label) block.label = label
    if (role === 'body') markBodyStart(block)
    blocks.push(block)
  }

  demoteLoneWordLabels(blocks)
  demoteHeadlinesInsideStories(blocks)
  demoteHeadlinesCutFromFarTails(blocks)
  markLeads(blocks)
  const articles = groupArticles(blocks)
  return {value, location, blocks, articles, locale}
}

/** A body paragraph opening with a lead byline or dateline (`本报讯(记者…)`): where its story starts. */
function markBodyStart(block: Block): void {
  const lead = LEAD_BYLINE.exec(block.text)
  if (lead && lead[0].length < block.text.length) block.bodyStart = block.start + lead[0].length
}

/**
 * A `word-numeral` heading (`元素三 …`) counts as a list label only when
 * the page has another with the same word; alone, `统一 大市场` is no label.
 */
function demoteLoneWordLabels(blocks: Block[]): void {
  const counts = new Map<string, number>()
  for (const block of blocks) {
    if (block.label?.style === 'word-numeral') counts.set(block.label.word ?? '', (counts.get(block.label.word ?? '') ?? 0) + 1)
  }
  for (const block of blocks) {
    const label = block.label
    if (label?.style !== 'word-numeral' || (counts.get(label.word ?? '') ?? 0) >= 2) continue
    delete block.label
    if (block.role === 'list-label') {
      const content = block.content
      block.role = isHeadlineLike(content, block.chars) ? 'headline' : 'body'
    }
  }
}

/**
 * A short unpunctuated line between two body paragraphs whose next paragraph
 * continues a sentence is a cut paragraph, not a headline: a headline is
 * followed by a byline, another headline, or a paragraph that opens cleanly.
 * Decided here: the next block starts with closing or sentence punctuation.
 * More context is weighed by `isCutParagraph`.
 */
function demoteHeadlinesInsideStories(blocks: Block[]): void {
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as Block
    if (block.role !== 'headline') continue
    const next = blocks[index + 1]
    if (isCutParagraph(block, blocks[index - 1], next?.role === 'body' ? next : undefined) || isUnrestatedSentence(block, blocks[index - 1], blocks.slice(index + 1, index + 1 + RESTATED_PARAGRAPHS))) {
      block.role = 'body'
      markBodyStart(block)
    }
  }
}

/** Characters from which a headline-like line amid running text is weighed by what follows it. */
const RESTATED_MIN_CHARS = 14
/** Below this share of its pairs of characters restated after it, a long line amid running text is no title. */
const RESTATED_SHARE = 0.25
/** Characters read of each of the paragraphs after the line, and how many. */
const RESTATED_READ = 150
const RESTATED_PARAGRAPHS = 4

/**
 * A long headline-like line between two body paragraphs, when the text after
 * it does not take up its wording, is a paragraph cut before its closing
 * punctuation (`江西全力保障留守老人和儿童等重点人群的就医用药`), not the title
 * of a new story: a story opening without a lead restates its title (`多国人士
 * 批评美加征关税政策损人害己` / `多国人士3日批评美国关税政策…`; in the 198
 * clean articles joined, every such title shares 44% or more of its pairs of
 * characters with the two paragraphs after it, but one set as phrases; four
 * are read, since an inserted paragraph may stand between a title and its lead).
 * Titles of phrases set apart by spaces or a colon (`中方：…`) are left alone.
 */
function isUnrestatedSentence(block: Block, previous: Block | undefined, after: Block[]): boolean {
  const next = after[0]
  if (previous?.role !== 'body' || next?.role !== 'body' || block.chars < RESTATED_MIN_CHARS) return false
  const content = block.content
  if (/[ \u3000：:—【】]/u.test(content) || opensWithLead(next.content)) return false
  const below: Block[] = []
  for (const paragraph of after) {
    if (paragraph.role !== 'body') break
    below.push(paragraph)
  }
  const share = restatedShare(content, below)
  return share !== undefined && share < RESTATED_SHARE
}

/** The share of the pairs of characters of `title` that the opening of the paragraphs `below` takes up (`undefined`: no Han pair). */
function restatedShare(title: string, below: Block[]): number | undefined {
  const own = hanBigrams(title)
  if (own.size === 0) return undefined
  const found = new Set<number>()
  for (const paragraph of below) for (const pair of hanBigrams(paragraph.content.slice(0, RESTATED_READ))) found.add(pair)
  let shared = 0
  for (const pair of own) if (found.has(pair)) shared++
  return shared / own.size
}

/**
 * A body paragraph right after a headline that restates it is the story's
 * lead.  The same share as above: on injected pages, marking leads at any
 * share from 12% to 40% changes nothing found and removes the same false
 * tails.
 */
function markLeads(blocks: Block[]): void {
  for (let index = 1; index < blocks.length; index++) {
    const block = blocks[index] as Block
    const title = blocks[index - 1] as Block
    if (block.role !== 'body' || title.role !== 'headline') continue
    if ((restatedShare(title.content, [block]) ?? 0) >= RESTATED_SHARE) block.lead = true
  }
}

/** How far (in paragraphs) a cut headline-like line may be from the paragraph that continues it. */
const CUT_HEADLINE_REACH = 80

/**
 * A short unpunctuated line after a body paragraph whose end forms a word with
 * the start of a paragraph elsewhere on the page that begins mid-sentence
 * (`…开展学` and, far away, `习教育工作方案…`; `…重大人员伤` and `亡和财产…`)
 * is a cut body paragraph whose tail was moved, not a title, when it ends on a
 * lone character (titles end on whole words).  Only paragraphs
 * whose first character rarely opens a word, or that open on a lone character, are looked at, through an index
 * in page order, within reach: linear in the page.
 */
function demoteHeadlinesCutFromFarTails(blocks: Block[]): void {
  const candidates: Block[] = []
  for (let index = 1; index < blocks.length; index++) {
    const block = blocks[index] as Block
    if (block.role !== 'headline' || (blocks[index - 1] as Block).role !== 'body') continue
    // A line right before a story's lead (`央视网消息（新闻联播）：…`) is that story's title.
    if (opensWithLead(blocks[index + 1]?.content ?? '')) continue
    const content = block.content
    // A title ends on a whole word; a cut line usually on a lone character, half of one (`开展/学`).
    if (!isHan(content[content.length - 1] ?? '')) continue
    const words = segment(content.slice(-8))
    if ((words[words.length - 1] ?? '').length === 1) candidates.push(block)
  }
  if (candidates.length === 0) return
  // Body paragraphs opening on a Han character, in page order; whether each opens loosely enough is asked only
  // when a candidate's last character runs into its first (and remembered), so most are never segmented.
  const loose: Array<{block: Block; opens?: boolean}> = []
  for (const block of blocks) {
    if (block.role !== 'body' || block.label) continue
    if (isHan(block.content[0] ?? '')) loose.push({block})
  }
  if (loose.length === 0) return
  // A character that mostly sits inside words, or a lone character (`资合作论坛…`; not `下一步，…`),
  // which a common word across the break must then confirm.
  const opensLoosely = (start: {block: Block; opens?: boolean}): boolean => {
    const text = start.block.content
    return (start.opens ??= openingRatio(text[0] as string) < 0.3 || (startLooseness(text) === 2 && !typicalOpening(text)))
  }
  for (const block of candidates) {
    const content = block.content
    const last = content[content.length - 1] as string
    const first = partitionPoint(loose.length, (at) => (loose[at] as {block: Block}).block.index < block.index - CUT_HEADLINE_REACH)
    for (let at = first; at < loose.length; at++) {
      const start = loose[at] as {block: Block; opens?: boolean}
      if (start.block.index > block.index + CUT_HEADLINE_REACH) break
      if (!insideSomeWord(last, start.block.content[0] as string) || !opensLoosely(start)) continue
      // A common word or one of three characters or more across the break (`学习`, `人员伤亡`).
      const evidence = joinEvidence(content, start.block.content)
      if (evidence.score >= 3 && (orphanStart(start.block.content) || (evidence.frequency ?? 0) >= 1000)) {
        block.role = 'body'
        delete block.level
        break
      }
    }
  }
}

/** Sentence openers that a comma follows: connectives and time words. */
const OPENER_BEFORE_COMMA = /^(?:同时|此外|另外|目前|当前|如今|近年来|近日|日前|今年|去年|据悉|据了解|其中|因此|但是|然而|而且|并且|首先|其次|最后|随后|此前|之后|对此|为此|与此同时|当天|当日|今天|昨天)[，,]/u

/** Characters from which a headline-like line with a comma reads as a sentence even right after a title. */
const LONG_CLAUSES = 28

/** Verbs of saying followed by a comma: a reported statement, not a title. */
const SPEECH_THEN_COMMA = /(?:强调|指出|表示|要求|认为|介绍|透露|说|称|提出|坦言|告诉记者)[，,]/u

/**
 * Whether a headline-like block is rather the first half of a cut paragraph,
 * judged by its own wording and by its neighbours:
 * - it opens with a lead byline (`央视网消息（新闻联播）：…`);
 * - it ends on a function word standing alone (`区直各`, `问题，既`, `以及`), or on 第;
 * - it opens with a source and a day of the month (`美国政府19日宣布…`);
 * - it lists with two enumeration commas or more, has no verb and ends on a stub (`王明、李华、张`);
 * - it opens with a connective or time word and a comma (`同时，…`);
 * - a verb of saying introduces a clause (`吕沛强调，化解…`);
 * - it has the aspect particle 了 and follows a body paragraph;
 * - it has a comma and follows a body paragraph, or has a comma and is long:
 *   titles after a story with a comma are rare, while a short deck after its
 *   main title (`开工项目27个，总投资…`) follows a headline and stays one;
 * - it begins mid-sentence or on a lone character and continues the cut body
 *   paragraph before it (a common word across the break: `…辽` + `宁省委、…`);
 * - the next paragraph begins with punctuation, or begins mid-sentence
 *   (`个。`, `体…`) and the join tells (a dictionary word or a number and its
 *   unit across the break), or the join tells strongly after a body paragraph.
 * Titles of phrases set apart by spaces (`主题 副题`) keep their commas.
 */
function isCutParagraph(block: Block, previous: Block | undefined, next: Block | undefined): boolean {
  const content = block.content
  // `央视网消息（新闻联播）：…`, `本报讯（记者…）…`: the lead of a story.
  if (opensWithLead(content)) return true
  if (endsOnFunctionWord(content) || endsOnPrefix(content)) return true
  // `美国政府19日宣布…`: a source and a day of the month open a news sentence; titles do not date the day.
  if (opensWithSourceAndDate(content)) return true
  if (isCutList(content)) return true
  // `同时，…` `目前，…` `近年来，…`: a sentence opener, not a title.
  if (OPENER_BEFORE_COMMA.test(content)) return true
  if (SPEECH_THEN_COMMA.test(content)) return true
  // The aspect particle 了 (`推选了…`) belongs to sentences; titles drop it.
  if (previous?.role === 'body' && content.includes('了') && segment(content).includes('了')) return true
  // Spaces between phrases make a title; spaces inside a quotation do not.
  const spaced = /[\p{Script=Han}][ \u3000]+[\p{Script=Han}“《]/u.test(content.replace(/“[^”]*”/gu, '“”'))
  if (!spaced && /[，,]/u.test(content) && (previous?.role === 'body' || block.chars >= LONG_CLAUSES)) return true
  // The other half: a line beginning mid-sentence (`宁省委、…`) that a cut body paragraph before it runs into (`辽` + `宁`).
  if (previous?.role === 'body' && (orphanStart(content) || startLooseness(content) === 2)) {
    const before = previous.content
    if (cutEnd(before) && joinEvidence(before, content).score >= 3) return true
  }
  // A list label (`一是`, `1.`) opens the next paragraph: no word runs across into it.
  if (!next || next.label) return false
  const following = next.content
  if (/^[，,。、；;：:）)”’》」』！？!?]/u.test(following)) return true
  const evidence = joinEvidence(content, following).score
  // A title may well be followed by a paragraph whose start was lost (`慧工厂…`): the join must tell.
  if (orphanStart(following) && evidence >= 2) return true
  return evidence >= 3 && previous?.role === 'body'
}

function groupArticles(blocks: Block[]): Article[] {
  const articles: Article[] = []
  let current: Article | undefined
  let previousRole: Role | undefined
  const headlineGroup: Block[] = []

  const closeGroup = (): void => {
    assignLevels(headlineGroup)
    headlineGroup.length = 0
  }

  for (const block of blocks) {
    const startsArticle = block.role === 'headline' && previousRole !== 'headline'
    if (!current || startsArticle) {
      current = {index: articles.length, blocks: [], headlines: []}
      articles.push(current)
    }
    if (block.role === 'headline') {
      current.headlines.push(block.index)
      headlineGroup.push(block)
    } else if (headlineGroup.length > 0) {
      closeGroup()
    }
    block.article = current.index
    current.blocks.push(block.index)
    previousRole = block.role
  }
  closeGroup()
  return articles
}

function assignLevels(group: Block[]): void {
  if (group.length === 0) return
  if (group.length === 1) {
    ;(group[0] as Block).level = 'main'
    return
  }
  let mainIndex = 0
  const first = (group[0] as Block).content
  if (KICKER_END.test(first) || group.length >= 3) mainIndex = 1
  group.forEach((block, index) => {
    const content = block.content
    block.level = content.startsWith('—') || content.startsWith('--') ? 'deck' : index < mainIndex ? 'kicker' : index === mainIndex ? 'main' : 'deck'
  })
}

/** unified plugin: run the structure pass and store the page on `file.data.copydesk`. */
export function copydeskStructure(this: Processor) {
  const processor = this
  return function (tree: Root, file: VFile): void {
    const value = String(file)
    file.data.copydesk = buildPage(tree, value, locationOf(tree, value), resolveLocale(settingsOf(processor).locale))
  }
}
