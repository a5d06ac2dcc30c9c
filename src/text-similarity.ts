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

/** Fingerprints (32-bit k-gram hashes) chosen by winnowing, without repeats. */
export function winnow(text: string, k = 5, window = 4): number[] {
  const count = text.length - k + 1
  if (count <= 0) return text.length > 0 ? [hashGram(text, 0, text.length)] : []
  const hashes = new Int32Array(count)
  for (let index = 0; index < count; index++) hashes[index] = hashGram(text, index, k)
  const chosen: number[] = []
  const seen = new Set<number>()
  const take = (value: number): void => {
    if (!seen.has(value)) {
      seen.add(value)
      chosen.push(value)
    }
  }
  if (count <= window) {
    let min = hashes[0] as number
    for (let index = 1; index < count; index++) min = Math.min(min, hashes[index] as number)
    take(min)
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
      take(hashes[best] as number)
      last = best
    }
  }
  return chosen
}

function hashGram(text: string, start: number, length: number): number {
  let hash = 0x811c9dc5 | 0
  for (let index = start; index < start + length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
  }
  return hash
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
      let x: number
      if (k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number))) x = v[offset + k + 1] as number
      else x = (v[offset + k - 1] as number) + 1
      let y = x - k
      while (x < n && y < m && a.charCodeAt(x) === b.charCodeAt(y)) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) return 1 - d / (n + m)
    }
  }
  return 0
}
