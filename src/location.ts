import type {Point, Position} from 'unist'
import {partitionPoint} from './bisect.js'

/**
 * Offsets to points and back, for one document.
 *
 * Line breaks are `\r\n`, `\n` and `\r`, as in `vfile-location`; columns and
 * offsets count UTF-16 code units, as unist does.
 */
export class Location {
  /** Offset at which each line starts. */
  readonly lineStarts: number[]
  readonly length: number

  constructor(value: string) {
    const starts = [0]
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index)
      if (code === 10) starts.push(index + 1)
      else if (code === 13) {
        if (value.charCodeAt(index + 1) === 10) index++
        starts.push(index + 1)
      }
    }
    this.lineStarts = starts
    this.length = value.length
  }

  /** The point at `offset` (clamped to the document). */
  toPoint(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.length))
    const starts = this.lineStarts
    // The last line starting at or before the offset.
    const line = partitionPoint(starts.length, (index) => (starts[index] as number) <= clamped) - 1
    return {line: line + 1, column: clamped - (starts[line] as number) + 1, offset: clamped}
  }

  /** The offset of a point, or `undefined` when it is not in the document. */
  toOffset(point: {line: number; column: number}): number | undefined {
    const start = this.lineStarts[point.line - 1]
    if (start === undefined || point.column < 1) return undefined
    const offset = start + point.column - 1
    return offset <= this.length ? offset : undefined
  }

  toPosition(start: number, end: number): Position {
    return {start: this.toPoint(start), end: this.toPoint(end)}
  }

  /** `line:column` of an offset, as messages name other places. */
  label(offset: number): string {
    const point = this.toPoint(offset)
    return `${point.line}:${point.column}`
  }
}
