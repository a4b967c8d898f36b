// Numbers sorted without a comparator: a typed array sorts numerically in native code, and each
// number's rank among the sorted ones then orders whatever carries it by a counting sort.

/** `values` ascending, in a new typed array. */
export function sortedNumbers(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** First index in sorted `values` whose value is ≥ `value` (or > it when `strict`). */
export function lowerBound(values: Float64Array, value: number, strict: boolean): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const probe = values[middle] ?? Number.POSITIVE_INFINITY;
    if (probe < value || (strict && probe === value)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Each value's rank in `sorted` (the same values, ascending): the index of its first equal, by
 * binary search. A map from each distinct value to where it starts was slower: every key a
 * boxed number, and at 100,000 points a table too large for the cache.
 */
export function ranksIn(sorted: Float64Array, values: Float64Array): Int32Array {
  const ranks = new Int32Array(values.length);
  for (let index = 0; index < values.length; index++) {
    // -0 and 0 are equal here, as in every comparison: both rank at the first of them.
    ranks[index] = lowerBound(sorted, values[index] ?? 0, false);
  }
  return ranks;
}

/**
 * The indices of `ranks` ordered by rank, equal ranks in index order: a counting sort, as the
 * values sharing a rank fill the run of slots that starts at it.
 */
export function orderByRank(ranks: Int32Array): Int32Array {
  const filled = new Int32Array(ranks.length);
  const order = new Int32Array(ranks.length);
  ranks.forEach((rank, index) => {
    const taken = filled[rank] ?? 0;
    order[rank + taken] = index;
    filled[rank] = taken + 1;
  });
  return order;
}
