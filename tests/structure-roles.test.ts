/** Roles and articles on a composed page that imitates an extracted newspaper page. */
import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/lint.js'
import type {Page} from '../src/structure.js'

const page = fs.readFileSync(new URL('../examples/page.txt', import.meta.url), 'utf8')

async function structure(text: string): Promise<Page> {
  const file = await lint(text, {preset: 'none'})
  const data = file.data.copydesk
  if (!data) throw new Error('no structure')
  return data
}

function roles(data: Page): string[] {
  return data.blocks.map((block) => block.role + (block.level ? `:${block.level}` : ''))
}

const EXPECTED = [
  'headline:main',
  'headline:deck',
  'body',
  'body',
  'body',
  'headline:main',
  'body',
  'body',
  'body',
  'list-label',
  'body',
  'list-label',
  'body',
  'list-label',
  'body',
  'list-label',
  'body',
  'list-label',
  'body',
  'caption',
  'boilerplate'
]

/** Half-width `,:()` of NFKC-normalised copy back to full width. */
function fullWidth(text: string): string {
  return text.replace(/,/g, '，').replace(/:/g, '：').replace(/\(/g, '（').replace(/\)/g, '）')
}

describe('structure pass', () => {
  it('labels headlines, bylines, list labels, captions and the footer of a page', async () => {
    expect(roles(await structure(page))).toEqual(EXPECTED)
  })

  it('labels the same page with full-width punctuation the same way', async () => {
    expect(roles(await structure(fullWidth(page)))).toEqual(EXPECTED)
  })

  it('reads paragraphs indented with ideographic spaces', async () => {
    const indented = page
      .split(/\n\n/)
      .map((paragraph) => `　　${paragraph.trim()}`)
      .join('\n')
    expect(roles(await structure(indented))).toEqual(EXPECTED)
  })

  it('starts an article at each headline group, not at list labels', async () => {
    const data = await structure(page)
    expect(data.articles.map((article) => article.headlines)).toEqual([[0, 1], [5]])
    expect(data.blocks.map((block) => block.article)).toEqual(EXPECTED.map((_, index) => (index < 5 ? 0 : 1)))
  })

  it('marks where the story starts after a lead byline', async () => {
    const data = await structure(page)
    const lead = data.blocks[2]
    expect(lead && data.value.slice(lead.start, lead.bodyStart)).toBe('本报讯(记者林晓东)')
  })

  it('parses the list label of a section heading', async () => {
    const data = await structure(page)
    expect(data.blocks[13]?.label).toMatchObject({style: 'word-numeral', value: 4, word: '看点'})
  })

  it('tells a kicker from a main headline, and a standalone byline', async () => {
    const data = await structure('临江区党工委书记调研重点项目时强调\n\n压实责任 加快建设\n\n本报记者 林晓东\n\n正文第一段，说明情况。\n')
    expect(roles(data)).toEqual(['headline:kicker', 'headline:main', 'byline', 'body'])
  })

  it('does not take a lone word and numeral for a list label', async () => {
    const data = await structure('推进全国统一 大市场建设\n\n正文第一段，说明情况。\n')
    expect(roles(data)).toEqual(['headline:main', 'body'])
  })

  it('keeps a cut paragraph that the next paragraph continues out of the headlines', async () => {
    const data = await structure('标题在这里\n\n正文第一段，说明情况。\n\n他说今年的项目\n\n，都已开工。\n')
    expect(roles(data)).toEqual(['headline:main', 'body', 'body', 'body'])
  })

  it('does not take a short cut paragraph for a headline by its wording', async () => {
    const body = '正文第一段，说明情况。'
    for (const cut of [
      // A source and a day of the month open a news sentence.
      '新区政府19日宣布将再向灾区提供两千万元救',
      // 第 wants the number that follows it.
      '全区共有十二家企业入选全省第',
      // A list cut short, without a verb; its stub may follow 和.
      '区领导王明、李华、赵建国、张',
      '区领导王明、李华、赵建国和张',
      // A source, a date and a coverb whose verb never comes.
      '区政府17日就防汛工作'
    ]) {
      const data = await structure(`标题在这里\n\n${body}\n\n${cut}\n\n${body}\n`)
      expect(roles(data), cut).toEqual(['headline:main', 'body', 'body', 'body'])
    }
  })

  it('does not take a line cut mid-word for a headline when a lone-character paragraph elsewhere completes a common word', async () => {
    const data = await structure('标题在这里\n\n正文第一段，说明情况。\n\n中国和中亚五国产业与投\n\n正文第二段，说明情况。\n\n第三段：另一件事情。\n\n资合作论坛当日在青岛开幕。\n')
    expect(data.blocks[2]?.role).toBe('body')
  })

  it('keeps a line right before a story lead a headline, even when its last character and a far start form a word', async () => {
    const data = await structure('标题在这里\n\n正文第一段，说明情况。\n\n中越双方代表也介绍了两国合作情况。\n\n第十届博览会开幕 参展企业数量创新高\n\n本报讯（记者王明）第十届博览会今天开幕。\n')
    expect(data.blocks[3]?.role).toBe('headline')
  })

  it('reads a numbered line opening with a story lead as a paragraph, not a list heading', async () => {
    const data = await structure('标题在这里\n\n一、本报讯（记者王明）区人代会主席团3日上午在区会议中心举行\n\n二、会议应到120人，实到118人。\n')
    expect(roles(data)).toEqual(['headline:main', 'body', 'body'])
  })

  it('keeps titles that list, count or date', async () => {
    for (const title of ['区政府17日就防汛工作作出部署', '代表团就双边合作举行会谈', '创新、协调、绿色、开放、共享', '天更蓝、水更清、山更绿', '区长分别会见德国客人、法国客人、日本客人', '中欧班列开行数量突破11万列', '全区新开工项目27个 总投资130亿元', '全区今年新建学校12个']) {
      const data = await structure(`${title}\n\n正文第一段，说明情况。\n`)
      expect(roles(data), title).toEqual(['headline:main', 'body'])
    }
  })

  it('reads captions ending in 摄 or 供图', async () => {
    const data = await structure('标题\n\n正文，说明。\n\n工人在车间调试设备。本报记者 张三 摄\n\n新建的公园一角。（临江区委宣传部供图）\n')
    expect(roles(data)).toEqual(['headline:main', 'body', 'caption', 'caption'])
  })
})
