// The Index panel's settings: a preset's defaults, edited by the user. Pure functions so the
// rules (what a preset sets, what a build request contains, which builds a setting "belongs" to)
// are testable without React.
import type { BuildRequest, ExperimentInfo, Metric } from '../../app/contract';
import { checkFactory, expandFactory, type FactoryCheck } from '../../app/factory';
import { presetById, presets, type PresetId } from '../../app/presets';

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
}

/** k_factor when a preset gives none: re-rank 8× more candidates (k_factor 1 re-ranks nothing). */
export const DEFAULT_K_FACTOR = 8;
export const DEFAULT_EF_SEARCH = 64;

export const usesNIvf = (factory: string) => factory.includes('{n}');

export function presetConfig(presetId: PresetId, info: Pick<ExperimentInfo, 'n' | 'd'>, metric: Metric = 'l2'): IndexConfig {
  const defaults = presetById(presetId).defaults(info.n, info.d);
  return {
    presetId,
    factory: defaults.factory,
    // the metric is the user's choice across presets (all presets default to L2)
    metric,
    nIvf: defaults.nIvf ?? Math.max(1, Math.floor(Math.sqrt(info.n) * 4)),
    nprobe: defaults.nprobe ?? 1,
    kFactor: defaults.kFactor ?? DEFAULT_K_FACTOR,
    efSearch: defaults.efSearch ?? DEFAULT_EF_SEARCH,
  };
}

/** The preset whose factory string is exactly this one (else custom). */
export function presetForFactory(factory: string, info: Pick<ExperimentInfo, 'n' | 'd'>, current: PresetId): PresetId {
  if (current !== 'custom' && presetById(current).defaults(info.n, info.d).factory === factory) return current;
  const match = presets.find((p) => p.id !== 'custom' && p.id !== 'rvc2023' && p.defaults(info.n, info.d).factory === factory);
  return match?.id ?? 'custom';
}

/** Validation as the user types: d and the rows the evaluation build will train on. */
export function checkConfig(config: IndexConfig, info: Pick<ExperimentInfo, 'd' | 'split' | 'n'>): FactoryCheck {
  return checkFactory(config.factory, {
    d: info.d,
    n: info.split.index_frames > 0 ? info.split.index_frames : info.n,
    nIvf: usesNIvf(config.factory) ? config.nIvf : undefined,
    metric: config.metric,
    kFactor: config.kFactor,
  });
}

export function buildRequest(config: IndexConfig, check: FactoryCheck, info: Pick<ExperimentInfo, 'path'>, label: string, jobId: string): BuildRequest {
  const shape = check.shape;
  const request: BuildRequest = { experiment: info.path, factory: config.factory, metric: config.metric, hold_out: true, label, job_id: jobId };
  if (usesNIvf(config.factory)) request.n_ivf = config.nIvf;
  if (shape?.nlist != null) request.nprobe = Math.min(config.nprobe, shape.nlist);
  if (shape?.refine) request.k_factor = config.kFactor;
  if (shape?.hnsw != null) request.ef_search = config.efSearch;
  return request;
}

/** Settings that change what is built (n_probe and k_factor are search-time only). */
export function configKey(config: IndexConfig): string {
  return JSON.stringify([expandFactory(config.factory, usesNIvf(config.factory) ? config.nIvf : undefined), config.metric, config.factory.includes('HNSW') ? config.efSearch : null]);
}

/** A label for a new build that no earlier build has. */
export function uniqueLabel(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  for (let i = 2; ; i++) if (!taken.includes(`${base} #${i}`)) return `${base} #${i}`;
}
