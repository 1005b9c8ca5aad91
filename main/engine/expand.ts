// α-query expansion (Radenović et al.'s αQE / database-side augmentation): with
// L2-normalised vectors, replace each vector x by Σ_j max(s_j, 0)^α · y_j over its num_expand
// nearest database vectors y_j (similarity s_j = x·y_j; a database vector is its own first
// neighbour), then re-normalise. Negative similarities get weight 0 (s^α is undefined for them);
// a vector with no positively similar neighbour stays as it was.
import { l2NormalizeRows } from '../../app/dataset/normalize';
import { loadAddon } from '../native/addon';
import type { JobContext } from './jobContext';

const BATCH = 2048;

/**
 * Expands `vectors` (normalised copy returned) against `database` (normalised, n×d).
 * Exact inner-product search, in batches with progress and cancel.
 */
export function alphaExpand(
  ctx: JobContext,
  vectors: Float32Array,
  database: Float32Array,
  d: number,
  numExpand: number,
  alpha: number,
  what: string,
): Float32Array {
  const n = vectors.length / d;
  const m = Math.min(numExpand, database.length / d);
  const addon = loadAddon();
  const out = new Float32Array(vectors.length);
  for (let start = 0; start < n; start += BATCH) {
    ctx.checkCancel();
    ctx.progress('expand', start, n, `α-expansion of ${what}: ${start}/${n}`);
    const end = Math.min(n, start + BATCH);
    const { distances, labels } = addon.knn(database, vectors.subarray(start * d, end * d), d, m, 'ip');
    for (let i = 0; i < end - start; i++) {
      const row = (start + i) * d;
      let weights = 0;
      for (let j = 0; j < m; j++) {
        const label = labels[i * m + j];
        if (label < 0) continue;
        const weight = Math.max(distances[i * m + j], 0) ** alpha;
        if (weight === 0) continue;
        weights += weight;
        const source = label * d;
        for (let c = 0; c < d; c++) out[row + c] += weight * database[source + c];
      }
      // no neighbour with positive similarity: keep the vector as it was
      if (weights === 0) out.set(vectors.subarray(row, row + d), row);
    }
  }
  ctx.progress('expand', n, n, `α-expansion of ${what} done`);
  l2NormalizeRows(out, d);
  return out;
}
