import { seededRandom } from '../../app/random';

/** n×d uniform random vectors in [0, 1), seeded. */
export function randomVectors(n: number, d: number, seed = 1): Float32Array {
  const random = seededRandom(seed);
  const out = new Float32Array(n * d);
  for (let i = 0; i < out.length; i++) out[i] = random();
  return out;
}
