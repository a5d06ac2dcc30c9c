/**
 * Paragraphs cut mid-sentence: how a paragraph ends, how one begins, and how
 * well one continues another.  Shared by the structure pass (a cut paragraph
 * is not a headline) and the `no-truncated-paragraph` rule.
 *
 * Word knowledge comes from jieba's dictionary (word, frequency, part-of-speech
 * tag), which ships inside the `@node-rs/jieba` package and is read through
 * `src/segment.ts`; nothing is learned from copy.  From it we derive one
 * table: how often a character opens a dictionary word rather than sitting
 * inside one (`慧` mostly ends 智慧, `持` mostly ends 坚持/支持), weighted by
 * word frequency.
 */
import {OPENING, PARAGRAPH_END, hanRunLength, SENTENCE_END, isDigit, isHan} from './chinese.js'
import {adjacentInSomeWord, wordOpeningRatio} from './dictionary-tables.js'
import {isSurname, isThreeCharacterName, nameLengthAt, titleEndingAt} from './entities.js'
import {isChineseNumeralChar} from './numerals.js'
import {isCedictOnlyWord, mayOpenCedictOnlyWord} from './lexicon.js'
import {dictionaryEntry, segment, segmentWithGuesses} from './segment.js'

/** Characters a sentence cannot end on: particles, prepositions, conjunctions, quantifying pronouns. */
export const FUNCTION_WORD_END = new Set([...'的之和与及或并而且在对把被将是为从向既各以于但也还就都又已所其这那该每由给让使跟同比至若如因即则'])

/** Measure words and units that follow a number (`77` + `个`). */
const UNIT_START = /^(?:[个名位项次家件条座所台辆只户元亿万千百吨米倍天年月日号人余多批期类种股场亩平%％列架艘株匹棵枚颗篇册届趟例盏宗]|公里|公顷|千米|平方|美元|港元|英镑|欧元)/u

/** Whether text ends on a digit, a Chinese numeral or a decimal point (`35`, `十二`, `1.`). */
function endsOnNumeral(text: string): boolean {
  const last = text[text.length - 1] ?? ''
  return last !== '' && (isDigit(last) || isChineseNumeralChar(last) || last === '.' || last === '．')
}

/** Single-character words of these tags cannot open a sentence: particles, suffixes, measure words, morphemes. */
const BOUND_TAGS = new Set(['uj', 'ul', 'ug', 'uv', 'ud', 'uz', 'u', 'k', 'q', 'ng', 'y', 'e'])

/** Words that close a phrase opened before them (`自开行` + `以来`, `对企业` + `而言`) and so never open a sentence. */
const CLOSING_WORDS = new Set(['以来', '为止', '之际', '之间', '之中', '左右', '而言', '来说', '似的'])

/** First-word tags that open paragraphs cleanly (organisations, names, places, times, pronouns, prepositions, conjunctions, numbers). */
const OPENER_TAGS = new Set(['nt', 'nr', 'nrfg', 'nrt', 'ns', 't', 'r', 'p', 'c', 'm', 'nz', 'i', 'l', 'j', 's', 'tg'])

/** Punctuation a paragraph can legitimately start with. */
const START_PUNCTUATION_OK = new Set([...OPENING, '—', '-', '…', '·', '#', '*', '●', '■', '◆', '▲', '★', '☆', '○', '◎', '※', '【'])

/** Pairs of conjunctions: when the first opens the end of a cut paragraph, the second is expected soon after the join. */
const PAIRED_CONJUNCTIONS: Array<[RegExp, RegExp]> = [
  [/既/u, /^[^。！？]{0,20}?(?:也|又|还)/u],
  [/不仅|不但|不只/u, /^[^。！？]{0,30}?(?:而且|也|还|更)/u],
  [/虽然|尽管/u, /^[^。！？]{0,30}?(?:但|却|可)/u],
  [/一方面/u, /^[^。！？]{0,60}?另一方面/u],
  [/因为/u, /^[^。！？]{0,30}?所以/u],
  [/只有/u, /^[^。！？]{0,30}?才/u],
  [/只要/u, /^[^。！？]{0,30}?就/u]
]

/**
 * Prepositions that open a frame a localizer or a time word closes (`在…中，`,
 * `自…以来，`): when the cut end's last clause holds one (`frameAcross`) and a
 * start opens on its closing word and a comma, the two halves read as one phrase.  No
 * clean paragraph opens on a bare localizer and a comma.
 */
const PREPOSITION_FRAMES: Array<{preposition: RegExp; closing: RegExp}> = [
  {preposition: /[在于]/u, closing: /^(?:过程中|之中|当中|期间|之际|之时|之下|之后|之前|中|上|下|里|内|时|后|前)(?=[，,])/u},
  {preposition: /[自从]/u, closing: /^(?:以来|以后|之后|开始|至今|起)(?=[，,])/u},
  {preposition: /当/u, closing: /^(?:的时候|之时|时)(?=[，,])/u}
]

/**
 * Whether two characters stand next to each other inside some dictionary word:
 * a cheap test before segmenting a join.
 */
export const insideSomeWord = adjacentInSomeWord

/**
 * How often a character opens a dictionary word (`0`–`1`), weighted by word
 * frequency.  Characters absent from the dictionary get `1`.
 */
export const openingRatio = wordOpeningRatio

/**
 * Whether text ends on a function word standing alone (`区直各`, `问题，既`),
 * not on a word that merely ends with one (`应对`, `基地`, `研究所`).
 */
export function endsOnFunctionWord(content: string): boolean {
  const last = content[content.length - 1] ?? ''
  if (!FUNCTION_WORD_END.has(last) && !FUNCTION_WORD_END_2.has(content.slice(-2))) return false
  const words = segment(content.slice(-8))
  const word = words[words.length - 1] ?? ''
  return word === last || FUNCTION_WORD_END_2.has(word)
}

/** Two-character conjunctions and prepositions a sentence cannot end on. */
const FUNCTION_WORD_END_2 = new Set(['以及', '并且', '而且', '或者', '由于', '通过', '根据', '按照', '围绕', '为了', '关于', '对于', '包括', '因为', '所以', '但是', '然而', '如果', '虽然', '尽管', '不仅', '不但', '即使', '已经', '正在', '以便', '从而', '进而'])

/** How a paragraph ends when it does not end a sentence. */
export type CutEndKind = 'function-word' | 'enumeration-comma' | 'comma' | 'number' | 'open'

/** Why a paragraph cannot end there, or `undefined` when it may. */
export function cutEnd(content: string): CutEndKind | undefined {
  const last = content[content.length - 1]
  if (last === undefined || PARAGRAPH_END.has(last)) return undefined
  // An ellipsis typed as dots (`……` after NFKC, `......`).
  if (/(?:\.{3,}|．{3,}|。{3})$/u.test(content)) return undefined
  // A web address or file name at the end (a source line), not a sentence.
  if (/(?:https?:\/\/|www\.)\S+$|\.(?:s?html?|php|aspx?|pdf)$/iu.test(content)) return undefined
  if (last === '、') return 'enumeration-comma'
  if (last === '，' || last === ',') return 'comma'
  if (endsOnFunctionWord(content)) return 'function-word'
  if (endsOnNumeral(content)) return 'number'
  return 'open'
}

/** How a paragraph starts when it does not start a sentence. */
export type OrphanKind = 'punctuation' | 'closing-quote' | 'bound-word' | 'word-inside' | 'fragment' | 'conjunction'

export interface OrphanStart {
  kind: OrphanKind
  /** Offset of the telling text in the content, and its length. */
  at: number
  length: number
}

/** How many openings are remembered: enough for a batch read ahead and the questions asked meanwhile. */
const REMEMBERED = 4096

/**
 * A paragraph's opening is read several times (is it an orphan, how loose, what
 * word crosses the join), and each reading crosses into jieba's native code:
 * the last few thousand openings are remembered, keyed by their characters.
 */
function remembered(read: (head: string) => string, length: number): {first: (content: string) => string; memory: Map<string, string>; length: number} {
  const memory = new Map<string, string>()
  const first = (content: string): string => {
    const head = content.slice(0, length)
    let token = memory.get(head)
    if (token === undefined) {
      if (memory.size >= REMEMBERED) memory.clear()
      token = read(head)
      memory.set(head, token)
    }
    return token
  }
  return {first, memory, length}
}

const openingTokens = remembered((head) => segmentWithGuesses(head)[0] ?? '', 12)

/** The first token of a paragraph (HMM on, so names stay whole). */
export const firstToken = openingTokens.first

/** The first word of a paragraph as the dictionary alone reads it (HMM off). */
const firstWord = remembered((head) => segment(head)[0] ?? '', 8).first

/** Paragraphs read ahead in one call into jieba (at most: half of what is remembered). */
export const OPENINGS_AHEAD = REMEMBERED / 2

/**
 * Read the openings of many paragraphs (up to `OPENINGS_AHEAD`) in one call into
 * jieba, for the questions about to be asked of each: on a long page the calls
 * cost more than the reading.  A line break ends every run jieba reads, so each
 * opening reads as it would alone; one that does not line up with a token is
 * read alone when asked.
 */
export function readOpeningsAhead(contents: readonly string[]): void {
  const {memory, length} = openingTokens
  const heads = [...new Set(contents.map((content) => content.slice(0, length)))].filter((head) => head !== '' && !memory.has(head))
  if (heads.length === 0) return
  if (memory.size + heads.length > REMEMBERED) memory.clear()
  const starts = new Map<number, string>()
  let offset = 0
  for (const head of heads) {
    starts.set(offset, head)
    offset += head.length + 1
  }
  offset = 0
  for (const token of segmentWithGuesses(heads.join('\n'))) {
    const head = starts.get(offset)
    // Only a token within its opening counts (a carriage return ending one joins the line break after it).
    if (head !== undefined && token.length <= head.length) memory.set(head, token)
    offset += token.length
  }
}

/** A closing quote before any opening one: its index, or -1. */
export function strayClosingQuote(content: string): number {
  for (let index = 0; index < content.length; index++) {
    const char = content[index]
    if (char === '“' || char === '「' || char === '『') return -1
    if (char === '”' || char === '」' || char === '』') return index
  }
  return -1
}

/**
 * A first sentence of one to four Han characters, with more text after it
 * (`需求。一大早，…`, `气。长江…`): the tail of a sentence cut before it.  No
 * paragraph of the 198 clean articles we measured opens this way; replies
 * such as `是的。` stand alone or open with a quotation mark.
 */
const FRAGMENT_SENTENCE = /^\p{Script=Han}{1,4}[。；;]/u

/**
 * Conjunctions that join what stands before them and never open a sentence
 * (`和地区问题…` after `…共同关心的重大国际`).  None of the 1,236 paragraphs of
 * 20 characters or more in the clean articles opens with one, against 10 of
 * 933 moved tails.
 */
const JOINING_CONJUNCTIONS = new Set(['和', '及', '以及', '并'])

/** A first clause of one to four Han characters (`突破，`, `机制。`): the sentence fragment above, or a clause as short. */
export const SHORT_FIRST_CLAUSE = /^\p{Script=Han}{1,4}[，,、。；;]/u

/** Whether (and why) a paragraph begins mid-sentence, judged from its beginning alone. */
export function orphanStart(content: string): OrphanStart | undefined {
  const first = content[0]
  if (first === undefined) return undefined
  if (!isHan(first) && !isDigit(first) && !/[\p{L}\s]/u.test(first) && !START_PUNCTUATION_OK.has(first)) {
    return {kind: 'punctuation', at: 0, length: 1}
  }
  const quote = strayClosingQuote(content.slice(0, 200))
  if (quote >= 0) return {kind: 'closing-quote', at: quote, length: 1}
  if (!isHan(first)) return undefined
  const token = firstToken(content)
  if (token.length === 1) {
    const tag = dictionaryEntry(token)?.tag ?? ''
    if (BOUND_TAGS.has(tag)) return {kind: 'bound-word', at: 0, length: 1}
    if (tag !== 'p' && tag !== 'r' && tag !== 'c' && openingRatio(token) < 0.3) return {kind: 'word-inside', at: 0, length: 1}
  }
  if (CLOSING_WORDS.has(token)) return {kind: 'bound-word', at: 0, length: token.length}
  if (JOINING_CONJUNCTIONS.has(token) && isHan(content[token.length] ?? '')) return {kind: 'conjunction', at: 0, length: token.length}
  const fragment = FRAGMENT_SENTENCE.exec(content)
  if (fragment && content.length > fragment[0].length) return {kind: 'fragment', at: 0, length: fragment[0].length - 1}
  return undefined
}

/**
 * A weaker sign, used only to pair a start with a cut end: the paragraph opens
 * on a lone character, or on a word that rarely opens a story paragraph.
 * `2` lone character, `1` plain content word, `0` a clean opener.
 */
export function startLooseness(content: string): number {
  const first = content[0]
  if (first === undefined || !isHan(first)) return 0
  const token = firstToken(content)
  const tag = dictionaryEntry(token)?.tag ?? ''
  // A lone surname before a given name the dictionary lacks (`丁/薛祥`) is a name, not a loose start.
  // 据 opens a paragraph only before its source's report (`据统计，`); otherwise it is the tail of 数据 or 根据 (`据要素…`).
  if (token === '据') return OPENING_WORD.test(content) ? 0 : 2
  if (token.length === 1) return tag === 'p' || tag === 'r' || tag === 'c' || tag.startsWith('nr') ? 0 : 2
  if (OPENER_TAGS.has(tag) || tag === '') return 0
  return 1
}

/** Whether text opens on a verb (`要加强…`, `是…`), as list items often do after their label. */
export function opensOnVerb(content: string): boolean {
  return (dictionaryEntry(firstToken(content))?.tag ?? '').startsWith('v')
}

/**
 * Whether a paragraph opens on a run the dictionary does not know, which
 * jieba's HMM glued together (`记在…`, `行官…`, `克州…`): often the second
 * half of a word cut in two.
 */
export function opensWithUnknownWord(content: string): boolean {
  const token = firstToken(content)
  return token.length > 1 && isHan(token[0] as string) && dictionaryEntry(token) === undefined
}

export interface JoinEvidence {
  /** Points for the join, from the signals below. */
  score: number
  /** A dictionary word spanning the join (`具` + `体`). */
  word?: string
  /** How often the dictionary counts that word. */
  frequency?: number
  /** A number followed by its unit (`77` + `个`). */
  unit?: boolean
  /** A quotation opened before the join and closed after it. */
  quote?: boolean
  /** A paired conjunction completed after the join (`既` … `也`). */
  conjunction?: boolean
  /** A preposition's frame closed after the join (`在防汛抢险` + `中，…`): the preposition and its closing word. */
  frame?: string
  /** A title before the join, the name of its holder and a verb of saying after it (`副秘书长` + `迪卡洛表示，`). */
  title?: boolean
  /** A person's name cut in two: a surname alone before the join, the given name and a verb of saying after it (`。栗` + `战书指出，`), or a name the page gives elsewhere across the join (`习近` + `平`). */
  name?: boolean
  /** Text across the join that the page writes elsewhere, of `PHRASE_MIN` characters or more (`提升整建` + `制推进县`). */
  phrase?: string
  /** The cut end's last sentence is one character that opens the word across the join (`…力量。双` + `方要…`): a word begun, not a sentence. */
  stranded?: boolean
}

/**
 * Characters across a join, written elsewhere on the page, that tell how a
 * cut end runs on.  Five are too few: a place and the name of what stands
 * there (`建成后将为城东` + `净水厂新建…`, where the page names 城东净水厂).
 */
const PHRASE_MIN = 6

/** One place where the page writes the last characters of a cut end again. */
export interface Echo {
  /** How many of the end's last characters it matches (1 to 4). */
  matched: number
  /** Up to six characters that follow them there. */
  after: string
}

/**
 * The places between `from` and `to` where the page writes the last Han
 * character of `end` again (other than at `endAt`, the end itself), with how
 * many characters before it also match the end and what follows, by the first
 * character that follows: a copy of the whole sentence, or a name or term the
 * story repeats, shows how the cut end runs on.  One scan of the range per cut end.
 * Places matching fewer than `minMatched` characters are left out: a function
 * word ending a cut paragraph precedes anything (`…农村社会和` + `习近平总书记…`
 * is no join because the page writes 和习近平总书记 elsewhere).
 */
export function echoesOf(value: string, from: number, to: number, endAt: number, end: string, minMatched = 1): Map<string, Echo[]> {
  const echoes = new Map<string, Echo[]>()
  const last = end[end.length - 1] ?? ''
  if (!isHan(last)) return echoes
  // Searched as a string of its own, so that a character missing within reach costs no scan of the rest of the page.
  const near = value.slice(from, to)
  for (let local = near.indexOf(last); local !== -1; local = near.indexOf(last, local + 1)) {
    const at = from + local
    if (at === endAt - 1) continue
    const next = value[at + 1] ?? ''
    if (!isHan(next)) continue
    let matched = 1
    while (matched < 4 && value[at - matched] === end[end.length - 1 - matched] && isHan(end[end.length - 1 - matched] ?? '')) matched++
    if (matched < minMatched) continue
    // Filed by the character that follows, so that a start looks only at the places that could run into it.
    let list = echoes.get(next)
    if (!list) echoes.set(next, (list = []))
    list.push({matched, after: value.slice(at + 1, at + 7)})
  }
  return echoes
}

/** The longest text across the join of `end` and `start` that one of the echoes shows, if `PHRASE_MIN` characters or more. */
export function phraseAcross(echoes: Map<string, Echo[]>, end: string, start: string): string | undefined {
  let best: string | undefined
  for (const {matched, after} of echoes.get(start[0] ?? '') ?? []) {
    let shared = 0
    while (shared < after.length && after[shared] === start[shared] && isHan(after[shared] as string)) shared++
    const length = matched + shared
    if (length >= PHRASE_MIN && length > (best?.length ?? 0)) best = end.slice(-matched) + start.slice(0, shared)
  }
  return best
}

/** A surname standing alone at the end of a clause (`…座谈会。栗`). */
const SURNAME_END = /(?:^|[。！？!?；;，,：:、\s])\p{Script=Han}$/u

/** A verb of saying (or of condemning, calling, announcing) and the mark after it, as a speaker's name is followed (`表示，`, `谴责，`). */
const SAYING_AFTER_NAME = '(?:表示|说|指出|强调|称|介绍|认为|谴责|呼吁|宣布|回应|透露|警告|坦言)[，,：:]'

/** One or two characters of a given name and a verb of saying (`战书指出，`). */
const GIVEN_NAME_THEN_SAYING = new RegExp(`^\\p{Script=Han}{1,2}${SAYING_AFTER_NAME}`, 'u')

/** A name (two to six characters, `·` allowed) and a verb of saying (`迪卡洛表示，`). */
const NAME_THEN_SAYING = new RegExp(`^[\\p{Script=Han}·]{2,6}?${SAYING_AFTER_NAME}`, 'u')

function unclosedQuote(content: string): boolean {
  let depth = 0
  for (const char of content) {
    if (char === '“') depth++
    else if (char === '”' && depth > 0) depth--
  }
  return depth > 0
}

/** Last clause of a text: after the last sentence or clause mark. */
function lastClause(content: string): string {
  let index = content.length
  while (index > 0 && !CLAUSE_MARKS.has(content[index - 1] as string)) index--
  return content.slice(index)
}

const CLAUSE_MARKS = new Set([...'。！？!?；;，,：:'])

/** How well `start` (the content of one paragraph) continues `end` (the content of another). */
/** What the page says of a name, for the evidence of a join. */
export interface PageNames {
  /** Whether the page writes the name twice or more. */
  namedElsewhere(name: string): boolean
  /** Whether the page writes the name after a title (`团委书记尤如俊`), within reach of the join. */
  titledElsewhere(name: string): boolean
}

export function joinEvidence(end: string, start: string, page?: PageNames): JoinEvidence {
  const evidence: JoinEvidence = {score: 0}
  const endTail = tailHan(end, 4)
  const startHead = headHan(start, 4)
  // The end's last sentence is a single character (`…中坚力量。双`): it can only be the head of a word cut by the break.
  const stranded = endTail.length === 1 && end.length >= 2 && SENTENCE_END.has(end[end.length - 2] as string)
  if (endTail && startHead && insideSomeWord(endTail[endTail.length - 1] as string, startHead[0] as string)) {
    const words = segment(endTail + startHead)
    let offset = 0
    for (const word of words) {
      const next = offset + word.length
      if (offset < endTail.length && next > endTail.length) {
        // The part before the break must start a word of the end read alone (`大使` + `用…` is no `使用`),
        // unless the end read alone glues it to the word before (`经济一体`, a rare entry, + `化`):
        // a common word of three characters or more across the break (`一体化`) is telling enough.
        const before = endTail.length - offset
        // …or the start's first character rarely opens a word (`农情调` + `度显示…`: 情调 read alone, 调度 across).
        const frequency = dictionaryEntry(word)?.frequency ?? 0
        const boundStart = before === 1 && openingRatio(startHead[0] as string) < 0.3 && frequency >= 100
        if (startsWordAtEnd(end, before) || boundStart || (before >= 2 && word.length >= 3 && frequency >= 100)) {
          // The word jieba found, or a shorter, more common word it begins with (`专用设备` → `专用`).
          let best: {word: string; frequency: number} | undefined
          // How the start opens, read once for all the lengths weighed: its first word, and its first token with names guessed.
          let opening: {word: string; token: string} | undefined
          for (let length = before + 1; length <= word.length; length++) {
            const candidate = word.slice(0, length)
            const frequency = dictionaryEntry(candidate)?.frequency ?? 0
            if (frequency === 0 || (best && best.frequency >= frequency)) continue
            // The part after the break must be whole words of the start read alone
            // (`具` + `体可行` → 体/可行), not half of one (`因地制` + `作为` → 作为);
            // words of three characters or more (`总书` + `记`, `首席执` + `行官`) are telling enough alone.
            const after = offset + length - endTail.length
            opening ??= {word: firstWord(start), token: firstToken(start)}
            // A lone character ending a sentence's first word (`。双` + `方要以…`) opens a word, whatever name jieba guesses after it (方要).
            if (!stranded && opensOnProperNameLongerThan(start, opening.token, after)) continue
            if ((length >= 3 && !breaksFirstWord(start, opening.word, after)) || alignsWithWords(start, after)) best = {word: candidate, frequency}
          }
          if (best) {
            evidence.word = best.word
            evidence.frequency = best.frequency
            if (stranded) evidence.stranded = true
            evidence.score += best.frequency >= 100 || best.word.length >= 3 ? 3 : 2
          }
        }
        break
      }
      offset = next
    }
  }
  // A word of three characters or more that jieba's dictionary lacks and CC-CEDICT lists (`年可` + `持续发展…`: 可持续),
  // weighed as a word the dictionary counts often enough to be common here.
  if (evidence.word === undefined && endTail && startHead) {
    const word = cedictWordAcross(end, start, endTail, startHead)
    if (word !== undefined) {
      evidence.word = word
      evidence.frequency = CEDICT_WORD_FREQUENCY
      evidence.score += 3
    }
  }
  if (endsOnNumeral(end) && UNIT_START.test(start) && !opensOnWordPastUnit(start)) {
    evidence.unit = true
    evidence.score += 3
  }
  if (unclosedQuote(end) && strayClosingQuote(start.slice(0, 200)) >= 0) {
    evidence.quote = true
    evidence.score += 3
  }
  // A title cut from the name of its holder: the name must not be a word of its own (`委员会…`), nor one the page
  // gives elsewhere, since a person named elsewhere (with a title of their own) may well open a paragraph (`王沪宁表示，…`).
  if (titleEndingAt(end, end.length) !== undefined && NAME_THEN_SAYING.test(start)) {
    const first = segmentWithGuesses(start.slice(0, 8))[0] ?? ''
    const tag = dictionaryEntry(first)?.tag
    if (first.length >= 2 && (tag === undefined || tag.startsWith('nr')) && !page?.namedElsewhere(first)) {
      evidence.title = true
      evidence.score += 3
    }
  }
  // A person's name of three characters across the join that the page gives elsewhere (`以习近` + `平新时代…`).
  if (evidence.word !== undefined && isThreeCharacterName(evidence.word) && page?.namedElsewhere(evidence.word)) {
    evidence.name = true
  }
  // A person's name of three characters across the join, not a dictionary word, that the page gives after a title elsewhere
  // (`…大学毕业后，尤如` + `俊来到西藏…` beside `团委书记尤如俊`).
  if (!evidence.name && endTail && startHead) {
    for (let before = 1; before <= 2 && before <= endTail.length && 3 - before <= startHead.length; before++) {
      const name = endTail.slice(-before) + startHead.slice(0, 3 - before)
      if (isSurname(name[0]) && dictionaryEntry(name) === undefined && page?.titledElsewhere(name)) {
        evidence.name = true
        evidence.score += 3
        break
      }
    }
  }
  // A name cut after its surname (`。栗` + `战书指出，`).
  if (SURNAME_END.test(end) && isSurname(end[end.length - 1]) && GIVEN_NAME_THEN_SAYING.test(start)) {
    evidence.name = true
    evidence.score += 3
  }
  const clause = lastClause(end)
  const frame = frameAcross(clause, start)
  if (frame !== undefined) {
    evidence.frame = frame
    evidence.score += 2
  }
  for (const [opener, closer] of PAIRED_CONJUNCTIONS) {
    if (opener.test(clause) && closer.test(start)) {
      evidence.conjunction = true
      evidence.score += 2
      break
    }
  }
  return evidence
}

/** How far back in a cut end's last clause a preposition opening a frame is looked for. */
const FRAME_REACH = 40

/**
 * A preposition's frame opened in the cut end's last clause and closed by the
 * start's first word (`在防汛抢险` + `中，…`; after the clause's subject too:
 * `中欧班列自开行` + `以来，…`).  The preposition must be a word of its own
 * (`当地…` opens on 当地, not 当), the last one of the clause, with words after it.
 */
function frameAcross(whole: string, start: string): string | undefined {
  // A frame spans a short phrase: a clause read from its last `FRAME_REACH` characters costs no more however long it runs.
  const clause = whole.slice(-FRAME_REACH)
  for (const {preposition, closing} of PREPOSITION_FRAMES) {
    const closed = closing.exec(start)?.[0]
    if (closed === undefined || !preposition.test(clause)) continue
    let opened: string | undefined
    let offset = 0
    for (const word of segment(clause)) {
      if (preposition.test(word) && word.length === 1) opened = offset + 1 < clause.length ? word : undefined
      offset += word.length
    }
    if (opened !== undefined) return `${opened}…${closed}`
  }
  return undefined
}

/** The frequency a word only CC-CEDICT lists counts for: jieba's threshold for a common word here. */
const CEDICT_WORD_FREQUENCY = 100

/**
 * The longest CC-CEDICT word of three to six characters, not in jieba's
 * dictionary, made of the end's last and the start's first characters, whose
 * halves are whole words of each side read alone: `可` + `持续` (可持续), not
 * `加强` + `针` of `针对` (加强针), nor `次` of `一次` + `一个` (次一个).
 */
function cedictWordAcross(end: string, start: string, endTail: string, startHead: string): string | undefined {
  let best: string | undefined
  for (let before = 1; before <= Math.min(3, endTail.length); before++) {
    for (let after = 1; after <= Math.min(3, startHead.length); after++) {
      if (before + after < 3 || (best !== undefined && best.length >= before + after)) continue
      const first = before === 1 ? startHead.charCodeAt(0) : endTail.charCodeAt(endTail.length - before + 1)
      if (!mayOpenCedictOnlyWord(endTail.charCodeAt(endTail.length - before), first)) continue
      const word = endTail.slice(-before) + startHead.slice(0, after)
      if (isCedictOnlyWord(word) && startsWordAtEnd(end, before) && alignsWithWords(start, after)) best = word
    }
  }
  return best
}

/**
 * Whether the unit a start opens with is only the head of a longer word that
 * opens a sentence (`日` of `日前，…`, `年` of `年初，…`): then no number was cut from it.
 */
function opensOnWordPastUnit(start: string): boolean {
  const unit = UNIT_START.exec(start)?.[0] ?? ''
  return firstWord(start).length > unit.length && typicalOpening(start)
}

/** A first word the dictionary counts this often is a whole word of the start, not half of one across the break. */
const COMMON_FIRST_WORD = 100

/**
 * Whether the first `length` characters of `text` cut through a common word
 * it opens with, read alone (`first`, from `firstWord`: `县` of `县域消费…`):
 * then a word across the break (`在甘肃古浪` + `县域…`: 古浪县) is a coincidence.
 */
function breaksFirstWord(text: string, first: string, length: number): boolean {
  if (first.length <= length || (dictionaryEntry(first)?.frequency ?? 0) < COMMON_FIRST_WORD) return false
  // A word the first word begins with is whole too (`越共` + `中央书记处…`: 中央 opens 中央书记处).
  return length === 1 || dictionaryEntry(text.slice(0, length)) === undefined
}

/** The last character of a place's name (`华溪村`, `资兴市`). */
const PLACE_END = /^[村镇乡县市区州岛]$/u

/**
 * Whether `text` opens on a proper name longer than `length` characters, as
 * jieba's HMM reads it (`token`, from `firstToken`): a person's name standing where names stand
 * (`金民锡表示`; not `罗夫斯克等`), or a place (`华溪村地处…`).  A word across
 * the break that takes its first character is a coincidence (`…领域合` +
 * `金民锡表示，…`: 合金; `…以两国` + `王庭惠代表…`: 国王; `…清真寺大` +
 * `华溪村…`: 大华).
 */
function opensOnProperNameLongerThan(text: string, token: string, length: number): boolean {
  if (token.length <= length) return false
  // A person's name ends where a mark or a word that follows names stands.
  if (nameLengthAt(text, 0) === token.length) {
    const tag = dictionaryEntry(token)?.tag
    if (tag === undefined || tag.startsWith('nr')) return true
  }
  // A place the segmenter guesses whole (`华溪村地处…`), the dictionary knowing no such word.
  return token.length >= 3 && PLACE_END.test(token[token.length - 1] ?? '') && dictionaryEntry(token) === undefined
}

/** Whether `length` characters from the start of `text` end on a word boundary of its own segmentation. */
function alignsWithWords(text: string, length: number): boolean {
  let offset = 0
  for (const word of segment(text.slice(0, length + 8))) {
    offset += word.length
    if (offset === length) return true
    if (offset > length) return false
  }
  return offset === length
}

/** Whether, in `text` segmented alone, a word starts `length` characters before its end. */
function startsWordAtEnd(text: string, length: number): boolean {
  const piece = text.slice(-(length + 8))
  const target = piece.length - length
  let offset = 0
  for (const word of segment(piece)) {
    if (offset === target) return true
    if (offset > target) return false
    offset += word.length
  }
  return offset === target
}

/** The last `count` characters of `text` when they are all Han (else the Han run at the end). */
function tailHan(text: string, count: number): string {
  return text.slice(text.length - hanRunLength(text, text.length - 1, -1, count))
}

/** The first `count` characters of `text` when they are all Han (else the Han run at the start). */
function headHan(text: string, count: number): string {
  return text.slice(0, hanRunLength(text, 0, 1, count))
}

/** A first clause that is a time, a place or a topic set off by a comma (`近日，` `今年以来，` `在…期间，` `公路方面，`). */
const OPENING_CLAUSE = /^[^，,。；;：:！？!?“”]{1,14}?(?:以来|期间|假期|之际|之初|之后|以后|以前|之前|当天|当晚|当日|上午|中午|下午|晚上|晚间|傍晚|凌晨|清晨|早上|近日|日前|目前|方面|看来|为此|对此|此外|同时|随后|其中|另外|据悉|据了解|据介绍|年|月|日|时|后|前|中|里|上|初|底)[，,]/u

/** Words a new paragraph commonly opens with; 据 only before its source's report (`据统计，` `据商务部监测，`), not as the tail of 数据 (`据要素治理制度。`). */
const OPENING_WORD = /^(?:作为[^，,。；;：:！？!?]{2,24}[，,]|近日|日前|目前|当前|近年来|近期|今年|去年|此前|随后|同时|此外|另外|与此同时|对此|为此|据(?=[^。！？!?；;]{0,24}?(?:统计|介绍|了解|悉|报道|监测|显示|称|消息|通报|估计|测算|预计|调查|披露|透露|获悉|发布))|另据|记者|会上|会议(?!中心)|央视网消息|新华社|本报讯|本台消息|其中|一方面|另一方面|首先|其次|最后|总之|因此|然而|但是|不过|所以|如今|眼下|截至|截止)/u

/** A source and a day of the month (`美国媒体13日`, `安理会17日`). */
const SOURCE_AND_DAY = '^[^，,。；;：:！？!?“”]{2,14}?[0-9０-９一二三四五六七八九十]{1,3}日'

/** A source and a date before what it reports (`美国媒体13日援引…`, `俄罗斯国防部12日称`). */
const SOURCE_OPENING = new RegExp(`${SOURCE_AND_DAY}(?:援引|报道|发布|通报|宣布|批准|表示|称|电)`, 'u')

/** A string of official titles (`中共中央政治局常委、国务院总理李强，…`), the way lists of attendees open. */
const TITLES_OPENING = /^(?:中共中央|中央|全国人大|全国政协|国务院|国家)[^，,。；;：:]{0,12}?(?:委员|常委|书记|主席|总理|部长|秘书长)/u

/** A short paragraph of attendees (`蔡奇、王毅等参加上述活动。`). */
const ATTENDANCE = /^[^。！？!?]{2,40}(?:参加|出席|陪同)(?:上述活动|会见|会晤|会谈|活动|仪式|座谈会|会议)?[。.]?$/u

/** A name or a title followed by a verb of saying (`王明说，` `区长表示：` `大会号召，`). */
const SPEAKER_OPENING = /^(?:[他她我你]|[^，,。；;：:！？!?“”]{2,10}?)(?:说|讲|表示|指出|介绍|强调|认为|提出|称|坦言|告诉记者|号召|呼吁|宣布|透露)[，,：:]/u

/**
 * A short time phrase and a comma, beyond the suffixes of `OPENING_CLAUSE`:
 * `今天，` `同一天，` `下一步，` `十年来，` `这个夏天，` `金秋时节，` `这一刻，`;
 * and a clause of when, however long (`当高楼大厦在我国大地上遍地林立时，`).
 */
const TIME_OPENING = /^(?:[^，,。；;、：:！？!?“”]{0,6}?(?:今天|当天|同一天|这一天|当晚|下一步|年来|日来|时节|这一刻|此时此刻|春天|夏天|秋天|冬天|春季|夏季|秋季|冬季|春节)|这个[^，,。；;、：:！？!?“”]{1,4}|当[^，,。；;、：:！？!?“”]{2,30}?(?:时|之时|的时候|之际))[，,]/u

/**
 * Whether a line opens with a source and a day of the month before what it
 * reports (`美国政府19日宣布…`): a news sentence's opening, never a title's.
 */
export function opensWithSourceAndDate(content: string): boolean {
  if (SOURCE_OPENING.test(content)) return true
  // A source, a date and a coverb whose verb never comes (`联合国安理会17日就乌克兰`): cut before the verb.
  const coverb = SOURCE_COVERB.exec(content)
  // A verbal noun (`防汛工作`) is no verb.
  return coverb !== null && !segment(coverb[1] as string).some((word) => dictionaryEntry(word)?.tag === 'v')
}

/** A source and a date before a coverb (`安理会17日就…`, `外交部12日对…`), and what follows it to the end of the line. */
const SOURCE_COVERB = new RegExp(`${SOURCE_AND_DAY}(?:就|对|向|同|与|将|把)([^，,。；;：:！？!?“”]*)$`, 'u')

/** A line ending on the prefix 第 (`…入选全省第`): its number was cut off. */
export function endsOnPrefix(content: string): boolean {
  return /第$/u.test(content)
}

/**
 * A list of two enumeration commas or more, without a verb, whose last item is
 * a stub of one to four characters, shorter than the item before it and no
 * title (`王明、李华、张`, `…副总理拉马托夫、塞尔维`): a list cut inside a
 * sentence, not a title.
 */
export function isCutList(content: string): boolean {
  if ((content.match(/、/gu) ?? []).length < 2) return false
  const items = content.split('、')
  // The last item may follow 和 (`…胡春华和张`): the stub after it is the item cut short.
  const tail = items[items.length - 1] as string
  const last = /^\p{Script=Han}{2,4}[和及与](\p{Script=Han}{1,2})$/u.exec(tail)?.[1] ?? tail
  // Parallel items of one length (`天更蓝、水更清、山更绿`) make a slogan; a cut leaves the last one short.
  if (!/^\p{Script=Han}{1,4}$/u.test(last) || titleEndingAt(last, last.length) !== undefined || last.length >= (items[items.length - 2] as string).length) return false
  // Names read whole (HMM on); a lone character's tag says little (`拉马/托/夫`).
  return !segmentWithGuesses(content).some((word) => word.length >= 2 && (dictionaryEntry(word)?.tag ?? '').startsWith('v'))
}

/**
 * Whether a paragraph opens the way paragraphs do: a time, place or topic
 * phrase and a comma (`作为…，` too), a word such as `近日` or `随后`, a speaker and a verb
 * of saying, a source and a date, a string of official titles, or a short
 * line of attendees.  A tail cut from another paragraph almost never does.
 */
export function typicalOpening(content: string): boolean {
  return OPENING_WORD.test(content) || OPENING_CLAUSE.test(content) || TIME_OPENING.test(content) || SPEAKER_OPENING.test(content) || SOURCE_OPENING.test(content) || TITLES_OPENING.test(content) || ATTENDANCE.test(content)
}
