import {describe, expect, it} from 'vitest'
import rule from '../../rules/consistent-names.js'
import {extractOrganisations, extractPeople} from '../../src/entities.js'
import {lint} from '../../src/lint.js'
import {formatMessage, ruleMessages, runRule} from '../../src/testing.js'
import {testExamples} from '../rule-examples.js'

testExamples(rule)

async function messages(text: string, options?: unknown): Promise<string[]> {
  return ruleMessages(rule, text, options)
}

async function page(text: string) {
  const file = await lint(text, {preset: 'none'})
  const data = file.data.copydesk
  if (!data) throw new Error('no page')
  return data
}

describe('entities', () => {
  it('finds people after titles, in bylines and in lists', async () => {
    const {mentions, lists} = extractPeople(
      await page('本报讯(记者孙晓明)区委书记周建华出席会议。\n\n区领导刘志强、陈红梅、马立新一同参加。\n\n照片说明。本报记者 田 鹏 摄\n')
    )
    const names = mentions.map((mention) => mention.name)
    expect(names).toEqual(expect.arrayContaining(['孙晓明', '周建华', '刘志强', '陈红梅', '马立新', '田鹏']))
    expect(lists.map((list) => list.names.map((mention) => mention.name))).toEqual([['刘志强', '陈红梅', '马立新']])
  })

  it('finds a line of attendees opening a sentence only before a verb of attendance', async () => {
    const {lists} = extractPeople(await page('会议结束。刘志强、陈红梅、马立新等参加上述活动。\n\n周建华、孙立平、马立新陪同考察。\n'))
    expect(lists.map((list) => list.names.map((mention) => mention.name))).toEqual([
      ['刘志强', '陈红梅', '马立新'],
      ['周建华', '孙立平', '马立新']
    ])
    // Places and other things listed at a sentence start are no line of attendees.
    expect(extractPeople(await page('王府井、西单、三里屯等商圈客流明显回升。\n\n黄河、长江、珠江流域降雨偏多。\n')).lists).toEqual([])
  })

  it('extends organisations over chained names and bracketed alternatives', async () => {
    const found = extractOrganisations(await page('他们深入市第三人民医院东区医院和市第三人民医院新城(东区)医院调研。\n')).map((mention) => mention.name)
    expect(found).toEqual(['市第三人民医院东区医院', '市第三人民医院新城(东区)医院'])
  })

  it('does not extend an organisation into a lead byline', async () => {
    const found = extractOrganisations(await page('本报讯(记者孙晓明)市第五人民医院北区医院今天开工。\n')).map((mention) => mention.name)
    expect(found).toEqual(['市第五人民医院北区医院'])
  })

  it('stops an organisation at a verb', async () => {
    const found = extractOrganisations(await page('要加快建设黄河科技学院。\n')).map((mention) => mention.name)
    expect(found).toEqual(['黄河科技学院'])
  })

  it('stops an organisation at an adverb and a verb the dictionary files as a noun (`充分发挥`)', async () => {
    const found = extractOrganisations(await page('要充分发挥东海合作织织睦邻友好合作委员会等民间机构作用。\n')).map((mention) => mention.name)
    expect(found).toEqual(['东海合作织织睦邻友好合作委员会'])
  })
})

describe('consistent-names', () => {
  it('flags an abbreviation of a hospital with NFKC brackets and full-width brackets alike', async () => {
    const text = '市第五人民医院北区医院开工。\n\n市五院南苑医院完工。\n\n市第五人民医院南苑（北区）医院投用。\n'
    const found = await messages(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^5:1-5:16: 机构名称前后不一/)
  })

  it('leaves a bracketed alternative that is later dropped alone', async () => {
    expect(await messages('开发区(高新区)党工委召开会议。\n\n开发区党工委部署工作。\n')).toEqual([])
  })

  it('leaves an introduced abbreviation alone', async () => {
    expect(await messages('市第五人民医院（以下简称市五院）开工。市五院将于年底投用。\n')).toEqual([])
  })

  it('leaves two repeated names that share a surname alone', async () => {
    const text = '市长周建华出席。周建华指出，要抓好落实。\n\n副市长周建国出席。周建国强调，要加强协调。\n'
    expect(await messages(text)).toEqual([])
  })

  it('leaves a two-character name alone when no title stands beside it', async () => {
    const text = '总理李强出席会议。李强指出，要扩大开放。\n\n李斌、何维参加会见。\n'
    expect(await messages(text)).toEqual([])
  })

  it('flags a two-character name changed beside a title', async () => {
    const text = '总理李强出席会议。李强指出，要扩大开放。\n\n总理李墙表示，将继续推进。\n'
    const found = await messages(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^3:3-3:5: 人名前后不一：此处作「李墙」/)
  })

  it('offers the repeated form as the replacement', async () => {
    const file = await runRule(rule, '市委书记王建国出席会议。\n\n王建国指出，要抓好落实。\n\n王建图强调，要加强协调。\n')
    expect(file.messages[0]?.expected).toEqual(['王建国'])
    expect(file.messages[0]?.cause).toBeDefined()
  })

  it('flags an organisation whose name lost a word', async () => {
    const text = '中原能源集团发布年报。\n\n中原能源集团表示将扩大投资。\n\n中原能洞集团董事会通过议案。\n'
    const found = await messages(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^5:1-5:7: .*「中原能洞集团」/)
  })

  it('leaves universities that are both dictionary words alone', async () => {
    expect(await messages('北京大学和南京大学签约。北京大学代表发言。\n')).toEqual([])
  })

  it('leaves lists in the same order alone, and lists sharing fewer than three names', async () => {
    const same = '区领导刘志强、陈红梅、周建华一同参加。\n\n区领导刘志强、陈红梅、周建华出席会议。\n'
    expect(await messages(same)).toEqual([])
    const few = '区领导刘志强、陈红梅、马立新一同参加。\n\n区领导陈红梅、刘志强、孙晓明出席会议。\n'
    expect(await messages(few)).toEqual([])
  })

  it('can leave the order of lists unchecked', async () => {
    const text = '区领导刘志强、陈红梅、周建华、孙立平一同参加。\n\n区领导刘志强、周建华、陈红梅、孙立平出席会议。\n'
    expect(await messages(text, {checkOrder: false})).toEqual([])
  })

  it('flags glossary forms with the house form as expected, but not inside the house form', async () => {
    const options = {glossary: [{expected: '市第二人民医院', patterns: ['二院']}]}
    const file = await runRule(rule, '市第二人民医院扩建。二院新楼投用。\n', options)
    expect(file.messages.map(formatMessage)).toEqual(['1:11-1:13: 按本报用语表，「二院」应作「市第二人民医院」'])
    expect(file.messages[0]?.expected).toEqual(['市第二人民医院'])
  })

  it('counts a variant in a passage printed twice once', async () => {
    const text = '总理李国强出席会议。李国强表示，要扩大开放。\n\n在会见来宾时，李国墙表示，欢迎合作。\n\n在会见来宾时，李国墙表示，欢迎合作。\n\n李国强指出，要深化改革。\n'
    const found = await messages(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^3:8-3:11: 人名前后不一：此处作「李国墙」/)
  })

  it('accepts a three-character variant standing after the same title as a name used once', async () => {
    const text = '国家主席王立平出席仪式。\n\n国家主席王力平在会上讲话。\n'
    const found = await messages(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^3:5-3:8: .*「王力平」/)
  })

  it('leaves two names used once each after different titles alone', async () => {
    expect(await messages('区长王立平出席仪式。\n\n局长王力平在会上讲话。\n')).toEqual([])
  })

  it('finds a name spaced off its title, as in a signature line', async () => {
    const {mentions} = extractPeople(await page('中华人民共和国主席　王立平\n'))
    expect(mentions.map((mention) => mention.name)).toEqual(['王立平'])
  })

  it('does not read a verb and an institution as a name', async () => {
    const {mentions} = extractPeople(await page('他赴厦门工作，任市委常委。\n\n现任区委书记。\n'))
    expect(mentions).toEqual([])
  })

  it('does not read a State Councillor meeting someone as an organisation', async () => {
    const found = extractOrganisations(await page('国务委员会见了代表团。\n')).map((mention) => mention.name)
    expect(found).toEqual([])
  })

  it('leaves a changed suffix that makes another word alone', async () => {
    const text = '国务委员会副委员长出席。\n\n国务委员长发来贺电。\n'
    expect(await messages(text)).toEqual([])
  })

  it('marks a name with one more word as information', async () => {
    const file = await runRule(rule, '推广伊源公司的经验。\n\n企业负责人在伊源郑州公司座谈。\n')
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]?.fatal).toBeUndefined()
  })

  it('leaves an abbreviation used only in a headline alone', async () => {
    const text = '市五院北区医院开工\n\n本报讯(记者孙晓明)市第五人民医院北区医院今天开工。\n'
    expect(await messages(text)).toEqual([])
  })

  it('leaves bylines and photo credits of different people alone', async () => {
    const text = '本报讯(记者孙晓明)区长孙晓东出席。孙晓东指出，要抓好落实。\n\n工人在车间忙碌。本报记者 孙晓明 摄\n'
    expect(await messages(text)).toEqual([])
  })

  it('flags one person called 市长 and 副市长 in one story', async () => {
    const text = '市长周建华出席会议。\n\n副市长周建华在会上讲话。\n'
    expect(await messages(text)).toEqual(['3:1-3:7: 同一人职务不一：此处作「副市长周建华」，1:1 作「市长周建华」；请核对职务'])
  })

  it('leaves different titles of one person alone when neither is the deputy of the other', async () => {
    expect(await messages('党工委书记、管委会主任周建华出席会议。\n\n书记周建华在会上讲话。\n')).toEqual([])
  })

  it('rejects bad options', async () => {
    await expect(runRule(rule, '文字。\n', {glossary: [{expected: '甲'}]})).resolves.toSatisfy((file: {messages: Array<{ruleId?: string | null}>}) =>
      file.messages.some((message) => message.ruleId === 'internal-error' || message.ruleId === 'consistent-names')
    )
    await expect(runRule(rule, '文字。\n', {checkOrder: 'yes'})).resolves.toSatisfy((file: {messages: unknown[]}) => file.messages.length === 1)
  })

  describe('slips after a title', () => {
    it('flags a one-off form after the title the page uses with another word, offering that word', async () => {
      const file = await runRule(rule, '会上，市委书记强调，要办好民生实事。\n\n市委书记强则，要守住安全底线。\n')
      expect(file.messages.map(formatMessage)).toEqual(['3:5-3:7: 疑有错字：此处作「强则」，本页在「书记」之后另作「强调」（1:8）；请核对'])
      expect(file.messages[0]?.expected).toEqual(['强调'])
      expect(file.messages[0]?.cause).toBeDefined()
    })

    it('flags it with half-width punctuation too', async () => {
      expect(await messages('会上,市委书记强调,要办好民生实事。\n\n市委书记强则,要守住安全底线。\n')).toHaveLength(1)
    })

    it('flags a word whose first character changed after 的 (`书记的重要` / `书记的励要`)', async () => {
      expect(await messages('市委书记的重要讲话催人奋进。\n\n大家认为，市委书记的励要讲话指明了方向。\n')).toEqual([
        '3:11-3:13: 疑有错字：此处作「励要」，本页在「书记的」之后另作「重要」（1:6）；请核对'
      ])
    })

    it('reads a title with 的 after it as the same slot (`记者提问` / `记者的提我`), and names the slot the page writes', async () => {
      expect(await messages('新闻发布会举行\n\n发言人回答了记者提问。\n\n会上还回答了中外记者的提我。\n')).toEqual([
        '5:12-5:14: 疑有错字：此处作「提我」，本页在「记者」之后另作「提问」（3:9）；请核对'
      ])
    })

    it('leaves a form alone that is not after the same title', async () => {
      expect(await messages('市委书记的重要讲话催人奋进。\n\n大家认为，市长的励要讲话指明了方向。\n')).toEqual([])
      // A verb of saying before a comma is compared anyway, without naming a title the page does not use with it.
      expect(await messages('会上，市委书记强调，要办好民生实事。\n\n市长强则，要守住安全底线。\n')).toEqual(['3:3-3:5: 疑有错字：此处作「强则」，本页另作「强调」（1:8）；请核对'])
    })

    it('leaves a form alone when a word reaches into it from the text after it', async () => {
      // `强政` + `府`: 政府 is a word, so 强政 is no form of 强调.
      expect(await messages('会上，市委书记强调，要办好民生实事。\n\n市委书记强政府职能。\n')).toEqual([])
    })

    it('leaves a one-off form alone in a headline', async () => {
      expect(await messages('市委书记强谓\n\n会上，市委书记强调，要办好民生实事。\n')).toEqual([])
    })

    it('flags a verb of saying one character off before a comma, wherever it stands', async () => {
      const file = await runRule(rule, '会上，区长强调，要抓好春耕生产。\n\n他在总结时强各，要守住安全底线。\n')
      expect(file.messages.map(formatMessage)).toEqual(['3:6-3:8: 疑有错字：此处作「强各」，本页另作「强调」（1:6）；请核对'])
      expect(file.messages[0]?.expected).toEqual(['强调'])
    })

    it('flags a verb of saying changed into a rare word, or one a word runs into, in the frame the page writes it in', async () => {
      // 强力 is a dictionary word, and 中指 runs into 指义: both are read as slips only in the same frame as 强调, 指出.
      const text = '区长王建国强调，要抓好春耕生产。\n\n他在讲话中指出，要守住安全底线。\n\n区长王建国强力，要保障农资供应。\n\n副区长在讲话中指义，要加强协调。\n'
      expect(await messages(text)).toEqual([
        '5:6-5:8: 疑有错字：此处作「强力」，本页另作「强调」（1:6）；请核对',
        '7:8-7:10: 疑有错字：此处作「指义」，本页另作「指出」（3:6）；请核对'
      ])
      // A common verb in the same frame (`会议指定，` beside `会议指出，`) is meant.
      expect(await messages('会议指出，要抓好春耕生产。\n\n会议指定，由农业农村局牵头。\n')).toEqual([])
    })

    it('compares a verb of saying on a page that puts no word after a title', async () => {
      expect(await messages('安理会就地区局势举行会议\n\n俄方强调，将继续推动对话。\n\n中方代表强斯，解决问题要靠对话。\n')).toEqual([
        '5:5-5:7: 疑有错字：此处作「强斯」，本页另作「强调」（3:3）；请核对'
      ])
    })

    it('flags a verb of saying whose second character changed before 要 or a quotation, not one whose first changed', async () => {
      expect(await messages('会上，区长强调，要抓好春耕生产。\n\n他在总结时强动要守住安全底线。\n')).toEqual([
        '3:6-3:8: 疑有错字：此处作「强动」，本页另作「强调」（1:6）；请核对'
      ])
      expect(await messages('会上，区长指出，要抓好春耕生产。\n\n他在总结时指为“三农”工作定了调。\n')).toHaveLength(1)
      // Many verbs end in 出: `跑出“加速度”` is no slip of 指出.
      expect(await messages('会上，区长指出，要抓好春耕生产。\n\n全区跑出“加速度”。\n\n企业跑出要素配置新路子。\n')).toEqual([])
    })

    it('flags the interview before a verb of saying with its second character changed (`采访时说` / `采切时表示`)', async () => {
      const interview = '秘书长在港口城市接受本报记者采访时说，各方要尽早达成协议。\n\n'
      expect(await messages(`${interview}总理近日在接受外国媒体采切时表示，制裁损害欧洲经济。\n`)).toEqual([
        '3:12-3:14: 疑有错字：此处作「采切」，本页另作「采访」（1:15）；请核对'
      ])
      // Another word (`采摘时说`), another frame (`采访中表示`), or no verb of saying after it.
      expect(await messages(`${interview}果农在采摘时说，今年收成好。\n\n他在接受采访中表示，将继续推动对话。\n\n采样时间为上午。\n`)).toEqual([])
    })

    it('flags the interview before a verb of saying with 时 changed (`采访时说` / `采访各表示`), not with a word that may stand there', async () => {
      const interview = '秘书长在港口城市接受本报记者采访时说，各方要尽早达成协议。\n\n'
      expect(await messages(`${interview}总理近日在接受外国媒体采访各表示，制裁损害欧洲经济。\n`)).toEqual([
        '3:12-3:15: 疑有错字：此处作「采访各」，本页另作「采访时」（1:15）；请核对'
      ])
      // `采访中表示`, `采访后说`, `采访时均表示`, `采访者称`: words that may stand there; nothing without `采访时` elsewhere.
      expect(await messages(`${interview}他在接受采访中表示，将继续推动对话。\n\n两人接受采访后说，收获很大。\n\n采访者称，现场秩序良好。\n`)).toEqual([])
      expect(await messages('总理近日在接受外国媒体采访各表示，制裁损害欧洲经济。\n')).toEqual([])
    })

    it('flags 要求 with its second character changed before an addressee and 要 (`要求宁夏要…` / `要持宁夏要…`)', async () => {
      const instruction = '总书记要求各地抓好落实。\n\n'
      expect(await messages(`${instruction}总书记两次在当地考察，要持西部要加强生态保护。\n`)).toEqual([
        '3:12-3:14: 疑有错字：此处作「要持」，本页另作「要求」（1:4）；请核对'
      ])
      // A word reaches into it (`要确保重要`, `要安全的要`), no 要 follows, or the page never writes 要求.
      expect(await messages(`${instruction}要确保重要农产品供给。要安全的要发展的。要把西部建设好。\n`)).toEqual([])
      expect(await messages('总书记两次在当地考察，要持西部要加强生态保护。\n')).toEqual([])
    })

    it('flags 提出 with its second character changed before a number or a quotation, not before a comma', async () => {
      const plan = '方案提出“三个不变”原则。\n\n'
      expect(await messages(`${plan}实施方案提确143项改革措施。\n`)).toEqual(['3:5-3:7: 疑有错字：此处作「提确」，本页另作「提出」（1:3）；请核对'])
      expect(await messages(`${plan}推动产业提质，降低成本。\n\n产量提高3成。\n`)).toEqual([])
    })

    it('counts the places of the word only where it stands as a word (not 强调 inside 加强调度)', async () => {
      expect(await messages('会上，区长强调，要抓好春耕生产。\n\n各地要加强调度。\n\n他在总结时强各，要守住安全底线。\n')).toEqual([
        '5:6-5:8: 疑有错字：此处作「强各」，本页另作「强调」（1:6）；请核对'
      ])
    })

    it('leaves a word before a comma alone, and a verb of saying the page does not use', async () => {
      expect(await messages('会上，区长强调，要抓好春耕生产。\n\n他在总结时强化，要守住安全底线。\n')).toEqual([])
      expect(await messages('会上，区长说，要抓好春耕生产。\n\n他在总结时强各，要守住安全底线。\n')).toEqual([])
    })

    it('gives one message, not two, for a name both passes find (each form once, after the same title)', async () => {
      expect(await messages('市政协副主席刘建谦在会上说，要抓好落实。\n\n市政协副主席刘建意在会上说，要抓好落实。\n')).toEqual([
        '3:7-3:10: 人名前后不一：此处作「刘建意」，本页另作「刘建谦」（1:7）；请核对是否同一人'
      ])
    })

    it('leaves two names used once each after the same title alone (two people, or a slip: no way to tell)', async () => {
      expect(await messages('会上，市长周刚指出，要抓好春耕。\n\n下午，市长周钢出席了签约仪式。\n')).toEqual([])
    })

    it('flags a name in a signature line, which the structure pass reads as a headline', async () => {
      expect(await messages('国家主席陈建平出席会议并讲话。\n\n陈建平指出，要深化合作。\n\n中华人民共和国主席　陈建苹\n')).toEqual([
        '5:11-5:14: 人名前后不一：此处作「陈建苹」，本页另作「陈建平」（1:5等 2 处）；请核对是否同一人'
      ])
    })
  })

  it('flags a three-character name after a title that then opens a clause before a verb of saying', async () => {
    expect(await messages('市长会见来访的友好城市市长罗德里。\n\n罗德利表示，愿深化双方合作。\n')).toEqual([
      '3:1-3:4: 人名前后不一：此处作「罗德利」，本页另作「罗德里」（1:14）；请核对是否同一人'
    ])
  })

  it('counts a paragraph printed twice as one place of a one-off name, whatever stands before each copy', async () => {
    const lead = '市长陈建平主持会议。\n\n陈建平指出，要抓好春耕。\n\n'
    expect(await messages(`${lead}陈建苹介绍了全市情况。\n\n会议还听取了汇报。\n\n陈建苹介绍了全市情况。\n`)).toEqual([
      '5:1-5:4: 人名前后不一：此处作「陈建苹」，本页另作「陈建平」（1:3等 2 处）；请核对是否同一人'
    ])
  })

  it('flags a three-character name in a headline written otherwise after a title in its story', async () => {
    expect(await messages('陈建平观看文艺演出\n\n20日晚，演出在市剧院举行。市委书记陈建苹同各界群众一起观看。\n')).toEqual([
      '3:19-3:22: 人名前后不一：此处作「陈建苹」，本页另作「陈建平」（1:1）；请核对是否同一人'
    ])
    // In another story, or without a title, it may be another person.
    expect(await messages('陈建平观看文艺演出\n\n演出在市剧院举行。\n\n新区召开推进会\n\n会上，市委书记陈建苹讲话。\n')).toEqual([])
    expect(await messages('陈建平观看文艺演出\n\n20日晚，演出在市剧院举行，陈建苹同各界群众一起观看。\n')).toEqual([])
  })

  it('reads a name after 祝贺 or 感谢, or opening an item of a 一是…二是 enumeration, as standing where a name stands', async () => {
    expect(await messages('市长陈建平会见外宾\n\n市长陈建平会见了代表团。陈建平说，欢迎各位。\n\n团长祝贺陈建苹再次当选。\n')).toEqual([
      '5:5-5:8: 人名前后不一：此处作「陈建苹」，本页另作「陈建平」（1:3等 3 处）；请核对是否同一人'
    ])
    expect(await messages('副市长韩立出席论坛\n\n副市长韩立在论坛上致辞。\n\n一是韩立表示，要扩大开放。\n\n二是韩芳指出，要优化环境。\n')).toEqual([
      '7:3-7:5: 人名前后不一：此处作「韩芳」，本页另作「韩立」（1:4等 3 处）；请核对是否同一人'
    ])
    // A party to talks is no person (`韩方表示` beside `韩立`).
    expect(await messages('副市长韩立出席论坛\n\n副市长韩立在论坛上致辞。\n\n一是韩方表示，要扩大开放。\n')).toEqual([])
  })

  it('leaves a three-character name alone that opens a clause without a verb of saying', async () => {
    expect(await messages('市长会见来访的友好城市市长罗德里。\n\n罗德利参观了新区。\n')).toEqual([])
  })

  describe('two-character names', () => {
    const story = '国务院总理李强在德国访问。\n\n李强表示，中方愿同德方深化合作。\n\n在宝马公司，李强参观了展区。\n\n'

    it('flags a one-off name opening a clause before a verb, one character off the main person of the story', async () => {
      expect(await messages(`${story}在西门子公司总部，李励在公司负责人陪同下观看了产品展示。\n`)).toEqual([
        '7:10-7:12: 人名前后不一：此处作「李励」，本页另作「李强」（1:6等 3 处）；请核对是否同一人'
      ])
    })

    it('flags a one-off name opening a paragraph before a verb, one character off a person the story introduced with a title', async () => {
      expect(await messages('国务院总理李强出席座谈会。\n\n李日在讲话中表示，要稳扎稳打。\n')).toEqual([
        '3:1-3:3: 人名前后不一：此处作「李日」，本页另作「李强」（1:6）；请核对是否同一人'
      ])
      // After a comma, a bare name is weighed only against the story's main person; a name in another story is another
      // person.
      expect(await messages('国务院总理李强出席座谈会。\n\n会上，李日在讲话中表示，要稳扎稳打。\n')).toEqual([])
      expect(await messages('国务院总理李强出席座谈会。\n\n新区召开推进会\n\n李日在讲话中表示，要稳扎稳打。\n')).toEqual([])
    })

    it('reads 于 and 是于 after a name as a verb follows (`李中是于当地时间…`)', async () => {
      expect(await messages(`${story}李中是于当地时间20日下午抵达慕尼黑的。\n`)).toEqual([
        '7:1-7:3: 人名前后不一：此处作「李中」，本页另作「李强」（1:6等 3 处）；请核对是否同一人'
      ])
    })

    it('reads a surname character before a place as a preposition, not a name (`应埃及总理邀请`)', async () => {
      expect(await messages('新华社消息：应埃及总理邀请，国务院总理当天抵达开罗。\n\n双方签署合作文件。\n\n会谈后，应行及总理邀请，代表团参观了港口。\n')).toEqual([])
    })

    it('leaves another person in a list alone, and a name the story uses twice', async () => {
      expect(await messages(`${story}李斌、何维参加会见。\n`)).toEqual([])
      expect(await messages('国务院总理李强在德国访问。\n\n在宝马公司，李强参观了展区。\n\n在西门子公司总部，李励在公司负责人陪同下观看了产品展示。\n')).toEqual([])
    })
  })

  describe('phrase slips', () => {
    const slip = '全市上下要深入学习贯彻全会精神，推动高质量发展。\n\n各部门要深入学习贯彻全会精神，结合实际抓好落实。\n\n区县负责同志表示，将深入学习贯丰全会精神，确保各项部署落地见效。\n'

    it('flags a phrase the page repeats, written once with one character changed, and offers the usual phrase', async () => {
      const [message] = (await runRule(rule, slip)).messages
      expect(message && formatMessage(message)).toBe('5:15-5:19: 疑有错字：此处作「贯丰全会」，本页另作「贯彻全会」（1:10等 2 处）；请核对')
      expect(message?.expected).toEqual(['贯彻全会'])
    })

    it('reads half-width punctuation as full-width', async () => {
      expect(await messages(slip.replace(/，/gu, ','))).toEqual(['5:15-5:19: 疑有错字：此处作「贯丰全会」，本页另作「贯彻全会」（1:10等 2 处）；请核对'])
    })

    it('flags a three-character name of the page changed inside a repeated phrase', async () => {
      expect(await messages('市委书记王建国出席会议。\n\n会议学习了《王建国诗文选》的有关篇目。\n\n大家认真阅读《王建图诗文选》。\n')).toEqual([
        '5:8-5:12: 疑有错字：此处作「王建图诗」，本页另作「王建国诗」（3:7）；请核对'
      ])
    })

    it('flags a one-off word that breaks a common word', async () => {
      expect(await messages('会上，区长发表重要讲话。\n\n区长的重要讲话内涵丰富。\n\n与会人员认真学习了区长发表的重不讲话。\n')).toEqual([
        '5:15-5:19: 疑有错字：此处作「重不讲话」，本页另作「重要讲话」（1:8等 2 处）；请核对'
      ])
    })

    it('leaves numbers, directions and a word whose first character differs alone', async () => {
      expect(await messages('第一季度全市工业增加值增长较快。\n\n第二季度全市工业增加值增长较快。\n')).toEqual([])
      expect(await messages('今年上半年，全市外贸进口增长较快。\n\n今年下半年，全市外贸出口增长较快。\n')).toEqual([])
      expect(await messages('中方愿同哈方深化经贸合作。\n\n会议期间，中方愿同蒙方深化经贸合作。\n')).toEqual([])
    })

    it('leaves a dictionary word alone, however rare (`更多` / `更好`)', async () => {
      expect(await messages('让发展成果更好惠及全体人民。\n\n让发展成果更多惠及全体人民。\n')).toEqual([])
    })

    it('leaves a word alone that the page uses in another place', async () => {
      const once = '要维护全球产业链稳定。\n\n会议指出，开放合作是大势所趋。\n\n双方同意维护全球产供链稳定。\n'
      expect(await messages(once)).toEqual(['5:9-5:13: 疑有错字：此处作「产供链稳」，本页另作「产业链稳」（1:6）；请核对'])
      expect(await messages(`${once}\n保障产供链安全是共同责任。\n`)).toEqual([])
    })

    it('leaves a change next to a mark alone: the dictionary lacks many words (`进一步扩大` / `进一步扩围，`)', async () => {
      expect(await messages('今年全市对外开放进一步扩大，外贸增长较快。\n\n新区试点业务进一步扩围，企业受益明显。\n')).toEqual([])
      expect(await messages('推动特色产业持续发展。\n\n各部门加强宣传引导持续发力。\n')).toEqual([])
    })

    it('leaves another measure word after a number alone (`250多万件` / `4300多万亩`)', async () => {
      expect(await messages('全省种植小麦4300多万亩，长势良好。\n\n全年办理公证业务250多万件，公证文书发往多国。\n')).toEqual([])
    })

    it('leaves two names used once each alone, even when the dictionary knows one of them', async () => {
      expect(await messages('丁薛祥、何立峰、张国清、谌贻琴等参加上述活动。\n\n会见后，张国华、王小洪等出席欢迎宴会。\n')).toEqual([])
    })

    it('leaves a parallel construction alone', async () => {
      expect(await messages('要坚持依法治国、依宪治国。\n\n全面依法治国是国家治理的一场深刻革命。\n')).toEqual([])
    })

    it('flags a headline that restates the lead with a slip: a headline is no passage printed twice', async () => {
      const lead = '本报讯　副省长王立新11日上午在成都出席第二届“一带一路”科技交流大会开幕式并发表主旨讲话。\n\n来自20个国家的代表参加了开幕式。\n'
      expect(await messages(`副省长王立新出席第二届“一带一路”科技交流大前开幕式并发表主旨讲话\n\n${lead}`)).toEqual([
        '1:22-1:26: 疑有错字：此处作「大前开幕」，本页另作「大会开幕」（3:34）；请核对'
      ])
    })

    it('flags a title word whose last character changed after the same words, whatever follows it', async () => {
      const lead = '\n\n本报北京电　赵乐际27日同越南国会主席王庭惠举行会谈。\n'
      expect(await messages(`赵乐际同越南国会主如举行会谈${lead}`)).toEqual(['1:7-1:11: 疑有错字：此处作「国会主如」，本页另作「国会主席」（3:16）；请核对'])
      // Another word (`主办`), or too little before the title.
      expect(await messages(`越南国会主办的论坛开幕${lead}`)).toEqual([])
      expect(await messages(`赵乐际同会主如举行会谈${lead}`)).toEqual([])
    })

    it('leaves a sentence printed twice with a change to the duplicate-passage rule', async () => {
      const copy = '各部门要深入学习贯彻全会精神，结合本地实际抓好落实，确保取得实效。\n\n各部门要深入学习贯丰全会精神，结合本地实际抓好落实，确保取得实效。\n'
      expect(await messages(copy)).toEqual([])
    })
  })
})
