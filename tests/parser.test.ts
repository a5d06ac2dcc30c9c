import fc from 'fast-check'
import type {Node, Parent} from 'unist'
import type {Paragraph, Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {describe, expect, it} from 'vitest'
import {Location} from '../src/location.js'
import {parseChinese} from '../src/parser.js'

/** Line and column of every offset, counted the simple way (`\r\n`, `\n` and `\r` break lines). */
function referencePoints(value: string): Array<{line: number; column: number}> {
  const points: Array<{line: number; column: number}> = []
  let line = 1
  let column = 1
  for (let index = 0; index <= value.length; index++) {
    points.push({line, column})
    const char = value[index]
    if (char === '\n' || (char === '\r' && value[index + 1] !== '\n')) {
      line++
      column = 1
    } else {
      column++
    }
  }
  return points
}

/** Every node's position agrees with its text and with an independent line count. */
function checkPositions(tree: Root, value: string): void {
  const reference = referencePoints(value)
  const visit = (node: Node): void => {
    const position = node.position
    expect(position).toBeDefined()
    if (!position) return
    const {start, end} = position
    expect(value.slice(start.offset, end.offset)).toBe(toString(node as Paragraph))
    for (const point of [start, end]) {
      expect({line: point.line, column: point.column}).toEqual(reference[point.offset ?? -1])
    }
    if ('children' in node) for (const child of (node as Parent).children) visit(child)
  }
  visit(tree)
}

function paragraphs(tree: Root): string[] {
  return tree.children.filter((child): child is Paragraph => child.type === 'ParagraphNode').map((child) => toString(child))
}

function sentences(tree: Root): string[] {
  return tree.children
    .filter((child): child is Paragraph => child.type === 'ParagraphNode')
    .flatMap((paragraph) => paragraph.children.filter((child): child is Sentence => child.type === 'SentenceNode'))
    .map((sentence) => toString(sentence))
}

describe('parseChinese', () => {
  it('splits paragraphs at blank lines and at ideographic indentation, not at single line breaks', () => {
    const text = '第一段第一行\n第一段第二行。\n\n第二段。\n　　第三段。\n第三段续。'
    expect(paragraphs(parseChinese(text))).toEqual(['第一段第一行\n第一段第二行。', '第二段。', '第三段。\n第三段续。'])
  })

  it('ends sentences after full- and half-width marks and absorbs closing quotes', () => {
    const text = '他说：“好。”然后走了！真的?是的;对；还有……最后。'
    expect(sentences(parseChinese(text))).toEqual(['他说：“好。”', '然后走了！', '真的?', '是的;', '对；', '还有……', '最后。'])
  })

  it('keeps a decimal number and a list label inside one sentence', () => {
    expect(sentences(parseChinese('1.完成投资1.5亿元。2.开工。'))).toEqual(['1.完成投资1.5亿元。', '2.开工。'])
  })

  it('makes Word, Punctuation, Symbol and WhiteSpace nodes', () => {
    const tree = parseChinese('5G+工业 互联网，')
    const sentence = (tree.children[0] as Paragraph).children[0] as Sentence
    expect(sentence.children.map((child) => child.type)).toEqual(['WordNode', 'SymbolNode', 'WordNode', 'WhiteSpaceNode', 'WordNode', 'PunctuationNode'])
  })

  it('keeps positions exact with CRLF, BOM, NBSP, U+3000 and zero-width characters', () => {
    const text = '\uFEFF标题\r\n\r\n　　正文\u00A0第一句。第\u200B二句。\r\n　　第二段。\r\n'
    const tree = parseChinese(text)
    expect(toString(tree)).toBe(text)
    checkPositions(tree, text)
    expect(paragraphs(tree)).toEqual(['标题', '正文\u00A0第一句。第\u200B二句。', '第二段。'])
    const second = tree.children.find((child) => child.type === 'ParagraphNode' && toString(child).startsWith('正文'))
    expect(second?.position?.start).toEqual({line: 3, column: 3, offset: 9})
  })

  it('treats a lone CR as a line break, as vfile-location does', () => {
    const location = new Location('一\r二\r\n三\n四')
    expect(location.toPoint(2)).toEqual({line: 2, column: 1, offset: 2})
    expect(location.toPoint(5)).toEqual({line: 3, column: 1, offset: 5})
    expect(location.toPoint(7)).toEqual({line: 4, column: 1, offset: 7})
  })

  it('parses empty and blank input', () => {
    expect(toString(parseChinese(''))).toBe('')
    expect(parseChinese('').children).toEqual([])
    const blank = parseChinese(' \n\n　')
    expect(toString(blank)).toBe(' \n\n　')
    expect(blank.children.map((child) => child.type)).toEqual(['WhiteSpaceNode'])
  })

  it('keeps astral characters whole', () => {
    const text = '𠀀𠀁字。😀'
    const tree = parseChinese(text)
    expect(toString(tree)).toBe(text)
    checkPositions(tree, text)
  })

  it('round-trips any string exactly, with exact positions (property)', () => {
    const alphabet = fc.constantFrom(
      ...'中文字词句。，、；：？！…“”‘’（）()《》【】 \n\r\t　\u00A0\u200B\uFEFFab12.%+-—'.split(''),
      '\r\n',
      '\n\n',
      '\n　　'
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(alphabet, fc.string({unit: 'grapheme'}), fc.string({unit: 'binary'})), {maxLength: 60}), (parts) => {
        const text = parts.join('')
        const tree = parseChinese(text)
        expect(toString(tree)).toBe(text)
        checkPositions(tree, text)
      }),
      {numRuns: 400}
    )
  })

  it('is linear: one text ten times as long costs about what ten short ones do', () => {
    const unit = '示范区举行重点项目集中开工活动，总投资130.23亿元。“十四五”开好局！\n\n'
    const small = unit.repeat(2_000)
    const large = unit.repeat(20_000)
    // Ten small texts, their trees kept, against one text ten times as long: the same allocation and the same live heap, so
    // the collector costs the same on both sides (a large tree alone costs it more than ten small ones thrown away, which made
    // a plain ratio of times swing between 6 and 170 on a loaded machine).  CPU time, not wall time: other test files run
    // beside this one on the same cores.
    const time = (parse: () => unknown): number => {
      const start = process.cpuUsage()
      parse()
      const used = process.cpuUsage(start)
      return used.user + used.system
    }
    const tenSmall = (): number => Array.from({length: 10}, () => parseChinese(small)).length
    const oneLarge = (): unknown => parseChinese(large)
    tenSmall()
    oneLarge()
    const smallTime = Math.min(time(tenSmall), time(tenSmall), time(tenSmall))
    const largeTime = Math.min(time(oneLarge), time(oneLarge), time(oneLarge))
    // Measured 1.0–1.4; a quadratic parser would be ~10×.
    expect(largeTime / smallTime).toBeLessThan(4)
  })
})

describe('partitionPoint', () => {
  it('finds where an ordered predicate stops holding', async () => {
    const {partitionPoint} = await import('../src/bisect.js')
    const values = [1, 3, 3, 5, 8]
    expect(partitionPoint(values.length, (index) => (values[index] as number) < 3)).toBe(1)
    expect(partitionPoint(values.length, (index) => (values[index] as number) <= 3)).toBe(3)
    expect(partitionPoint(values.length, () => true)).toBe(5)
    expect(partitionPoint(0, () => true)).toBe(0)
  })
})
