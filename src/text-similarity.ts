/**
 * Near-duplicate text: fingerprints to find candidate pairs in linear time,
 * and a bounded diff to verify them.
 *
 * - `winnow` picks fingerprints of character k-grams by winnowing
 *   (Schleimer, Wilkerson and Aiken, 2003): two texts that share a run of at
 *   least `k + window - 1` characters share at least one fingerprint.
 * - `similarity` is the Dice coefficient of the longest common subsequence,
 *   `2 * LCS / (a.length + b.length)`, computed with Myers' O((N+M)D) diff
 *   and abandoned as soon as it cannot reach the threshold, so a verified
 *   pair costs little more than reading both texts.
 */

let scratch = new Int32Array(256)

/**
 * Fingerprints (32-bit k-gram hashes) chosen by winnowing, in text order.
 * A fingerprint may repeat when the text repeats a k-gram.
 */
export function winnow(text: string, k = 5, window = 4): number[] {
  const count = text.length - k + 1
  if (count <= 0) return text.length > 0 ? [hashGram(text, 0, text.length)] : []
  if (scratch.length < count) scratch = new Int32Array(count * 2)
  const hashes = scratch
  // Polynomial rolling hash modulo 2^32, then mixed so that minima are spread.
  let power = 1
  for (let index = 1; index < k; index++) power = Math.imul(power, BASE)
  let rolling = 0
  for (let index = 0; index < k; index++) rolling = (Math.imul(rolling, BASE) + text.charCodeAt(index)) | 0
  hashes[0] = mix(rolling)
  for (let index = 1; index < count; index++) {
    rolling = (Math.imul(rolling - Math.imul(text.charCodeAt(index - 1), power), BASE) + text.charCodeAt(index + k - 1)) | 0
    hashes[index] = mix(rolling)
  }
  const chosen: number[] = []
  if (count <= window) {
    let min = hashes[0] as number
    for (let index = 1; index < count; index++) min = Math.min(min, hashes[index] as number)
    chosen.push(min)
    return chosen
  }
  let last = -1
  for (let start = 0; start + window <= count; start++) {
    // Rightmost minimum of the window.
    let best = start
    for (let index = start + 1; index < start + window; index++) {
      if ((hashes[index] as number) <= (hashes[best] as number)) best = index
    }
    if (best !== last) {
      chosen.push(hashes[best] as number)
      last = best
    }
  }
  return chosen
}

const BASE = 0x01000193

function hashGram(text: string, start: number, length: number): number {
  let hash = 0
  for (let index = start; index < start + length; index++) hash = (Math.imul(hash, BASE) + text.charCodeAt(index)) | 0
  return mix(hash)
}

/** A 32-bit finaliser (murmur3 fmix32). */
function mix(value: number): number {
  let hash = value ^ (value >>> 16)
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  return hash ^ (hash >>> 16)
}

/**
 * Dice similarity of the longest common subsequence of `a` and `b`
 * (1 for equal texts, 0 for texts with nothing in common), or 0 when it is
 * below `threshold` (the computation stops as soon as that is certain).
 */
export function similarity(a: string, b: string, threshold = 0): number {
  const n = a.length
  const m = b.length
  if (n + m === 0) return 1
  // D = n + m - 2·LCS edit steps (insertions and deletions) at most.
  const maxD = Math.floor((1 - threshold) * (n + m))
  if (Math.abs(n - m) > maxD) return 0
  const offset = maxD + 1
  const v = new Int32Array(2 * maxD + 3)
  for (let d = 0; d <= maxD; d++) {
    for (let k = -d; k <= d; k += 2) {
      const x = extend(a, b, v, offset, k, d)
      if (x >= n && x - k >= m) return 1 - d / (n + m)
    }
  }
  return 0
}

/**
 * Whether Myers' furthest path on diagonal `k` after `d` edits comes from
 * diagonal `k + 1` (a character of `b` inserted) rather than from `k - 1` (a
 * character of `a` deleted).  `v` holds the furthest x of each diagonal after
 * `d - 1` edits, shifted by `offset`.
 */
function fromAbove(v: Int32Array, offset: number, k: number, d: number): boolean {
  return k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number))
}

/** One step of Myers' diff on diagonal `k`: the furthest x after `d` edits, run on over equal characters and stored in `v`. */
function extend(a: string, b: string, v: Int32Array, offset: number, k: number, d: number): number {
  let x = fromAbove(v, offset, k, d) ? (v[offset + k + 1] as number) : (v[offset + k - 1] as number) + 1
  let y = x - k
  while (x < a.length && y < b.length && a.charCodeAt(x) === b.charCodeAt(y)) {
    x++
    y++
  }
  v[offset + k] = x
  return x
}

/** How alike two passages are, by default, to count as one text printed twice (`similarity` reaches it). */
export const NEAR_COPY_SIMILARITY = 0.9
/** Characters of text from which a passage counts as a near copy on its own: a changed character in a short sentence usually makes another statement. */
export const NEAR_COPY_MIN_CHARS = 20

/** A stretch where two texts differ: `a.slice(aStart, aEnd)` stands where `b` has `b.slice(bStart, bEnd)`. */
export interface Difference {
  aStart: number
  aEnd: number
  bStart: number
  bEnd: number
}

/**
 * The stretches where `a` and `b` differ (a shortest edit script, adjacent
 * insertions and deletions merged into one change), or `undefined` when more
 * than `maxEdits` characters must be inserted or deleted.  Myers' diff keeps
 * one frontier per edit step, so the cost is O((N+M)·D) time and O(D²) memory
 * for D edits: cheap for the near copies it is meant for.
 */
export function differences(a: string, b: string, maxEdits: number): Difference[] | undefined {
  const n = a.length
  const m = b.length
  if (Math.abs(n - m) > maxEdits) return undefined
  const offset = maxEdits + 1
  const trace: Int32Array[] = []
  let v = new Int32Array(2 * maxEdits + 3)
  let steps = -1
  search: for (let d = 0; d <= maxEdits; d++) {
    for (let k = -d; k <= d; k += 2) {
      const x = extend(a, b, v, offset, k, d)
      if (x >= n && x - k >= m) {
        trace.push(v)
        steps = d
        break search
      }
    }
    trace.push(v)
    v = v.slice()
  }
  if (steps === -1) return undefined
  // Walk the frontiers back from the end: each step is one deletion (from a) or one insertion (from b).
  const edits: Array<{x: number; y: number; deletion: boolean}> = []
  let x = n
  let y = m
  for (let d = steps; d > 0; d--) {
    const previous = trace[d - 1] as Int32Array
    const k = x - y
    const down = fromAbove(previous, offset, k, d)
    const previousK = down ? k + 1 : k - 1
    const previousX = previous[offset + previousK] as number
    const previousY = previousX - previousK
    // The edit moved from (previousX, previousY) one step, then a snake of equal characters led to (x, y).
    edits.push({x: previousX, y: previousY, deletion: !down})
    x = previousX
    y = previousY
  }
  edits.reverse()
  const found: Difference[] = []
  for (const edit of edits) {
    const last = found[found.length - 1]
    const aEnd = edit.deletion ? edit.x + 1 : edit.x
    const bEnd = edit.deletion ? edit.y : edit.y + 1
    if (last && last.aEnd === edit.x && last.bEnd === edit.y) {
      last.aEnd = aEnd
      last.bEnd = bEnd
    } else found.push({aStart: edit.x, aEnd, bStart: edit.y, bEnd})
  }
  return found
}

/**
 * An inverted index from fingerprints to the items (numbers, added in
 * increasing order) that contain them, in typed arrays: millions of
 * fingerprints cost a few megabytes and no garbage.  A fingerprint found in
 * more than `cap` items stops collecting them: it is a formula, not evidence.
 */
export class FingerprintIndex {
  readonly cap: number
  #keys: Int32Array
  #heads: Int32Array
  #sizes: Int32Array
  #mask: number
  #used = 0
  #items: Int32Array
  #next: Int32Array
  #entries = 0

  constructor(cap: number, expected = 1024) {
    this.cap = cap
    let capacity = 1024
    while (capacity < expected * 2) capacity *= 2
    this.#mask = capacity - 1
    this.#keys = new Int32Array(capacity)
    this.#heads = new Int32Array(capacity).fill(-1)
    this.#sizes = new Int32Array(capacity)
    this.#items = new Int32Array(capacity)
    this.#next = new Int32Array(capacity)
  }

  /** Slot of a fingerprint, or -1-(free slot) when absent. */
  #find(print: number): number {
    let slot = Math.imul(print, 0x9e3779b1) >>> 0
    for (;;) {
      slot &= this.#mask
      if ((this.#heads[slot] as number) === -1) return -1 - slot
      if ((this.#keys[slot] as number) === print) return slot
      slot++
    }
  }

  /** Call `visit` with each item holding `print`, newest first, unless the fingerprint is over the cap. */
  forEach(print: number, visit: (item: number) => void): void {
    const slot = this.#find(print)
    if (slot < 0 || (this.#sizes[slot] as number) > this.cap) return
    for (let entry = this.#heads[slot] as number; entry !== -1; entry = this.#next[entry] as number) visit(this.#items[entry] as number)
  }

  add(print: number, item: number): void {
    let slot = this.#find(print)
    if (slot < 0) {
      if ((this.#used + 1) * 2 > this.#keys.length) {
        this.#grow()
        slot = this.#find(print)
      }
      slot = -1 - slot
      this.#keys[slot] = print
      this.#used++
    } else {
      if ((this.#sizes[slot] as number) > this.cap) return
      if ((this.#items[this.#heads[slot] as number] as number) === item) return
    }
    if (this.#entries === this.#items.length) {
      const items = new Int32Array(this.#items.length * 2)
      items.set(this.#items)
      this.#items = items
      const next = new Int32Array(this.#next.length * 2)
      next.set(this.#next)
      this.#next = next
    }
    const entry = this.#entries++
    this.#items[entry] = item
    this.#next[entry] = this.#heads[slot] as number
    this.#heads[slot] = entry
    this.#sizes[slot] = (this.#sizes[slot] as number) + 1
  }

  #grow(): void {
    const keys = this.#keys
    const heads = this.#heads
    const sizes = this.#sizes
    const capacity = keys.length * 2
    this.#mask = capacity - 1
    this.#keys = new Int32Array(capacity)
    this.#heads = new Int32Array(capacity).fill(-1)
    this.#sizes = new Int32Array(capacity)
    for (let slot = 0; slot < keys.length; slot++) {
      if ((heads[slot] as number) === -1) continue
      const free = -1 - this.#find(keys[slot] as number)
      this.#keys[free] = keys[slot] as number
      this.#heads[free] = heads[slot] as number
      this.#sizes[free] = sizes[slot] as number
    }
  }
}
