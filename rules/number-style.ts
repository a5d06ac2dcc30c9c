/**
 * `number-style`: number forms against GB/T 15835-2011 (出版物上数字用法):
 * `5千公斤`, `13～17万元`, `90年5月`, `二零二一年`, `二〇〇八年8月8日`, and
 * `第一章…第12章` in one article.
 */
import {toHalfWidth} from '../src/chinese.js'
import {quotedBoth} from '../src/i18n.js'
import {parseChineseNumeral, scaleDecimal, toChineseNumeral} from '../src/numerals.js'
import {defineRule, optionError} from '../src/rule.js'
import type {Block} from '../src/structure.js'

type Check = 'magnitude' | 'range' | 'year' | 'ordinal'

interface Options {
  /** Checks to run; all by default. */
  checks: Check[]
}

const ALL_CHECKS: Check[] = ['magnitude', 'range', 'year', 'ordinal']
const DEFAULTS: Options = {checks: ALL_CHECKS}


const D = '[0-9０-９]'
const NUMBER = `${D}+(?:[.．]${D}+)?`

/**
 * `5千` `7百万` `1.5千亿`, `2万5千`: Arabic digits with 千 or 百 (GB/T 15835 5.3: only 万 and 亿 combine with Arabic digits).
 * Not 千米 千克 千瓦 千伏 千帕 千卡 千焦 千兆 千字 or 百分点 百分之, which are units or words.
 */
const MIXED_MAGNITUDE = new RegExp(
  `(?<![0-9０-９.．A-Za-z])(?:(${NUMBER})万)?(${NUMBER})([千百])(?![米克瓦伏帕卡焦兆字分]|亿亿)`,
  'gu'
)

/** `13～17万元`, `15～30%`, `9-16亿`: a range whose first number lacks the magnitude or percent sign (5.1.3). */
const RANGE = new RegExp(
  `(?<![0-9０-９.．A-Za-z:：/])(${NUMBER})(\\s*(?:[～~〜—–-]|至)\\s*)(${NUMBER})(万亿|亿|万|%|％|‰)((?:元|美元|欧元|人|人次|吨|平方米|亩|公里|千米|个|家|户|辆|台|件|套|头|只|株|名)?)`,
  'gu'
)

/** `90年5月`: a two-digit year (5.1.4). */
const SHORT_YEAR = new RegExp(`(?<![0-9０-９.．A-Za-z])(${D}{2})年(${D}{1,2})月`, 'gu')

/** `二零二一年`, `二○二一年` (零 or a circle for 〇 in a year, 5.2.5), and `二〇〇八年8月8日` (4.3). */
const CHINESE_YEAR = /([一二三四五六七八九〇零○Ｏ]{4})年(?:([0-9０-９]{1,2})月(?:([0-9０-９]{1,2})日)?)?/gu

/** `第三章`, `第12章`: ordinals with the same word, written two ways in one article (4.3). */
const ORDINAL = /第([0-9０-９]{1,4}|[一二三四五六七八九十百〇零两]{1,6})(章|节|条|款|篇|卷|册|集|期|届|部分|单元)/gu

const CHINESE_DIGITS = '〇一二三四五六七八九'

const numberStyle = defineRule<Options>({
  name: 'number-style',
  defaults: DEFAULTS,
  options(merged: Options): Options {
    const {checks} = merged as {checks: unknown}
    if (!Array.isArray(checks) || !checks.every((check) => ALL_CHECKS.includes(check as Check))) {
      throw optionError('number-style', `\`checks\` must be a list of ${ALL_CHECKS.map((check) => `"${check}"`).join(', ')}`)
    }
    return merged
  },
  docs: {
    summary: {
      zh: '数字用法符合 GB/T 15835：不写“5千”、“13～17万元”、“90年”、“二零二一年”，同类序数写法一致',
      en: 'Number forms follow GB/T 15835: no 5千, 13～17万元, 90年, 二零二一年; one form for one kind of ordinal'
    },
    description: `Checks number forms against GB/T 15835-2011 (出版物上数字用法) and the newspaper error rules (numbers in one article follow one style; \`5千公斤\` and \`7百万\` are errors):

- **magnitude**: Arabic digits combine only with 万 and 亿 (5.3): \`5千公斤\` → \`5000公斤\`, \`7百万\` → \`700万\`, \`2万5千\` → \`25000\`. Units that begin with 千 (\`千米\`, \`千克\`, \`千瓦\`) are left alone.
- **range**: a range keeps the magnitude or percent sign on both ends (5.1.3): \`13～17万元\` → \`13万元～17万元\`, \`15～30%\` → \`15%～30%\`. The connector is kept as written (～, -, —, 至).
- **year**: years are written in full (5.1.4): \`90年5月\` is reported (no fix is offered: the century is the writer's to say); a year in Chinese numerals uses 〇, not 零 (5.2.5): \`二零二一年\` → \`二〇二一年\`; and a date does not mix forms (4.3): \`二〇〇八年8月8日\` → \`2008年8月8日\`.
- **ordinal**: one kind of ordinal is written one way within an article (4.3): after \`第一章\`, \`第12章\` is reported with \`第十二章\` as the fix (the form used first wins). Only structural ordinals are compared (章 节 条 款 篇 卷 册 集 期 届 部分 单元), so \`第一次\` next to \`第15次\` is left alone.

Each message carries the corrected form in \`expected\` where one is certain.`,
    descriptionZh: `按 GB/T 15835-2011《出版物上数字用法》及报纸差错认定细则（同一篇中数字用法一致；\`5千公斤\`、\`7百万\` 属差错）检查数字写法：

- **magnitude**：阿拉伯数字只能与“万”“亿”连用（5.3）：\`5千公斤\` → \`5000公斤\`，\`7百万\` → \`700万\`，\`2万5千\` → \`25000\`。以“千”开头的单位（\`千米\`、\`千克\`、\`千瓦\`）不报。
- **range**：数值范围两端的“万”“亿”或百分号都不能省（5.1.3）：\`13～17万元\` → \`13万元～17万元\`，\`15～30%\` → \`15%～30%\`。连接号保持原样（～、-、—、至）。
- **year**：年份不能简写（5.1.4）：报告 \`90年5月\`（不给改法，世纪由作者确定）；汉字年份用“〇”不用“零”（5.2.5）：\`二零二一年\` → \`二〇二一年\`；同一日期不混用两种数字（4.3）：\`二〇〇八年8月8日\` → \`2008年8月8日\`。
- **ordinal**：同一篇中同类序数写法一致（4.3）：先写 \`第一章\`，后面的 \`第12章\` 报告为应作 \`第十二章\`（以先出现的写法为准）。只比较结构性序数（章 节 条 款 篇 卷 册 集 期 届 部分 单元），\`第一次\` 与 \`第15次\` 不报。

能确定改法的，消息带有 \`expected\`。`,
    options: `- \`checks\` (default \`["magnitude", "range", "year", "ordinal"]\`): the checks to run.`,
    presets: 'On (`warn`) in `recommended` and `all`: silent on the 200 clean articles of the development corpus.'
  },
  examples: [
    {
      title: 'standard forms',
      titleZh: '规范写法',
      text: '全年完成投资13万元～17万元，增长15%～30%，运量5000公斤。1990年5月，2021年，二〇二一年。\n'
    },
    {
      title: 'Arabic digits with 千',
      titleZh: '阿拉伯数字与“千”连用',
      text: '每批运送物资5千公斤。\n',
      messages: ['1:7-1:9: 阿拉伯数字不与“千”连用：「5千」应作「5000」'],
      messagesEn: ['1:7-1:9: Arabic digits do not combine with 千: “5千” should be “5000”']
    },
    {
      title: 'a range without its magnitude on the first end',
      titleZh: '范围前项省略“万”',
      text: '每户补贴13～17万元。\n',
      messages: ['1:5-1:12: 范围两端都要写出“万元”：「13～17万元」应作「13万元～17万元」'],
      messagesEn: ['1:5-1:12: Both ends of a range carry 万元: “13～17万元” should be “13万元～17万元”']
    },
    {
      title: 'a year with 零',
      titleZh: '年份用“零”',
      text: '二零二一年，新馆开放。\n',
      messages: ['1:1-1:6: 汉字年份中的零应作“〇”：「二零二一年」应作「二〇二一年」'],
      messagesEn: ['1:1-1:6: A year in Chinese numerals writes zero as 〇: “二零二一年” should be “二〇二一年”']
    },
    {
      title: 'a date in two kinds of numerals',
      titleZh: '同一日期混用两种数字',
      text: '二〇〇八年8月8日，开幕式举行。\n',
      messages: ['1:1-1:10: 同一日期混用汉字和阿拉伯数字：「二〇〇八年8月8日」应作「2008年8月8日」'],
      messagesEn: ['1:1-1:10: One date in two kinds of numerals: “二〇〇八年8月8日” should be “2008年8月8日”']
    },
    {
      title: 'ordinals written two ways',
      titleZh: '同类序数写法不一',
      text: '第一章总则。\n\n第12章附则。\n',
      messages: ['3:1-3:5: 同类序数写法不一：1:1 作「第一章」，此处「第12章」应作「第十二章」'],
      messagesEn: ['3:1-3:5: One kind of ordinal written two ways: “第一章” at 1:1, so “第12章” should be “第十二章”']
    }
  ],
  check({page, options, report, at}) {
    const checks = new Set(options.checks)
    const ordinals = new Map<string, {arabic: boolean; start: number; text: string}>()
    let article = -1
    for (const block of page.blocks) {
      if (block.role === 'byline' || block.role === 'boilerplate') continue
      if (block.article !== article) {
        article = block.article
        ordinals.clear()
      }
      if (checks.has('magnitude')) magnitude(block)
      if (checks.has('range')) range(block)
      if (checks.has('year')) year(block)
      if (checks.has('ordinal')) ordinal(block)
    }

    function magnitude(block: Block): void {
      for (const match of block.text.matchAll(MIXED_MAGNITUDE)) {
        const [whole, tenThousands, digits = '', word = ''] = match
        let amount = scaleDecimal(toHalfWidth(digits), word === '千' ? 3 : 2)
        if (tenThousands !== undefined) {
          const high = scaleDecimal(toHalfWidth(tenThousands), 4)
          amount = {value: high.value * 10n ** BigInt(amount.decimals) + amount.value, decimals: amount.decimals}
        }
        if (amount.decimals > 0) continue
        const fixed = amount.value.toString()
        const start = block.start + (match.index ?? 0)
        report(
          {start, end: start + whole.length},
          {
            zh: `阿拉伯数字不与“${word}”连用：${quotedBoth(whole).zh}应作「${fixed}」`,
            en: `Arabic digits do not combine with ${word}: ${quotedBoth(whole).en} should be “${fixed}”`
          },
          {expected: [fixed]}
        )
      }
    }

    function range(block: Block): void {
      for (const match of block.text.matchAll(RANGE)) {
        const [whole, first = '', connector = '', second = '', magnitudeWord = '', unit = ''] = match
        const suffix = (magnitudeWord === '％' ? '%' : magnitudeWord) + unit
        const fixed = `${first}${suffix}${connector}${second}${magnitudeWord}${unit}`
        const start = block.start + (match.index ?? 0)
        report(
          {start, end: start + whole.length},
          {
            zh: `范围两端都要写出“${suffix}”：${quotedBoth(whole).zh}应作「${fixed}」`,
            en: `Both ends of a range carry ${suffix}: ${quotedBoth(whole).en} should be “${fixed}”`
          },
          {expected: [fixed]}
        )
      }
    }

    function year(block: Block): void {
      for (const match of block.text.matchAll(SHORT_YEAR)) {
        const start = block.start + (match.index ?? 0)
        const yearText = `${match[1]}年`
        report(
          {start, end: start + yearText.length},
          {
            zh: `年份应写全四位：${quotedBoth(match[0]).zh}中的「${yearText}」`,
            en: `Write the year in full: “${yearText}” in ${quotedBoth(match[0]).en}`
          }
        )
      }
      for (const match of block.text.matchAll(CHINESE_YEAR)) {
        const [whole, digits = '', month, day] = match
        const start = block.start + (match.index ?? 0)
        if (month !== undefined) {
          let arabic = ''
          for (const char of digits) arabic += String(Math.max(CHINESE_DIGITS.indexOf(char), '零○Ｏ'.includes(char) ? 0 : -1))
          if (arabic.includes('-')) continue
          const fixed = `${arabic}年${toHalfWidth(month)}月${day === undefined ? '' : `${toHalfWidth(day)}日`}`
          report(
            {start, end: start + whole.length},
            {
              zh: `同一日期混用汉字和阿拉伯数字：${quotedBoth(whole).zh}应作「${fixed}」`,
              en: `One date in two kinds of numerals: ${quotedBoth(whole).en} should be “${fixed}”`
            },
            {expected: [fixed]}
          )
          continue
        }
        if (!/[零○Ｏ]/u.test(digits)) continue
        const fixed = `${digits.replace(/[零○Ｏ]/gu, '〇')}年`
        report(
          {start, end: start + whole.length},
          {
            zh: `汉字年份中的零应作“〇”：${quotedBoth(whole).zh}应作「${fixed}」`,
            en: `A year in Chinese numerals writes zero as 〇: ${quotedBoth(whole).en} should be “${fixed}”`
          },
          {expected: [fixed]}
        )
      }
    }

    function ordinal(block: Block): void {
      for (const match of block.text.matchAll(ORDINAL)) {
        const [whole, numeral = '', word = ''] = match
        const arabic = /[0-9０-９]/u.test(numeral)
        const start = block.start + (match.index ?? 0)
        const first = ordinals.get(word)
        if (!first) {
          ordinals.set(word, {arabic, start, text: whole})
          continue
        }
        if (first.arabic === arabic) continue
        const value = arabic ? Number(toHalfWidth(numeral)) : Number(parseChineseNumeral(numeral) ?? -1n)
        if (value < 0) continue
        const fixed = `第${arabic ? toChineseNumeral(value) : String(value)}${word}`
        const form = first.text
        report(
          {start, end: start + whole.length},
          {
            zh: `同类序数写法不一：${at(first.start)} 作「${form}」，此处${quotedBoth(whole).zh}应作「${fixed}」`,
            en: `One kind of ordinal written two ways: “${form}” at ${at(first.start)}, so ${quotedBoth(whole).en} should be “${fixed}”`
          },
          {cause: {start: first.start, end: first.start + form.length}, expected: [fixed]}
        )
      }
    }
  }
})

export default numberStyle
