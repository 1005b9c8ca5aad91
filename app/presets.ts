// Index presets. "{n}" in a factory expands to n_ivf.
import type { Metric } from './contract';
import { MIN_POINTS_PER_CENTROID } from './factory';

/** RVC's threshold above which it indexes k-means centroids instead of frames */
export const RVC_COMPRESS_THRESHOLD = 200_000;
export const RVC_COMPRESS_CENTROIDS = 10_000;

/** RVC's rule: above the threshold it indexes k-means centroids of the frames instead. */
export const rvcCompression = (n: number): number | null =>
  n > RVC_COMPRESS_THRESHOLD ? RVC_COMPRESS_CENTROIDS : null;

/**
 * RFlat's k_factor when none is given. RVC searches k = 8, so RFlat asks FastScan for 8·k_factor
 * candidates; above 20 faiss 1.7.3 (which RVC pins) switches to a top-k that can abort on tied
 * distances. 2.5 is the largest safe value (measured on the 30k sample at n_probe 16, recall@8:
 * k_factor 1 → 0.72, 2 → 0.93, 2.5 → 0.965, 4 → 0.994, 8 → 0.999).
 */
export const RVC_SAFE_K_FACTOR = 2.5;
/** RVC's neighbours per frame */
export const RVC_K = 8;
/** faiss's FastScan keeps a heap top-k up to this many results, a reservoir above */
export const FASTSCAN_HEAP_MAX_K = 20;

/** RVC today: n_ivf = max(1, min(int(16·√N), N // 39)) */
export const rvcNIvf = (n: number) =>
  Math.max(1, Math.min(Math.floor(16 * Math.sqrt(n)), Math.floor(n / MIN_POINTS_PER_CENTROID)));
/** RVC of April 2023: n_ivf = N // 39, nprobe = int(n_ivf ** 0.3) */
export const rvc2023NIvf = (n: number) => Math.max(1, Math.floor(n / MIN_POINTS_PER_CENTROID));
export const rvc2023NProbe = (nIvf: number) => Math.max(1, Math.floor(nIvf ** 0.3));

/** faiss's guideline band for n_ivf: 4·√N to 16·√N (never more lists than N // 39). */
export function nIvfBand(n: number): { low: number; high: number; max: number } {
  const max = Math.max(1, Math.floor(n / MIN_POINTS_PER_CENTROID));
  return {
    low: Math.max(1, Math.min(max, Math.floor(4 * Math.sqrt(n)))),
    high: Math.max(1, Math.min(max, Math.floor(16 * Math.sqrt(n)))),
    max,
  };
}

export type PresetId = 'rvc' | 'rvc2023' | 'fastscan' | 'hnsw32' | 'sq8' | 'flat' | 'custom';

export interface PresetDefaults {
  factory: string;
  metric: Metric;
  /** null when the factory has no {n} */
  nIvf: number | null;
  nprobe: number | null;
  kFactor: number | null;
  efSearch: number | null;
}

export interface Preset {
  id: PresetId;
  label: string;
  hint: string;
  defaults(n: number, d: number): PresetDefaults;
}

const base = { metric: 'l2' as Metric, kFactor: null, efSearch: null };

export const presets: Preset[] = [
  {
    id: 'rvc',
    label: 'RVC (current)',
    hint: "What RVC's 'train index' button builds today: IVF with nprobe 1 (about 70% of the exact neighbours).",
    defaults: (n) => ({ ...base, factory: 'IVF{n},Flat', nIvf: rvcNIvf(n), nprobe: 1 }),
  },
  {
    id: 'rvc2023',
    label: 'RVC 2023',
    hint: 'RVC of April 2023: N // 39 lists and nprobe = n_ivf^0.3.',
    defaults: (n) => {
      const nIvf = rvc2023NIvf(n);
      return { ...base, factory: 'IVF{n},Flat', nIvf, nprobe: rvc2023NProbe(nIvf) };
    },
  },
  {
    id: 'fastscan',
    label: 'FastScan + re-rank',
    hint: '4-bit PQ FastScan codes find candidates fast, then RFlat re-ranks k·k_factor of them exactly. k_factor 1 re-ranks nothing; above 2.5 RVC’s faiss can crash on silence-heavy data.',
    defaults: (n, d) => ({
      ...base,
      factory: `IVF{n},PQ${Math.max(1, Math.floor(d / 2))}x4fs,RFlat`,
      // the middle of the 4√N–16√N band
      nIvf: Math.max(1, Math.min(nIvfBand(n).max, Math.floor(8 * Math.sqrt(n)))),
      nprobe: 16,
      kFactor: RVC_SAFE_K_FACTOR,
    }),
  },
  {
    id: 'hnsw32',
    label: 'HNSW32',
    hint: 'A graph index: no training, fast and accurate, but larger and slower to build.',
    defaults: () => ({ ...base, factory: 'HNSW32', nIvf: null, nprobe: null, efSearch: 64 }),
  },
  {
    id: 'sq8',
    label: 'SQ8',
    hint: 'IVF with 8-bit scalar-quantised vectors: a quarter of the size, nearly the same neighbours.',
    defaults: (n) => ({ ...base, factory: 'IVF{n},SQ8', nIvf: rvcNIvf(n), nprobe: 8 }),
  },
  {
    id: 'flat',
    label: 'Exact (Flat)',
    hint: 'Exact search over every frame: 100% recall, slowest per query.',
    defaults: () => ({ ...base, factory: 'Flat', nIvf: null, nprobe: null }),
  },
  {
    id: 'custom',
    label: 'Custom',
    hint: 'Any faiss factory string; {n} stands for n_ivf.',
    defaults: (n) => ({ ...base, factory: 'IVF{n},Flat', nIvf: rvcNIvf(n), nprobe: 1 }),
  },
];

export const presetById = (id: PresetId): Preset => presets.find((p) => p.id === id) ?? presets[0];

/** n_probe sweep: 1, 2, 4, ... up to nlist (always including nlist). */
export function nprobeSweep(nlist: number): number[] {
  const points: number[] = [];
  for (let p = 1; p < nlist; p *= 2) points.push(p);
  points.push(nlist);
  return points;
}
