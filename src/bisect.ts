/**
 * Binary search over anything kept in order: the number of leading items for
 * which `before(index)` holds, when it holds for a prefix and fails after
 * (the first index where it fails, or `count`).
 */
export function partitionPoint(count: number, before: (index: number) => boolean): number {
  let low = 0
  let high = count
  while (low < high) {
    const middle = (low + high) >> 1
    if (before(middle)) low = middle + 1
    else high = middle
  }
  return low
}
