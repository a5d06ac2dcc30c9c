/**
 * `consistent-names`: one person or organisation written several ways on a
 * page, lists of the same officials in different orders, and names the house
 * glossary rules out.
 */
import {partitionPoint} from '../src/bisect.js'
import {foldForComparison, hanRunLength, isAllHan, isDigit, isHan, isHanCode, SENTENCE_END} from '../src/chinese.js'
import {isChineseNumeralChar} from '../src/numerals.js'
import {
  extractOrganisations,
  endsInInstitution,
  extractPeople,
  isCommonWord,
  isPrepositionBeforePlace,
  isThreeCharacterName,
  type Mention,
  type NameList,
  ORGANISATION_SUFFIXES,
  TITLE_WORDS,
  isTitleWord,
  titleEndingAt,
  titleStartingAt,
  titleWordsIn
} from '../src/entities.js'
import {type Bilingual, quotedBoth} from '../src/i18n.js'
import {defineRule, optionError, type RuleContext} from '../src/rule.js'
import type {Block, Page} from '../src/structure.js'
import {dictionaryEntry, segment} from '../src/segment.js'
import {isCedictOnlyWord, isCedictVerb} from '../src/lexicon.js'
import {NEAR_COPY_MIN_CHARS, NEAR_COPY_SIMILARITY, similarity} from '../src/text-similarity.js'
import {CONTEXT, enoughContext, findPhraseSlips, isBoundary, type PhraseMatch, type PhraseSlip, RARE_PAIR} from '../src/phrase-slips.js'

export interface GlossaryEntry {
  /** The house form. */
  expected: string
  /** Forms to replace with it. */
  patterns: string[]
}

export interface Options {
  glossary: GlossaryEntry[]
  /** Whether to compare lists of officials for their order. */
  checkOrder: boolean
}

const DEFAULTS: Options = {glossary: [], checkOrder: true}

function validateOptions(options: Options): Options {
  if (typeof options.checkOrder !== 'boolean') throw optionError('consistent-names', '`checkOrder` must be true or false')
  if (!Array.isArray(options.glossary)) throw optionError('consistent-names', '`glossary` must be an array of `{expected, patterns}`')
  for (const entry of options.glossary as unknown[]) {
    const candidate = entry as Partial<GlossaryEntry> | null
    if (
      !candidate ||
      typeof candidate !== 'object' ||
      typeof candidate.expected !== 'string' ||
      candidate.expected.length === 0 ||
      !Array.isArray(candidate.patterns) ||
      candidate.patterns.length === 0 ||
      !candidate.patterns.every((pattern) => typeof pattern === 'string' && pattern.length > 0)
    ) {
      throw optionError('consistent-names', `each glossary entry needs \`expected\` (a string) and \`patterns\` (non-empty strings), not \`${JSON.stringify(entry)}\``
      )
    }
  }
  return options
}

/** A form of a name and where it stands. */
interface Form {
  name: string
  places: Array<{start: number; end: number}>
}

/** Characters whose difference makes a different entity: numbers, directions, ordinals. */
const DISTINGUISHING = new Set([...'一二三四五六七八九十零〇两百千万亿0123456789０１２３４５６７８９东南西北中上下前后内外左右新老大小分总'])

const LEFT_OF_NAME = new Set([...'同和与及对向给由、，,：:（(“ \u3000\n。！？!?；;'])
const RIGHT_OF_NAME = new Set([...'，,、。：:；;（()）！？!? \u3000\n”'])
const AFTER_SPEECH = /^(?:说|表示|指出|强调|要求|在|出席|参加|主持|一行|等|同志|和|与|及|同|摄|介绍|认为|告诉|提出|调研|讲话|会见|会谈|致|向|就|对|时|阐述|通电话|签署|发表|宣布|访问|抵达|举行|是于|于)/u

/** Title words right before or after a place: `主席|` or `|总书记`. */
function titlesAround(text: string, place: {start: number; end: number}): string[] {
  const out: string[] = []
  const before = titleEndingAt(text, place.start)
  if (before) out.push(`${before}|`)
  const after = titleStartingAt(text, place.end)
  if (after) out.push(`|${after}`)
  return out
}

/** Whether the text at `start`…`end` stands where a person's name stands. */
function personContext(text: string, start: number, end: number): boolean {
  // A title after the name is context enough: `根据习近平总书记…`.
  if (titleStartingAt(text, end) !== undefined) return true
  const left = start === 0 || LEFT_OF_NAME.has(text[start - 1] as string) || titleEndingAt(text, start) !== undefined || BEFORE_NAME.test(text.slice(Math.max(0, start - 2), start))
  const right = end >= text.length || RIGHT_OF_NAME.has(text[end] as string) || AFTER_SPEECH.test(text.slice(end, end + 3))
  // A three-character name sharing two characters with a known one needs one side; a two-character name both.
  return end - start >= 3 ? left || right : left && right
}

/** Marks before a clause: a name right after one opens the clause. */
const CLAUSE_BEFORE = new Set([...'，,。；;：:！？!?\n'])

/** Marks before a sentence: a bare name right after one is someone the story has introduced. */
const SENTENCE_OPENING = new Set([...'。！？!?\n'])

/** Mentions that make a name the main person of a story. */
const MAIN_PERSON_MENTIONS = 3

/** A verb of saying right after a two-character name: `李强表示`. */
const SPEECH = /^(?:指出|强调|表示|提出|说[，,：:]|阐述|介绍|要求)/u

const BEFORE_NAME = /(?:会见|会晤|受到|接见|看望|陪同|邀请|同志|致电|致信|祝贺|感谢|[一二三四五六七八九十]是)$/u

/** Positions of every occurrence of the given names in the text, in one pass. */
function occurrences(text: string, names: Iterable<string>): Map<string, Array<{start: number; end: number}>> {
  const found = new Map<string, Array<{start: number; end: number}>>()
  const lengths = new Set<number>()
  for (const name of names) {
    found.set(name, [])
    lengths.add(name.length)
  }
  const sorted = [...lengths].sort((a, b) => a - b)
  // First characters as code units: a string per character of the page would feed the collector.
  const firsts = new Set([...found.keys()].map((name) => name.charCodeAt(0)))
  for (let index = 0; index < text.length; index++) {
    if (!firsts.has(text.charCodeAt(index))) continue
    for (const length of sorted) {
      const places = found.get(text.slice(index, index + length))
      if (places) places.push({start: index, end: index + length})
    }
  }
  return found
}

/**
 * Near occurrences: places where the text differs from one of `forms` in
 * exactly one character after the first.  Anchored on the first two
 * characters, or the first and third, so the scan is linear.
 */
function nearOccurrences(text: string, forms: Iterable<string>): Array<{form: string; variant: string; start: number; position: number}> {
  const byPrefix = new Map<string, string[]>()
  const bySkip = new Map<string, string[]>()
  const byFirst = new Map<string, string[]>()
  const add = (map: Map<string, string[]>, key: string, form: string): void => {
    const list = map.get(key)
    if (list) list.push(form)
    else map.set(key, [form])
  }
  for (const form of forms) {
    if (form.length === 2) add(byFirst, form[0] as string, form)
    else if (form.length >= 3) {
      add(byPrefix, form.slice(0, 2), form)
      add(bySkip, `${form[0]}${form[2]}`, form)
    }
  }
  const out: Array<{form: string; variant: string; start: number; position: number}> = []
  const firsts = new Set<number>()
  for (const map of [byPrefix, bySkip, byFirst]) for (const key of map.keys()) firsts.add(key.charCodeAt(0))
  for (let index = 0; index + 1 < text.length; index++) {
    if (!firsts.has(text.charCodeAt(index))) continue
    const first = text[index] as string
    const compare = (form: string, skip: number): void => {
      const variant = text.slice(index, index + form.length)
      if (variant.length !== form.length) return
      let position = -1
      for (let offset = 1; offset < form.length; offset++) {
        if (variant[offset] === form[offset]) continue
        if (position !== -1 || offset === skip) return
        position = offset
      }
      if (position !== -1) out.push({form, variant, start: index, position})
    }
    for (const form of byFirst.get(first) ?? []) compare(form, 0)
    for (const form of byPrefix.get(text.slice(index, index + 2)) ?? []) compare(form, 1)
    const skipKey = `${first}${text[index + 2] ?? ''}`
    for (const form of bySkip.get(skipKey) ?? []) if (text[index + 1] !== form[1]) compare(form, 0)
  }
  return out
}

/** Whether the character at `position` of `name` lies inside a dictionary word of two or more characters, one not too rare to count (`西源` does not). */
function inWord(name: string, position: number): boolean {
  let offset = 0
  for (const token of segment(name)) {
    if (position >= offset && position < offset + token.length) return token.length >= 2 && (dictionaryEntry(token)?.frequency ?? 0) >= RARE_WORD
    offset += token.length
  }
  return false
}

/** An organisation's name split after each 院/公司/大学… into units (`市第二人民医院` + `新区(示范区)医院`). */
function units(name: string): string[] {
  return name.split(UNIT_END)
}

const UNIT_END = new RegExp(`(?<=院|${ORGANISATION_SUFFIXES.join('|')})(?=.)`, 'u')

/** The surroundings of a place inside its line: a paragraph printed twice has the same ones, whatever stands before it. */
function surroundings(text: string, place: {start: number; end: number}): string {
  const before = text.slice(Math.max(0, place.start - 8), place.start)
  const after = text.slice(place.end, place.end + 8)
  return `${before.slice(before.lastIndexOf('\n') + 1)}|${after.split('\n', 1)[0] as string}`
}

/** How many different surroundings the places have: a passage printed twice counts once. */
function distinctContexts(text: string, places: Array<{start: number; end: number}>): number {
  if (places.length > 4) return places.length
  return new Set(places.map((place) => surroundings(text, place))).size
}

/** Keys under which two forms of an organisation count as the same: brackets as alternatives, 第二人民医院 as 二院. */
function organisationKeys(name: string): string[] {
  let keys = ['']
  for (const unit of units(foldForComparison(name))) {
    const options = new Set<string>()
    const bracket = /^(.*?)（([^（）]+)）(.*)$/u.exec(unit)
    if (bracket) {
      options.add(`${bracket[1]}${bracket[3]}`)
      // The bracket content stands for the word before it: 新区(示范区)医院 = 示范区医院.
      const before = bracket[1] as string
      const head = /[\p{Script=Han}]*?([\p{Script=Han}]{2,4})$/u.exec(before)
      const replaced = head ? before.slice(0, before.length - (head[1] as string).length) : ''
      options.add(`${replaced}${bracket[2]}${bracket[3]}`)
    } else options.add(unit)
    const normalised = new Set<string>()
    for (const option of options) normalised.add(option.replace(/第([一二三四五六七八九十]+)人民医院$/u, '$1院').replace(/第([一二三四五六七八九十]+)(中学|小学)$/u, (_, n: string, school: string) => n + school[0]))
    keys = keys.flatMap((key) => [...normalised].map((option) => (key ? `${key}|${option}` : option)))
    if (keys.length > 16) keys = keys.slice(0, 16)
  }
  return keys
}

class UnionFind {
  private parent = new Map<string, string>()
  find(key: string): string {
    let root = key
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) as string
    let node = key
    while (node !== root) {
      const next = this.parent.get(node) ?? root
      this.parent.set(node, root)
      node = next
    }
    if (!this.parent.has(root)) this.parent.set(root, root)
    return root
  }
  union(a: string, b: string): void {
    const rootA = this.find(a)
    const rootB = this.find(b)
    if (rootA !== rootB) this.parent.set(rootB, rootA)
  }
}

type Reporter = RuleContext<Options>

/** A one-off variant of a form: one group of the two, with the usual form offered as the fix. */
function reportVariant(context: Reporter, form: Form, variant: Form, kind: 'person' | 'organisation'): void {
  reportGroup(context, [form, variant], kind, {expected: [form.name]})
}

/** One message for a group of forms of one name: on the form used least (the later on a tie). */
function reportGroup(context: Reporter, forms: Form[], kind: 'person' | 'organisation', extra: {info?: boolean; expected?: string[]}): void {
  const ordered = [...forms].sort((a, b) => (a.places[0]?.start ?? 0) - (b.places[0]?.start ?? 0))
  let flagged = ordered[ordered.length - 1] as Form
  for (const form of ordered) if (form.places.length < flagged.places.length) flagged = form
  const others = ordered.filter((form) => form !== flagged)
  const first = others[0] as Form
  const place = flagged.places[0] as {start: number; end: number}
  const listZh = others.map((form) => `${quotedBoth(form.name).zh}（${context.at((form.places[0] as {start: number}).start)}${form.places.length > 1 ? `等 ${form.places.length} 处` : ''}）`).join('、')
  const listEn = others
    .map((form) => `${quotedBoth(form.name).en} (${context.at((form.places[0] as {start: number}).start)}${form.places.length > 1 ? `, ${form.places.length} times` : ''})`)
    .join(', ')
  const here = quotedBoth(flagged.name)
  const reason: Bilingual =
    kind === 'person'
      ? {
          zh: `人名前后不一：此处作${here.zh}，本页另作${listZh}；请核对是否同一人`,
          en: `Name written two ways: ${here.en} here, ${listEn} elsewhere on the page; check whether it is one person`
        }
      : {
          zh: `机构名称前后不一：此处作${here.zh}，本页另作${listZh}；同一机构应统一写法${extra.info ? '（也可能是不同机构，请核对）' : ''}`,
          en: `Organisation named several ways: ${here.en} here, ${listEn} elsewhere on the page; use one form${extra.info ? ' (they may be different organisations: check)' : ''}`
        }
  const options: Parameters<Reporter['report']>[2] = {
    cause: {start: (first.places[0] as {start: number}).start, end: (first.places[0] as {end: number}).end, note: {zh: `另一写法${quotedBoth(first.name).zh}`, en: `the other form ${quotedBoth(first.name).en}`}},
    data: {forms: ordered.map((form) => ({name: form.name, count: form.places.length}))}
  }
  if (extra.info) options.info = true
  if (extra.expected) options.expected = extra.expected
  context.report(place, reason, options)
}

/** A name and a longer name with one more word (`蒙牛公司` / `蒙牛焦作公司`): on the form met later. */
function reportRelated(context: Reporter, shorter: Form, longer: Form, word: string): void {
  const [first, later] = (shorter.places[0]?.start ?? 0) < (longer.places[0]?.start ?? 0) ? [shorter, longer] : [longer, shorter]
  const place = later.places[0] as {start: number; end: number}
  const firstPlace = first.places[0] as {start: number; end: number}
  const here = quotedBoth(later.name)
  const there = quotedBoth(first.name)
  const extra = quotedBoth(word)
  context.report(
    place,
    {
      zh: `机构名称可能不一：此处作${here.zh}，${context.at(firstPlace.start)} 作${there.zh}（多${extra.zh}）；若是同一机构，应统一写法`,
      en: `Organisation possibly named two ways: ${here.en} here, ${there.en} at ${context.at(firstPlace.start)} (with ${extra.en}); if they are one organisation, use one form`
    },
    {info: true, cause: {...firstPlace, note: {zh: `另一写法${there.zh}`, en: `the other form ${there.en}`}}}
  )
}

/** The block at an offset, by binary search over the blocks. */
function blockFinder(page: Page): (offset: number) => Block | undefined {
  const {blocks} = page
  // The last block starting at or before the offset.
  return (offset) => blocks[Math.max(0, partitionPoint(blocks.length, (index) => (blocks[index] as Block).start <= offset) - 1)]
}

/** The article at an offset. */
function articleFinder(page: Page): (offset: number) => number {
  const blockAt = blockFinder(page)
  return (offset) => blockAt(offset)?.article ?? 0
}

/** People whose name appears once in a form one character away from a name used elsewhere. */
function checkPeople(context: Reporter, mentions: Mention[], lists: NameList[]): void {
  const {value} = context.page
  const known = new Set(mentions.map((mention) => mention.name))
  if (known.size === 0) return
  const sameList = new Set<string>()
  for (const list of lists) for (const a of list.names) for (const b of list.names) if (a !== b) sameList.add(`${a.name}|${b.name}`)

  const candidates = nearOccurrences(value, known).filter(({form, variant, start}) => {
    if (![...variant].every(isHan)) return false
    if (!personContext(value, start, start + variant.length)) return false
    if (endsInInstitution(variant) || endsInInstitution(form) || isPrepositionBeforePlace(form) || isPrepositionBeforePlace(variant)) return false
    // `现任市委…`: the surname character ends a word before it.
    if (start > 0 && isCommonWord(value.slice(start - 1, start + 1))) return false
    const entry = dictionaryEntry(variant)
    if (entry && !entry.tag.startsWith('nr')) return false
    // A party to talks, not a person (`韩方表示` beside `韩立`).
    if (variant.length === 2 && variant[1] === '方') return false
    return true
  })
  if (candidates.length === 0) return
  const counts = occurrences(value, new Set([...known, ...candidates.map((candidate) => candidate.variant)]))
  const listAt = new Map<number, NameList>()
  for (const list of lists) for (const name of list.names) listAt.set(name.start, list)
  const articleAt = articleFinder(context.page)
  const blockAt = blockFinder(context.page)
  const reported = new Set<string>()
  for (const candidate of candidates) {
    const {form, variant} = knownNameFirst(value, counts, candidate)
    const key = [form, variant].sort().join('|')
    if (reported.has(key) || sameList.has(`${form}|${variant}`)) continue
    const formPlaces = counts.get(form) ?? []
    const variantPlaces = counts.get(variant) ?? []
    // The variant is used once (a passage printed twice counts once) ...
    if (variantPlaces.length === 0 || distinctContexts(value, variantPlaces) !== 1 || formPlaces.length < 1) continue
    const variantPlace = variantPlaces[0] as {start: number; end: number}
    // Different stories on one page name different people: the other form must be in the same story.
    const story = articleAt(variantPlace.start)
    if (!formPlaces.some((place) => articleAt(place.start) === story)) continue
    const variantTitles = titlesAround(value, variantPlace)
    // A sentence opens after a mark that ends one, or right after a paragraph's list label (`二是李强…`, `（二）李强…`).
    const afterLabel = (): boolean => {
      const block = blockAt(variantPlace.start)
      return block?.label !== undefined && value.slice(block.start, variantPlace.start).trim() === block.label.text.trim()
    }
    const opensSentence = SENTENCE_OPENING.has(value[variantPlace.start - 1] ?? '\n') || afterLabel()
    // A line of attendees recalling the people a story has named (`秘书长周建华` … `刘志强、陈红梅、周建桦等参加上述活动`):
    // when every other name of its list stands elsewhere on the page, a one-off in it, one character off a person the
    // story names with a title, is that person.
    let recall: boolean | undefined
    const recalled = (): boolean => {
      if (recall !== undefined) return recall
      const list = listAt.get(variantPlace.start)
      const others = list?.names.filter((name) => name.start !== variantPlace.start) ?? []
      recall =
        list !== undefined &&
        others.every((other) => (counts.get(other.name) ?? []).some((place) => place.start < list.start || place.start >= list.end)) &&
        formPlaces.some((place) => articleAt(place.start) === story && titlesAround(value, place).length > 0)
      return recall
    }
    // ... while the other form repeats, or stands after the same title.
    if (formPlaces.length < 2 && !recalled()) {
      const formTitles = new Set(formPlaces.flatMap((place) => titlesAround(value, place)))
      // A three-character name after a title, then opening a clause before a verb of saying (`总理席尔瓦` … `席尔吴表示`).
      const opensClause = form.length >= 3 && formTitles.size > 0 && opensSentence && SPEECH.test(value.slice(variantPlace.end, variantPlace.end + 2))
      // A three-character name in the story's headline, then after a title in its text: the headline names the person the
      // story introduces (`习近平观看…` … `中央军委主席习近王，`).
      const introduced = (headline: {start: number}, place: {start: number; end: number}): boolean =>
        blockAt(headline.start)?.role === 'headline' && blockAt(place.start)?.role === 'body' && articleAt(headline.start) === articleAt(place.start) && titlesAround(value, place).length > 0
      const formPlace = formPlaces[0] as {start: number; end: number}
      const headlined = form.length >= 3 && (introduced(formPlace, variantPlace) || introduced(variantPlace, formPlace))
      const opensParagraph = form.length === 2 && formTitles.size > 0 && opensSentence && variantTitles.length === 0
      if (!opensClause && !headlined && !opensParagraph && (form.length < 3 || !variantTitles.some((title) => formTitles.has(title)))) continue
    }
    // Two-character names differ in the whole given name: ask for a title beside the variant, or a verb of saying after it,
    // or the other form to be the story's main person (three mentions or more) while the variant opens a clause without
    // a title, before a verb (`，李励在…`): a story introduces a new person with a title or a role first.
    const beforeVerb = AFTER_SPEECH.test(value.slice(variantPlace.end, variantPlace.end + 3))
    const mainPerson = (): boolean =>
      (opensSentence || CLAUSE_BEFORE.has(value[variantPlace.start - 1] ?? '\n')) &&
      beforeVerb &&
      distinctContexts(value, formPlaces.filter((place) => articleAt(place.start) === story)) >= MAIN_PERSON_MENTIONS
    // A paragraph or a sentence that opens on a bare name before a verb speaks of someone the story has introduced: a
    // one-off name there, one character off a person the story gives a title, is that person (`国务院总理李强` … `李日在讲话中表示`).
    const introducedOnce = (): boolean =>
      opensSentence &&
      beforeVerb &&
      formPlaces.some((place) => articleAt(place.start) === story && titlesAround(value, place).length > 0)
    if (form.length === 2 && variantTitles.length === 0 && !SPEECH.test(value.slice(variantPlace.end, variantPlace.end + 2)) && !mainPerson() && !introducedOnce() && !recalled()) continue
    reported.add(key)
    reportVariant(context, {name: form, places: formPlaces}, {name: variant, places: variantPlaces}, 'person')
  }
}

function checkOrganisations(context: Reporter, mentions: Mention[]): void {
  const {value} = context.page
  if (mentions.length === 0) return
  const distinct = new Map<string, Form>()
  // Headlines abbreviate by custom: a form used only in headlines is not compared with the body's.
  const inBody = new Map<string, Form>()
  for (const mention of mentions) {
    const place = {start: mention.start, end: mention.end}
    for (const map of context.page.blocks[mention.block]?.role === 'headline' ? [distinct] : [distinct, inBody]) {
      const form = map.get(mention.name)
      if (form) form.places.push(place)
      else map.set(mention.name, {name: mention.name, places: [place]})
    }
  }

  // Forms that share a key (brackets as alternatives, 第二人民医院 as 二院) are one organisation.
  const union = new UnionFind()
  for (const name of inBody.keys()) {
    const keys = organisationKeys(name)
    for (const key of keys) union.union(`k:${keys[0]}`, `k:${key}`)
    union.union(`n:${name}`, `k:${keys[0]}`)
  }
  const groups = new Map<string, Form[]>()
  for (const [name, form] of inBody) {
    const root = union.find(`n:${name}`)
    const group = groups.get(root)
    if (group) group.push(form)
    else groups.set(root, [form])
  }
  const grouped = new Set<string>()
  for (const group of groups.values()) {
    // Forms that differ only by a bracketed alternative dropped (`示范区(高新区)党工委`, then `示范区党工委`) are the usual short form.
    const cores = new Set(group.map((form) => foldForComparison(form.name).replace(/（[^（）]*）/gu, '')))
    if (group.length < 2 || cores.size < 2) continue
    // An abbreviation the copy introduces (`以下简称市二院`) is no inconsistency.
    if (group.some((form) => form.places.some((place) => /(?:简称|下称)[“”"「」]?$/u.test(value.slice(Math.max(0, place.start - 4), place.start))))) continue
    for (const form of group) grouped.add(form.name)
    reportGroup(context, group, 'organisation', {})
  }

  // A longer name with a place inside (`蒙牛公司` / `蒙牛焦作公司`): a subsidiary, or the same company.  Information only.
  const related = new Set<string>()
  for (const [name, form] of inBody) {
    if (grouped.has(name) || name.length > 16) continue
    const tokens = segment(name)
    let offset = (tokens[0] ?? '').length
    for (let index = 1; index < tokens.length - 1; offset += (tokens[index] as string).length, index++) {
      const token = tokens[index] as string
      if (token.length < 2 || ![...token].every(isHan) || [...token].every((char) => DISTINGUISHING.has(char))) continue
      const shorter = name.slice(0, offset) + name.slice(offset + token.length)
      const other = inBody.get(shorter)
      if (!other || grouped.has(shorter) || related.has(shorter) || related.has(name)) continue
      if (dictionaryEntry(name) && dictionaryEntry(shorter)) continue
      related.add(name)
      related.add(shorter)
      reportRelated(context, other, form, token)
    }
  }

  // One character changed in a long name (`西藏佛学院` / `西成佛学院`).
  const long = new Set<string>()
  for (const name of distinct.keys()) {
    if (grouped.has(name)) continue
    let prefix = ''
    for (const unit of units(name)) {
      prefix += unit
      if (prefix.length >= 4) long.add(prefix)
    }
  }
  const near = nearOccurrences(value, long)
  // Where each form and each variant stands: one pass over the page, for the frames and the counts below.
  const counts = occurrences(value, new Set(near.flatMap((candidate) => [candidate.form, candidate.variant])))
  const candidates = near.filter(({form, variant, position, start}) => {
    if (DISTINGUISHING.has(form[position] as string) && DISTINGUISHING.has(variant[position] as string)) return false
    if (![...variant].every((char) => isHan(char) || char === '(' || char === ')' || char === '（' || char === '）')) return false
    if (dictionaryEntry(variant)) return false
    // In the very words the page writes around the name elsewhere (`中央党校（国家行政学力）中青年干部` / `中央党校（国家行政学院）
    // 中青年干部`), it is the same organisation, whatever word the changed character makes.
    if (sameFrame(value, start, form.length, counts.get(form) ?? [])) return true
    // A changed suffix that makes another word (`国务委员会` / `国务委员长`, `国家大学` / `国家大剧院`) is no slip,
    // nor a title before another word (`国务委员兼…`).
    if (position >= form.length - 2) {
      if (dictionaryEntry(variant.slice(-3)) || dictionaryEntry(variant.slice(-2))) return false
      const end = start + variant.length
      for (let back = 1; back <= 3; back++) {
        for (let ahead = 1; ahead <= 2; ahead++) {
          if (variant.length - back <= position && dictionaryEntry(variant.slice(-back) + value.slice(end, end + ahead))) return false
        }
      }
      if (titleEndingAt(variant, position) !== undefined) return false
    }
    // Evidence of a slip: the changed character broke a word of the name, or the name is long.
    return form.length >= 8 || segment(variant).length > segment(form).length || (inWord(form, position) && !inWord(variant, position))
  })
  if (candidates.length === 0) return
  const reported = new Set<string>()
  for (const {form, variant} of candidates) {
    const key = [form, variant].sort().join('|')
    if (reported.has(key)) continue
    const variantPlaces = counts.get(variant) ?? []
    const formPlaces = counts.get(form) ?? []
    if (distinctContexts(value, variantPlaces) !== 1 || formPlaces.length < 1) continue
    reported.add(key)
    reportVariant(context, {name: form, places: formPlaces}, {name: variant, places: variantPlaces}, 'organisation')
  }
}

/** Identical characters around a name, on each side, for it to stand in the same words as another place (line breaks excluded). */
const FRAME = 4

/** Whether the `length` characters at `start` stand in the same `FRAME` characters on each side as one of `places`. */
function sameFrame(text: string, start: number, length: number, places: Array<{start: number; end: number}>): boolean {
  const before = text.slice(start - FRAME, start)
  const after = text.slice(start + length, start + length + FRAME)
  if (before.length < FRAME || after.length < FRAME || /\s/u.test(before + after)) return false
  return places.some((place) => place.start !== start && text.slice(place.start - FRAME, place.start) === before && text.slice(place.end, place.end + FRAME) === after)
}

/** One person called 市长 in one place and 副市长 in another, in the same story. */
function checkTitles(context: Reporter, mentions: Mention[]): void {
  const articleAt = articleFinder(context.page)
  const seen = new Map<string, Mention>()
  for (const mention of mentions) {
    if (mention.via !== 'title' || !mention.title || mention.title === '记者' || mention.title === '通讯员') continue
    const story = articleAt(mention.start)
    const title = mention.title
    const other = title.startsWith('副') ? title.slice(1) : `副${title}`
    const earlier = seen.get(`${story}|${mention.name}|${other}`)
    seen.set(`${story}|${mention.name}|${title}`, mention)
    if (!earlier || !isTitleWord(other)) continue
    const here = quotedBoth(`${title}${mention.name}`)
    const there = quotedBoth(`${other}${mention.name}`)
    const titleStart = mention.start - title.length
    context.report(
      {start: titleStart, end: mention.end},
      {
        zh: `同一人职务不一：此处作${here.zh}，${context.at(earlier.start - other.length)} 作${there.zh}；请核对职务`,
        en: `One person with two titles: ${here.en} here, ${there.en} at ${context.at(earlier.start - other.length)}; check the title`
      },
      {cause: {start: earlier.start - other.length, end: earlier.end, note: {zh: `另一职务${there.zh}`, en: `the other title ${there.en}`}}}
    )
  }
}

/** Two lists of the same officials in different orders. */
function checkOrder(context: Reporter, lists: NameList[]): void {
  const {at, report} = context
  const byName = new Map<string, number[]>()
  lists.forEach((list, index) => {
    for (const mention of list.names) {
      const seen = byName.get(mention.name)
      if (seen) {
        if (seen[seen.length - 1] !== index) seen.push(index)
      } else byName.set(mention.name, [index])
    }
  })
  lists.forEach((list, index) => {
    // Earlier lists sharing names with this one.
    const shared = new Map<number, number>()
    for (const mention of list.names) {
      for (const other of byName.get(mention.name) ?? []) if (other < index) shared.set(other, (shared.get(other) ?? 0) + 1)
    }
    for (const [otherIndex, count] of shared) {
      if (count < 3) continue
      const other = lists[otherIndex] as NameList
      const rank = new Map(other.names.map((mention, position) => [mention.name, position]))
      const common = list.names.filter((mention) => rank.has(mention.name))
      for (let position = 1; position < common.length; position++) {
        const before = common[position - 1] as Mention
        const after = common[position] as Mention
        if ((rank.get(before.name) as number) < (rank.get(after.name) as number)) continue
        const earlierFirst = other.names[rank.get(after.name) as number] as Mention
        const earlierSecond = other.names[rank.get(before.name) as number] as Mention
        const here = quotedBoth(`${before.name}、${after.name}`)
        const there = quotedBoth(`${after.name}、${before.name}`)
        report(
          {start: before.start, end: after.end},
          {
            zh: `同一名单排序不一：此处${here.zh}，${at(other.start)} 的名单作${there.zh}；请核对排序`,
            en: `The same list of names in another order: ${here.en} here, ${there.en} in the list at ${at(other.start)}; check the order`
          },
          {cause: {start: earlierFirst.start, end: earlierSecond.end, note: {zh: '先出现的名单', en: 'the earlier list'}}}
        )
        return
      }
    }
  })
}


/** Last characters of the title words (code units): a quick test, asked of every character, before looking a title up. */
const TITLE_LAST = new Set(TITLE_WORDS.map((word) => word.charCodeAt(word.length - 1)))
/** Characters that may stand between a title and the word after it: `总书记的重要讲话`, `主席　习近平`, `主席团会议`. */
const SLOT_GAP = /^[的团\s\u3000]?$/u

/** A slot without 的: `记者的提问` and `记者提问` stand in one slot. */
function bareSlot(slot: string): string {
  return slot.endsWith('|的') ? slot.slice(0, -1) : slot
}

/**
 * The slot a place stands in: the title word right before it (`总书记|`), with
 * the one character between them (`总书记|的`), or nothing.
 */
function slotBefore(text: string, start: number): string | undefined {
  for (let gap = 0; gap <= 1; gap++) {
    if (!TITLE_LAST.has(text.charCodeAt(start - gap - 1))) continue
    const between = text.slice(start - gap, start)
    if (!SLOT_GAP.test(between)) continue
    const title = titleEndingAt(text, start - gap)
    if (title !== undefined) return `${title}|${between.trim()}`
  }
  return undefined
}

/**
 * Whether a dictionary word (counted at least `minFrequency` times) reaches into `start`…`end` from outside (`加强党` into
 * `强党`); a word that holds the whole span (`重要讲话`) does not.
 */
function wordAcrossEdge(text: string, start: number, end: number, minFrequency = 0): boolean {
  const isWord = (a: number, b: number): boolean => {
    const word = text.slice(a, b)
    return isAllHan(word) && (dictionaryEntry(word)?.frequency ?? -1) >= minFrequency
  }
  for (let length = 2; length <= 4; length++) {
    // Across the start: begins before the span and ends inside it.
    for (let a = Math.max(0, start - length + 1); a < start; a++) if (a + length < end && isWord(a, a + length)) return true
    // Across the end: begins inside the span and ends after it.
    for (let b = end + 1; b < end + length && b <= text.length; b++) if (b - length > start && isWord(b - length, b)) return true
  }
  return false
}

/**
 * Whether a span overlaps any of the given spans: sorted once, then a binary
 * search per question, so checking every candidate stays near-linear.
 */
function overlapIndex(spans: Array<{start: number; end: number}>): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start)
  // Longest end among the spans up to each index: an earlier long span may still reach `start`.
  const reach: number[] = []
  let longest = -1
  for (const span of sorted) {
    longest = Math.max(longest, span.end)
    reach.push(longest)
  }
  return (start, end) => {
    // The last span starting before `end`, and how far the spans up to it reach.
    const last = partitionPoint(sorted.length, (index) => (sorted[index] as {start: number}).start < end) - 1
    return last >= 0 && (reach[last] as number) > start
  }
}


/** Verbs of saying that open reported speech (`总书记强调，`, `强调要…`, `指出“…`). */
const SAYING = ['强调', '指出', '表示']
const SAYING_END = new Set([...'，,：:'])
/** The interview before a verb of saying (`接受记者采访时说`): its second character may differ (`采克时表示`). */
const INTERVIEW = '采访'
const INTERVIEW_VERB = '(?:说|表示|指出|强调|称)'
const INTERVIEW_AFTER = new RegExp(`^时${INTERVIEW_VERB}`, 'u')
const INTERVIEW_SAYING = new RegExp(`^${INTERVIEW_VERB}`, 'u')
const INTERVIEW_WHEN = '采访时'
/**
 * The interview frame is a phrase, not a word: only a real word reaches into a one-off form of it (`采切时` holds 切时,
 * counted 3 times), and a word around its usual form (`记者采访` reaching into `采访时`) does not hide it.
 */
const PHRASE_FORMS = new Set([INTERVIEW, INTERVIEW_WHEN])
/** What may stand between the interview and the verb (`采访中表示`, `采访后说`, `采访时均表示`, `采访者称`). */
const INTERVIEW_LINKS = new Set([...'时中后前并也还均都亦又则就者人里间和而再'])
/** Before 要, 必须 or a quotation, only the verb's second character may differ: many verbs end in 出 (`跑出“加速度”`). */
const SAYING_BEFORE = new Set([...'要“‘'])
/** An instruction after a verb of saying, as 要 is (`强调必须做好…`). */
const MUST = '必须'
/** 提出 is compared with its second character changed before 要, a quotation or a number (`提出143项` / `提确143项`), not before a comma (`提质，`). */
const PROPOSING = '提出'
const PROPOSING_BEFORE = /^[要“‘0-9０-９]/u
/** An instruction reported with its addressee: `要求宁夏要加强…`; the one-off `要持宁夏要…` is compared with 要求. */
const INSTRUCTING = '要求'
const INSTRUCTING_AFTER = /^\p{Script=Han}{2,4}?要/u

/** A dictionary word too rare to count as a word here (`会会`). */
const RARE_WORD = 10
/** A dictionary word common enough to be the form the writer meant. */
const COMMON_WORD = 50

/**
 * A one-off form one character away from a word or name that stands in the
 * same slot elsewhere on the page: after the same title word (`总书记强调` …
 * `总书记强个`, `主席　习近平` … `主席　习近报`).  The one-off form is no
 * dictionary word, and no word reaches into it from the text around it.
 */
function checkSlips(context: Reporter, people: Mention[], flagged: Array<{start: number; end: number}>): void {
  const {page} = context
  const taken = overlapIndex(flagged)
  const {value} = page
  // Words and names the page puts after a title word.
  const names = new Set(people.map((mention) => mention.name))
  const slotted = new Map<string, Set<string>>()
  const addSlot = (form: string, slot: string): void => {
    const slots = slotted.get(form) ?? new Set<string>()
    slotted.set(form, slots.add(slot).add(bareSlot(slot)))
  }
  // The slot a form stands in as the message names it: as written, or without 的 (`记者的提问` … `记者提我`).
  const slotOf = (form: string, slot: string | undefined): string | undefined => {
    if (slot === undefined) return undefined
    const slots = slotted.get(form)
    return slots?.has(slot) ? slot : slots?.has(bareSlot(slot)) ? bareSlot(slot) : undefined
  }
  for (const mention of people) {
    const slot = slotBefore(value, mention.start)
    if (slot !== undefined && mention.name.length >= 2) addSlot(mention.name, slot)
  }
  // Common words right after a title word (`总书记|强调`, `书记的|重要`): the prefixes of the text there that are words.
  for (const block of page.blocks) {
    if (block.role === 'boilerplate') continue
    for (const title of titleWordsIn(block.text)) {
      const end = block.start + title.end
      for (const start of [end, end + 1]) {
        const slot = slotBefore(value, start)
        if (slot === undefined) continue
        for (let length = 2; length <= 4; length++) {
          const word = value.slice(start, start + length)
          const entry = dictionaryEntry(word)
          // Names come from the people found, not from the dictionary's transliterations (`米尔`).
          if (!entry || !isAllHan(word) || entry.frequency < COMMON_WORD || entry.tag.startsWith('nr') || entry.tag.startsWith('ns')) continue
          addSlot(word, slot)
        }
      }
    }
  }
  // Masked keys (`强*` for 强调): a surname stays, a word's first character may change (`重要` / `励要`).
  const byKey = new Map<string, string[]>()
  for (const form of slotted.keys()) {
    for (let position = names.has(form) ? 1 : 0; position < form.length; position++) {
      const key = `${form.slice(0, position)}*${form.slice(position + 1)}`
      const list = byKey.get(key)
      if (list) list.push(form)
      else byKey.set(key, [form])
    }
  }
  const lengths = [...new Set([...slotted.keys()].map((form) => form.length))]
  const candidates: Array<{form: string; variant: string; start: number; slot: string}> = []
  for (const block of page.blocks) {
    if (block.role === 'boilerplate') continue
    // Headlines abbreviate: in a headline only a name is compared (a signature line, `国家主席　习近平`).
    const namesOnly = block.role === 'headline'
    const text = block.text
    for (let index = 0; index < text.length; index++) {
      if (!isHanCode(text.charCodeAt(index))) continue
      const slot = slotBefore(value, block.start + index)
      if (slot === undefined) continue
      // An adverb opens what the person after a title does (`总书记还同…`, `书记也强调…`): a first character changed into one is no slip.
      const firstCompared = dictionaryEntry(text[index] as string)?.tag === 'd' ? 1 : 0
      for (const length of lengths) {
        const variant = text.slice(index, index + length)
        if (variant.length !== length || !isAllHan(variant)) continue
        for (let position = firstCompared; position < length; position++) {
          for (const form of byKey.get(`${variant.slice(0, position)}*${variant.slice(position + 1)}`) ?? []) {
            const shared = slotOf(form, slot)
            if (form !== variant && shared !== undefined && (!namesOnly || names.has(form))) candidates.push({form, variant, start: block.start + index, slot: shared})
          }
        }
      }
    }
  }
  // A verb of saying before a comma, a colon, 要 or a quotation, one character off (`强调，` / `强与，`, `强调要` / `强动要`),
  // wherever it stands; and the interview before one (`采访时说` / `采克时表示`).
  for (const block of page.blocks) {
    if (block.role !== 'body') continue
    const text = block.text
    for (let index = 2; index < text.length; index++) {
      const variant = text.slice(index - 2, index)
      if (variant[0] === PROPOSING[0] && variant !== PROPOSING && PROPOSING_BEFORE.test(text.slice(index, index + 1)) && isAllHan(variant)) {
        candidates.push({form: PROPOSING, variant, start: block.start + index - 2, slot: slotOf(PROPOSING, slotBefore(value, block.start + index - 2)) ?? ''})
      }
      const end = SAYING_END.has(text[index] as string)
      if (!end && !SAYING_BEFORE.has(text[index] as string) && !text.startsWith(MUST, index)) continue
      if (!isAllHan(variant)) continue
      for (const form of SAYING) {
        if (form !== variant && (form[0] === variant[0] || (end && form[1] === variant[1]))) {
          const start = block.start + index - 2
          // Name the title only when the page writes the verb after it too.
          const slot = slotBefore(value, start)
          candidates.push({form, variant, start, slot: slotOf(form, slot) ?? ''})
        }
      }
    }

    for (let index = text.indexOf('时', 2); index !== -1; index = text.indexOf('时', index + 1)) {
      const variant = text.slice(index - 2, index)
      if (variant[0] === INTERVIEW[0] && variant !== INTERVIEW && isHan(variant[1] as string) && INTERVIEW_AFTER.test(text.slice(index))) {
        candidates.push({form: INTERVIEW, variant, start: block.start + index - 2, slot: ''})
      }
    }
    // ... or with 时 changed (`采访各表示`), where the page writes `采访时` elsewhere.
    for (let index = text.indexOf(INTERVIEW); index !== -1; index = text.indexOf(INTERVIEW, index + 1)) {
      const after = text[index + 2] as string
      if (isHan(after) && !INTERVIEW_LINKS.has(after) && INTERVIEW_SAYING.test(text.slice(index + 3))) {
        candidates.push({form: INTERVIEW_WHEN, variant: text.slice(index, index + 3), start: block.start + index, slot: ''})
      }
    }
    // 要求 with its second character changed before an addressee and 要 (`要持宁夏要加强…`).
    for (let index = text.indexOf(INSTRUCTING[0] as string); index !== -1; index = text.indexOf(INSTRUCTING[0] as string, index + 1)) {
      const variant = text.slice(index, index + 2)
      if (variant !== INSTRUCTING && isAllHan(variant) && variant[1] !== INSTRUCTING[0] && INSTRUCTING_AFTER.test(text.slice(index + 2))) {
        candidates.push({form: INSTRUCTING, variant, start: block.start + index, slot: slotOf(INSTRUCTING, slotBefore(value, block.start + index)) ?? ''})
      }
    }
  }
  let frames: Set<string> | undefined
  let spoken: Set<string> | undefined
  const slips = candidates.filter(({form, variant, start}) => {
    const end = start + variant.length
    if (taken(start, end)) return false
    const frequency = dictionaryEntry(variant)?.frequency ?? 0
    // A verb of saying in the very frame the page writes it in elsewhere (`习近平强调，` … `习近平强力，`,
    // `在讲话中指出，` … `在讲话中指义，`): a slip even when it makes a word (强力) or one runs into it (中指).
    // (Not a familiar word: `会议指定，` beside `会议指出，` is another verb.)
    if (frequency < FAMILIAR_WORD && sayingBeforeMark(value, form, end) && (frames ??= sayingFrames(value)).has(value.slice(start - 2, start) + form + value[end])) {
      return true
    }
    // A verb of saying right after a person, before its comma, changed into a word that is no verb (`习近平总书记强调，` …
    // `习近平总书记强大，`, `强度，`), where the page writes the verb after a person too: what a person does before a comma
    // there is say, so an adjective or a noun is a slip however common; a verb may be another verb (`总书记指示，`, `表态，`).
    if (frequency > 0 && sayingBeforeMark(value, form, end) && afterPerson(value, start, names) && !isVerb(variant) && (spoken ??= sayingAfterPerson(value, names)).has(form)) {
      return true
    }
    if (frequency >= RARE_WORD) return false
    return !wordAcrossEdge(value, start, end, PHRASE_FORMS.has(form) ? RARE_WORD : 0)
  })
  if (slips.length === 0) return
  const places = occurrences(value, new Set(slips.flatMap((slip) => [slip.variant, slip.form])))
  const reported = new Set<string>()
  // Places of a word where it stands as a word (not `强调` inside `加强调度`), once per form.
  const wordPlaces = new Map<string, Array<{start: number; end: number}>>()
  const placesAsWord = (form: string): Array<{start: number; end: number}> => {
    let found = wordPlaces.get(form)
    if (!found) {
      // A word the dictionary hardly counts is no word across the edge (`记要` in `书记要求`).
      // A verb of saying before its comma stands as a word whatever runs into it (`中指` in `讲话中指出，`).
      found = (places.get(form) ?? []).filter(
        (place) => names.has(form) || PHRASE_FORMS.has(form) || sayingBeforeMark(value, form, place.end) || !wordAcrossEdge(value, place.start, place.end, RARE_WORD)
      )
      wordPlaces.set(form, found)
    }
    return found
  }
  for (const {form, variant, slot} of slips) {
    if (reported.has(variant)) continue
    const variantPlaces = places.get(variant) ?? []
    const formPlaces = placesAsWord(form)
    // The slip is a one-off (a passage printed twice counts once), and neither form is flagged already.
    if (distinctContexts(value, variantPlaces) !== 1 || formPlaces.length === 0) continue
    // A name used once beside a name used once after the same title may be two people: the people pass weighs those.
    if (names.has(form) && distinctContexts(value, formPlaces) < 2) continue
    if ([...variantPlaces, ...formPlaces].some((place) => taken(place.start, place.end))) continue
    reported.add(variant)
    if (names.has(form)) reportVariant(context, {name: form, places: formPlaces}, {name: variant, places: variantPlaces}, 'person')
    else reportSlip(context, {name: form, places: formPlaces}, {name: variant, places: variantPlaces}, slot)
  }
}

/**
 * A candidate pair with the person's name as `form`: a one-off name after a title, one character off a person's name the
 * dictionary knows and the page writes in several places where no name is looked for (`习近平观看…`, `以习近平…` …
 * `中央军委主席习己平，`), is the slip, and the known name the person.
 */
function knownNameFirst(
  value: string,
  counts: Map<string, Array<{start: number; end: number}>>,
  {form, variant}: {form: string; variant: string}
): {form: string; variant: string} {
  const once = counts.get(form) ?? []
  const swap =
    isThreeCharacterName(variant) &&
    !dictionaryEntry(form) &&
    distinctContexts(value, once) === 1 &&
    titlesAround(value, once[0] as {start: number; end: number}).length > 0 &&
    distinctContexts(value, counts.get(variant) ?? []) > 1
  return swap ? {form: variant, variant: form} : {form, variant}
}

/** Whether a person stands right before `start`: a title word (`总书记|`) or a name the page uses (`习近平|`). */
function afterPerson(value: string, start: number, names: Set<string>): boolean {
  return titleEndingAt(value, start) !== undefined || names.has(value.slice(start - 3, start)) || names.has(value.slice(start - 2, start))
}

/** Whether a word of two characters is a verb in one of its senses: jieba tags it so, or CC-CEDICT glosses it "to …" (`指导`). */
function isVerb(word: string): boolean {
  return (dictionaryEntry(word)?.tag.startsWith('v') ?? false) || isCedictVerb(word)
}

/** The verbs of saying the page writes right after a person, before a mark (`习近平强调，`).  One scan per verb. */
function sayingAfterPerson(value: string, names: Set<string>): Set<string> {
  const found = new Set<string>()
  for (const form of SAYING) {
    for (let at = value.indexOf(form); at !== -1 && !found.has(form); at = value.indexOf(form, at + 1)) {
      if (sayingBeforeMark(value, form, at + form.length) && afterPerson(value, at, names)) found.add(form)
    }
  }
  return found
}

/** Whether `form` is a verb of saying and the mark at `end` follows it (`强调，`). */
function sayingBeforeMark(value: string, form: string, end: number): boolean {
  return SAYING.includes(form) && SAYING_END.has(value[end] ?? '')
}

/**
 * The frames in which the page writes its verbs of saying: two Han characters
 * before, the verb, the mark after (`近平强调，`).  One scan per verb.
 */
function sayingFrames(value: string): Set<string> {
  const frames = new Set<string>()
  for (const form of SAYING) {
    for (let at = value.indexOf(form, 2); at !== -1; at = value.indexOf(form, at + 1)) {
      const before = value.slice(at - 2, at)
      if (isAllHan(before) && sayingBeforeMark(value, form, at + form.length)) frames.add(before + form + value[at + form.length])
    }
  }
  return frames
}

/** A one-off word one character away from the word the page writes after the same title. */
function reportSlip(context: Reporter, form: Form, variant: Form, slot: string): void {
  const place = variant.places[0] as {start: number; end: number}
  const first = form.places[0] as {start: number; end: number}
  const here = quotedBoth(variant.name)
  const there = quotedBoth(form.name)
  const title = slot.replace('|', '') === '' ? undefined : quotedBoth(slot.replace('|', ''))
  const count = form.places.length
  context.report(
    place,
    {
      zh: `疑有错字：此处作${here.zh}，本页${title ? `在${title.zh}之后` : ''}另作${there.zh}（${context.at(first.start)}${count > 1 ? `等 ${count} 处` : ''}）；请核对`,
      en: `Possible typo: ${here.en} here, where the page writes ${there.en}${title ? ` after ${title.en}` : ''} (${context.at(first.start)}${count > 1 ? `, ${count} times` : ''}); check`
    },
    {
      expected: [form.name],
      cause: {...first, note: {zh: `另一写法${there.zh}`, en: `the other form ${there.en}`}},
      data: {forms: [{name: form.name, count}, {name: variant.name, count: variant.places.length}]}
    }
  )
}

/** A one-off word in a repeated phrase may be a real word when it is at most this common ... */
const RARE_VARIANT = 200
/** ... and the word the page writes there is this many times as common (`重提` / `重要`). */
const COMMONER = 100
/** A phrase shown in a message is at least this long when the identical context allows. */
const PHRASE_LENGTH = 4
/** Two forms this close are a parallel construction (`从严治党、从严治军`), not a slip. */
const PARALLEL = 20
/** Identical text after a word long enough to stand for the phrase on its own (five to seven measured the same; four flagged a false line). */
const LONG_PHRASE = 6
/** Identical text on both sides long enough to tell a slip in the first character of a word. */
const LONG_CONTEXT = 4
/** Parts of speech of function words (prepositions, particles, conjunctions, adverbs, pronouns): `就把为…` reads on. */
const FUNCTION_TAG = /^[pucdry]/u
/** At most this many other places are weighed for one one-off character, those with the most context first. */
const JUDGED = 8
/**
 * A word common enough that a one-off near form of it is more likely a slip than another word the dictionary lacks
 * (`共识` / `共赢`, `发酵` / `发力` are both words; `重要` / `重不` is a slip).
 */
const FAMILIAR_WORD = 1000

type Word = {start: number; end: number; frequency: number}

/** Whether the character at `index` makes a word (jieba's or CC-CEDICT's) with the character before it or the one after it. */
function makesWordWithNeighbour(text: string, index: number): boolean {
  for (const pair of [text.slice(index - 1, index + 1), text.slice(index, index + 2)]) {
    if (pair.length === 2 && (dictionaryEntry(pair) !== undefined || isCedictOnlyWord(pair))) return true
  }
  return false
}

/** Dictionary words of two to four Han characters that hold the character at `index`, inside `from`…`to`. */
function wordsThrough(text: string, index: number, from: number, to: number): Word[] {
  const words: Word[] = []
  for (let length = 2; length <= 4; length++) {
    for (let start = Math.max(from, index - length + 1); start <= index && start + length <= to; start++) {
      const word = text.slice(start, start + length)
      if (!isAllHan(word)) continue
      const entry = dictionaryEntry(word)
      if (entry) words.push({start, end: start + length, frequency: entry.frequency})
    }
  }
  return words
}

/** The token the segmenter reads through the character at `index`, inside its run of Han characters (read on a window of ±8). */
function tokenThrough(text: string, index: number): {start: number; end: number} {
  const run = hanRun(text, index)
  const windowStart = Math.max(run.start, index - 8)
  let offset = windowStart
  for (const token of segment(text.slice(windowStart, Math.min(run.end, index + 9)))) {
    const end = offset + token.length
    if (offset <= index && index < end) return {start: offset, end}
    offset = end
  }
  return {start: index, end: index + 1}
}

/** Whether the character before `index` is a digit, a numeral, or 多 or 余 after one: what a measure word follows. */
function followsNumber(text: string, index: number): boolean {
  const before = text[index - 1] ?? ''
  return before !== '' && (isDigit(before) || isChineseNumeralChar(before) || before === '多' || before === '余')
}

/** The run of Han characters around `index`. */
function hanRun(text: string, index: number): {start: number; end: number} {
  return {start: index - hanRunLength(text, index - 1, -1), end: index + 1 + hanRunLength(text, index + 1, 1)}
}

/**
 * The word the page writes at another place of a repeated phrase, through the
 * character that differs (`重要` in `发表重要讲话`), inside the identical
 * context: a name of a person the page names, or the common word the
 * segmenter reads there.
 */
function intendedWord(text: string, match: PhraseMatch, names: Set<string>): (Word & {name: boolean}) | undefined {
  const from = match.at - match.left
  const to = match.at + match.right + 1
  for (const length of [3, 4, 2]) {
    for (let start = Math.max(from, match.at - length + 1); start <= match.at && start + length <= to; start++) {
      if (names.has(text.slice(start, start + length))) return {start, end: start + length, frequency: 0, name: true}
    }
  }
  // The segmenter's word (a person's name of three characters it knows counts as a name), or the commonest word inside a rare
  // set phrase it reads (`重要` in `重要讲话`).  The dictionary tells first whether either can be there: segmenting costs more.
  const known = (start: number, end: number): boolean => (dictionaryEntry(text.slice(start, end))?.frequency ?? 0) >= FAMILIAR_WORD || isThreeCharacterName(text.slice(start, end))
  let possible = false
  for (let length = 2; length <= 4 && !possible; length++) {
    for (let start = Math.max(from, match.at - length + 1); start <= match.at && start + length <= to && !possible; start++) possible = known(start, start + length)
  }
  if (!possible) return undefined
  const token = tokenThrough(text, match.at)
  if (token.end - token.start < 2 || token.start < from || token.end > to) return undefined
  const entry = dictionaryEntry(text.slice(token.start, token.end))
  const frequency = entry?.frequency ?? 0
  if (isThreeCharacterName(text.slice(token.start, token.end))) return {...token, frequency, name: true}
  if (frequency >= FAMILIAR_WORD) return {...token, frequency, name: false}
  const inside = wordsThrough(text, match.at, token.start, token.end).sort((a, b) => b.frequency - a.frequency)[0]
  return inside && inside.frequency >= FAMILIAR_WORD ? {...inside, name: false} : undefined
}

/** The sentence around `index`, inside its line. */
function sentenceAround(text: string, index: number): string {
  let start = index
  let end = index
  while (start > 0 && text[start - 1] !== '\n' && !SENTENCE_END.has(text[start - 1] as string)) start--
  while (end < text.length && text[end] !== '\n' && !SENTENCE_END.has(text[end] as string)) end++
  return text.slice(start, end + 1)
}

/** Whether the sentences around two places are near copies (as the duplicate-passage rule counts them: 90% alike, 20 characters). */
function nearDuplicate(text: string, a: number, b: number): boolean {
  const first = sentenceAround(text, a)
  const second = sentenceAround(text, b)
  return Math.min(first.length, second.length) >= NEAR_COPY_MIN_CHARS && similarity(first, second, NEAR_COPY_SIMILARITY) >= NEAR_COPY_SIMILARITY
}

/** A one-off form in a repeated phrase, and the form the page writes there elsewhere. */
interface PhraseSlipFinding {
  variant: string
  form: string
  /** The word the one-off character stands in (`重不` in `重不讲话`): a one-off too, or it is a word the page uses (`产供链`). */
  word: string
  /** The word at the other places (`重要`). */
  formWord: string
}

/**
 * Whether the one-off character at `at` is a slip for the character at
 * `match.at`, judged on words: the word at the other place is a common word or
 * a name the page uses, and its first character is not the one that differs;
 * the one-off character makes no word (or one far rarer); no word reaches
 * into the one-off form from beyond the identical context; and, unless a name
 * changed, the one-off does not stand in a passage printed twice (`copied`).
 */
function judgePhraseSlip(value: string, slip: PhraseSlip, match: PhraseMatch, names: Set<string>, copied: () => boolean): PhraseSlipFinding | undefined {
  const at = slip.at
  // Two characters of context and a mark after the one-off are enough only for a name of three characters (`主席习近电，`).
  const weak = !enoughContext(match.left, match.right)
  if (weak && !isThreeCharacterName(value.slice(match.at - 2, match.at + 1), names)) return undefined
  const word = intendedWord(value, match, names)
  if (!word) return undefined
  const from = word.start - match.at
  const to = word.end - match.at
  // A title word whose last character changed, after two identical Han characters or more (`越南国会主如举行会谈` /
  // `越南国会主席王庭惠`): what follows a title differs (a name, a verb), so no context is asked after it.
  const title = !word.name && to === 1 && from <= -1 && isTitleWord(value.slice(word.start, word.end)) && hanRunLength(value, at + from - 1, -1, match.left + from) >= 2
  // Context on one side only: the changed character ends the phrase there (`主席团会委。` / `主席团会议应到`).
  if ((match.right === 0 && !title && !isBoundary(value, at + 1)) || (match.left === 0 && !isBoundary(value, at - 1))) return undefined
  if (weak && !(word.name && to - from >= 3)) return undefined
  // Words the dictionary lacks are too many (`进一步扩大` / `进一步扩围`, `持续发展` / `持续发力`): outside a name of three
  // characters or a title, ask for two identical Han characters on each side of the change, not a mark (`发表重要讲话` /
  // `发表重不讲话`).
  const leftHan = hanRunLength(value, at - 1, -1, match.left)
  const rightHan = hanRunLength(value, at + 1, 1, match.right)
  // Or a long identical phrase on one side and a Han character on the other, when the one-off character makes no word with
  // either neighbour (`出联第17届东亚峰会` / `出席第17届东亚峰会`: no 出联, no 联第).
  const longOneSide = ((match.right >= LONG_PHRASE && leftHan >= 1) || (match.left >= LONG_PHRASE && rightHan >= 1)) && !makesWordWithNeighbour(value, at)
  if (!(word.name && to - from >= 3) && !title && !longOneSide && (leftHan < 2 || rightHan < 2)) return undefined
  // After a number, another measure word is another thing (`250多万件` / `4300多万亩`).
  if (followsNumber(value, at)) return undefined
  // A word whose first character differs is more often another word than a typo (`中方` / `哈方`, `坚持` / `秉持`), unless the
  // phrase is the same for a while on both sides (`支持多边主义的作要伙伴。` / `…的重要伙伴。`).
  if (from === 0 && (word.name || Math.min(match.left, match.right) < LONG_CONTEXT)) return undefined
  // The pairs the changed character makes inside the word are rare on the page: `中非` in `更多中非人民` is a word the page uses.
  if ((from < 0 && slip.before > RARE_PAIR) || (to > 1 && slip.after > RARE_PAIR)) return undefined
  // Han context before a word, not only its first character or a comma (`文化深度` / `文旅深度`, `，提升市场` / `，提振市场`),
  // unless the phrase after it is long and the one-off character is no function word (`出联第17届东亚峰会`, but not
  // `就把为中国人民谋幸福` / `就是为中国人民谋幸福`); a name of three characters is context enough (`《习月平谈`).
  const longName = word.name && to - from >= 3
  const longPhrase = match.right >= LONG_PHRASE && !FUNCTION_TAG.test(dictionaryEntry(value[at] as string)?.tag ?? '')
  if (!longName && !longPhrase && !isAllHan(value.slice(at - match.left, at + from).slice(-1))) return undefined
  // A sentence printed twice with a change is the duplicate-passage rule's business, unless a name changed.
  if (!word.name && copied()) return undefined
  // No word reaches into the one-off form from beyond the identical context (`召开了学习` / `开展学习`).
  const run = hanRun(value, at)
  const beyond = (entry: Word): boolean => entry.frequency >= RARE_WORD && (entry.start < at - match.left || entry.end > at + match.right + 1)
  for (let index = at + from; index < at + to; index++) if (wordsThrough(value, index, run.start, run.end).some(beyond)) return undefined
  // The changed character reads as part of a word (`重提指示`, `更多惠及`): the segmenter's word there, or a dictionary word in the
  // span of the word replaced (jieba splits rare words: `年来`).  Only a rare word against a far commoner one, inside context on
  // both sides, may be a slip; words the dictionary counts less than RARE_WORD times are often common ones (`年来`, `更多`).
  const token = tokenThrough(value, at)
  const own =
    (token.end - token.start >= 2 ? dictionaryEntry(value.slice(token.start, token.end)) : undefined) ??
    wordsThrough(value, at, at + from, at + to).sort((a, b) => b.frequency - a.frequency)[0]
  if (own !== undefined) {
    const rare = own.frequency >= RARE_WORD && own.frequency <= RARE_VARIANT && own.frequency * COMMONER <= word.frequency
    if (word.name || !rare || match.left < 2 || match.right === 0) return undefined
  }
  // Shown with some of the identical context: `重要指示` rather than `重要`.
  let start = from
  let end = to
  while (end - start < PHRASE_LENGTH) {
    if (end <= match.right && isHan(value[at + end] as string)) end++
    else if (-start < match.left && isHan(value[at + start - 1] as string)) start--
    else break
  }
  return {
    variant: value.slice(at + start, at + end),
    form: value.slice(match.at + start, match.at + end),
    word: value.slice(at + from, at + to),
    formWord: value.slice(word.start, word.end)
  }
}

/**
 * A phrase the page repeats, written once with one character changed so that
 * a word breaks (`发表重要讲话` … `发表重不讲话`, `《习近平谈治国理政》` …
 * `《习月平谈治国理政》`): see `findPhraseSlips` for the places and
 * `judgePhraseSlip` for the words.
 */
function checkPhraseSlips(context: Reporter, people: Mention[], flagged: Array<{start: number; end: number}>): void {
  const {value} = context.page
  const taken = overlapIndex(flagged)
  const names = new Set(people.map((mention) => mention.name).filter((name) => name.length >= 2))
  const ranges = context.page.blocks.filter((block) => block.role !== 'boilerplate')
  const blockAt = blockFinder(context.page)
  const inHeadline = (offset: number): boolean => blockAt(offset)?.role === 'headline'
  const found: PhraseSlipFinding[] = []
  for (const slip of findPhraseSlips(value, ranges)) {
    const at = slip.at
    if (taken(at, at + 1)) continue
    // The character the page writes there most often ...
    const byChar = new Map<string, PhraseMatch[]>()
    for (const match of slip.others) {
      const other = value[match.at] as string
      const list = byChar.get(other)
      if (list) list.push(match)
      else byChar.set(other, [match])
    }
    const [expected, matches] = [...byChar].sort((a, b) => b[1].length - a[1].length)[0] as [string, PhraseMatch[]]
    // Numbers, ordinals and directions make different things (`第一` / `第二`, `东部` / `西部`).
    if (DISTINGUISHING.has(value[at] as string) && DISTINGUISHING.has(expected)) continue
    // ... at the place with the most context on both sides that shows a slip.
    const score = (match: PhraseMatch): number => Math.min(match.left, 4) + Math.min(match.right, 4) + (match.left + match.right) / 100
    // The one-off stands in a passage printed twice when one of the other places does (asked once, when needed).
    let isCopy: boolean | undefined
    // A headline restating the lead is no copy (`出席…交流大前开幕式` / `出席…交流大会开幕式并…`).
    const copied = (): boolean =>
      (isCopy ??= !inHeadline(at) && matches.some((match) => !inHeadline(match.at) && (match.left + match.right >= CONTEXT || nearDuplicate(value, at, match.at))))
    for (const match of [...matches].sort((a, b) => score(b) - score(a)).slice(0, JUDGED)) {
      const finding = judgePhraseSlip(value, slip, match, names, copied)
      if (finding) {
        found.push(finding)
        break
      }
    }
  }
  if (found.length === 0) return
  const places = occurrences(value, new Set(found.flatMap((slip) => [slip.variant, slip.form, slip.word, slip.formWord])))
  const reported = new Set<string>()
  for (const {variant, form, word, formWord} of found) {
    if (reported.has(variant)) continue
    const variantPlaces = places.get(variant) ?? []
    const formPlaces = places.get(form) ?? []
    // A one-off (a passage printed twice counts once), not flagged already; so is the word it stands in, where it stands as a
    // word (not `重的` in `严重的`): a word the page uses in two places is a word (`全球产供链` … `维护产供链`), a name used
    // twice another person (`张立军`).
    if (distinctContexts(value, variantPlaces) !== 1 || formPlaces.length === 0) continue
    if ([...variantPlaces, ...formPlaces].some((place) => taken(place.start, place.end))) continue
    const asWord = (places.get(word) ?? []).filter((place) => !wordAcrossEdge(value, place.start, place.end, RARE_WORD))
    if (distinctContexts(value, asWord) > 1) continue
    // Two names of the page used once each may be two people (`主席刘建谦在会上说` / `主席刘建意在会上说`), even when the
    // dictionary knows the one and not the other: it knows common names too (`张国华`).
    const isName = names.has(word) || names.has(formWord) || isThreeCharacterName(formWord)
    if (isName && distinctContexts(value, places.get(formWord) ?? []) < 2) continue
    // Two forms side by side are a parallel construction (`依法治国、依宪治国`).
    if (formPlaces.some((place) => variantPlaces.some((other) => Math.abs(place.start - other.start) < PARALLEL))) continue
    reported.add(variant)
    reportSlip(context, {name: form, places: formPlaces}, {name: variant, places: variantPlaces}, '')
  }
}

function checkGlossary(context: Reporter, glossary: GlossaryEntry[]): void {
  const {value} = context.page
  for (const entry of glossary) {
    const expectedPlaces: Array<{start: number; end: number}> = []
    for (let index = value.indexOf(entry.expected); index !== -1; index = value.indexOf(entry.expected, index + 1)) {
      expectedPlaces.push({start: index, end: index + entry.expected.length})
    }
    for (const pattern of entry.patterns) {
      if (pattern === entry.expected) continue
      for (let index = value.indexOf(pattern); index !== -1; index = value.indexOf(pattern, index + pattern.length)) {
        const end = index + pattern.length
        // A pattern inside the house form itself (`二院` in `市二院`) is not a use of it.
        if (expectedPlaces.some((place) => place.start <= index && end <= place.end)) continue
        const found = quotedBoth(pattern)
        const want = quotedBoth(entry.expected)
        context.report(
          {start: index, end},
          {zh: `按本报用语表，${found.zh}应作${want.zh}`, en: `The house glossary writes ${want.en}, not ${found.en}`},
          {expected: [entry.expected]}
        )
      }
    }
  }
}

const consistentNames = defineRule<Options>({
  name: 'consistent-names',
  defaults: DEFAULTS,
  options: validateOptions,
  docs: {
    summary: {
      zh: '同一人名、机构名全页写法一致，同一名单排序一致',
      en: 'One person or organisation is written one way on a page, and lists of the same officials keep one order'
    },
    description: `Newspaper error rules demand one form of each name within the paper, and an organisation's full name before its abbreviation. Copy assembled from several sources names the same hospital three ways, or misspells an official's name in one of five mentions.

The rule finds people after title words (\`书记\`, \`主任\`, \`记者\` …), in bylines and photo credits, and in \`、\`-separated lists of officials (after an intro word such as \`区领导\` or \`出席的有\`, or opening a sentence before a verb of attendance: \`刘志强、陈红梅、周建华等参加…\`); organisations by their suffix (公司 集团 医院 学院 大学 产业园 局 委员会 …), extended left over the words of the name (through chained names such as \`市第二人民医院示范区医院\` and bracketed alternatives such as \`新区(示范区)医院\`). It flags:

- **one organisation written several ways**: forms that are the same once a bracketed alternative is read as the word before it, and \`第二人民医院\` as \`二院\` (\`市第二人民医院示范区医院\` / \`市二院新区医院\` / \`市第二人民医院新区(示范区)医院\`): one message per group, on the form used least, naming the others and their places;
- **a name with one character changed**: a person's name used once that differs by one character (not the surname) from a name used at least twice (\`吕沛\` ×3 / \`吕佩\` ×1), in a place where a name stands (after a title or \`祝贺\`, \`感谢\`, opening an item of a \`一是…二是\` enumeration, before a verb of saying, between commas); a two-character form ending in \`方\` is a party to talks, not a person (\`韩方\`). A name used only once elsewhere counts when it stood after a title and the variant opens a clause before a verb of saying (\`总理罗德里\` … \`罗德利表示\`). A two-character name differs in its whole given name, so its variant must also stand beside a title or before a verb of saying, or open a clause before a verb while the other form is the story's main person, named three times or more (\`，李励在…\` for \`李强\`; but \`李斌、何维参加会见\` is another person), or open a sentence (or a list item, after its label: \`二是李历在…\`) before a verb while the story gives the other form a title (\`国务院总理李强\` … \`李日在讲话中表示\`): a story quotes a bare name only after introducing the person. A name of three characters in a story's headline counts as the person the story introduces: the same name one character off after a title in the story's text is flagged even when each form is used once (\`习近平观看…\` … \`中央军委主席习近王，\`). So is a one-off name after a title one character off a name of three characters the dictionary knows as a person's, which the page writes in two places or more, even where no name is looked for (\`刘志强考察…\`, \`以刘志强为组长\` … \`省委书记刘志仁\`). A line of attendees that recalls the people a story has named counts too: when every other name of the list stands elsewhere on the page, a one-off in it, one character off a name the story gives a title, is that person (\`秘书长周建华\` … \`刘志强、陈红梅、周建桦等参加上述活动\`); a list that also names people the page names nowhere else may bring in someone new. A passage printed twice counts once, whatever stands before each copy. An organisation's name used once where one character breaks a word of a name used elsewhere (\`西藏佛学院\` / \`西成佛学院\`) or turns it into a word too rare to count (\`西源\`, counted fewer than ten times in the dictionary), or where it stands in the same words, four characters on each side, as the name does elsewhere, whatever word the changed character makes (\`中央党校（国家行政学力）中青年干部\` / \`中央党校（国家行政学院）中青年干部\`). The replacement is offered as \`expected\`;
- **a slip in the word after a title**: a one-off form one character away from a word or name the page writes after the same title word (\`区委书记强调\` … \`区委书记强则\`, \`主席习近平\` … \`主席习近报\`), when the one-off form is no dictionary word and no dictionary word reaches into it from the text around it. A title with \`的\` after it is the same slot (\`记者提问\` … \`记者的提我\`). In a headline only names are compared: a signature line (\`中华人民共和国主席　习近平\`) reads as one. The verbs of saying \`强调\`, \`指出\`, \`表示\` are compared wherever they stand before a comma or colon (\`他在总结时强各，\`), or, with their second character changed, before \`要\`, \`必须\` or a quotation (\`强动要加快\`, \`强谓必须守住\`; not \`跑出“加速度”\`), and \`提出\` with its second character changed before \`要\`, a quotation or a number (\`提确143项\`; not \`提质，\`), when the page uses them; in the very frame the page writes one in elsewhere (the same two characters before it, the same mark after), also when the slip makes a word the dictionary counts rarely or a word runs into it (\`习近平强调，\` … \`习近平强力，\`, \`在讲话中指出，\` … \`在讲话中指义，\`), but not a common verb (\`会议指定，\` beside \`会议指出，\`); right after a person (a title word or a name of the page) and before its comma, where the page writes the verb after a person too, also when the slip makes a common word that is no verb, since a person there says something (\`王建国书记强调，\` … \`王建国书记强大，\`; not \`表态，\`, a verb in CC-CEDICT though jieba tags it a noun); so is the interview before a verb of saying (\`接受记者采访时说\` … \`接受德国媒体采克时表示\`, \`采访各表示\`; not \`采访中表示\`, \`采访后说\`), and \`要求\` with its second character changed before an addressee and \`要\` (\`要求各地要…\` … \`要持宁夏要加强…\`). The word the page uses is offered as \`expected\`;
- **a slip in a phrase the page repeats**: a phrase written once with one character changed, where the page writes it elsewhere with the same Han characters on both sides (two on each side at least; for a name of three characters the page uses twice or more, two and a mark after the slip; or six identical characters or more on one side and a Han character on the other, when the changed character makes no word with either neighbour: \`出席第十届全国科技创新大会\` … \`出联第十届全国科技创新大会\`, but not \`出访第十届…\`; \`发表重要讲话。他强调\` … \`发表了重单讲话。他强调\`): \`深入学习贯彻全会精神\` … \`深入学习贯丰全会精神\`, \`《习近平谈治国理政》\` … \`《习月平谈治国理政》\`, \`发表重要讲话\` … \`发表重不讲话\`. The changed character must break a common word (counted 1,000 times or more by the dictionary) or a name of the page, not its first character; make no word with its neighbours, or only one far rarer (\`重提指示\` / \`重要指示\`) inside context on both sides; make pairs of characters the page has nowhere else; and the one-off word must not be one the page uses elsewhere (\`全球产供链\` … \`维护产供链\`). A change next to a mark is not compared, since the dictionary lacks many words (\`进一步扩大，\` / \`进一步扩围，\`), nor a measure word after a number (\`250多万件\` / \`4300多万亩\`), nor two names used once each. A title word whose last character changed needs no context after it, since a name or a verb follows a title, but two identical Han characters or more before it (\`越南国会主席王庭惠\` … \`越南国会主如举行会谈\`). A headline that restates the lead is no passage printed twice. The phrase the page uses is offered as \`expected\`;
- **one person with a title and its deputy title** in one story (\`市长周建华\` / \`副市长周建华\`);
- **a name with one more word** (\`蒙牛公司\` / \`蒙牛焦作公司\`): as *information*, since the longer name may be a subsidiary;
- **the same officials listed in another order**: two lists sharing three or more names whose common names stand in a different order (\`…申晓东、赵俊峰…\` and later \`…赵俊峰、申晓东…\`), at the first pair out of order;
- **house glossary** forms (option \`glossary\`), with the house form as \`expected\`.

It leaves alone: a different word after a title (\`书记强调\` / \`书记强化\`: both words), an adverb opening what follows a title (\`书记还同…\` beside \`书记共同…\`: 还 changes the first character into an adverb), a one-off form that is not after the same title, different people who share a surname when both names are used repeatedly or stand in the same list (\`赵俊峰\`, \`赵俊生\`); organisations that differ in a number, an ordinal or a direction (\`第一中学\` / \`第二中学\`, \`东院区\` / \`西院区\`); dictionary names (\`北京大学\` / \`南京大学\`); in a repeated phrase, a word whose first character differs (\`中方愿同哈方\` / \`中方愿同蒙方\`, \`进口\` / \`出口\`), two words of the dictionary (\`更好造福\` / \`更多造福\`, \`上半年\` / \`下半年\`), numbers and directions, a parallel construction (\`依法治国、依宪治国\`), and a sentence printed twice with a change (the duplicate-passage rule reports it, unless a name changed); a name and a longer name containing it (\`市第二人民医院\` / \`市第二人民医院示范区医院\`: the hospital and its branch). Other identities, such as \`焦作国家高新区\` for \`示范区(高新区)\`, come only from the glossary.`,
    descriptionZh: `报纸差错认定要求同一报纸内机构全称、简称各自统一，且先全称后简称；拼版稿件常把同一家医院写成三种样子，或在五次提及中把一位领导的名字错一个字。

本规则从职务词（书记、主任、记者等）之后、署名和图片署名、以顿号分隔的领导名单（在“区领导”“出席的有”等引语之后，或在句首、后接“等参加”“出席”等）中找人名；以后缀（公司、集团、医院、学院、大学、产业园、局、委员会等）找机构名，并向左扩展到整个名称（包括\`市第二人民医院示范区医院\`这样的连写名称和\`新区(示范区)医院\`这样的括注）。报告：

- **同一机构多种写法**：把括注看作前一词的另一说法、把\`第二人民医院\`看作\`二院\`后相同的名称（\`市第二人民医院示范区医院\` / \`市二院新区医院\` / \`市第二人民医院新区(示范区)医院\`），每组一条，标在用得最少的写法上，并列出其他写法及位置；
- **名字错一个字**：只出现一次的人名与出现两次以上的人名只差一个字（姓相同），且处在人名的位置上（职务词、“祝贺”“感谢”之后，“一是…二是”各项开头，“表示”等之前，逗号之间；\`吕沛\` / \`吕佩\`）；末字为“方”的两字写法是会谈一方而不是人（\`韩方\`）；只出现一次的人名若紧跟职务词，而另一写法在句首并后接“表示”等，也报告（\`总理罗德里\` … \`罗德利表示\`）；两字人名差一字即名字全不同，须紧挨职务词或后接“表示”“指出”等才报告，或者另一写法是本篇的主要人物（出现三次以上）而这一写法在分句开头、后接动词（\`，李励在…\` 对 \`李强\`；\`李斌、何维参加会见\` 则是另一个人），或者本篇给另一写法加了职务而这一写法在句首（或列表项的序号之后：\`二是李历在…\`）、后接动词（\`国务院总理李强\` … \`李日在讲话中表示\`：报道总是先介绍人物，再直呼其名）；标题中的三字人名即本篇介绍的人物，正文中职务词后差一个字的写法即使两种写法各只出现一次也报告（\`习近平观看…\` … \`中央军委主席习近王，\`）；职务词后只出现一次的人名，与词典收录为人名、本页在两处以上写到的三字人名只差一个字，即使那些地方不在找人名的位置，也报告（\`刘志强考察…\`、\`以刘志强为组长\` … \`省委书记刘志仁\`）；重提上文人物的出席名单也算人名的位置：名单里其他人名在本页别处都出现过时，其中只出现一次、与本篇加了职务的人名只差一个字的写法即指此人（\`秘书长周建华\` … \`刘志强、陈红梅、周建桦等参加上述活动\`）；名单里有本页别处未提到的人时，可能是新出现的人物，不报告；重复印出的段落只算一次，不论各自前面是什么；只出现一次的机构名改动一个字后拆散了原名中的词（\`西藏佛学院\` / \`西成佛学院\`），或改成罕见的词（\`西源\`，词典中的频次不到十），或者它前后各四个字与别处的原名完全相同，不论改动的字组成什么词（\`中央党校（国家行政学力）中青年干部\` / \`中央党校（国家行政学院）中青年干部\`）。给出替换建议；
- **同一名单排序不一**：两份名单有三个以上相同的人，但先后次序不同（\`…申晓东、赵俊峰…\` 与 \`…赵俊峰、申晓东…\`）；
- **职务词后的错字**：紧跟职务词的写法只出现一次，且与本页在同一职务词之后的词或人名只差一个字（\`区委书记强调\` … \`区委书记强则\`），这一写法不是词典中的词，前后文也没有词伸进来；职务词后加“的”算同一位置（\`记者提问\` … \`记者的提我\`）；标题中只比较人名（如署名行\`中华人民共和国主席　习近平\`）；“强调”“指出”“表示”在逗号、冒号前无论位置都比较（如\`他在总结时强各，\`），第二个字改动时在“要”“必须”或引号前也比较（\`强动要加快\`、\`强谓必须守住\`；\`跑出“加速度”\`不算），“提出”第二个字改动时在“要”、引号或数字前比较（\`提确143项\`；\`提质，\`不算），均以本页用过为限；与本页别处的写法处在同一框架中（前两字相同、后接同一标点）时，错字成了生僻词或与前文成词也报告（\`习近平强调，\` … \`习近平强力，\`，\`在讲话中指出，\` … \`在讲话中指义，\`），常用动词除外（\`会议指定，\` 与 \`会议指出，\`）；紧跟人物（职务词或本页的人名）、后接逗号时，若本页别处也在人物之后用这个动词，错成不是动词的常用词也报告（\`王建国书记强调，\` … \`王建国书记强大，\`；\`表态，\` 在 CC-CEDICT 中是动词，虽然 jieba 标为名词，不算）；“采访时”后接“说”“表示”等的说法也比较（\`接受记者采访时说\` … \`接受德国媒体采克时表示\`、\`采访各表示\`；\`采访中表示\`、\`采访后说\`不算），“要求”第二个字改动、后接对象和“要”时也比较（\`要求各地要…\` … \`要持宁夏要加强…\`）；给出本页的写法作替换建议；
- **重复短语中的错字**：本页其他地方写过的短语，某处改了一个字（两侧各有至少两个相同的汉字；本页用过两次以上的三字人名，为两个字且错字后是标点；或一侧有六个以上相同的字、另一侧有一个相同的汉字，且错字与两边的字都不成词：\`出席第十届全国科技创新大会\` … \`出联第十届全国科技创新大会\`（\`出访第十届…\` 不算），\`发表重要讲话。他强调\` … \`发表了重单讲话。他强调\`）：\`深入学习贯彻全会精神\` … \`深入学习贯丰全会精神\`、\`《习近平谈治国理政》\` … \`《习月平谈治国理政》\`、\`发表重要讲话\` … \`发表重不讲话\`。改动的字须拆散一个常用词（词典计数 1000 以上）或本页的人名，且不是词的首字；与相邻的字不成词，或只成一个罕见得多的词（\`重提指示\` / \`重要指示\`，且两侧都有相同文字）；构成的字对在本页别处没有；这个只出现一次的词本页别处也没有用过（\`全球产供链\` … \`维护产供链\`）。紧挨标点的改动不比较，因为词典缺词很多（\`进一步扩大，\` / \`进一步扩围，\`）；数字后的量词不同不比较（\`250多万件\` / \`4300多万亩\`）；各只出现一次的两个人名不比较。职务词末字改动时，其后不要求相同文字（职务词后接人名或动词，本来各不相同），但其前须有至少两个相同的汉字（\`越南国会主席王庭惠\` … \`越南国会主如举行会谈\`）。复述导语的标题不算重复印出的段落。给出本页的写法作替换建议；
- **同一人职务不一**：同一篇稿件中同一人既称正职又称副职（\`市长周建华\` / \`副市长周建华\`）；
- **多一个词的机构名**（\`蒙牛公司\` / \`蒙牛焦作公司\`）：可能是子公司，只作提示；
- **用语表**（选项 \`glossary\`）中规定不用的写法，并给出规定写法。

不报告：职务词后的另一个词（\`书记强调\` / \`书记强化\`，都是词）、职务词后以副词开头的写法（\`书记还同…\` 与 \`书记共同…\`：首字换成了副词“还”）、不在同一职务词之后的写法、同姓的不同人（两个名字都多次出现，或同在一份名单中，如\`赵俊峰\`、\`赵俊生\`）；只差数字、序数或方位的机构（\`第一中学\` / \`第二中学\`）；词典中的名称（\`北京大学\` / \`南京大学\`）；重复短语中首字不同的词（\`中方愿同哈方\` / \`中方愿同蒙方\`、\`进口\` / \`出口\`）、两个都是词典中的词的写法（\`更好造福\` / \`更多造福\`、\`上半年\` / \`下半年\`）、数字和方位、并列结构（\`依法治国、依宪治国\`）、改了字又排了两次的句子（由重复段落规则报告，人名改动除外）；名称与包含它的更长名称（\`市第二人民医院\` / \`市第二人民医院示范区医院\`）。\`焦作国家高新区\` 与 \`示范区(高新区)\` 这类等同关系只能由用语表指定。`,
    options: `- \`glossary\` (default \`[]\`): the house glossary, in the spirit of textlint-rule-prh. Each entry is \`{expected, patterns}\`: \`expected\` is the house form, \`patterns\` are literal forms to replace with it. A pattern inside an occurrence of the house form itself is not flagged.

  \`\`\`json
  {"settings": {"rules": {"consistent-names": ["warn", {"glossary": [
    {"expected": "市第二人民医院", "patterns": ["市二院", "二院"]},
    {"expected": "焦作国家高新区", "patterns": ["焦作高新区"]}
  ]}]}}}
  \`\`\`
- \`checkOrder\` (default \`true\`): compare lists of officials for their order.`
  },
  examples: [
    {
      title: 'one form of each name',
      titleZh: '名称前后一致',
      text: '市委书记王建国出席会议。\n\n王建国指出，要办好市第一人民医院。市第一人民医院新院区年内开工。\n'
    },
    {
      title: 'two people who share a surname and a title',
      titleZh: '同姓的两个人',
      text: '区领导张立新、李红梅、张立军出席活动。\n\n张立新指出，要抓好落实。张立军要求，加强协调。\n'
    },
    {
      title: 'schools that differ in an ordinal',
      titleZh: '序数不同的学校',
      text: '市第一中学和市第二中学举行联谊活动。市第一中学校长介绍了经验。\n'
    },
    {
      title: 'one hospital written three ways',
      titleZh: '同一医院三种写法',
      text: '区领导调研了市第三人民医院东区医院项目。\n\n市第三人民医院东区医院已完成投资2亿元。\n\n加快市三院新城医院建设。\n\n市第三人民医院新城(东区)医院主体已完工。\n',
      messages: ['7:1-7:16: 机构名称前后不一：此处作「市第三人民医院新城(东区)医院」，本页另作「市第三人民医院东区医院」（1:7等 2 处）、「市三院新城医院」（5:3）；同一机构应统一写法'],
      messagesEn: [
        '7:1-7:16: Organisation named several ways: “市第三人民医院新城(东区)医院” here, “市第三人民医院东区医院” (1:7, 2 times), “市三院新城医院” (5:3) elsewhere on the page; use one form'
      ]
    },
    {
      title: 'two universities one character apart, in the same words',
      titleZh: '只差一个字的两所大学，前后文字相同',
      text: '张明毕业于中山大学医学院，现任主任医师。\n\n李华毕业于中南大学医学院，现任副主任医师。\n'
    },
    {
      title: 'a bare name one character off, opening a list item',
      titleZh: '列表项开头的人名错一个字',
      text: '一是国务院总理李强会见外宾。\n\n二是李历在座谈时表示，要扩大合作。\n',
      messages: ['3:3-3:5: 人名前后不一：此处作「李历」，本页另作「李强」（1:8）；请核对是否同一人'],
      messagesEn: ['3:3-3:5: Name written two ways: “李历” here, “李强” (1:8) elsewhere on the page; check whether it is one person']
    },
    {
      title: 'an organisation one character off, making a word too rare to count',
      titleZh: '机构名错一字，改成的词罕见',
      text: '班禅到大昭寺以及西藏佛学院讲经传法。\n\n他与西藏佛学院经师座谈。\n\n当天还到桑顶寺和西源佛学院看望僧众。\n',
      messages: ['5:9-5:14: 机构名称前后不一：此处作「西源佛学院」，本页另作「西藏佛学院」（1:9等 2 处）；同一机构应统一写法'],
      messagesEn: ['5:9-5:14: Organisation named several ways: “西源佛学院” here, “西藏佛学院” (1:9, 2 times) elsewhere on the page; use one form']
    },
    {
      title: 'an organisation one character off, in the same words as elsewhere',
      titleZh: '机构名错一字，前后文字与别处相同',
      text: '学员来自中央党校（国家行政学院）中青年干部培训班。\n\n本期中央党校（国家行政学力）中青年干部培训班开班。\n',
      messages: ['3:8-3:14: 机构名称前后不一：此处作「国家行政学力」，本页另作「国家行政学院」（1:10）；同一机构应统一写法'],
      messagesEn: ['3:8-3:14: Organisation named several ways: “国家行政学力” here, “国家行政学院” (1:10) elsewhere on the page; use one form']
    },
    {
      title: 'a name with one character changed',
      titleZh: '人名错一字',
      text: '市委书记王建国出席会议。\n\n王建国指出，要抓好落实。\n\n王建图强调，要加强协调。\n',
      messages: ['5:1-5:4: 人名前后不一：此处作「王建图」，本页另作「王建国」（1:5等 2 处）；请核对是否同一人'],
      messagesEn: ['5:1-5:4: Name written two ways: “王建图” here, “王建国” (1:5, 2 times) elsewhere on the page; check whether it is one person']
    },
    {
      title: 'a name after a title one character off a name the dictionary knows, written elsewhere on the page',
      titleZh: '职务词后的人名与词典收录、本页多处写到的人名差一个字',
      text: '刘志强考察春耕生产\n\n本报讯 昨日，省委书记刘志仁来到田间地头，察看春播进度。\n\n以刘志强为组长的工作组随后召开会议。\n',
      messages: ['3:12-3:15: 人名前后不一：此处作「刘志仁」，本页另作「刘志强」（1:1等 2 处）；请核对是否同一人'],
      messagesEn: ['3:12-3:15: Name written two ways: “刘志仁” here, “刘志强” (1:1, 2 times) elsewhere on the page; check whether it is one person']
    },
    {
      title: 'a name one sound off in a line of attendees recalling the people named above',
      titleZh: '重提上文人物的出席名单里，人名错成同音字',
      text: '市长刘志强、副市长陈红梅、秘书长周建华出席开幕式。\n\n会议期间，代表们进行了分组讨论。\n\n刘志强、陈红梅、周建桦等参加上述活动。\n',
      messages: ['5:9-5:12: 人名前后不一：此处作「周建桦」，本页另作「周建华」（1:17）；请核对是否同一人'],
      messagesEn: ['5:9-5:12: Name written two ways: “周建桦” here, “周建华” (1:17) elsewhere on the page; check whether it is one person']
    },
    {
      title: 'a line of attendees naming people the page does not name elsewhere',
      titleZh: '出席名单里有本页别处未提到的人',
      text: '秘书长周建华作工作报告。\n\n周建桦、陈红梅、孙立平等参加上述活动。\n'
    },
    {
      title: 'another word after the same title',
      titleZh: '同一职务词后的另一个词',
      text: '会上，区委书记强调，要抓好春耕生产。\n\n区委书记强化了考核。\n'
    },
    {
      title: 'a slip in the word after a title',
      titleZh: '职务词后的错字',
      text: '会上，区委书记强调，要抓好春耕生产。\n\n区委书记强则，要守住安全底线。\n',
      messages: ['3:5-3:7: 疑有错字：此处作「强则」，本页在「书记」之后另作「强调」（1:8）；请核对'],
      messagesEn: ['3:5-3:7: Possible typo: “强则” here, where the page writes “强调” after “书记” (1:8); check']
    },
    {
      title: 'a verb of saying with its second character changed, before 必须',
      titleZh: '“必须”之前的“强调”错了第二个字',
      text: '会上，市长李明强调，要抓好春耕生产。\n\n会议认为，今年粮食生产形势向好，强谓必须守住耕地红线。\n',
      messages: ['3:17-3:19: 疑有错字：此处作「强谓」，本页另作「强调」（1:8）；请核对'],
      messagesEn: ['3:17-3:19: Possible typo: “强谓” here, where the page writes “强调” (1:8); check']
    },
    {
      title: 'a slip in the interview before a verb of saying',
      titleZh: '“采访时”中的错字',
      text: '秘书长在港口城市接受本报记者采访时说，各方要尽早达成协议。\n\n总理近日在接受外国媒体采切时表示，制裁损害欧洲经济。\n',
      messages: ['3:12-3:14: 疑有错字：此处作「采切」，本页另作「采访」（1:15）；请核对'],
      messagesEn: ['3:12-3:14: Possible typo: “采切” here, where the page writes “采访” (1:15); check']
    },
    {
      title: 'a verb of saying changed into a rare word, in the frame the page writes it in',
      titleZh: '“强调”错成生僻词，前后文与本页别处相同',
      text: '区长王建国强调，要抓好春耕生产。\n\n区长王建国强力，要保障农资供应。\n\n会议指出，要守住安全底线。\n\n会议指定，由农业农村局牵头。\n',
      messages: ['3:6-3:8: 疑有错字：此处作「强力」，本页另作「强调」（1:6）；请核对'],
      messagesEn: ['3:6-3:8: Possible typo: “强力” here, where the page writes “强调” (1:6); check']
    },
    {
      title: 'a verb of saying after a person, changed into a word that is no verb',
      titleZh: '人物之后的“强调”错成非动词',
      text: '会上，市委书记王建国强调，要抓好春耕生产。\n\n会后，王建国书记强大，要保障农资供应。\n',
      messages: ['3:9-3:11: 疑有错字：此处作「强大」，本页另作「强调」（1:11）；请核对'],
      messagesEn: ['3:9-3:11: Possible typo: “强大” here, where the page writes “强调” (1:11); check']
    },
    {
      title: 'another verb after a person',
      titleZh: '人物之后的另一个动词',
      text: '会上，市委书记王建国表示，要抓好春耕生产。\n\n会后，王建国书记表态，将全力保障农资供应。\n'
    },
    {
      title: 'an adverb after a title',
      titleZh: '职务词后的副词',
      text: '会上，市委书记共同为新园区揭牌。\n\n随后，市委书记还同企业代表座谈交流。\n'
    },
    {
      title: 'legitimate alternations in a repeated phrase',
      titleZh: '重复短语中的正常替换',
      text: '今年上半年，全市外贸进口增长较快。\n\n今年下半年，全市外贸出口增长较快。\n\n中方愿同哈方深化经贸合作，愿同蒙方深化能源合作。\n'
    },
    {
      title: 'a slip in a phrase the page repeats',
      titleZh: '重复短语中的错字',
      text: '全市上下要深入学习贯彻全会精神，推动高质量发展。\n\n各部门要深入学习贯彻全会精神，结合实际抓好落实。\n\n区县负责同志表示，将深入学习贯丰全会精神，确保各项部署落地见效。\n',
      messages: ['5:15-5:19: 疑有错字：此处作「贯丰全会」，本页另作「贯彻全会」（1:10等 2 处）；请核对'],
      messagesEn: ['5:15-5:19: Possible typo: “贯丰全会” here, where the page writes “贯彻全会” (1:10, 2 times); check']
    },
    {
      title: 'a slip before a long phrase the page repeats, identical on one side only',
      titleZh: '重复长短语前的错字，只有一侧与别处相同',
      text: '市长李明出席第十届全国科技创新大会\n\n本报讯 昨日，市长李明在省城出联第十届全国科技创新大会并致辞。\n\n本报讯 昨日，副市长王华在省城出访第十届全国科技创新大会举办地。\n',
      messages: ['3:15-3:19: 疑有错字：此处作「出联第十」，本页另作「出席第十」（1:5）；请核对'],
      messagesEn: ['3:15-3:19: Possible typo: “出联第十” here, where the page writes “出席第十” (1:5); check']
    },
    {
      title: 'a slip before a sentence end the page writes elsewhere',
      titleZh: '错字之后的文字与本页别处相同，一直到句末之后',
      text: '会上，市长李明发表重要讲话。他强调，要抓好春耕生产。\n\n会后，副市长王华发表了重单讲话。他强调，要保障农资供应。\n',
      messages: ['3:12-3:16: 疑有错字：此处作「重单讲话」，本页另作「重要讲话」（1:10）；请核对'],
      messagesEn: ['3:12-3:16: Possible typo: “重单讲话” here, where the page writes “重要讲话” (1:10); check']
    },
    {
      title: 'the same officials listed in another order',
      titleZh: '同一名单排序不一',
      text: '区领导刘志强、陈红梅、周建华、孙立平一同参加。\n\n区领导刘志强、周建华、陈红梅、孙立平出席会议。\n',
      messages: ['3:8-3:15: 同一名单排序不一：此处「周建华、陈红梅」，1:4 的名单作「陈红梅、周建华」；请核对排序'],
      messagesEn: ['3:8-3:15: The same list of names in another order: “周建华、陈红梅” here, “陈红梅、周建华” in the list at 1:4; check the order']
    },
    {
      title: 'a company and a longer name with a place in it (information)',
      titleZh: '多一个地名的公司名（提示）',
      text: '推广伊源公司的经验。\n\n企业负责人在伊源郑州公司座谈。\n',
      messages: ['3:7-3:13: 机构名称可能不一：此处作「伊源郑州公司」，1:3 作「伊源公司」（多「郑州」）；若是同一机构，应统一写法'],
      messagesEn: ['3:7-3:13: Organisation possibly named two ways: “伊源郑州公司” here, “伊源公司” at 1:3 (with “郑州”); if they are one organisation, use one form']
    },
    {
      title: 'a form the house glossary rules out',
      titleZh: '用语表不用的写法',
      text: '市二院新院区年内开工。\n',
      options: {glossary: [{expected: '市第二人民医院', patterns: ['市二院']}]},
      messages: ['1:1-1:4: 按本报用语表，「市二院」应作「市第二人民医院」']
    }
  ],
  check(context) {
    const {page, options} = context
    const {mentions: people, lists} = extractPeople(page)
    const taken: Array<{start: number; end: number}> = []
    const tracking: Reporter = {...context, report: (span, reason, extra) => {
      taken.push(span)
      return context.report(span, reason, extra)
    }}
    checkPeople(tracking, people, lists)
    checkTitles(tracking, people)
    checkOrganisations(tracking, extractOrganisations(page))
    checkSlips(tracking, people, taken)
    checkPhraseSlips(tracking, people, taken)
    if (options.checkOrder) checkOrder(context, lists)
    if (options.glossary.length > 0) checkGlossary(context, options.glossary)
  }
})

export default consistentNames
