/**
 * A Chinese-aware parser producing nlcst.
 *
 * Root > Paragraph > Sentence > Word / Punctuation / Symbol / WhiteSpace,
 * with exact positions and an exact round trip (`toString(tree) === input`).
 *
 * - Paragraphs end at a blank line, or at a line break followed by
 *   ideographic-space indentation (`\n　　`).
 * - Sentences end after 。！？!?；; and …, absorbing closing quotes and
 *   brackets that follow.
 * - A word is a run of letters, digits and ideographs between punctuation,
 *   symbols and white space: rules that need real words segment lazily.
 *
 * Trees are kept lean: nodes store their offsets and compute `position` on
 * access, from one shared line index.  A 10 MB page thus stays well within
 * memory and parses at tens of MB/s.
 */
import type {
  Paragraph,
  Punctuation,
  Root,
  Sentence,
  SentenceContent,
  Symbol as SymbolNode,
  Text,
  WhiteSpace,
  Word
} from 'nlcst'
import type {Position} from 'unist'
import {CharClass, CLOSING, charClass, SENTENCE_END} from './chinese.js'
import {Location} from './location.js'

/** Base of every node: offsets in, `position` out. */
abstract class Located {
  readonly #start: number
  readonly #end: number
  readonly #location: Location

  constructor(start: number, end: number, location: Location) {
    this.#start = start
    this.#end = end
    this.#location = location
  }

  get position(): Position {
    return this.#location.toPosition(this.#start, this.#end)
  }

  /** Serialise like a plain unist node, so `--tree-out` shows positions. */
  toJSON(): object {
    return {...this, position: this.position}
  }
}

/** A node with a value: text, punctuation, symbol or white space. */
class Leaf<Type extends 'TextNode' | 'PunctuationNode' | 'SymbolNode' | 'WhiteSpaceNode'> extends Located {
  constructor(
    readonly type: Type,
    public value: string,
    start: number,
    end: number,
    location: Location
  ) {
    super(start, end, location)
  }
}

/** A node with children: word, sentence or paragraph. */
class Branch<Type extends 'WordNode' | 'SentenceNode' | 'ParagraphNode', Child> extends Located {
  constructor(
    readonly type: Type,
    public children: Child[],
    start: number,
    end: number,
    location: Location
  ) {
    super(start, end, location)
  }
}

const text = (value: string, start: number, end: number, location: Location): Text => new Leaf('TextNode', value, start, end, location)
const punctuation = (value: string, start: number, end: number, location: Location): Punctuation =>
  new Leaf('PunctuationNode', value, start, end, location)
const symbol = (value: string, start: number, end: number, location: Location): SymbolNode => new Leaf('SymbolNode', value, start, end, location)
const whiteSpace = (value: string, start: number, end: number, location: Location): WhiteSpace =>
  new Leaf('WhiteSpaceNode', value, start, end, location)
const word = (value: string, start: number, end: number, location: Location): Word =>
  new Branch('WordNode', [text(value, start, end, location)], start, end, location)
const sentenceNode = (children: SentenceContent[], start: number, end: number, location: Location): Sentence =>
  new Branch('SentenceNode', children, start, end, location)
const paragraphNode = (children: Paragraph['children'], start: number, end: number, location: Location): Paragraph =>
  new Branch('ParagraphNode', children, start, end, location)

/** Characters joined into one punctuation node when repeated (`……`, `——`). */
const RUNS = new Set(['…', '—', '⋯', '～', '·', '.'])

const IDEOGRAPHIC_SPACE = 0x3000

/** Where a white-space run ends and whether it separates paragraphs. */
function scanWhiteSpace(value: string, start: number): {end: number; breaks: boolean} {
  let end = start
  let lineBreaks = 0
  let indented = false
  while (end < value.length && charClass(value.charCodeAt(end)) === CharClass.WhiteSpace) {
    const code = value.charCodeAt(end)
    if (code === 10 || code === 13) {
      if (code === 13 && value.charCodeAt(end + 1) === 10) end++
      lineBreaks++
    } else if (code === IDEOGRAPHIC_SPACE && lineBreaks > 0) {
      indented = true
    }
    end++
  }
  return {end, breaks: lineBreaks >= 2 || indented || end === value.length}
}

const locations = new WeakMap<Root, Location>()

/** The line index a tree was parsed with (made anew for trees from elsewhere). */
export function locationOf(tree: Root, value: string): Location {
  return locations.get(tree) ?? new Location(value)
}

/** Parse `value` into an nlcst tree. */
export function parseChinese(value: string, location = new Location(value)): Root {
  const rootChildren: Root['children'] = []
  let index = 0

  if (value.length > 0 && charClass(value.charCodeAt(0)) === CharClass.WhiteSpace) {
    const {end} = scanWhiteSpace(value, 0)
    rootChildren.push(whiteSpace(value.slice(0, end), 0, end, location))
    index = end
  }

  while (index < value.length) {
    const paragraphStart = index
    const paragraphChildren: Paragraph['children'] = []
    let sentence: SentenceContent[] = []
    let sentenceStart = index
    let sentenceEnded = false
    let paragraphEnd = value.length
    let separatorEnd = value.length

    const closeSentence = (end: number): void => {
      if (sentence.length > 0) {
        paragraphChildren.push(sentenceNode(sentence, sentenceStart, end, location))
        sentence = []
      }
      sentenceEnded = false
    }

    while (index < value.length) {
      const code = value.charCodeAt(index)
      const kind = charClass(code)

      if (kind === CharClass.WhiteSpace) {
        const {end, breaks} = scanWhiteSpace(value, index)
        if (breaks) {
          paragraphEnd = index
          separatorEnd = end
          break
        }
        const node = whiteSpace(value.slice(index, end), index, end, location)
        if (sentenceEnded) {
          closeSentence(index)
          paragraphChildren.push(node)
          sentenceStart = end
        } else {
          sentence.push(node)
        }
        index = end
        continue
      }

      if (sentenceEnded && !(kind === CharClass.Punctuation && (CLOSING.has(value[index] as string) || SENTENCE_END.has(value[index] as string)))) {
        closeSentence(index)
        sentenceStart = index
      }

      let end = index + 1
      if (kind === CharClass.Word) {
        while (end < value.length && charClass(value.charCodeAt(end)) === CharClass.Word) end++
        sentence.push(word(value.slice(index, end), index, end, location))
      } else if (kind === CharClass.Punctuation) {
        const char = value[index] as string
        if (RUNS.has(char)) while (value[end] === char) end++
        sentence.push(punctuation(value.slice(index, end), index, end, location))
        if (SENTENCE_END.has(char)) sentenceEnded = true
      } else {
        sentence.push(symbol(value[index] as string, index, end, location))
      }
      index = end
    }

    closeSentence(paragraphEnd)
    rootChildren.push(paragraphNode(paragraphChildren, paragraphStart, paragraphEnd, location))

    if (separatorEnd > paragraphEnd) {
      rootChildren.push(
        whiteSpace(value.slice(paragraphEnd, separatorEnd), paragraphEnd, separatorEnd, location)
      )
    }
    index = separatorEnd
  }

  // unified asserts that the root is a plain object; its children stay lean.
  const root: Root = {type: 'RootNode', children: rootChildren, position: location.toPosition(0, value.length)}
  locations.set(root, location)
  return root
}
