/**
 * `list-numbering`: numbered items (序次语) used twice, skipped, out of order,
 * or written in mixed or non-standard styles within one list.
 */
import {CharClass, charClass} from '../src/chinese.js'
import {type Bilingual, quotedBoth} from '../src/i18n.js'
import {findInlineLabels, labelFamily, labelShape, type ListLabel, numeralKind, relabel, standardLabel, writeNumeral} from '../src/labels.js'
import {defineRule, optionError, type ReportOptions, type Span} from '../src/rule.js'
import type {Block} from '../src/structure.js'

export interface ListNumberingOptions {
  /** Check label punctuation against GB/T 15834-2011 B.3 (`1、` → `1.`). */
  punctuation: boolean
  /** Check sequences numbered inside a paragraph (`一是…，二是…`). */
  inline: boolean
}

/** One numbered item. */
interface Item {
  label: ListLabel
  /** Document offsets of the label (separator included, trailing space not). */
  start: number
  end: number
  block: number
  /** Position among all items of the page, in document order. */
  order: number
  /** Inside the paragraph rather than at its start. */
  inline: boolean
  family: string
}

/** Items of one family further apart than this many paragraphs belong to different lists (word labels excepted). */
const MAX_BLOCK_DISTANCE = 10
/** A second `一` this close after a lone first one is the same number used twice, not a new list. */
const REPEATED_FIRST_DISTANCE = 3
/** More numbers missing in a row than this: two lists, not one with a gap. */
const MAX_MISSING_RUN = 3

function validate(options: ListNumberingOptions): ListNumberingOptions {
  for (const [key, value] of Object.entries(options)) {
    if (typeof value !== 'boolean') throw optionError('list-numbering', `option \`${key}\` must be true or false, not \`${JSON.stringify(value)}\``)
  }
  return options
}

function leadingSpace(text: string): number {
  let index = 0
  while (index < text.length && charClass(text.charCodeAt(index)) === CharClass.WhiteSpace) index++
  return index
}

function labelLength(label: ListLabel): number {
  return label.text.replace(/[\s\u3000]+$/u, '').length
}

/** Characters compared, at each end, to tell a repeated paragraph. */
const PASSAGE_KEY = 16
/** Shorter paragraphs are not checked for repeats. */
const MIN_PASSAGE = 20
/** A repeat may differ in length by this much (a few characters dropped or added). */
const MAX_EDIT = 3

/**
 * Labelled body paragraphs printed twice with the same label (exactly, or with a few
 * characters changed in the middle): `no-duplicate-passage` reports them,
 * and their labels are not numbering errors.  A paragraph is a repeat when
 * its first or its last characters match an earlier paragraph's with the same label.
 */
function repeatedParagraphs(blocks: Block[]): Set<number> {
  const repeated = new Set<number>()
  // Lengths of the paragraphs seen, by end of text and label: lookups stay O(1).
  const seen = new Map<string, Set<number>>()
  const check = (end: string, tag: string, length: number): boolean => {
    const key = `${end}|${tag}`
    const lengths = seen.get(key)
    if (!lengths) {
      seen.set(key, new Set([length]))
      return false
    }
    let found = false
    for (let delta = -MAX_EDIT; delta <= MAX_EDIT && !found; delta++) found = lengths.has(length + delta)
    lengths.add(length)
    return found
  }
  for (const block of blocks) {
    // Only labelled paragraphs: the clauses numbered inside an unlabelled one make a list of their own.
    if (block.role !== 'body' || !block.label) continue
    // Compare the text after the label: a copy renumbered in sequence is a list item, not a repeat.
    const text = block.text.trim().slice(block.label.text.length)
    if (text.length < MIN_PASSAGE) continue
    const tag = `${labelFamily(block.label)}|${block.label.value}`
    const head = check('^' + text.slice(0, PASSAGE_KEY), tag, text.length)
    const tail = check('$' + text.slice(-PASSAGE_KEY), tag, text.length)
    if (head || tail) repeated.add(block.index)
  }
  return repeated
}

/**
 * `第三条规定，…` in a story cites an article of a law; only a heading
 * (`第三章`, or `第三条 ` followed by a space or colon) numbers one.
 */
function isListLabel(block: Block, label: ListLabel): boolean {
  if (label.style !== 'ordinal-part' || block.role === 'list-label') return true
  const content = block.text.slice(leadingSpace(block.text))
  return /[\s\u3000]$/u.test(label.text) || /^[：:]/u.test(content.slice(label.text.length))
}

/** Every numbered item of the page, in document order. */
function collectItems(blocks: Block[], inline: boolean): Item[] {
  const items: Item[] = []
  const skip = repeatedParagraphs(blocks)
  const add = (label: ListLabel, start: number, block: number, isInline: boolean): void => {
    items.push({label, start, end: start + labelLength(label), block, order: items.length, inline: isInline, family: labelFamily(label)})
  }
  for (const block of blocks) {
    if ((block.role !== 'body' && block.role !== 'list-label') || skip.has(block.index)) continue
    if (block.label && isListLabel(block, block.label)) add(block.label, block.start + leadingSpace(block.text), block.index, false)
    if (inline && block.role === 'body') {
      for (const found of findInlineLabels(block.text)) add(found.label, block.start + found.offset, block.index, true)
    }
  }
  return items
}

/** Split the page's items into lists: per family, per article (word labels page-wide), restarting at 一. */
function splitLists(items: Item[], blocks: Block[]): Item[][] {
  const streams = new Map<string, Item[]>()
  for (const item of items) {
    const pageWide = item.family.startsWith('word:')
    const key = pageWide ? item.family : `${(blocks[item.block] as Block).article}|${item.family}`
    const stream = streams.get(key)
    if (stream) stream.push(item)
    else streams.set(key, [item])
  }
  const lists: Item[][] = []
  for (const stream of streams.values()) splitStream(stream, lists)
  return lists
}

/** The items of one paragraph; `led` when the paragraph starts with the first of them. */
interface Group {
  block: number
  led: boolean
  items: Item[]
}

function groupByParagraph(stream: Item[]): Group[] {
  const groups: Group[] = []
  for (const item of stream) {
    const last = groups[groups.length - 1]
    if (last && last.block === item.block) last.items.push(item)
    else groups.push({block: item.block, led: !item.inline, items: [item]})
  }
  return groups
}

/**
 * Paragraph labels make the main lists.  Clauses numbered inside a paragraph
 * continue its label when they count on from it (`一是…；二是…`), else they
 * are a list of their own; clauses numbered in a paragraph that has no label
 * open the list that the next paragraphs continue (`…四点建议。一是…` then `二是…`).
 */
function splitStream(stream: Item[], lists: Item[][]): void {
  const groups = groupByParagraph(stream)
  let current: Item[] = []
  const close = (): void => {
    if (current.length > 0) lists.push(current)
    current = []
  }
  groups.forEach((group, index) => {
    const [head, ...rest] = group.items as [Item, ...Item[]]
    if (group.led) {
      const previous = current[current.length - 1]
      if (previous && startsNewList(current, previous, head)) close()
      current.push(head)
      if (rest.length === 0) return
      if ((rest[0] as Item).label.value === head.label.value + 1) current.push(...rest)
      else lists.push(rest)
      return
    }
    const next = groups[index + 1]
    const last = group.items[group.items.length - 1] as Item
    const opens = next !== undefined && next.led && (next.items[0] as Item).label.value === last.label.value + 1 && next.block - group.block <= REPEATED_FIRST_DISTANCE
    if (!opens) {
      lists.push(group.items)
      return
    }
    close()
    current = [...group.items]
  })
  close()
}

function startsNewList(current: Item[], previous: Item, item: Item): boolean {
  const distance = item.block - previous.block
  if (!item.family.startsWith('word:') && distance > MAX_BLOCK_DISTANCE) return true
  if (item.label.value !== 1) return false
  // 一 again: a new list, unless it follows a lone 一 (or a lone 二, swapped) closely,
  // with nothing numbered in between.
  const lone = current.length === 1 && previous.label.value <= 2
  const interrupted = item.order - previous.order > 1
  return !(lone && !interrupted && distance <= REPEATED_FIRST_DISTANCE)
}

function isConsecutive(values: number[]): boolean {
  for (let index = 1; index < values.length; index++) if (values[index] !== (values[index - 1] as number) + 1) return false
  return true
}

/** Join numerals for a message: `一 三 二 四`. */
function sequence(numerals: string[]): string {
  return numerals.join(' ')
}

type Report = (span: Span, reason: Bilingual, extra?: ReportOptions) => void

function checkNumbers(list: Item[], report: Report, at: (offset: number) => string): void {
  const values = list.map((item) => item.label.value)
  if (new Set(values).size < 2) return

  // One number repeated in an otherwise consecutive list: the fix is clear.
  const repeats = values.flatMap((value, index) => (index > 0 && value === values[index - 1] ? [index] : []))
  if (repeats.length === 1 && reportClearRepeat(list, values, repeats[0] as number, report, at)) return

  // Numbers used twice.
  const firstUse = new Map<number, Item>()
  for (const item of list) {
    const first = firstUse.get(item.label.value)
    if (!first) {
      firstUse.set(item.label.value, item)
      continue
    }
    const label = quotedBoth(labelText(item))
    report(
      item,
      {
        zh: `序号重复：${label.zh}在 ${at(first.start)} 已用过`,
        en: `Number used twice: ${label.en} is already used at ${at(first.start)}`
      },
      {cause: {start: first.start, end: first.end, note: {zh: '第一次使用', en: 'first use'}}, data: {kind: 'duplicate'}}
    )
  }

  // Out of order: one message for the whole run.
  const firsts = [...firstUse.values()]
  const kind = numeralKind((list[0] as Item).label)
  if (firsts.some((item, index) => index > 0 && item.label.value < (firsts[index - 1] as Item).label.value)) {
    const sorted = [...values].sort((a, b) => a - b)
    const wrong = values.flatMap((value, index) => (value === sorted[index] ? [] : [index]))
    const from = list[wrong[0] as number] as Item
    const to = list[wrong[wrong.length - 1] as number] as Item
    const found = quotedBoth(sequence(list.map((item) => item.label.numeral)), 200)
    const expected = quotedBoth(sequence([...firstUse.keys()].sort((a, b) => a - b).map((value) => writeNumeral(value, kind))), 200)
    const head = quotedBoth(labelText(list[0] as Item))
    report(
      {start: from.start, end: to.end},
      {
        zh: `序号顺序错乱：${at((list[0] as Item).start)} ${head.zh}起的 ${list.length} 个序号依次为${found.zh}，应为${expected.zh}`,
        en: `Numbers out of order: the ${list.length} labels from ${head.en} at ${at((list[0] as Item).start)} run ${found.en}; expected ${expected.en}`
      },
      {data: {kind: 'order', found: values, expected: [...firstUse.keys()].sort((a, b) => a - b)}}
    )
  }

  // Gaps: numbers missing between the smallest and the largest.
  const present = [...firstUse.keys()].sort((a, b) => a - b)
  for (let index = 1; index < present.length; index++) {
    const low = present[index - 1] as number
    const high = present[index] as number
    const missingCount = high - low - 1
    if (missingCount === 0 || missingCount > MAX_MISSING_RUN) continue
    const before = firstUse.get(low) as Item
    const after = firstUse.get(high) as Item
    const missing = Array.from({length: missingCount}, (_, offset) => writeNumeral(low + offset + 1, kind))
    const beforeLabel = quotedBoth(labelText(before))
    const afterLabel = quotedBoth(labelText(after))
    const missingZh = missing.map((numeral) => `「${numeral}」`).join('')
    const missingEn = missing.map((numeral) => `“${numeral}”`).join(', ')
    report(
      after,
      {
        zh: `序号缺号：有${beforeLabel.zh}（${at(before.start)}）和${afterLabel.zh}，缺少${missingZh}`,
        en: `Number missing: the list has ${beforeLabel.en} (${at(before.start)}) and ${afterLabel.en} but no ${missingEn}`
      },
      {cause: {start: before.start, end: before.end, note: {zh: '缺号之前的序号', en: 'the number before the gap'}}, data: {kind: 'gap', missing: missing}}
    )
  }
}

/**
 * `一 二 二 四`: the second 二 should be 三; `一 三 三 四`: the first 三
 * should be 二.  Reports and returns true when one of the two makes the list
 * count up one by one.
 */
function reportClearRepeat(list: Item[], values: number[], index: number, report: Report, at: (offset: number) => string): boolean {
  const earlier = list[index - 1] as Item
  const later = list[index] as Item
  const secondWrong = [...values]
  secondWrong[index] = (values[index - 1] as number) + 1
  const firstWrong = [...values]
  firstWrong[index - 1] = (values[index] as number) - 1
  if (isConsecutive(secondWrong)) {
    const right = relabel(later.label, secondWrong[index] as number).trim()
    const label = quotedBoth(labelText(later))
    const expected = quotedBoth(right)
    report(
      later,
      {
        zh: `序号重复：${label.zh}在 ${at(earlier.start)} 已用过；按顺序此处应为${expected.zh}`,
        en: `Number used twice: ${label.en} is already used at ${at(earlier.start)}; in sequence this one should be ${expected.en}`
      },
      {cause: {start: earlier.start, end: earlier.end, note: {zh: '第一次使用', en: 'first use'}}, expected: [right], data: {kind: 'duplicate'}}
    )
    return true
  }
  if (firstWrong[index - 1] !== 0 && isConsecutive(firstWrong)) {
    const right = relabel(earlier.label, firstWrong[index - 1] as number).trim()
    const label = quotedBoth(labelText(earlier))
    const expected = quotedBoth(right)
    report(
      earlier,
      {
        zh: `序号重复：${label.zh}在 ${at(later.start)} 又用了一次；按顺序此处应为${expected.zh}`,
        en: `Number used twice: ${label.en} is used again at ${at(later.start)}; in sequence this one should be ${expected.en}`
      },
      {cause: {start: later.start, end: later.end, note: {zh: '另一次使用', en: 'the other use'}}, expected: [right], data: {kind: 'duplicate'}}
    )
    return true
  }
  return false
}

function labelText(item: Item): string {
  return item.label.text.replace(/[\s\u3000]+$/u, '')
}

function checkStyle(list: Item[], options: ListNumberingOptions, report: Report, at: (offset: number) => string): void {
  const punctuated = new Set<Item>()
  if (options.punctuation) {
    for (const item of list) {
      const standard = standardLabel(item.label)
      if (standard === undefined) continue
      punctuated.add(item)
      const label = quotedBoth(labelText(item))
      const expected = quotedBoth(standard)
      report(
        item,
        {
          zh: `序次语标点不合 GB/T 15834 附录 B.3：${label.zh}应为${expected.zh}`,
          en: `List label punctuation against GB/T 15834 B.3: ${label.en} should be ${expected.en}`
        },
        {expected: [standard], data: {kind: 'punctuation'}}
      )
    }
  }

  // Mixed styles: labels whose shape differs from the list's usual one.
  const shapeOf = (item: Item): string => {
    const standard = options.punctuation ? standardLabel(item.label) : undefined
    return standard === undefined ? labelShape(item.label) : labelShape({...item.label, text: standard})
  }
  const counts = new Map<string, {count: number; first: Item}>()
  for (const item of list) {
    const shape = shapeOf(item)
    const entry = counts.get(shape)
    if (entry) entry.count++
    else counts.set(shape, {count: 1, first: item})
  }
  if (counts.size < 2) return
  let usual: {shape: string; count: number; first: Item} | undefined
  for (const [shape, entry] of counts) if (!usual || entry.count > usual.count) usual = {shape, ...entry}
  if (!usual) return
  for (const item of list) {
    if (punctuated.has(item) || shapeOf(item) === usual.shape) continue
    const reference = usual.first
    const right = usual.shape.replace('N', item.label.numeral)
    const label = quotedBoth(labelText(item))
    const other = quotedBoth(labelText(reference))
    const expected = quotedBoth(right)
    report(
      item,
      {
        zh: `同一列表序次语格式不一致：${label.zh}与本列表的${other.zh}（${at(reference.start)}）不同，应为${expected.zh}`,
        en: `Mixed label styles in one list: ${label.en} differs from ${other.en} at ${at(reference.start)}; expected ${expected.en}`
      },
      {cause: {start: reference.start, end: reference.end, note: {zh: '本列表通用的格式', en: 'the style this list uses'}}, expected: [right], data: {kind: 'mixed'}}
    )
  }
}

const description: Bilingual = {
  en: `Numbered items (序次语) must count up one by one within a list: a page assembled from pieces repeats a number, skips one, prints sections in a jumbled order, or mixes label styles.

**Labels recognised**, at the start of a paragraph or a short section heading: a word and a numeral (\`元素三 \`, \`亮点十二 \`; only when the page has at least two with the same word), \`第三部分\` \`第一章\` \`第一条\`, \`第一，\`, \`一、\`, \`（一）\` \`(一)\`, \`1.\` \`1、\`, \`（1）\` \`(1)\`, \`①\`, \`一是\`, \`其一\`; and, inside a paragraph, clauses numbered after sentence punctuation or a comma: \`…；二是…\`, \`…，二是…\`, \`。第二，…\`, \`：（1）…；（2）…\`, \`其二\`. Chinese numerals are read exactly (\`十二\`, \`二十一\`, \`一百零五\`).

**Lists.** Each kind of label is its own list (\`一、\` > \`（一）\` > \`1.\` > \`（1）\` nest), and a new article starts new lists, except word labels (\`元素一 … 元素十五\`), which are followed over the whole page because a page read across columns scatters them. A list that starts again at 一 (after a heading, or a second list in one article) is a new list; items more than ten paragraphs apart are separate lists.

**Flagged:**
- a number used twice, naming the first use (as \`cause\`); when a single repeated number is all that is wrong, \`expected\` carries the right label;
- a number missing (\`一、二、四、\`), naming the missing one;
- numbers out of order: one message for the run, with the sequence as found and as expected;
- labels punctuated against GB/T 15834-2011 B.3 (\`1、\` → \`1.\`, \`一.\` → \`一、\`, \`（一）、\` → \`（一）\`, \`第一、\` → \`第一，\`): a separate message with the corrected label (option \`punctuation\`);
- mixed label styles within one list (\`（一）\` then \`(二)\`), with the list's usual style as \`expected\`.

**Left alone:** correct lists of every style, lists that restart under a new heading, a list that continues one begun inside the paragraph before it (\`…四点建议。一是…\` then \`二是…\`), numbers that only look like labels (\`1.5亿元\`, \`2021年\`, \`5G\`, \`第一、二季度\`, \`一、二年级\`, \`第三条规定\` citing a law), a paragraph printed twice with its label (a repeated passage, for \`no-duplicate-passage\`), a lone numbered paragraph, and more than three numbers missing in a row (two lists rather than one with a gap). Headlines, bylines and captions are not read.`,
  zh: `同一列表内的序次语应逐一递增。拼版出错的版面常出现序号重复、跳号、顺序错乱或格式混用。

**识别的序次语**（段首或短小节标题）：词语加数字（\`元素三 \`、\`亮点十二 \`，须同一版面有两个以上相同词语）、\`第三部分\` \`第一章\` \`第一条\`、\`第一，\`、\`一、\`、\`（一）\`、\`1.\` \`1、\`、\`（1）\`、\`①\`、\`一是\`、\`其一\`；以及段内在句末点号或逗号后的分项：\`…；二是…\`、\`…，二是…\`、\`。第二，…\`、\`：（1）…；（2）…\`。汉字数字按精确值读取（十二、二十一、一百零五）。

**列表的划分**：每种序次语各成一个列表（\`一、\` > \`（一）\` > \`1.\` > \`（1）\` 逐级嵌套），换一篇稿件即换新列表；但“词语加数字”的小节标题在整个版面内连续检查，因为跨栏读取的版面会把它们打散。从“一”重新开始的是新列表；相距十段以上的序号不算同一列表。

**报告**：序号重复（指出第一次使用处；若只是单个序号重复，给出正确序号）；缺号（指出缺少哪个）；顺序错乱（整串只报一次，列出实际顺序和应有顺序）；不合 GB/T 15834—2011 附录 B.3 的序次语标点（\`1、\` 应为 \`1.\`，\`一.\` 应为 \`一、\`，\`（一）、\` 应为 \`（一）\`，\`第一、\` 应为 \`第一，\`），单独报告并给出改正；同一列表内格式混用（\`（一）\` 与 \`(二)\`）。

**不报告**：各种格式的正确列表、新标题下重新编号的列表、接续上一段段内分项的列表（\`…四点建议。一是…\` 后接 \`二是…\`）、形似序号的数字（\`1.5亿元\`、\`2021年\`、\`5G\`、\`第一、二季度\`、\`一、二年级\`、引用法条的 \`第三条规定\`）、连同序号整段重复的段落（属重复段落，由 \`no-duplicate-passage\` 报告）、单独一个带序号的段落、连续缺三个以上序号的情形（更像两个列表）。标题、署名、图片说明不检查。`
}

const listNumbering = defineRule<ListNumberingOptions>({
  name: 'list-numbering',
  defaults: {punctuation: true, inline: true},
  options: validate,
  docs: {
    summary: {
      zh: '序号不得重复、跳号、错序，格式须统一且合乎国家标准',
      en: 'List numbers are not repeated, skipped or out of order, and keep one standard style'
    },
    description: description.en,
    descriptionZh: description.zh,
    options: `An object:

- \`punctuation\` (\`boolean\`, default \`true\`): report labels punctuated against GB/T 15834-2011 B.3 (\`1、\`, \`一.\`, \`（一）、\`, \`第一、\`). Turn it off for copy whose house style numbers with \`1、\`; mixed styles within one list are still reported.
- \`inline\` (\`boolean\`, default \`true\`): also check clauses numbered inside a paragraph (\`一是…，二是…\`, \`。第二，…\`, \`：（1）…\`).`
  },
  examples: [
    {
      title: 'nested lists of several styles, each restarting under its heading',
      titleZh: '多级序号，各级在上级标题下重新编号',
      text: '一、总体要求\n\n（一）指导思想。坚持问题导向，突出重点领域。\n\n（二）工作目标。到年底完成全部改造任务。\n\n二、重点任务\n\n（一）加快老旧小区改造。今年改造小区四十个。\n\n（二）完善配套设施。新建停车位一千个。\n'
    },
    {
      title: 'a list begun inside a paragraph and continued in the next ones',
      titleZh: '段内开始、后续段落接续的分项',
      text: '会议就做好防汛工作提出三点要求。一是压实各级责任，落实包保制度。\n\n二是强化监测预警，及时发布信息。\n\n三是做好物资储备，确保关键时刻拉得出、用得上。\n'
    },
    {
      title: 'numbers that only look like labels',
      titleZh: '形似序号的数字',
      text: '1.5亿元项目资金已全部到位。\n\n2021年，全市新建5G基站两千个。\n\n一、二年级学生错峰放学。\n\n第一、二季度的增速均高于预期。\n'
    },
    {
      title: 'a list numbered inside one paragraph',
      titleZh: '段内分项',
      text: '他说，下一步要做好三件事：一是稳就业，二是保民生，三是促消费。\n'
    },
    {
      title: 'house style that numbers with `1、`, with the punctuation check off',
      titleZh: '关闭标点检查后的“1、”式序号',
      options: {punctuation: false},
      text: '1、加快项目建设，确保按期投产。\n\n2、优化营商环境，提升服务效率。\n\n3、强化要素保障，解决用地难题。\n'
    },
    {
      title: 'a number used twice where the fix is clear',
      titleZh: '单个序号重复，可确定正确序号',
      text: '一是加快项目建设，确保按期投产。\n\n二是优化营商环境，提升办事效率。\n\n二是强化要素保障，解决用地难题。\n\n四是加强人才引进，完善激励政策。\n',
      messages: [
        '5:1-5:3: 序号重复：「二是」在 3:1 已用过；按顺序此处应为「三是」'
      ],
      messagesEn: [
        '5:1-5:3: Number used twice: “二是” is already used at 3:1; in sequence this one should be “三是”'
      ]
    },
    {
      title: 'a missing number',
      titleZh: '缺号',
      text: '1.开展入户走访，摸清困难群众底数。\n\n2.建立帮扶台账，实行动态管理。\n\n4.落实兜底保障，做到应保尽保。\n',
      messages: [
        '5:1-5:3: 序号缺号：有「2.」（3:1）和「4.」，缺少「3」'
      ],
      messagesEn: [
        '5:1-5:3: Number missing: the list has “2.” (3:1) and “4.” but no “3”'
      ]
    },
    {
      title: 'sections printed out of order, one of them twice',
      titleZh: '小节顺序错乱且有重复',
      text: '亮点一 城市更新\n\n老旧街区焕发新颜。\n\n亮点三 产业升级\n\n新兴产业集群加快成长。\n\n亮点二 生态治理\n\n河湖水质持续改善。\n\n亮点四 民生改善\n\n新增学位三千个。\n\n亮点三 产业升级\n\n新兴产业集群加快成长。\n',
      messages: [
        '5:1-17:4: 序号顺序错乱：1:1 「亮点一」起的 5 个序号依次为「一 三 二 四 三」，应为「一 二 三 四」',
        '17:1-17:4: 序号重复：「亮点三」在 5:1 已用过'
      ],
      messagesEn: [
        '5:1-17:4: Numbers out of order: the 5 labels from “亮点一” at 1:1 run “一 三 二 四 三”; expected “一 二 三 四”',
        '17:1-17:4: Number used twice: “亮点三” is already used at 5:1'
      ]
    },
    {
      title: 'labels punctuated against GB/T 15834 B.3',
      titleZh: '序次语标点不合国家标准',
      text: '1、完善工作机制，明确责任分工。\n\n2、加强督促检查，定期通报进展。\n',
      messages: [
        '1:1-1:3: 序次语标点不合 GB/T 15834 附录 B.3：「1、」应为「1.」',
        '3:1-3:3: 序次语标点不合 GB/T 15834 附录 B.3：「2、」应为「2.」'
      ],
      messagesEn: [
        '1:1-1:3: List label punctuation against GB/T 15834 B.3: “1、” should be “1.”',
        '3:1-3:3: List label punctuation against GB/T 15834 B.3: “2、” should be “2.”'
      ]
    },
    {
      title: 'mixed label styles in one list',
      titleZh: '同一列表格式混用',
      text: '（一）完善工作机制，明确责任分工。\n\n(二)加强督促检查，定期通报进展。\n\n（三）严肃追责问责，确保任务落实。\n',
      messages: [
        '3:1-3:4: 同一列表序次语格式不一致：「(二)」与本列表的「（一）」（1:1）不同，应为「（二）」'
      ],
      messagesEn: [
        '3:1-3:4: Mixed label styles in one list: “(二)” differs from “（一）” at 1:1; expected “（二）”'
      ]
    },
    {
      title: 'a number skipped inside a paragraph',
      titleZh: '段内分项缺号',
      text: '今年重点抓好三项工作：一是稳就业，二是保民生，四是促消费。\n',
      messages: [
        '1:24-1:26: 序号缺号：有「二是」（1:18）和「四是」，缺少「三」'
      ],
      messagesEn: [
        '1:24-1:26: Number missing: the list has “二是” (1:18) and “四是” but no “三”'
      ]
    }
  ],
  check({page, options, report, at}) {
    // Messages are collected, then reported in document order.
    const pending: Array<Parameters<Report>> = []
    const collect: Report = (...parameters) => {
      pending.push(parameters)
    }
    const items = collectItems(page.blocks, options.inline)
    for (const list of splitLists(items, page.blocks)) {
      if (list.length < 2) continue
      checkNumbers(list, collect, at)
      checkStyle(list, options, collect, at)
    }
    pending.sort((a, b) => a[0].start - b[0].start || a[0].end - b[0].end)
    for (const [span, reason, extra] of pending) report(span, reason, extra)
  }
})

export default listNumbering
