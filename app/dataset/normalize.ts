// Metric preparation: cosine similarity is inner product on L2-normalised
// vectors, so an "ip" build normalises the database and the queries the same way first.

/** Default guard against division by zero: rows with norm below it are divided by eps instead. */
export const NORMALIZE_EPS = 1e-9;

/** In place: each row x of the row-major [n, d] matrix becomes x / max(‖x‖, eps). */
export function l2NormalizeRows(vectors: Float32Array, d: number, eps = NORMALIZE_EPS): void {
  if (!Number.isInteger(d) || d <= 0 || vectors.length % d !== 0) {
    throw new Error(`l2NormalizeRows: ${vectors.length} values do not form rows of width ${d}`);
  }
  for (let start = 0; start < vectors.length; start += d) {
    let squares = 0;
    for (let j = 0; j < d; j++) squares += vectors[start + j] * vectors[start + j];
    const scale = 1 / Math.max(Math.sqrt(squares), eps);
    for (let j = 0; j < d; j++) vectors[start + j] *= scale;
  }
}

/** Normalised copy, for callers that still need the original rows. */
export function l2NormalizedCopy(vectors: Float32Array, d: number, eps = NORMALIZE_EPS): Float32Array {
  const copy = vectors.slice();
  l2NormalizeRows(copy, d, eps);
  return copy;
}
