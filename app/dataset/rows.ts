// Row ranges and row gathering over a row-major [n, d] Float32Array (the loaded features).

/** Rows [start, end). */
export interface RowRange {
  start: number;
  end: number;
}

export const rangeRows = (ranges: readonly RowRange[]) =>
  ranges.reduce((sum, range) => sum + range.end - range.start, 0);

/** The rows of [0, n) outside `ranges` (which must be sorted and disjoint), as ranges. */
export function complementRanges(n: number, ranges: readonly RowRange[]): RowRange[] {
  const out: RowRange[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start > at) out.push({ start: at, end: range.start });
    at = Math.max(at, range.end);
  }
  if (at < n) out.push({ start: at, end: n });
  return out;
}

/** A new [rows.length, d] matrix (of the same kind) holding the given rows. */
export function gatherRows<T extends Float32Array | Float64Array | Int32Array>(
  vectors: T,
  d: number,
  rows: ArrayLike<number>,
): T {
  const out = new (vectors.constructor as new (length: number) => T)(rows.length * d);
  for (let i = 0; i < rows.length; i++) out.set(vectors.subarray(rows[i] * d, (rows[i] + 1) * d), i * d);
  return out;
}

/** A new matrix holding the rows of `ranges`, in order. */
export function gatherRanges(vectors: Float32Array, d: number, ranges: readonly RowRange[]): Float32Array {
  const out = new Float32Array(rangeRows(ranges) * d);
  let at = 0;
  for (const { start, end } of ranges) {
    out.set(vectors.subarray(start * d, end * d), at);
    at += (end - start) * d;
  }
  return out;
}
