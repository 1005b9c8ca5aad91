// This machine's k-means speed, so training ETAs are in this machine's seconds: measured once per
// worker on a small seeded problem shaped like real training (BLAS-sized blocks), then replaced
// by what real trainings achieve.
import { seededRandom } from '../../app/random';
import { loadAddon } from '../native/addon';

/** Trainings shorter than this say more about overheads than about speed. */
const MIN_LEARNING_MS = 500;
let rate: number | null = null;

export function flopsPerMs(): number {
  if (rate !== null) return rate;
  const k = 256;
  // 39 points per centroid: below that faiss prints a warning on stderr
  const n = 40 * k;
  const d = 256;
  const niter = 2;
  const random = seededRandom(7);
  const data = new Float32Array(n * d);
  for (let i = 0; i < data.length; i++) data[i] = random();
  const start = performance.now();
  loadAddon().kmeans(data, d, k, { niter, maxPointsPerCentroid: n });
  rate = (niter * n * k * d * 2) / Math.max(performance.now() - start, 0.1);
  return rate;
}

/** Records a real training: the next estimate uses its speed. */
export function learnFlopRate(flops: number, ms: number): void {
  if (ms >= MIN_LEARNING_MS && flops > 0) rate = flops / ms;
}
