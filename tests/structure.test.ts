import {describe, expect, it} from 'vitest'
import {lint} from '../src/lint.js'
import type {Role} from '../src/structure.js'

async function roles(text: string): Promise<Role[]> {
  const file = await lint(text, {preset: 'none'})
  return (file.data.copydesk?.blocks ?? []).map((block) => block.role)
}

describe('structure: headline or cut paragraph', () => {
  it('keeps a title, its deck and a kicker as headlines', async () => {
    expect(await roles('区长调研重点项目时强调\n\n新区春季项目集中开工\n\n签约项目18个,总投资56.7亿元\n\n本报讯(记者李华)昨天上午，新区举行集中开工活动。\n')).toEqual([
      'headline',
      'headline',
      'headline',
      'body'
    ])
  })

  it('keeps a short subhead between paragraphs as a headline', async () => {
    expect(await roles('会议审议了三项报告。\n\n多地开展春季植树活动\n\n各地群众踊跃参加义务植树。\n')).toEqual(['body', 'headline', 'body'])
  })

  it('keeps a long title of phrases set apart by spaces as a headline', async () => {
    const title = '全省农业农村工作会议在省城召开 坚持稳中求进工作总基调 扎实推进乡村全面振兴 加快建设农业强省奋力谱写新篇章'
    expect(await roles(`${title}\n\n会议认为，今年农业生产形势总体平稳。\n`)).toEqual(['headline', 'body'])
  })

  it('demotes a long line amid running text that the paragraphs after it do not take up', async () => {
    const text = '新区卫健部门组建巡回医疗队，走访偏远村落。\n\n新区全力保障留守老人和儿童等重点人群的就医用药\n\n在城南街道，卫生院把诊疗车直接开到了村口。\n'
    expect(await roles(text)).toEqual(['body', 'body', 'body'])
  })

  it('keeps a long title a headline when the story after it restates it, or when it is set as phrases', async () => {
    const restated = '会议审议了三项报告。\n\n多国人士批评单边加征关税政策损人害己\n\n多国人士日前批评单边加征关税政策损害全球经济。\n'
    expect(await roles(restated)).toEqual(['body', 'headline', 'body'])
    const phrases = ['会议审议了三项报告。', '【一线调研】抓好春耕春管为稳产丰收打好基础', '在城南街道，卫生院把诊疗车直接开到了村口。', '中方：解决地区问题应回到落实双方协议的正确轨道上', '各地群众踊跃参加义务植树。']
    expect(await roles(phrases.join('\n\n') + '\n')).toEqual(['body', 'headline', 'body', 'headline', 'body'])
  })

  it('demotes a line ending on a lone function word', async () => {
    expect(await roles('上周工作已经完成。\n\n会后，各部门负责人和\n\n区长还检查了防汛物资储备。\n')).toEqual(['body', 'body', 'body'])
  })

  it('demotes a reported statement with a verb of saying and a comma', async () => {
    expect(await roles('检查组察看了施工现场。\n\n组长强调，安全生产\n\n新区审计局获得表彰\n')).toEqual(['body', 'body', 'headline'])
  })

  it('demotes a line with a comma after a body paragraph', async () => {
    expect(await roles('上周工作已经完成。\n\n据统计，全区共种植树木一万\n\n新区审计局获得表彰\n')).toEqual(['body', 'body', 'headline'])
  })

  it('demotes a cut lead paragraph after its title', async () => {
    expect(await roles('新区审计局获得表彰\n\n本报讯(记者李华)近日，省审计厅表彰\n\n了一批先进单位。\n')).toEqual(['headline', 'body', 'body'])
  })

  it('demotes a line whose next paragraph continues a word across the break', async () => {
    expect(await roles('检查组察看了施工现场。\n\n有关单位要尽快制订具\n\n体方案，确保按期完工。\n')).toEqual(['body', 'body', 'body'])
  })

  it('demotes a line whose next paragraph begins with a measure word', async () => {
    expect(await roles('检查组察看了施工现场。\n\n新开工的重点项目共有18\n\n个。各单位要加快推进。\n')).toEqual(['body', 'body', 'body'])
  })

  it('demotes a line ending on a two-character conjunction', async () => {
    expect(await roles('上周工作已经完成。\n\n检查组走访了社区、学校、医院以及\n\n区长还检查了防汛物资储备。\n')).toEqual(['body', 'body', 'body'])
  })

  it('demotes a long line with a comma right after a title, spaces inside quotes notwithstanding', async () => {
    expect(await roles('新区举办合作论坛\n\n本次论坛以“共谋发展 合作共赢”为主题，来自二十多个国家的一百多位中外\n\n嘉宾参加了论坛。\n')).toEqual([
      'headline',
      'body',
      'body'
    ])
  })

  it('does not join a title to a next paragraph that opens with a list label', async () => {
    expect(await roles('上周工作已经完成。\n\n参展企业数量创新高\n\n一是参展企业数量创新高。\n')).toEqual(['body', 'headline', 'body'])
  })

  it('keeps a title followed by a paragraph whose start was lost', async () => {
    expect(await roles('上周工作已经完成。\n\n新区审计局获得表彰\n\n慧农业示范项目已经投入使用。\n')).toEqual(['body', 'headline', 'body'])
  })

  it('demotes a line with the aspect particle 了 after a body paragraph', async () => {
    expect(await roles('会议应到代表167人，实到165人。\n\n会议首先推选了大会主席团\n\n会议还表决通过了大会日程。\n')).toEqual(['body', 'body', 'body'])
  })

  it('demotes a short line after a body paragraph whose end forms a word with a far paragraph that begins mid-word', async () => {
    const text = '上周各部门完成了年度考核。\n\n市教育局制定全系统开展学\n\n市民政局围绕重点任务开展专项整治。\n\n市卫健委召开专题会议。\n\n习教育工作方案，坚持边学边改。\n'
    expect(await roles(text)).toEqual(['body', 'body', 'body', 'body', 'body'])
  })

  it('keeps a subhead when no far paragraph that begins mid-word continues it', async () => {
    const text = '上周工作已经完成。\n\n多地开展春季植树活动\n\n各地群众踊跃参加义务植树。\n\n慧农业示范项目已经投入使用。\n'
    expect(await roles(text)).toEqual(['body', 'headline', 'body', 'body'])
  })

  it('keeps a title that opens the page, even when a far paragraph could continue it', async () => {
    const text = '市教育局部署开展学\n\n市民政局围绕重点任务开展专项整治。\n\n习教育工作方案，坚持边学边改。\n'
    expect((await roles(text))[0]).toBe('headline')
  })

  it('keeps a line ending on a whole word a headline, even when a word forms with a far paragraph that begins mid-word', async () => {
    // `推进/一体` ends on a whole word; a cut line usually ends on half of one (`开展/学`).
    const text = '上周工作已经完成。\n\n长三角各地加快推进一体\n\n各地群众踊跃参加义务植树。\n\n化发展取得新成效。\n'
    expect((await roles(text))[1]).toBe('headline')
  })

  it('demotes a line that begins on half a word continuing the cut paragraph before it', async () => {
    const text = '上周各部门完成了年度考核。\n\n昨天新区召开重大项目推进会，参会单位包括区发改委、区财政局和辽\n\n宁省委宣传部等单位代表\n\n会议听取了项目进展汇报。\n'
    expect(await roles(text)).toEqual(['body', 'body', 'body', 'body'])
  })

  it('keeps a title after a complete paragraph, even when its first word could continue one', async () => {
    expect(await roles('会议审议了三项报告。\n\n宁夏多地开展春季植树活动\n\n各地群众踊跃参加义务植树。\n')).toEqual(['body', 'headline', 'body'])
  })

  it('marks a paragraph right after its headline that restates it as the story\'s lead', async () => {
    const file = await lint('新区审计局获得表彰\n\n新区审计局日前获得省级表彰。\n\n城东净水厂建成通水\n\n目前，全区管网改造已经完成。\n', {preset: 'none'})
    const leads = (file.data.copydesk?.blocks ?? []).map((block) => block.lead === true)
    expect(leads).toEqual([false, true, false, false])
  })
})
