// n_ivf, the number of IVF lists: RVC's formulas (today's and April 2023's) and faiss's guideline
// band (4·√N to 16·√N), never above faiss's N // 39 (fewer training points per list and faiss
// warns; lists get noisy).
import { maxListsFor } from '../factory';

/** faiss's guideline: n_ivf between BAND_LOW·√N and BAND_HIGH·√N */
export const BAND_LOW = 4;
export const BAND_HIGH = 16;

const sqrtLists = (factor: number, n: number) => Math.floor(factor * Math.sqrt(n));

/** RVC today: n_ivf = max(1, min(int(16·√N), N // 39)) */
export const rvcNIvf = (n: number) => Math.max(1, Math.min(sqrtLists(BAND_HIGH, n), maxListsFor(n)));
/** RVC of April 2023: n_ivf = N // 39, nprobe = int(n_ivf ** 0.3) */
export const rvc2023NIvf = maxListsFor;
export const rvc2023NProbe = (nIvf: number) => Math.max(1, Math.floor(nIvf ** 0.3));

export interface NIvfBand {
  low: number;
  high: number;
  /** the geometric middle, 8·√N */
  middle: number;
  /** N // 39 */
  max: number;
  /** N // 39 cut the band short */
  capped: boolean;
  /** the n_ivf slider's end: 32·√N (at least N // 39, at most N) */
  sliderMax: number;
}

/** faiss's guideline band for n_ivf: 4·√N to 16·√N (never more lists than N // 39). */
export function nIvfBand(n: number): NIvfBand {
  const max = maxListsFor(n);
  const within = (factor: number) => Math.max(1, Math.min(max, sqrtLists(factor, n)));
  return {
    low: within(BAND_LOW),
    high: within(BAND_HIGH),
    middle: within(Math.sqrt(BAND_LOW * BAND_HIGH)),
    max,
    capped: max < sqrtLists(BAND_HIGH, n),
    sliderMax: Math.max(2, Math.min(n, Math.max(max, sqrtLists(2 * BAND_HIGH, n)))),
  };
}
