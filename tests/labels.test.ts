import {describe, expect, it} from 'vitest'
import {findInlineLabels, labelFamily, labelShape, parseLabel, relabel, standardLabel, writeNumeral} from '../src/labels.js'

describe('parseLabel', () => {
  const cases: Array<[string, string, number, string]> = [
    // text, style, value, label text
    ['元素十二 沁园公园', 'word-numeral', 12, '元素十二 '],
    ['亮点三：新区建设', 'word-numeral', 3, '亮点三：'],
    ['第三部分 发展目标', 'ordinal-part', 3, '第三部分 '],
    ['第一条 为了规范管理', 'ordinal-part', 1, '第一条 '],
    ['第二章', 'ordinal-part', 2, '第二章'],
    ['第二，加强组织领导。', 'ordinal', 2, '第二，'],
    ['第二,加强组织领导。', 'ordinal', 2, '第二,'],
    ['一、总体要求', 'chinese-comma', 1, '一、'],
    ['十一、附则', 'chinese-comma', 11, '十一、'],
    ['三、二十大代表走进社区', 'chinese-comma', 3, '三、'],
    ['二.主要任务', 'chinese-dot', 2, '二.'],
    ['（一）指导思想', 'chinese-paren', 1, '（一）'],
    ['(二)工作目标', 'chinese-paren', 2, '(二)'],
    ['（三）、保障措施', 'chinese-paren', 3, '（三）、'],
    ['1.开展走访', 'arabic-dot', 1, '1.'],
    ['12．建立台账', 'arabic-dot', 12, '12．'],
    ['7.2023年以来，全市新增', 'arabic-dot', 7, '7.'],
    ['3.28日上午，会议召开', 'arabic-dot', 3, '3.'],
    ['3.9月末，贷款余额', 'arabic-dot', 3, '3.'],
    ['2、落实责任', 'arabic-comma', 2, '2、'],
    ['（1）加强领导', 'arabic-paren', 1, '（1）'],
    ['(2)完善制度', 'arabic-paren', 2, '(2)'],
    ['③落实保障', 'circled', 3, '③'],
    ['一是压实责任', 'yi-shi', 1, '一是'],
    ['二十一是最后一项', 'yi-shi', 21, '二十一是'],
    ['其二，成本下降', 'qi-yi', 2, '其二，']
  ]
  for (const [text, style, value, labelText] of cases) {
    it(`reads ${text}`, () => {
      const label = parseLabel(text)
      expect(label?.style).toBe(style)
      expect(label?.value).toBe(value)
      expect(label?.text).toBe(labelText)
    })
  }

  it('keeps the word of word and part labels', () => {
    expect(parseLabel('元素十二 沁园公园')).toMatchObject({word: '元素', numeral: '十二', numeralOffset: 2})
    expect(parseLabel('第三部分 发展目标')?.word).toBe('部分')
    expect(parseLabel('第一条 为了规范管理')?.word).toBe('条')
  })

  it('leaves numbers that only look like labels', () => {
    for (const text of ['1.5亿元资金到位', '2021年，全市', '5G网络覆盖', '一、二年级学生', '第一、二季度增速', '第一次会议', '1、2号线贯通', '十分重要', '一二三', '第一名是谁', '3.5G时代', '周三 上午', '星期一 晴', '初五 迎财神', '正月十五 元宵节', '高三 学生', '大一 新生', '十月初一 寒衣节']) {
      expect(parseLabel(text), text).toBeUndefined()
    }
  })
})

describe('label helpers', () => {
  const label = (text: string) => {
    const found = parseLabel(text)
    if (!found) throw new Error(`no label in ${text}`)
    return found
  }

  it('writes numbers the way the label writes its own', () => {
    expect(writeNumeral(12, 'chinese')).toBe('十二')
    expect(writeNumeral(12, 'arabic')).toBe('12')
    expect(writeNumeral(3, 'circled')).toBe('③')
    expect(writeNumeral(30, 'circled')).toBe('30')
  })

  it('relabels in the same style', () => {
    expect(relabel(label('二、总体要求'), 3)).toBe('三、')
    expect(relabel(label('（九）保障'), 10)).toBe('（十）')
    expect(relabel(label('元素十二 公园'), 13)).toBe('元素十三 ')
    expect(relabel(label('9.建立台账'), 10)).toBe('10.')
    expect(relabel(label('②完善'), 3)).toBe('③')
    expect(relabel(label('二是优化'), 3)).toBe('三是')
  })

  it('groups labels into families whatever their punctuation', () => {
    expect(labelFamily(label('一、总体'))).toBe(labelFamily(label('二.任务')))
    expect(labelFamily(label('1.走访'))).toBe(labelFamily(label('2、落实')))
    expect(labelFamily(label('（一）总体'))).not.toBe(labelFamily(label('一、总体')))
    expect(labelFamily(label('元素一 公园'))).not.toBe(labelFamily(label('亮点一 公园')))
  })

  it('gives the GB/T 15834 B.3 form of a wrongly punctuated label', () => {
    expect(standardLabel(label('1、落实'))).toBe('1.')
    expect(standardLabel(label('二.任务'))).toBe('二、')
    expect(standardLabel(label('（三）、保障'))).toBe('（三）')
    expect(standardLabel(label('(3).保障'))).toBe('(3)')
    expect(standardLabel(label('第一、加强'))).toBe('第一，')
    for (const text of ['1.落实', '一、总体', '（一）总体', '(一)总体', '第一，加强', '第一,加强', '一是加强', '元素一 公园']) {
      expect(standardLabel(label(text)), text).toBeUndefined()
    }
  })

  it('tells label shapes apart', () => {
    expect(labelShape(label('一、总体'))).toBe('N、')
    expect(labelShape(label('（一）总体'))).not.toBe(labelShape(label('(二)任务')))
    expect(labelShape(label('元素一 公园'))).toBe('元素N')
  })
})

describe('findInlineLabels', () => {
  const values = (text: string) => findInlineLabels(text).map(({offset, label}) => [offset, label.style, label.value])

  it('finds clauses numbered after punctuation', () => {
    expect(values('要做好三件事：一是稳就业，二是保民生；三是促消费。')).toEqual([
      [7, 'yi-shi', 1],
      [13, 'yi-shi', 2],
      [19, 'yi-shi', 3]
    ])
    expect(values('提出两点。第一，加强协调。第二，深化合作。')).toEqual([
      [5, 'ordinal', 1],
      [13, 'ordinal', 2]
    ])
    expect(values('措施包括：（1）减税；（2）降费。')).toEqual([
      [5, 'arabic-paren', 1],
      [11, 'arabic-paren', 2]
    ])
    expect(values('理由有二：其一，成本低；其二，见效快。')).toEqual([
      [5, 'qi-yi', 1],
      [12, 'qi-yi', 2]
    ])
  })

  it('skips the label the text starts with and numbers inside words', () => {
    expect(values('一是稳就业。')).toEqual([])
    expect(values('经济总量跃居世界第二，但仍需努力。')).toEqual([])
    expect(values('这一是非问题，第三方说了不算。')).toEqual([])
  })

  it('takes only 一是 and 其一 after a comma', () => {
    expect(values('他说，第二，要加强。')).toEqual([])
    expect(values('他说，（二）项已经完成。')).toEqual([])
  })
})

describe('parseLabel: a label followed by the same number', () => {
  it('reads 六、六年来 as item 6, while 一、二年级 stays a pair of numbers', () => {
    expect(parseLabel('六、六年来，海南对外开放不断扩大。')?.value).toBe(6)
    expect(parseLabel('一、二年级学生参加活动。')).toBeUndefined()
  })
})
