/**
 * `consistent-numbers`: a headline figure the story contradicts, one fact
 * given two values, parts that add up to more than their total, and stated
 * conversions that do not hold.
 */
import {partitionPoint} from '../src/bisect.js'
import {foldForComparison} from '../src/chinese.js'
import {quotedBoth} from '../src/i18n.js'
import {
  addDecimal,
  compareDecimal,
  convert,
  convertible,
  type Decimal,
  differsByOneSlip,
  extractQuantities,
  formatDecimal,
  halfUnitOfLastPlace,
  magnitudePower,
  multiplyDecimal,
  type Quantity,
  subtractDecimal
} from '../src/quantities.js'
import {defineRule, optionError} from '../src/rule.js'
import {segment} from '../src/segment.js'
import type {Block, Page} from '../src/structure.js'

interface Options {
  /** Check headline figures against the story. */
  headlines: boolean
  /** Check one fact stated twice with two values. */
  restatements: boolean
  /** Check parts after 其中 against their total. */
  parts: boolean
  /** Check conversions such as `24公顷(约合360亩)`. */
  conversions: boolean
}

const DEFAULTS: Options = {headlines: true, restatements: true, parts: true, conversions: true}

/** Words that carry no identity of their own. */
const STOP = new Set([
  '的', '了', '在', '对', '与', '和', '及', '以及', '并', '且', '而', '将', '已', '已经', '据', '其中', '同时', '此外', '另外',
  '共', '共计', '合计', '累计', '总计', '为', '是', '有', '约', '近', '超', '超过', '逾', '分别', '均', '各', '都', '也', '还',
  '再', '又', '等', '从', '至', '到', '由', '把', '被', '这', '该', '其', '之', '达', '达到', '多', '余', '左右', '以上', '以下',
  '突破', '约合', '折合', '大约', '将近', '接近', '不到', '不足', '至少', '今天', '目前', '全', '所', '个'
])

/** Verbs of change and measure: part of a fact's identity, but not a subject. */
const PREDICATES = new Set([
  '增长', '增加', '下降', '减少', '上升', '提高', '降低', '实现', '完成', '占', '增速', '增幅', '下滑', '回升', '同比', '环比',
  '比', '较', '上年', '同期', '提升', '扩大', '缩小', '新增', '投资', '总额', '规模', '数量', '总量', '总数'
])

const TIME = /^(?:今年|去年|前年|明年|当年|全年|上半年|下半年|本月|上月|当月|同期|上年|一季度|二季度|三季度|四季度|季度|前三季度|[0-9一二三四五六七八九十]+月(?:份)?|[0-9]+年(?:度)?)$/u

/** Units whose figures add up (a part cannot exceed its total). */
const NOT_ADDITIVE = new Set(['%', '‰', '个百分点', '百分点', '倍', '级'])

const CLAUSE_BOUNDARY = /[，,。；;：:！？!?、\n]/u
const SENTENCE_BOUNDARY = /[。！？!?\n]/u
const HEADLINE_BOUNDARY = /[，,。；;：:！？!?\s\u3000|]/u

/** What stands between a quantity and its conversion (the approximation word itself belongs to the second quantity). */
const CONVERSION_IN_BRACKETS = /^\s*[（(]\s*(?:合|约为|即|相当于|换算为)?\s*$/u
const CONVERSION_STATED = /^\s*[，,]?\s*(?:合|即|相当于|换算为)\s*$/u

function introducesConversion(between: string, to: Quantity): boolean {
  if (CONVERSION_IN_BRACKETS.test(between) || CONVERSION_STATED.test(between)) return true
  return /^\s*[，,]?\s*$/u.test(between) && (to.approx?.word === '约合' || to.approx?.word === '折合')
}

/** How far back to look for a clause or sentence start (keeps the pass linear). */
const LOOKBACK = 120
/** Earlier mentions compared with each new one in a bucket. */
const BUCKET_WINDOW = 40

interface Mention {
  quantity: Quantity
  block: Block
  headline: boolean
  /** Tokens of the clause before the number (a subject-less clause borrows the previous one). */
  tokens: string[]
  tokenSet: Set<string>
  /** The noun right after the unit (`27个项目` → 项目). */
  noun: string
  /** The sentence up to the number, folded: equal prefixes name the same fact. */
  prefix: string
  /** Last token before the number (the measure: 投资, 增长, 群众). */
  predicate: string
  /** The first word of substance in the sentence (its subject, usually: 甲县, 海关). */
  lead: string
  /** The words of the sentence up to the number. */
  sentence: Set<string>
}

function isContent(token: string): boolean {
  return token.length >= 2 && /\p{Script=Han}/u.test(token) && !STOP.has(token) && !PREDICATES.has(token) && !TIME.test(token)
}

function isWordToken(token: string): boolean {
  return /[\p{Script=Han}A-Za-z0-9]/u.test(token)
}

function unitKey(quantity: Quantity): string {
  return quantity.unit
}

/** Tokens of text, with the quantities inside it replaced by one token each. */
function tokenize(text: string, start: number, quantities: Quantity[]): string[] {
  const tokens: string[] = []
  let cursor = start
  const end = start + text.length
  // Quantities are in document order: find the first that can overlap by bisection.
  const first = partitionPoint(quantities.length, (index) => (quantities[index] as Quantity).end <= start)
  for (let index = first; index < quantities.length; index++) {
    const quantity = quantities[index] as Quantity
    if (quantity.start >= end) break
    if (quantity.start > cursor) tokens.push(...segment(text.slice(cursor - start, quantity.start - start)))
    tokens.push(`#${formatDecimal(quantity.amount)}${quantity.unit}`)
    cursor = Math.max(cursor, quantity.end)
  }
  if (cursor < end) tokens.push(...segment(text.slice(cursor - start)))
  return tokens.filter((token) => isWordToken(token) && !STOP.has(token))
}

function clauseStart(value: string, from: number, floor: number, boundary: RegExp): number {
  const limit = Math.max(floor, from - LOOKBACK)
  let index = from
  while (index > limit && !boundary.test(value[index - 1] as string)) index--
  return index
}

function quantityStart(quantity: Quantity): number {
  return quantity.approx && quantity.approx.start < quantity.start ? quantity.approx.start : quantity.start
}

function describe(page: Page, block: Block, quantity: Quantity, quantities: Quantity[], headline: boolean): Mention {
  const {value} = page
  const floor = block.bodyStart ?? block.start
  const numberStart = quantityStart(quantity)
  const boundary = headline ? HEADLINE_BOUNDARY : CLAUSE_BOUNDARY
  let start = clauseStart(value, numberStart, floor, boundary)
  let tokens = tokenize(value.slice(start, numberStart), start, quantities)
  const predicate = tokens[tokens.length - 1] ?? ''
  // A clause with no subject of its own (`同比增长2.1%`) speaks of the previous one.
  for (let step = 0; step < 2 && !tokens.some(isContent) && start > floor && !SENTENCE_BOUNDARY.test(value[start - 1] as string); step++) {
    const previousEnd = start - 1
    start = clauseStart(value, previousEnd, floor, boundary)
    tokens = [...tokenize(value.slice(start, previousEnd), start, quantities), ...tokens]
  }
  if (headline) {
    // A headline is short: the words after the figure belong to it too.
    let end = quantity.end
    while (end < block.end && !HEADLINE_BOUNDARY.test(value[end] as string)) end++
    tokens = [...tokens, ...tokenize(value.slice(quantity.end, end), quantity.end, quantities)]
  }
  const sentenceStart = clauseStart(value, numberStart, floor, SENTENCE_BOUNDARY)
  const prefix = foldForComparison(value.slice(sentenceStart, numberStart))
  const sentenceTokens = headline ? tokens : tokenize(value.slice(sentenceStart, numberStart), sentenceStart, quantities)
  const lead = sentenceTokens.find((token) => /\p{Script=Han}/u.test(token) && !PREDICATES.has(token) && !TIME.test(token)) ?? ''
  return {quantity, block, headline, tokens, tokenSet: new Set(tokens), noun: nounAfter(value, quantity.end, block.end), prefix, predicate, lead, sentence: new Set(sentenceTokens)}
}

function nounAfter(value: string, from: number, end: number): string {
  let stop = from
  while (stop < end && stop - from < 8 && !CLAUSE_BOUNDARY.test(value[stop] as string) && !/[（(）)“”"]/u.test(value[stop] as string)) stop++
  if (stop === from) return ''
  const first = segment(value.slice(from, stop))[0] ?? ''
  return /\p{Script=Han}/u.test(first) && !STOP.has(first) && !PREDICATES.has(first) && !TIME.test(first) ? first : ''
}

function nounsAgree(a: Mention, b: Mention): boolean {
  return a.noun === '' || b.noun === '' || a.noun === b.noun
}

/** Whether b's value supports a's (equal, or within a's rounding or approximation). */
function supports(claim: Quantity, evidence: Quantity): boolean {
  if (compareDecimal(claim.amount, evidence.amount) === 0) return true
  const difference = subtractDecimal(evidence.amount, claim.amount)
  const absolute: Decimal = {value: difference.value < 0n ? -difference.value : difference.value, decimals: difference.decimals}
  // A rounded figure: 6.1亿 for 6.12亿.
  if (compareDecimal(absolute, halfUnitOfLastPlace(claim)) <= 0) return true
  if (evidence.approx && compareDecimal(absolute, halfUnitOfLastPlace(evidence)) <= 0) return true
  const approx = claim.approx
  // 突破11万列 against 突破12万列: the same word on both sides, so the figures must agree.
  if (approx && evidence.approx?.kind !== approx.kind) {
    // 超5亿 for 5.33亿; 近3万 for 2.9万; 约30 for 31 (within a tenth).
    const tenth = multiplyDecimal(claim.amount, 1n, 10n, claim.amount.decimals + 1)
    const above = compareDecimal(evidence.amount, claim.amount) >= 0
    const close = compareDecimal(absolute, tenth) <= 0 || approx.kind === 'over'
    if (approx.kind === 'over' && above && compareDecimal(evidence.amount, multiplyDecimal(claim.amount, 2n, 1n, claim.amount.decimals)) < 0) return true
    if (approx.kind === 'under' && !above && close) return true
    if (approx.kind === 'about' && close) return true
  }
  return false
}

function sameApproximation(a: Quantity, b: Quantity): boolean {
  return (a.approx?.kind ?? '') === (b.approx?.kind ?? '')
}

function digitCount(quantity: Quantity): number {
  return quantity.numeral.replace(/\D/gu, '').length
}

/** Whether two body mentions name the same fact. */
function sameFact(a: Mention, b: Mention): 'identical' | 'contained' | undefined {
  if (a.prefix.length >= 10 && a.prefix === b.prefix) return 'identical'
  if (a.block.article !== b.block.article) return undefined
  if (!nounsAgree(a, b)) return undefined
  const [small, large] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a]
  if (!small.tokens.every((token) => large.tokenSet.has(token))) return undefined
  const content = small.tokens.filter(isContent)
  if (content.length < 2 && content.join('').length < 4) return undefined
  // A period the other does not name (一季度, 去年) marks another fact.
  if (large.tokens.some((token) => TIME.test(token) && !small.tokenSet.has(token))) return undefined
  // Parallel sentences about two subjects in one paragraph (甲县…安置受灾群众6300人。乙县…安置受灾群众6030人。).
  if (a.block === b.block && a.lead && b.lead && a.lead !== b.lead && !a.sentence.has(b.lead) && !b.sentence.has(a.lead)) return undefined
  return 'contained'
}

function shown(page: Page, mention: Mention): string {
  const start = Math.max(clauseStart(page.value, quantityStart(mention.quantity), mention.block.bodyStart ?? mention.block.start, mention.headline ? HEADLINE_BOUNDARY : CLAUSE_BOUNDARY), quantityStart(mention.quantity) - 12)
  const end = mention.quantity.end
  const noun = mention.noun && page.value.startsWith(mention.noun, end) ? mention.noun : ''
  return page.value.slice(start, end + noun.length)
}

/** Amount written in a quantity's own magnitude and unit, with `decimals` places. */
function writeLike(amount: Decimal, like: Quantity, decimals: number): string {
  const power = magnitudePower(like.magnitude)
  const inMagnitude = multiplyDecimal(amount, 1n, 10n ** BigInt(power), decimals)
  return `${formatDecimal(inMagnitude)}${like.magnitude}${like.unit}`
}

const consistentNumbers = defineRule<Options>({
  name: 'consistent-numbers',
  defaults: DEFAULTS,
  options(merged: Options): Options {
    for (const [key, value] of Object.entries(merged)) {
      if (typeof value !== 'boolean') throw optionError('consistent-numbers', `option \`${key}\` must be true or false`)
    }
    return merged
  },
  docs: {
    summary: {
      zh: '标题与正文、前后文中的同一数据须一致，分项不超过总数，换算须正确',
      en: 'A headline figure matches the story, one fact has one value, parts do not exceed their total, conversions hold'
    },
    description: `Reads every quantity on the page exactly (\`130.23亿元\` is 13,023,000,000 元, no floating point; Chinese numerals too; approximation words such as 约 近 超 余 多 左右 are kept) and reports four kinds of contradiction:

- **A headline figure the story contradicts.** A figure in a headline (引题, 主题 or 副题) must appear in the body of its article with the same value, or one that rounds to it (\`6.1亿\` for \`6.12亿\`) or that its approximation word allows (\`超5亿\` for \`5.33亿\`). When it does not, and the body gives the same measure (same unit, a shared word, the same noun after the measure word) with a value one slip away (one digit changed, two digits swapped: \`27个\` / \`26个\`, \`130.32亿元\` / \`130.23亿元\`), the headline is reported, naming the body's figure. Headline errors count triple in the newspaper error rules. When the body gives figures of that unit but none that supports the headline and none a slip away, the headline figure is reported as **information** (the story never gives it), naming the nearest figure; a headline figure whose unit the story never uses at all (\`前4个月\` against \`1至4月\`) is left alone.
- **One fact, two values.** Two mentions in one article with the same measure and the same subject: the words of the shorter clause before the number all recur before the other (a clause without a subject, such as \`同比增长2.1%\`, borrows the clause before it), no period word (\`一季度\`, \`去年\`) sets one apart, and the values are one slip apart. A sentence repeated word for word up to the figure is the same fact whatever the values, also across articles of the page.
- **Parts above their total.** After \`其中\`, a part larger than the total it belongs to, or parts of the same unit that add up to more than the total (\`282个…其中…36个…77个\` holds).
- **Conversions that do not hold.** \`24公顷(约合360亩)\` holds (1 公顷 = 15 亩); \`24公顷(约合300亩)\` does not. Area, length, mass and power units.

It leaves alone different things that share a word (\`总投资\` for 282 projects and \`总投资\` for 27 projects), figures that differ in a way no slip explains (\`受灾群众8700人\` in one county and \`8010人\` in another), rounded and approximate figures, rates against counts, and numbers in dates and ordinals (\`第11万列\`).`,
    descriptionZh: `本规则精确读取页面上的每个数量（\`130.23亿元\` 即 13,023,000,000 元，不用浮点数；也读汉字数字；保留“约、近、超、余、多、左右”等约数词），报告四类矛盾：

- **标题数据与正文不符。** 标题（引题、主题、副题）中的数据应在本篇正文中出现，数值相同，或可四舍五入为它（\`6.1亿\` 对 \`6.12亿\`），或符合约数词（\`超5亿\` 对 \`5.33亿\`）。若正文对同一指标（单位相同、有共同的词、量词后的名词相同）给出的数值只差一处笔误（改了一位数字或两位数字对调：\`27个\` / \`26个\`，\`130.32亿元\` / \`130.23亿元\`），就在标题处报告，并指出正文的数据。按报纸差错认定细则，标题差错加倍计算。若正文有同单位的数据，但没有一个能支持标题、也没有只差一处笔误的，就以**提示**（information）报告“标题数据在正文中找不到”，并指出最相近的数据；正文根本不用这个单位的（\`前4个月\` 对 \`1至4月\`）不报。
- **同一数据前后两个值。** 同一篇中两处数据单位相同、主语相同（较短一处数字前的词都出现在另一处数字前；没有主语的分句如 \`同比增长2.1%\` 承接前一分句），没有不同的时间词（\`一季度\`、\`去年\`），数值只差一处笔误。数字之前的整句逐字相同时，不论数值如何都视为同一数据，跨篇也查。
- **分项超过总数。** \`其中\` 之后的某一分项大于总数，或同单位各分项之和大于总数（\`282个…其中…36个…77个\` 没有问题）。
- **换算不成立。** \`24公顷(约合360亩)\` 正确（1公顷=15亩），\`24公顷(约合300亩)\` 不对。支持面积、长度、质量、功率单位。

不报告：同一个词说的不同事物（282个项目的总投资与27个项目的总投资）、无法用笔误解释的差异（两个县的 \`受灾群众8700人\` 与 \`8010人\`）、约数和四舍五入、比率与数量、日期和序数（\`第11万列\`）中的数字。`,
    options: `An object; each check can be turned off:

- \`headlines\` (default \`true\`): headline figures against the story.
- \`restatements\` (default \`true\`): one fact given two values.
- \`parts\` (default \`true\`): parts after \`其中\` against their total.
- \`conversions\` (default \`true\`): stated conversions between units.`
  },
  examples: [
    {
      title: 'a headline figure the story repeats, and different totals for different things',
      titleZh: '标题数据与正文一致；不同事物的总投资',
      text: '新区一季度集中开工项目32个\n\n本报讯　今年计划实施重点项目156个，总投资达620亿元。此次集中开工的32个项目，总投资45.6亿元。\n'
    },
    {
      title: 'a headline figure the story contradicts',
      titleZh: '标题数据与正文不符',
      text: '新区一季度集中开工项目32个\n\n本报讯　此次集中开工的23个项目，总投资45.6亿元。\n',
      messages: ['1:12-1:15: 标题与正文数据不符：标题作「新区一季度集中开工项目32个」，正文 3:12 作「此次集中开工的23个项目」'],
      messagesEn: [
        '1:12-1:15: The headline\'s figure disagrees with the story: “新区一季度集中开工项目32个” in the headline, “此次集中开工的23个项目” at 3:12'
      ]
    },
    {
      title: 'one fact with two values',
      titleZh: '同一数据前后两个值',
      text: '市中心医院新院区项目已完成投资2.4亿元，门诊楼主体完工。\n\n记者了解到，市中心医院新院区项目已完成投资2.7亿元，预计年底投用。\n',
      messages: ['3:22-3:27: 同一数据前后不一：此处作「医院新院区项目已完成投资2.7亿元」，1:16 作「医院新院区项目已完成投资2.4亿元」'],
      messagesEn: ['3:22-3:27: One figure, two values: “医院新院区项目已完成投资2.7亿元” here, “医院新院区项目已完成投资2.4亿元” at 1:16']
    },
    {
      title: 'parts above their total',
      titleZh: '分项之和超过总数',
      text: '全区今年实施重点项目86个。其中，工业项目52个，民生项目41个。\n',
      messages: ['1:22-1:33: 分项之和超过总数：「其中」各项合计93个，超过 1:11 的总数「86个」'],
      messagesEn: ['1:22-1:33: Parts add up to more than their total: the parts after 其中 sum to 93个, more than the total “86个” at 1:11']
    },
    {
      title: 'a conversion that does not hold',
      titleZh: '换算不成立',
      text: '新建湿地公园占地约32公顷（约合400亩）。\n',
      messages: ['1:17-1:21: 换算不符：32公顷合480亩（1公顷=15亩），不是「400亩」'],
      messagesEn: ['1:17-1:21: Conversion does not hold: 32公顷 is 480亩 (1公顷=15亩), not “400亩”']
    },
    {
      title: 'a conversion that holds',
      titleZh: '换算正确',
      text: '新建湿地公园占地约32公顷（约合480亩）。\n'
    }
  ],
  check({page, options, report, at}) {
    const {value} = page
    const perBlock = new Map<number, Quantity[]>()
    const mentions: Mention[] = []
    for (const block of page.blocks) {
      if (block.role === 'byline' || block.role === 'boilerplate') continue
      const quantities = extractQuantities(block.text, block.start)
      perBlock.set(block.index, quantities)
      const headline = block.role === 'headline'
      for (const quantity of quantities) {
        if (!quantity.arabic && compareDecimal(quantity.amount, {value: 10n, decimals: 0}) < 0) continue
        mentions.push(describe(page, block, quantity, quantities, headline))
      }
    }

    if (options.conversions) checkConversions()
    if (options.parts) checkParts()
    if (options.headlines) checkHeadlines()
    if (options.restatements) checkRestatements()

    function checkConversions(): void {
      for (const quantities of perBlock.values()) {
        for (let index = 0; index + 1 < quantities.length; index++) {
          const from = quantities[index] as Quantity
          const to = quantities[index + 1] as Quantity
          if (!convertible(from.unit, to.unit)) continue
          const between = value.slice(from.end, quantityStart(to))
          // `24公顷（约合360亩）`, `24公顷(360亩)`, `24公顷，折合360亩`.
          if (!introducesConversion(between, to)) continue
          const places = Math.max(0, (to.numeral.split('.')[1] ?? '').length)
          const exact = convert(from.amount, from.unit, to.unit, places + magnitudePower(to.magnitude) + 2)
          if (!exact) continue
          const difference = subtractDecimal(exact, to.amount)
          const absolute: Decimal = {value: difference.value < 0n ? -difference.value : difference.value, decimals: difference.decimals}
          const allowed = to.approx || from.approx ? multiplyDecimal(exact, 1n, 20n, exact.decimals) : halfUnitOfLastPlace(to)
          const tolerance = compareDecimal(allowed, halfUnitOfLastPlace(to)) > 0 ? allowed : halfUnitOfLastPlace(to)
          if (compareDecimal(absolute, tolerance) <= 0) continue
          const expected = writeLike(exact, to, places)
          const one = convert({value: 1n, decimals: 0}, from.unit, to.unit, 4)
          const ratio = one ? `1${from.unit}=${formatDecimal(one)}${to.unit}` : ''
          report(
            {start: to.start, end: to.end},
            {
              zh: `换算不符：${from.text}合${expected}（${ratio}），不是「${to.text}」`,
              en: `Conversion does not hold: ${from.text} is ${expected} (${ratio}), not “${to.text}”`
            },
            {cause: {start: from.start, end: from.end}, expected: [expected]}
          )
        }
      }
    }

    function checkParts(): void {
      for (const block of page.blocks) {
        const quantities = perBlock.get(block.index)
        if (!quantities || quantities.length < 2) continue
        const text = block.text
        // One merged pass over the 其中 anchors and the quantities: linear in the paragraph.
        const lastByUnit = new Map<string, Quantity>()
        let next = 0
        let search = 0
        for (;;) {
          const at其中 = text.indexOf('其中', search)
          if (at其中 === -1) break
          search = at其中 + 2
          const anchor = block.start + at其中
          while (next < quantities.length && (quantities[next] as Quantity).end <= anchor) {
            const quantity = quantities[next++] as Quantity
            lastByUnit.set(unitKey(quantity), quantity)
          }
          let sentenceEnd = anchor
          const limit = Math.min(block.end, anchor + LOOKBACK * 2)
          while (sentenceEnd < limit && !SENTENCE_BOUNDARY.test(value[sentenceEnd] as string)) sentenceEnd++
          const sentenceStart = clauseStart(value, anchor, block.start, SENTENCE_BOUNDARY)
          const previousStart = clauseStart(value, Math.max(block.start, sentenceStart - 1), block.start, SENTENCE_BOUNDARY)
          const byUnit = new Map<string, Quantity[]>()
          for (let index = next; index < quantities.length && index < next + 40; index++) {
            const part = quantities[index] as Quantity
            if (part.end > sentenceEnd) break
            if (part.start <= anchor || NOT_ADDITIVE.has(part.unit) || part.approx) continue
            const list = byUnit.get(unitKey(part)) ?? []
            list.push(part)
            byUnit.set(unitKey(part), list)
          }
          for (const [unit, unitParts] of byUnit) {
            const latest = lastByUnit.get(unit)
            const total = latest && latest.start >= previousStart ? latest : undefined
            if (!total || total.approx) continue
            const biggest = unitParts.find((part) => compareDecimal(part.amount, total.amount) > 0)
            if (biggest) {
              report(
                {start: biggest.start, end: biggest.end},
                {
                  zh: `分项大于总数：「其中」的「${biggest.text}」超过 ${at(total.start)} 的总数「${total.text}」`,
                  en: `A part exceeds its total: “${biggest.text}” after 其中 is more than the total “${total.text}” at ${at(total.start)}`
                },
                {cause: {start: total.start, end: total.end}}
              )
              continue
            }
            if (unitParts.length < 2) continue
            let sum: Decimal = {value: 0n, decimals: 0}
            let slack: Decimal = halfUnitOfLastPlace(total)
            for (const part of unitParts) {
              sum = addDecimal(sum, part.amount)
              slack = addDecimal(slack, halfUnitOfLastPlace(part))
            }
            if (compareDecimal(subtractDecimal(sum, total.amount), slack) <= 0) continue
            const first = unitParts[0] as Quantity
            const last = unitParts[unitParts.length - 1] as Quantity
            const sumText = writeLike(sum, total, Math.max(0, (total.numeral.split('.')[1] ?? '').length, ...unitParts.map((part) => (part.numeral.split('.')[1] ?? '').length)))
            report(
              {start: first.start, end: last.end},
              {
                zh: `分项之和超过总数：「其中」各项合计${sumText}，超过 ${at(total.start)} 的总数「${total.text}」`,
                en: `Parts add up to more than their total: the parts after 其中 sum to ${sumText}, more than the total “${total.text}” at ${at(total.start)}`
              },
              {cause: {start: total.start, end: total.end}}
            )
          }
        }
      }
    }

    function checkHeadlines(): void {
      const byArticle = new Map<number, Mention[]>()
      for (const mention of mentions) {
        if (mention.headline) continue
        const list = byArticle.get(mention.block.article) ?? []
        list.push(mention)
        byArticle.set(mention.block.article, list)
      }
      for (const claim of mentions) {
        if (!claim.headline) continue
        const body = (byArticle.get(claim.block.article) ?? []).filter((mention) => unitKey(mention.quantity) === unitKey(claim.quantity) && nounsAgree(claim, mention))
        if (body.length === 0) continue
        if (body.some((mention) => supports(claim.quantity, mention.quantity))) continue
        const claimContent = new Set(claim.tokens.filter(isContent))
        if (claim.noun) claimContent.add(claim.noun)
        let best: Mention | undefined
        let bestScore = 0
        let closest: Mention | undefined
        let closestScore = 0
        for (const mention of body) {
          const words = new Set([...mention.tokens.filter(isContent), ...(mention.noun ? [mention.noun] : [])])
          let score = 0
          for (const word of words) if (claimContent.has(word)) score++
          if (score > closestScore) {
            closest = mention
            closestScore = score
          }
          if (mention.quantity.magnitude !== claim.quantity.magnitude || !differsByOneSlip(claim.quantity.numeral, mention.quantity.numeral)) continue
          if (score > bestScore) {
            best = mention
            bestScore = score
          }
        }
        if (!best) {
          // Nothing a slip explains: the story never gives the figure.  Plausible, not certain.
          if (!closest) continue
          const said = quotedBoth(shown(page, claim))
          const other = quotedBoth(shown(page, closest))
          report(
            {start: claim.quantity.start, end: claim.quantity.end},
            {
              zh: `标题数据在正文中找不到：标题作${said.zh}，正文没有这个数（相近的数据见 ${at(closest.quantity.start)}${other.zh}）`,
              en: `The headline's figure is not in the story: ${said.en} in the headline, but the story never gives it (the nearest figure is ${other.en} at ${at(closest.quantity.start)})`
            },
            {info: true, cause: {start: closest.quantity.start, end: closest.quantity.end, note: {zh: '正文中相近的数据', en: 'the nearest figure in the story'}}}
          )
          continue
        }
        const said = quotedBoth(shown(page, claim))
        const other = quotedBoth(shown(page, best))
        report(
          {start: claim.quantity.start, end: claim.quantity.end},
          {
            zh: `标题与正文数据不符：标题作${said.zh}，正文 ${at(best.quantity.start)} 作${other.zh}`,
            en: `The headline's figure disagrees with the story: ${said.en} in the headline, ${other.en} at ${at(best.quantity.start)}`
          },
          {cause: {start: best.quantity.start, end: best.quantity.end, note: {zh: '正文中的数据', en: 'the figure in the story'}}}
        )
      }
    }

    function checkRestatements(): void {
      const buckets = new Map<string, Mention[]>()
      const reported = new Set<Mention>()
      const reportedValues = new Set<string>()
      for (const mention of mentions) {
        if (mention.headline || !mention.quantity.arabic || digitCount(mention.quantity) < 2) continue
        const key = `${unitKey(mention.quantity)}\u0000${mention.predicate}`
        const bucket = buckets.get(key) ?? []
        for (let index = bucket.length - 1; index >= Math.max(0, bucket.length - BUCKET_WINDOW); index--) {
          const earlier = bucket[index] as Mention
          const a = earlier.quantity
          const b = mention.quantity
          // Cheap tests first: a slip between the numerals, or the same sentence up to the figure.
          const slip = a.magnitude === b.magnitude && differsByOneSlip(a.numeral, b.numeral)
          if (!slip && earlier.prefix !== mention.prefix) continue
          if (reported.has(earlier) || compareDecimal(a.amount, b.amount) === 0 || !sameApproximation(a, b)) continue
          if (reportedValues.has(`${a.start}:${formatDecimal(b.amount)}`)) continue
          const relation = sameFact(earlier, mention)
          if (!relation) continue
          if (!slip && relation !== 'identical') continue
          const said = quotedBoth(shown(page, mention))
          const other = quotedBoth(shown(page, earlier))
          report(
            {start: b.start, end: b.end},
            {
              zh: `同一数据前后不一：此处作${said.zh}，${at(a.start)} 作${other.zh}`,
              en: `One figure, two values: ${said.en} here, ${other.en} at ${at(a.start)}`
            },
            {cause: {start: a.start, end: a.end, note: {zh: '另一处数据', en: 'the other figure'}}}
          )
          reported.add(mention)
          reportedValues.add(`${a.start}:${formatDecimal(b.amount)}`)
          break
        }
        bucket.push(mention)
        if (bucket.length > BUCKET_WINDOW * 2) bucket.splice(0, bucket.length - BUCKET_WINDOW)
        buckets.set(key, bucket)
      }
    }
  }
})

export default consistentNumbers
