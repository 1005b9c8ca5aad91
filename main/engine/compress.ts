// Dataset compression (RVC: N > 200 000 → 10 000 k-means centroids).
// RVC runs sklearn's MiniBatchKMeans (random init, mini-batches of 256·n_cpu rows). We run faiss's
// Clustering instead: full Lloyd iterations on a random subsample of at most
// k·COMPRESS_POINTS_PER_CENTROID rows. Both minimise the same k-means objective and return k
// centroids; faiss's full-batch steps reach a lower objective per iteration, the subsample and
// iteration count keep the cost in MiniBatchKMeans's range (10 000 centroids of 240k×768 frames:
// minutes, with progress and cancel).
import { message } from '../../app/messages';
import { loadAddon } from '../native/addon';
import { flopsPerMs } from './flopRate';
import type { JobContext } from './jobContext';

export const COMPRESS_ITERATIONS = 10;
export const COMPRESS_POINTS_PER_CENTROID = 16;

export function compressToCentroids(
  ctx: JobContext,
  vectors: Float32Array,
  d: number,
  centroids: number,
  seed: number,
): Float32Array {
  const n = vectors.length / d;
  if (centroids >= n) {
    ctx.warn(message('compress_skipped', { centroids, n }));
    return vectors;
  }
  const sampled = Math.min(n, centroids * COMPRESS_POINTS_PER_CENTROID);
  const flops = COMPRESS_ITERATIONS * sampled * centroids * d * 2;
  ctx.estimatedPhase('compress', 100, `k-means: ${n} vectors → ${centroids} centroids`, flops / flopsPerMs());
  return loadAddon().kmeans(vectors, d, centroids, {
    niter: COMPRESS_ITERATIONS,
    seed,
    maxPointsPerCentroid: COMPRESS_POINTS_PER_CENTROID,
  }).centroids;
}
