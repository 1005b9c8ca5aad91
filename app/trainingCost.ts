// A floating-point-operation model of index training, so a build can show an ETA while faiss
// trains inside one native call. Multiplied by a rate the worker measures on this machine.
import { MAX_POINTS_PER_CENTROID } from './factory';
import type { FactoryShape } from './factory';

const KMEANS_ITERATIONS = 25; // faiss's ClusteringParameters.niter
const OPQ_ITERATIONS = 50;

const kmeansFlops = (n: number, k: number, d: number) =>
  KMEANS_ITERATIONS * Math.min(n, MAX_POINTS_PER_CENTROID * k) * k * d * 2;

export function trainingFlops(shape: FactoryShape, n: number, d: number): number {
  let flops = 0;
  for (const transform of shape.transforms) {
    if (/^OPQ/.test(transform)) {
      const m = Number(/^OPQ(\d+)/.exec(transform)?.[1] ?? 1);
      // each OPQ iteration re-trains a small PQ (4 k-means iterations) and an SVD
      flops +=
        OPQ_ITERATIONS *
        ((4 / KMEANS_ITERATIONS) * m * kmeansFlops(Math.min(n, 65536), 256, d / m) + Math.min(n, 65536) * d * d * 2);
    } else if (/^(PCA|RR)/.test(transform)) flops += n * d * d * 2;
  }
  if (shape.nlist !== null) flops += kmeansFlops(n, shape.nlist, shape.innerD);
  if (shape.pq) flops += shape.pq.m * kmeansFlops(n, 2 ** shape.pq.nbits, shape.innerD / shape.pq.m);
  return flops;
}
