// Numbers sorted without a comparator: a typed array sorts numerically in native code, and each
// number's rank among the sorted ones then orders whatever carries it by a counting sort.

/** `values` ascending, in a new typed array. */
export function sortedNumbers(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** First index in sorted `values` whose value is ≥ `value` (or > it when `strict`). */
export function lowerBound(values: Float64Array, value: number, strict: boolean): number {
  return lowerBoundWithin(values, value, strict, 0, values.length);
}

/** As `lowerBound`, when the index is known to lie within [low, high]. */
function lowerBoundWithin(
  values: Float64Array,
  value: number,
  strict: boolean,
  from: number,
  to: number,
): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const probe = values[middle] ?? Number.POSITIVE_INFINITY;
    if (probe < value || (strict && probe === value)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Each value's rank in `sorted` (the same values, ascending): the index of its first equal. The
 * range of values is cut into as many equal buckets as there are values, and each value is
 * searched for only among the sorted values of its bucket: a board's coordinates spread out, so
 * that is a step or two, where a binary search over them all missed the cache at every step. A
 * map from each distinct value to where it starts was slower still: every key a boxed number.
 * Values bunched into one bucket cost what a binary search costs.
 */
export function ranksIn(sorted: Float64Array, values: Float64Array): Int32Array {
  const ranks = new Int32Array(values.length);
  const count = sorted.length;
  if (count === 0) return ranks;
  const least = sorted[0] ?? 0;
  const range = (sorted[count - 1] ?? 0) - least;
  // No spread (or one too wide for a double): a single bucket, which is a binary search.
  const scale = range > 0 && Number.isFinite(range) ? count / range : 0;
  // Monotone in the value, so a bucket's sorted values lie between the starts of it and the next.
  const bucketOf = (value: number) => {
    const bucket = Math.floor((value - least) * scale);
    return bucket > 0 ? Math.min(bucket, count - 1) : 0;
  };
  const starts = new Int32Array(count + 1);
  let next = 0;
  for (let index = 0; index < count; index++) {
    const bucket = bucketOf(sorted[index] ?? 0);
    for (; next <= bucket; next++) starts[next] = index;
  }
  for (; next <= count; next++) starts[next] = count;
  for (let index = 0; index < values.length; index++) {
    // -0 and 0 are equal here, as in every comparison: both rank at the first of them.
    const value = values[index] ?? 0;
    const bucket = bucketOf(value);
    ranks[index] = lowerBoundWithin(
      sorted,
      value,
      false,
      starts[bucket] ?? 0,
      starts[bucket + 1] ?? count,
    );
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

/** Which 32-bit half of a double holds its sign and exponent, on this platform's byte order. */
const HIGH_WORD = new Uint32Array(Float64Array.of(1).buffer)[1] === 0x3ff00000 ? 1 : 0;
const DIGIT_BITS = 11;
const DIGIT_MASK = (1 << DIGIT_BITS) - 1;

/**
 * The indices of `values` ordered by value, equal values (-0 and 0 among them) in index order, as
 * `orderByRank(ranksIn(sortedNumbers(values), values))` gives them: a stable radix sort of the
 * values' bits, in six linear passes at most rather than a sort and a search per value.
 */
export function orderByValue(values: Float64Array): Int32Array {
  const count = values.length;
  // `+ 0` makes -0 the 0 it equals; NaN is never a coordinate. A loop, not `from` with a
  // function, which calls it through the generic path for every value.
  const doubles = new Float64Array(count);
  for (let index = 0; index < count; index++) doubles[index] = (values[index] ?? 0) + 0;
  const words = new Uint32Array(doubles.buffer);
  // The bits flipped so that they order as unsigned numbers the way the values order.
  const high = new Uint32Array(count);
  const low = new Uint32Array(count);
  for (let index = 0; index < count; index++) {
    const top = words[2 * index + HIGH_WORD] ?? 0;
    const bottom = words[2 * index + 1 - HIGH_WORD] ?? 0;
    const negative = top >>> 31 === 1;
    high[index] = negative ? ~top >>> 0 : (top | 0x80000000) >>> 0;
    low[index] = negative ? ~bottom >>> 0 : bottom;
  }
  let order = new Int32Array(count);
  for (let index = 0; index < count; index++) order[index] = index;
  let spare = new Int32Array(count);
  const starts = new Int32Array(DIGIT_MASK + 1);
  for (const digits of [low, high]) {
    for (let shift = 0; shift < 32; shift += DIGIT_BITS) {
      starts.fill(0);
      for (let index = 0; index < count; index++) {
        const digit = ((digits[index] ?? 0) >>> shift) & DIGIT_MASK;
        starts[digit] = (starts[digit] ?? 0) + 1;
      }
      // A digit every value shares orders nothing.
      if (count === 0 || starts[((digits[0] ?? 0) >>> shift) & DIGIT_MASK] === count) continue;
      let total = 0;
      for (let digit = 0; digit <= DIGIT_MASK; digit++) {
        const inDigit = starts[digit] ?? 0;
        starts[digit] = total;
        total += inDigit;
      }
      for (const index of order) {
        const digit = ((digits[index] ?? 0) >>> shift) & DIGIT_MASK;
        const at = starts[digit] ?? 0;
        spare[at] = index;
        starts[digit] = at + 1;
      }
      [order, spare] = [spare, order];
    }
  }
  return order;
}
