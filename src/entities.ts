/**
 * Named entities in newspaper copy: people and organisations.
 *
 * People are found where copy names them unambiguously: after a title word
 * (`党工委书记吕沛`, `市委书记王小平`), in bylines and photo credits
 * (`记者郭树勋`, `本报记者 田 鹏 摄`) and in `、`-separated lists of officials
 * (`区领导刘春明、冯利民、许海玲一同参加`).  A name is 2 or 3 characters
 * starting with a common surname; its end is decided by what follows it
 * (punctuation, or a word such as 说 指出 出席 一行).
 *
 * Organisations are found by their suffix (公司 医院 大学 产业园 局 …) and
 * extended leftwards over the words that belong to the name, through chained
 * names (`市第二人民医院示范区医院`) and bracketed alternatives
 * (`新区(示范区)医院`), stopping at verbs, prepositions and function words
 * (jieba tells the part of speech, on a short window only).
 *
 * Everything is linear in the length of the text: regular expressions over
 * each paragraph, and segmentation of at most a few dozen characters per
 * organisation suffix found.
 */
import {dictionaryEntry, segmentWithGuesses} from './segment.js'
import {isAllHan, isHan, SENTENCE_END} from './chinese.js'
import type {Block, Page} from './structure.js'

export type EntityKind = 'person' | 'organisation'

/** How a mention was found. */
export type MentionSource = 'title' | 'byline' | 'list' | 'speech' | 'suffix'

export interface Mention {
  kind: EntityKind
  /** The name as written (without surrounding spaces; a spaced byline name keeps its spaces out). */
  name: string
  /** Offsets of the mention in the document. */
  start: number
  end: number
  via: MentionSource
  /** The title word before a person's name (`书记`, `记者`). */
  title?: string
  /** Index of the block. */
  block: number
}

/** A `、`-separated list of people (`区领导刘春明、冯利民、许海玲一同参加`). */
export interface NameList {
  names: Mention[]
  start: number
  end: number
  block: number
}

/** Single-character surnames common enough to anchor a name. */
const SURNAME_CHARS =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝习栗郜禹亓逯冀鞠谈'

const SURNAMES = new Set(SURNAME_CHARS)

export function isSurname(char: string | undefined): boolean {
  return char !== undefined && SURNAMES.has(char)
}

/** Title words that stand right before a person's name. */
export const TITLE_WORDS = [
  '总书记', '副书记', '书记', '副主席', '主席', '副总理', '总理', '副部长', '部长', '副省长', '省长', '副市长', '市长',
  '副区长', '区长', '副县长', '县长', '镇长', '乡长', '副主任', '主任', '副局长', '局长', '处长', '科长', '副院长', '院长',
  '副校长', '校长', '董事长', '总经理', '副总经理', '经理', '总裁', '秘书长', '会长', '理事长', '厅长', '所长', '站长',
  '队长', '社长', '馆长', '行长', '检察长', '庭长', '主编', '教授', '研究员', '委员', '常委', '代表', '记者', '通讯员',
  '实习生', '主持人', '负责人', '支书', '村医', '民警', '医生', '护士长', '工程师', '老师', '班长', '组长', '团长', '政委',
  '司令员', '领导', '同志', '总统', '副总统', '首相', '外长', '大使', '议长', '国务卿', '总干事'
]

/** Words that may follow a person's name (besides punctuation). */
const AFTER_NAME = [
  '说', '表示', '指出', '强调', '要求', '在', '出席', '参加', '主持', '讲话', '一行', '等', '同志', '和', '与', '及', '摄',
  '到', '调研', '介绍', '作', '对', '向', '为', '带领', '率', '陪同', '宣布', '是', '也', '还', '就', '告诉', '认为', '提出',
  '会见', '致辞', '讲', '称', '深入', '来', '前往', '先后', '一同', '分别', '参观', '视察', '考察', '看望', '慰问', '听取',
  '希望', '坦言', '透露', '回忆', '的', '从', '接受', '率领', '出', '介', '现场', '都', '又', '再', '则', '给', '把', '被',
  '将', '已', '正', '同', '跟', '以', '于', '会', '代表', '主任', '书记', '讲解', '答', '问', '带', '签', '发表', '通报',
  '部署', '安排', '走访', '察看', '了解', '详细', '一起', '共同', '亲自', '首先', '最后', '总结', '动员', '点评', '寄语',
  '获', '荣获', '当选', '担任', '任', '兼', '用', '今年', '近日', '日前', '目前', '曾', '从事', '带队', '作为'
]

const AFTER_NAME_SET = new Set(AFTER_NAME)
const AFTER_NAME_MAX = Math.max(...AFTER_NAME.map((word) => word.length))

/** Marks that may end a name. */
const NAME_END_MARKS = new Set([...'，,、。：:；;（()）！？!? \u3000\n“”"《》—·'])

/** A boundary after a name: punctuation, the end of text, or a word of `AFTER_NAME`. */
function boundaryAfter(text: string, index: number): 'end' | 'mark' | 'word' | undefined {
  if (index >= text.length) return 'end'
  const char = text[index] as string
  if (NAME_END_MARKS.has(char)) return 'mark'
  for (let length = AFTER_NAME_MAX; length >= 1; length--) {
    if (AFTER_NAME_SET.has(text.slice(index, index + length))) return 'word'
  }
  return undefined
}

/** A common word that is not a name (`高度`, `文化`): the dictionary knows it, and not as a name. */
export function isCommonWord(word: string): boolean {
  const entry = dictionaryEntry(word)
  return entry !== undefined && !entry.tag.startsWith('nr') && entry.frequency >= 500
}

/**
 * The length (2 or 3) of a person's name starting at `index`, or 0.
 * A 2-character name wins when both fit (`吕沛说，`).
 */
export function nameLengthAt(text: string, index: number): number {
  if (!isSurname(text[index])) return 0
  // `现任市委…`, `主任委员`: the surname character ends a word before it.
  if (index > 0 && isCommonWord(text.slice(index - 1, index + 1))) return 0
  const two = text.slice(index, index + 2)
  const three = text.slice(index, index + 3)
  const fitsTwo = two.length === 2 && isAllHan(two) && boundaryAfter(text, index + 2) !== undefined
  if (fitsTwo && !isCommonWord(two)) return 2
  const fitsThree = three.length === 3 && isAllHan(three) && boundaryAfter(text, index + 3) !== undefined && boundaryAfter(text, index + 2) !== 'mark'
  if (fitsThree && !isCommonWord(three)) return 3
  return 0
}

const TITLE_PATTERN = new RegExp(`(?:${[...TITLE_WORDS].sort((a, b) => b.length - a.length).join('|')})`, 'gu')
const TITLE_SET = new Set(TITLE_WORDS)
const TITLE_MAX = Math.max(...TITLE_WORDS.map((word) => word.length))

/** The title word ending at `index` (`书记` in `书记王小平`), longest first. */
export function titleEndingAt(text: string, index: number): string | undefined {
  for (let length = TITLE_MAX; length >= 2; length--) {
    const word = text.slice(index - length, index)
    if (index - length >= 0 && TITLE_SET.has(word)) return word
  }
  return undefined
}

/** The title word starting at `index` (`总书记` in `苏林总书记`), longest first. */
export function titleStartingAt(text: string, index: number): string | undefined {
  for (let length = TITLE_MAX; length >= 2; length--) {
    const word = text.slice(index, index + length)
    if (TITLE_SET.has(word)) return word
  }
  return undefined
}

/** Whether `word` is a title word (`书记`, `总统`). */
export function isTitleWord(word: string): boolean {
  return TITLE_SET.has(word)
}

/** Every title word in `text` with its offsets, longest first where they overlap (`总书记`, not `书记`). */
export function* titleWordsIn(text: string): Generator<{word: string; start: number; end: number}> {
  for (const match of text.matchAll(TITLE_PATTERN)) {
    const start = match.index ?? 0
    yield {word: match[0], start, end: start + match[0].length}
  }
}

/** Bylines and photo credits: `记者郭树勋`, `本报记者 田 鹏 摄`, `通讯员 王 明`. */
const CREDIT = /(记者|通讯员|实习生|摄影)[\s\u3000]*([\p{Script=Han}](?:[\s\u3000]?[\p{Script=Han}]){1,2})(?=[\s\u3000]*(?:[、，,)）\s\u3000]|摄|$))/gu

/** A name opening a clause, followed by a verb of saying or a title. */
const CLAUSE_NAME = new RegExp(
  `(^|[。！？；;，,：:“"\\s\u3000])([\\p{Script=Han}]{2,3}?)(?=同志|指出|强调|表示|出席|会见|主持|说[，,：:]|${[...TITLE_WORDS].filter((word) => word.length >= 2 && !['代表', '记者', '委员', '领导', '同志'].includes(word)).join('|')})`,
  'gu'
)

/** Institutions that precede a title (`任市委常委`): not a given name. */
const INSTITUTION_END = /(?:市委|区委|省委|县委|州委|党委|政府|人大|政协|中央|国务|常委)$/u

/** Whether a would-be name ends in an institution (`任市委`): a verb and an institution, not a person. */
export function endsInInstitution(name: string): boolean {
  return INSTITUTION_END.test(name)
}

/** Words that open a list of officials. */
const LIST_INTRO = /(?:领导|同志|出席|参加|陪同|嘉宾|成员|有|包括|书记|主任|[:：，,])$/u

/** What follows a line of attendees that opens a sentence without an intro word (`刘志强、陈红梅、周建华等参加上述活动`). */
const ATTENDING = /^(?:等|同志)?(?:参加|出席|陪同|一同|一起|会见|在座|参观|共同)/u

/** Whether `index` opens a sentence of `text`. */
function opensSentence(text: string, index: number): boolean {
  const before = text[index - 1]
  return before === undefined || before === '\n' || SENTENCE_END.has(before)
}

/** People in one block. */
function peopleInBlock(block: Block, mentions: Mention[], lists: NameList[], taken: Set<number>): void {
  const text = block.text
  const credits = block.role === 'byline' || block.role === 'caption'
  const leadEnd = block.bodyStart !== undefined ? block.bodyStart - block.start : 0

  // Bylines and credits.
  if (credits || leadEnd > 0 || /摄[\s\u3000]*[）)]?[\s\u3000]*$/u.test(text)) {
    CREDIT.lastIndex = 0
    for (let match = CREDIT.exec(text); match; match = CREDIT.exec(text)) {
      const inLead = match.index < leadEnd
      const inCredit = credits || inLead || /^[\s\u3000]*摄/u.test(text.slice(match.index + match[0].length))
      if (!inCredit) continue
      const raw = (match[2] as string).replace(/[\s\u3000]*摄$/u, '')
      const name = raw.replace(/[\s\u3000]/gu, '')
      if (!isSurname(name[0]) || isCommonWord(name)) continue
      const start = block.start + match.index + (match[0].length - raw.length)
      taken.add(start)
      mentions.push({kind: 'person', name, start, end: start + raw.length, via: 'byline', title: match[1] as string, block: block.index})
    }
  }

  // After a title word.
  for (const title of titleWordsIn(text)) {
    let index = title.end
    // A signature line spaces the name off: `国家主席　习近平`.
    while (index < text.length && index - title.end < 2 && /[ \u3000]/u.test(text[index] as string)) index++
    const length = nameLengthAt(text, index)
    if (length === 0) continue
    const name = text.slice(index, index + length)
    const start = block.start + index
    if (taken.has(start)) continue
    taken.add(start)
    mentions.push({kind: 'person', name, start, end: start + length, via: 'title', title: title.word, block: block.index})
  }

  // At the start of a clause, before a verb of saying or a title (`吕沛指出`, `李强总理`).
  CLAUSE_NAME.lastIndex = 0
  for (let match = CLAUSE_NAME.exec(text); match; match = CLAUSE_NAME.exec(text)) {
    const index = match.index + (match[1] as string).length
    const name = match[2] as string
    if (!isSurname(name[0]) || isCommonWord(name) || INSTITUTION_END.test(name) || (index > 0 && isCommonWord(text.slice(index - 1, index + 1)))) continue
    if (isPrepositionBeforePlace(name)) continue
    const start = block.start + index
    if (taken.has(start)) continue
    taken.add(start)
    mentions.push({kind: 'person', name, start, end: start + name.length, via: 'speech', block: block.index})
  }

  // Lists of officials: at least three names separated by 、.
  listsInBlock(block, mentions, lists, taken)
}

function listsInBlock(block: Block, mentions: Mention[], lists: NameList[], taken: Set<number>): void {
  const text = block.text
  let index = text.indexOf('、')
  while (index !== -1) {
    // The first element: 2-3 Han characters before the first 、, after an intro word.
    let first: {start: number; end: number} | undefined
    // A list opening a sentence with no intro word before it must be followed by a verb of attendance.
    let needsAttending = false
    for (const length of [3, 2]) {
      const start = index - length
      if (start < 0) continue
      const name = text.slice(start, index)
      if (!isAllHan(name) || !isSurname(name[0]) || isCommonWord(name)) continue
      const introduced = LIST_INTRO.test(text.slice(Math.max(0, start - 4), start))
      if (!introduced && !opensSentence(text, start)) continue
      needsAttending = !introduced
      first = {start, end: index}
      break
    }
    if (!first) {
      index = text.indexOf('、', index + 1)
      continue
    }
    const elements = [first]
    let cursor = index + 1
    for (;;) {
      const next = text.indexOf('、', cursor)
      const middle = next === -1 ? '' : text.slice(cursor, next)
      if (next !== -1 && (middle.length === 2 || middle.length === 3) && isAllHan(middle) && isSurname(middle[0])) {
        elements.push({start: cursor, end: next})
        cursor = next + 1
        continue
      }
      const length = nameLengthAt(text, cursor)
      if (length > 0) elements.push({start: cursor, end: cursor + length})
      break
    }
    const last = elements[elements.length - 1] as {start: number; end: number}
    if (elements.length >= 3 && (!needsAttending || ATTENDING.test(text.slice(last.end, last.end + 4)))) {
      const names: Mention[] = []
      for (const element of elements) {
        const start = block.start + element.start
        const name = text.slice(element.start, element.end)
        const mention: Mention = {kind: 'person', name, start, end: block.start + element.end, via: 'list', block: block.index}
        names.push(mention)
        if (!taken.has(start)) mentions.push(mention)
        taken.add(start)
      }
      lists.push({names, start: block.start + first.start, end: block.start + last.end, block: block.index})
    }
    index = text.indexOf('、', last.end + 1)
  }
}

/** People named on a page, and the lists of names. */
export function extractPeople(page: Page): {mentions: Mention[]; lists: NameList[]} {
  const mentions: Mention[] = []
  const lists: NameList[] = []
  /** Offsets where a name was already found. */
  const taken = new Set<number>()
  for (const block of page.blocks) {
    if (block.role === 'boilerplate') continue
    peopleInBlock(block, mentions, lists, taken)
  }
  mentions.sort((a, b) => a.start - b.start)
  return {mentions, lists}
}

/** A person's name of three characters: one the page names, or one the dictionary knows (`习近平`; not `大家庭`, tagged so too). */
export function isThreeCharacterName(text: string, names?: Set<string>): boolean {
  if (text.length !== 3) return false
  if (names?.has(text)) return true
  return isSurname(text[0]) && (dictionaryEntry(text)?.tag.startsWith('nr') ?? false)
}

/**
 * Whether three characters that look like a name are a surname character used
 * as a preposition before a place (`应埃及总理…邀请`, `向英国首相`).
 */
export function isPrepositionBeforePlace(name: string): boolean {
  return name.length === 3 && PREPOSITION_SURNAMES.has(name[0] as string) && (dictionaryEntry(name.slice(1))?.tag.startsWith('ns') ?? false)
}

/** Surname characters that are also prepositions (a given name can be a place word: `王建国`, `罗德里`). */
const PREPOSITION_SURNAMES = new Set([...'应向于经从由与和同对'])

/** Suffixes that end an organisation's name, longest first. */
export const ORGANISATION_SUFFIXES = [
  '街道办事处', '有限责任公司', '股份有限公司', '有限公司', '办事处', '委员会', '管委会', '党工委', '研究院', '研究所', '研究中心',
  '产业园', '卫生院', '检察院', '联合会', '基金会', '合作社', '公司', '集团', '医院', '学院', '大学', '中学', '小学', '学校',
  '银行', '中心', '园区', '协会', '商会', '法院', '局'
]

const SUFFIX_PATTERN = new RegExp(ORGANISATION_SUFFIXES.join('|'), 'gu')
const SUFFIX_END = new RegExp(`(?:${ORGANISATION_SUFFIXES.join('|')})$`, 'u')

/** Words ending in 局 / 中心 / 学校 … that are no organisation. */
const NOT_ORGANISATION = new Set([
  '格局', '布局', '结局', '大局', '全局', '开局', '僵局', '当局', '出局', '定局', '残局', '赌局', '棋局', '骗局', '饭局', '变局',
  '政局', '时局', '战局', '新局', '破局', '入局', '终局', '中心', '重心'
])

/** Parts of speech that may stand inside an organisation's name. */
const NAME_TAGS = new Set(['n', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'j', 'b', 'an', 'vn', 'l', 'nw'])

/** Industry words (verbs in the dictionary) that company names carry: `电气设备制造有限公司`. */
const INDUSTRY_WORDS = new Set(['制造', '生产', '开发', '建设', '投资', '发展', '管理', '服务', '设计', '研究', '物流', '销售', '贸易', '咨询', '检测', '运营', '加工', '培训', '养殖', '种植', '控股', '装备'])

/** Words that never stand inside a name even when the dictionary calls them nouns. */
const STOP_WORDS = new Set(['项目', '工作', '目前', '今年', '近日', '日前', '同时', '其中', '全市', '全区', '全省', '全国', '各级', '这', '该', '本', '各', '其', '我', '我们', '他们', '代表', '单位', '力争', '企业', '部门', '机构', '会同'])

function isOrdinal(token: string): boolean {
  return /^第?[一二三四五六七八九十零〇两\d]+$/u.test(token) && token.length <= 3
}

/** A four-character phrase the dictionary files as a noun that is an adverb and a verb (`充分发挥`, `明确规定`). */
function isAdverbAndVerb(token: string): boolean {
  if (token.length !== 4) return false
  const adverb = dictionaryEntry(token.slice(0, 2))?.tag ?? ''
  const verb = dictionaryEntry(token.slice(2))?.tag ?? ''
  return (adverb === 'ad' || adverb === 'd') && verb === 'v'
}

/** Whether a token may stand inside an organisation's name (left of the suffix). */
function belongsToName(token: string, right: string | undefined): boolean {
  if (!isAllHan(token) || STOP_WORDS.has(token)) return false
  if (isOrdinal(token)) return true
  const entry = dictionaryEntry(token)
  if (!entry) return token.length >= 2 || /[省市区县镇乡村]/u.test(token)
  if (isAdverbAndVerb(token)) return false
  if (NAME_TAGS.has(entry.tag) && entry.tag !== 'vn') return true
  // Verbal nouns and industry words (`制造`, `建设`) belong to company names, not before a place (`建设黄河…`).
  if (INDUSTRY_WORDS.has(token) || entry.tag === 'vn') {
    const tag = right === undefined ? 'n' : (dictionaryEntry(right)?.tag ?? 'x')
    return !tag.startsWith('ns') && !tag.startsWith('nr') && (right === undefined || !/[省市区县]$/u.test(right))
  }
  // 市, 区, 省 as single nouns are tagged n; other single characters stop the name.
  return false
}

const OPEN_BRACKETS = new Set(['(', '（'])
const CLOSE_BRACKETS = new Set([')', '）'])

/**
 * The start of an organisation's name that ends with a suffix at
 * `suffixStart` … `suffixEnd` inside `text`, or -1 when nothing stands before
 * the suffix.
 */
function extendLeft(text: string, suffixStart: number, floor: number): number {
  // A window back to a mark that cannot stand inside a name (and not into a lead byline).
  let windowStart = suffixStart
  while (windowStart > floor && suffixStart - windowStart < 24) {
    const char = text[windowStart - 1] as string
    if (isHan(char) || OPEN_BRACKETS.has(char) || CLOSE_BRACKETS.has(char)) windowStart--
    else break
  }
  if (windowStart === suffixStart) return -1
  const tokens = segmentWithGuesses(text.slice(windowStart, suffixStart))
  let start = suffixStart
  let right: string | undefined
  let index = tokens.length - 1
  while (index >= 0) {
    const token = tokens[index] as string
    if (CLOSE_BRACKETS.has(token)) {
      // A bracketed alternative: `新区(示范区)医院`.
      let open = index - 1
      let inner = ''
      while (open >= 0 && !OPEN_BRACKETS.has(tokens[open] as string)) inner = (tokens[open--] as string) + inner
      if (open < 1 || inner.length === 0 || inner.length > 10 || !isAllHan(inner) || /记者|通讯员|摄影|实习生/u.test(inner)) break
      const before = tokens[open - 1] as string
      if (!belongsToName(before, inner)) break
      start -= token.length + inner.length + (tokens[open] as string).length
      index = open - 1
      continue
    }
    // `发展和改革委员会`, `党史和文献研究院`: 和 joins two nouns inside a name, not two names.
    if ((token === '和' || token === '与') && right !== undefined && index > 0) {
      const left = tokens[index - 1] as string
      if (belongsToName(left, token) && !SUFFIX_END.test(left) && dictionaryEntry(left)?.tag.startsWith('n')) {
        start -= token.length
        index--
        continue
      }
    }
    if (!belongsToName(token, right)) break
    start -= token.length
    right = token
    index--
  }
  return start === suffixStart ? -1 : start
}

/** Organisations named on a page: the longest name at each place, chained names joined. */
export function extractOrganisations(page: Page): Mention[] {
  const mentions: Mention[] = []
  for (const block of page.blocks) {
    if (block.role === 'boilerplate') continue
    const text = block.text
    const floor = block.bodyStart !== undefined ? block.bodyStart - block.start : 0
    const found: Array<{start: number; end: number}> = []
    SUFFIX_PATTERN.lastIndex = 0
    for (let match = SUFFIX_PATTERN.exec(text); match; match = SUFFIX_PATTERN.exec(text)) {
      const suffixStart = match.index
      const suffixEnd = suffixStart + match[0].length
      if (suffixStart < floor) continue
      const start = extendLeft(text, suffixStart, floor)
      if (start === -1) continue
      const name = text.slice(start, suffixEnd)
      if (NOT_ORGANISATION.has(name) || (NOT_ORGANISATION.has(text.slice(suffixEnd - 2, suffixEnd)) && match[0].length === 1)) continue
      // `国务委员会见…` is a State Councillor meeting someone.
      if (match[0].endsWith('会') && /^[见晤谈]/u.test(text.slice(suffixEnd, suffixEnd + 1))) continue
      if (name.replace(/[()（）]/gu, '').length < 3) continue
      // A name that reaches over the previous one chains them (`市第二人民医院示范区医院`).
      while (found.length > 0 && (found[found.length - 1] as {start: number; end: number}).end >= start && (found[found.length - 1] as {start: number}).start >= start) found.pop()
      found.push({start, end: suffixEnd})
    }
    for (const {start, end} of found) {
      mentions.push({kind: 'organisation', name: text.slice(start, end), start: block.start + start, end: block.start + end, via: 'suffix', block: block.index})
    }
  }
  return mentions
}
