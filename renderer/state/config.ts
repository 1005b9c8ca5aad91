// The Index panel's settings: a preset's defaults, edited by the user. Pure functions so the
// rules (what a preset sets, what a build request contains, which builds a setting "belongs" to)
// are testable without React.
import type { BuildRequest, ExperimentInfo, Metric } from '../../app/contract';
import { checkFactory, expandFactory, type FactoryCheck } from '../../app/factory';
import { indexBytes } from '../../app/memory';
import { presetById, presets, type PresetId } from '../../app/presets';
import { RVC_COMPRESS_CENTROIDS, rvcCompression } from '../../app/rvc/compression';
import { DEFAULT_ALPHA, DEFAULT_NUM_EXPAND } from '../../app/rvc/defaults';
import { RVC_SAFE_K_FACTOR } from '../../app/rvc/fastScan';
import { rvcNIvf } from '../../app/rvc/nIvf';

export interface IndexConfig {
  presetId: PresetId;
  /** factory string, may contain {n} */
  factory: string;
  metric: Metric;
  nIvf: number;
  /** n_probe for IVF indexes */
  nprobe: number;
  kFactor: number;
  efSearch: number;
  /** index k-means centroids of the frames instead of every frame */
  compress: boolean;
  /** how many centroids (kept while compression is off, so switching back restores it) */
  centroids: number;
  /** α-query expansion of the database vectors */
  expand: boolean;
  numExpand: number;
  alpha: number;
  /** expand the evaluation queries the same way */
  expandQueries: boolean;
}

/** k_factor when a preset gives none: the largest value RVC's faiss 1.7.3 searches safely. */
export const DEFAULT_K_FACTOR = RVC_SAFE_K_FACTOR;
export const DEFAULT_EF_SEARCH = 64;

/** Presets that reproduce RVC, including its rule of compressing above 200 000 frames. */
const FOLLOWS_RVC_COMPRESSION: readonly PresetId[] = ['rvc', 'rvc2023'];

export const usesNIvf = (factory: string) => factory.includes('{n}');

/** What stays when the preset changes: the metric, the centroid count, the α-expansion settings. */
export type CarriedSettings = Partial<
  Pick<IndexConfig, 'metric' | 'centroids' | 'expand' | 'numExpand' | 'alpha' | 'expandQueries'>
>;

export function carriedSettings(config: IndexConfig | null): CarriedSettings {
  if (!config) return {};
  const { metric, centroids, expand, numExpand, alpha, expandQueries } = config;
  return { metric, centroids, expand, numExpand, alpha, expandQueries };
}

/** Vectors the exported index holds: every frame, or the centroids (never more than the frames). */
export function indexedVectors(
  config: Pick<IndexConfig, 'compress' | 'centroids'>,
  info: Pick<ExperimentInfo, 'n'>,
): number {
  return config.compress ? Math.min(config.centroids, info.n) : info.n;
}

/** Vectors the evaluation build trains on: the frames left after the hold-out, or their centroids. */
export function trainingVectors(
  config: Pick<IndexConfig, 'compress' | 'centroids'>,
  info: Pick<ExperimentInfo, 'n' | 'split'>,
): number {
  const frames = info.split.index_frames > 0 ? info.split.index_frames : info.n;
  return config.compress ? Math.min(config.centroids, frames) : frames;
}

export function presetConfig(
  presetId: PresetId,
  info: Pick<ExperimentInfo, 'n' | 'd'>,
  carried: CarriedSettings = {},
): IndexConfig {
  // RVC's presets compress as RVC does (N > 200 000 → 10 000 centroids); the others keep every frame
  const rvcRule = FOLLOWS_RVC_COMPRESSION.includes(presetId) ? rvcCompression(info.n) : null;
  const compress = rvcRule !== null;
  const centroids = rvcRule ?? carried.centroids ?? RVC_COMPRESS_CENTROIDS;
  const vectors = indexedVectors({ compress, centroids }, info);
  const defaults = presetById(presetId).defaults(vectors, info.d);
  return {
    presetId,
    factory: defaults.factory,
    // the metric is the user's choice across presets (all presets default to L2)
    metric: carried.metric ?? defaults.metric,
    // kept for a factory typed later with {n}: RVC's rule for what the index holds
    nIvf: defaults.nIvf ?? rvcNIvf(vectors),
    nprobe: defaults.nprobe ?? 1,
    kFactor: defaults.kFactor ?? DEFAULT_K_FACTOR,
    efSearch: defaults.efSearch ?? DEFAULT_EF_SEARCH,
    compress,
    centroids,
    expand: carried.expand ?? false,
    numExpand: carried.numExpand ?? DEFAULT_NUM_EXPAND,
    alpha: carried.alpha ?? DEFAULT_ALPHA,
    expandQueries: carried.expandQueries ?? false,
  };
}

/**
 * Switches between all frames and centroids (or changes their count). n_ivf and n_probe follow
 * the preset's rule for the new number of vectors — RVC computes n_ivf from what it indexes —
 * unless the user had moved them away from the rule.
 */
export function withFrames(
  config: IndexConfig,
  info: Pick<ExperimentInfo, 'n' | 'd'>,
  change: Partial<Pick<IndexConfig, 'compress' | 'centroids'>>,
): IndexConfig {
  const next = { ...config, ...change };
  const preset = presetById(config.presetId);
  const before = preset.defaults(indexedVectors(config, info), info.d);
  const after = preset.defaults(indexedVectors(next, info), info.d);
  if (before.nIvf !== null && after.nIvf !== null && config.nIvf === before.nIvf) next.nIvf = after.nIvf;
  if (before.nprobe !== null && after.nprobe !== null && config.nprobe === before.nprobe) next.nprobe = after.nprobe;
  return next;
}

/** The preset whose factory string is exactly this one (else custom). */
export function presetForFactory(factory: string, info: Pick<ExperimentInfo, 'n' | 'd'>, current: PresetId): PresetId {
  if (current !== 'custom' && presetById(current).defaults(info.n, info.d).factory === factory) return current;
  const match = presets.find(
    (p) => p.id !== 'custom' && p.id !== 'rvc2023' && p.defaults(info.n, info.d).factory === factory,
  );
  return match?.id ?? 'custom';
}

/** Validation as you type, with the vectors the evaluation build will train on. */
export function checkConfig(config: IndexConfig, info: Pick<ExperimentInfo, 'd' | 'split' | 'n'>): FactoryCheck {
  return checkFactory(config.factory, {
    d: info.d,
    n: trainingVectors(config, info),
    nIvf: usesNIvf(config.factory) ? config.nIvf : undefined,
    kFactor: config.kFactor,
  });
}

export function buildRequest(
  config: IndexConfig,
  check: FactoryCheck,
  info: Pick<ExperimentInfo, 'path'>,
  label: string,
  jobId: string,
): BuildRequest {
  const shape = check.shape;
  const request: BuildRequest = {
    experiment: info.path,
    factory: config.factory,
    metric: config.metric,
    hold_out: true,
    label,
    job_id: jobId,
    // always explicit: without `compress` the engine would apply RVC's rule on its own
    compress: config.compress ? { centroids: config.centroids } : null,
    expand: config.expand ? { num_expand: config.numExpand, alpha: config.alpha, queries: config.expandQueries } : null,
  };
  if (usesNIvf(config.factory)) request.n_ivf = config.nIvf;
  if (shape?.nlist != null) request.nprobe = Math.min(config.nprobe, shape.nlist);
  if (shape?.refine) request.k_factor = config.kFactor;
  if (shape?.hnsw != null) request.ef_search = config.efSearch;
  return request;
}

/** Settings that change what is built (n_probe, k_factor and efSearch are search-time only). */
export function configKey(config: IndexConfig): string {
  return JSON.stringify([
    expandFactory(config.factory, usesNIvf(config.factory) ? config.nIvf : undefined),
    config.metric,
    config.compress ? config.centroids : null,
    config.expand ? [config.numExpand, config.alpha, config.expandQueries] : null,
  ]);
}

/** "RVC (current) · 2,000 centroids · α-expanded": what a build indexed, in its label. */
export function buildLabelBase(name: string, config: Pick<IndexConfig, 'compress' | 'centroids' | 'expand'>): string {
  const parts = [name];
  if (config.compress) parts.push(`${config.centroids.toLocaleString('en-US')} centroids`);
  if (config.expand) parts.push('α-expanded');
  return parts.join(' · ');
}

/** A label for a new build that no earlier build has. */
export function uniqueLabel(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  for (let i = 2; ; i++) if (!taken.includes(`${base} #${i}`)) return `${base} #${i}`;
}

/** k_factor slider stops: fine steps up to RVC's safe 2.5, then roughly ×1.5 (all reachable by keyboard). */
export const K_FACTOR_STOPS = [1, 1.5, 2, 2.5, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64];

/**
 * Predicted size of the exported file with every frame and with the centroids, each with the
 * n_ivf that choice would use (so the numbers match RVC's own prediction for its preset).
 */
export function frameChoiceBytes(
  config: IndexConfig,
  info: Pick<ExperimentInfo, 'n' | 'd'>,
): { all: number; compressed: number } | null {
  const bytes = (compress: boolean): number | null => {
    const choice = withFrames(config, info, { compress });
    const shape = checkFactory(choice.factory, {
      d: info.d,
      nIvf: usesNIvf(choice.factory) ? choice.nIvf : undefined,
    }).shape;
    return shape ? indexBytes(shape, indexedVectors(choice, info), info.d) : null;
  };
  const all = bytes(false);
  const compressed = bytes(true);
  return all === null || compressed === null ? null : { all, compressed };
}
