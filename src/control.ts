/**
 * Turning rules off for part of a page, with a marker paragraph:
 *
 *     【copydesk disable no-duplicate-passage】
 *     …paragraphs whose repeats are intended…
 *     【copydesk enable no-duplicate-passage】
 *
 * (`[copydesk disable]` with half-width brackets works too; no rule names
 * means every rule).  Markers sit inside the copy, so they must be taken out
 * before publication: where that is a burden, turn a rule off or tune its
 * options in the configuration instead.  Built on unified-message-control.
 */
import type {Paragraph, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {messageControl} from 'unified-message-control'
import type {VFile} from 'vfile'
import {trimAll} from './chinese.js'

/** A whole paragraph that is a control marker. */
const MARKER = /^[【[]copydesk +((?:disable|enable)(?: +[a-z][a-z-]*)*) *[】\]]$/u

/** The marker a paragraph's text is, as `disable rule-a rule-b`, if it is one. */
export function controlMarker(text: string): string | undefined {
  return MARKER.exec(trimAll(text))?.[1]?.replace(/ +/g, ' ')
}

/** Drop the messages that markers turn off.  Runs after every rule. */
export function applyControlMarkers(tree: Root, file: VFile, known: string[]): void {
  messageControl(tree, {
    file,
    name: 'copydesk',
    known,
    test: 'ParagraphNode',
    marker(node) {
      const attributes = controlMarker(toString(node as Paragraph))
      return attributes === undefined ? undefined : {name: 'copydesk', attributes}
    }
  })
}
