// Index presets: what each choice in the Index panel sets. "{n}" in a factory expands to n_ivf;
// RVC's own rules come from app/rvc.
import type { Metric } from './contract';
import { RVC_FACTORY, RVC_NPROBE } from './rvc/defaults';
import { RVC_SAFE_K_FACTOR } from './rvc/fastScan';
import { nIvfBand, rvc2023NIvf, rvc2023NProbe, rvcNIvf } from './rvc/nIvf';

// test/bench/bench.ts imports it from here
export { rvcNIvf };

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
    defaults: (n) => ({ ...base, factory: RVC_FACTORY, nIvf: rvcNIvf(n), nprobe: RVC_NPROBE }),
  },
  {
    id: 'rvc2023',
    label: 'RVC 2023',
    hint: 'RVC of April 2023: N // 39 lists and nprobe = n_ivf^0.3.',
    defaults: (n) => {
      const nIvf = rvc2023NIvf(n);
      return { ...base, factory: RVC_FACTORY, nIvf, nprobe: rvc2023NProbe(nIvf) };
    },
  },
  {
    id: 'fastscan',
    label: 'FastScan + re-rank',
    hint: '4-bit PQ FastScan codes find candidates fast, then RFlat re-ranks k·k_factor of them exactly. k_factor 1 re-ranks nothing; above 2.5 RVC’s faiss can crash on silence-heavy data.',
    defaults: (n, d) => ({
      ...base,
      factory: `IVF{n},PQ${Math.max(1, Math.floor(d / 2))}x4fs,RFlat`,
      nIvf: nIvfBand(n).middle,
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
    defaults: (n) => ({ ...base, factory: RVC_FACTORY, nIvf: rvcNIvf(n), nprobe: RVC_NPROBE }),
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
