// This machine's k-means speed, measured once per worker on a small seeded problem, so training
// ETAs are in this machine's seconds rather than a guess.
import { seededRandom } from '../../app/random';
import { loadAddon } from '../native/addon';

let rate: number | null = null;

export function flopsPerMs(): number {
  if (rate !== null) return rate;
  const n = 8192;
  const d = 128;
  const k = 64;
  const niter = 4;
  const random = seededRandom(7);
  const data = new Float32Array(n * d);
  for (let i = 0; i < data.length; i++) data[i] = random();
  const start = performance.now();
  loadAddon().kmeans(data, d, k, { niter, maxPointsPerCentroid: n });
  const ms = Math.max(performance.now() - start, 0.1);
  rate = (niter * n * k * d * 2) / ms;
  return rate;
}
