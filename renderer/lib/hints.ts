// Plain-language sentences next to the numbers, for hobbyists who know RVC but not faiss.
import type { ExperimentInfo, TuningPoint, UsageCost } from '../../app/contract';
import { formatBytes, formatCount, formatPercent, formatRecall } from '../../app/format';
import { FASTSCAN_HEAP_MAX_K, RVC_SAFE_K_FACTOR } from '../../app/rvc/fastScan';
import { RVC_K } from '../../app/rvc/defaults';
import { pointKey } from '../../app/tuning/settings';
import { costAt, settingsOf, type BuiltIndex, type CostView } from '../state/builds';
import type { IndexConfig } from '../state/config';

export const formatMs = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));

/** "4 ms per second of audio (offline)" / "0.3 ms per 12-frame block (0.1% of it)" */
export function costPhrase(cost: UsageCost | null): string {
  if (!cost) return 'its cost is being measured';
  if (cost.usage === 'offline')
    return `${formatMs(cost.ms_per_audio_second)} ms of search per second of audio (offline)`;
  return `${formatMs(cost.block_ms_p99)} ms per ${cost.block_frames}-frame block at worst (${formatPercent(cost.block_share ?? 0, 1)} of the block)`;
}

export function nprobeAdvice(built: BuiltIndex | null, point: TuningPoint | null, view: CostView): string {
  if (!built)
    return 'n_probe is how many lists each search looks into: RVC uses 1. Build to measure what each value finds and costs — changing it later needs no rebuild.';
  if (!point) return `Measuring n_probe ${built.nprobe} on the held-out frames…`;
  const what = point.nprobe === null ? 'This index' : `n_probe ${point.nprobe}`;
  const estimate = point.final ? '' : ' (a first estimate: the final number follows)';
  const base = `${what}: RVC finds ~${formatRecall(point.recall_at_k)} of the neighbours exact search would find${estimate}, at ${costPhrase(costAt(point, view))}.`;
  const rvc = built.points[pointKey({ ...settingsOf(built), nprobe: 1 }, RVC_K)];
  if (point.nprobe !== null && point.nprobe > 1 && rvc) {
    return `${base} RVC's default n_probe 1 finds ~${formatRecall(rvc.recall_at_k)} here.`;
  }
  return base;
}

/** "the blended features move 3.1% away from what exact search would give" */
export function blendAdvice(point: TuningPoint): string {
  return `RVC mixes the 8 neighbours it finds; with this index the mix lands ${formatPercent(point.blend_error)} away (relative) from the mix exact search would give.`;
}

/** A sentence about RVC's 200k rule and the one-click switch it offers, or null when it does not apply. */
export interface CompressionNotice {
  text: string;
  action: { label: string; change: Partial<Pick<IndexConfig, 'compress' | 'centroids'>> };
}

export function rvcCompressionNotice(
  config: Pick<IndexConfig, 'presetId' | 'compress' | 'centroids'>,
  info: Pick<ExperimentInfo, 'n' | 'compression'>,
): CompressionNotice | null {
  const rule = info.compression;
  if (!rule.rvc_would_compress) return null;
  const rvc = `N = ${formatCount(info.n)} > ${formatCount(rule.threshold)}: RVC would index ${formatCount(rule.centroids)} centroids (≈${formatBytes(rule.compressed_index_bytes)})`;
  const compressLikeRvc = {
    label: `Compress to ${formatCount(rule.centroids)} centroids as RVC does`,
    change: { compress: true, centroids: rule.centroids },
  };
  if (!config.compress) {
    const who = config.presetId === 'rvc' || config.presetId === 'rvc2023' ? 'you keep' : 'this preset keeps';
    return { text: `${rvc}; ${who} all frames (≈${formatBytes(rule.full_index_bytes)}).`, action: compressLikeRvc };
  }
  if (config.centroids === rule.centroids)
    return {
      text: rule.message,
      action: { label: `Keep all ${formatCount(info.n)} frames`, change: { compress: false } },
    };
  return { text: `${rvc}; you chose ${formatCount(config.centroids)}.`, action: compressLikeRvc };
}

/** What compression costs and saves, in a hobbyist's terms. */
export const COMPRESSION_HINT =
  'Centroids (k-means, as RVC does above 200 000 frames) shrink the file about N/K-fold and make each search cheaper, ' +
  'but k-means adds build time and detail is lost: RVC then blends averages of frames, not your frames. ' +
  'Recall here is measured against the centroids, not against your original frames.';

export const COMPRESSION_SHORT_HINT =
  'Centroids make a smaller file and faster searches, at the cost of k-means time and of blending averages instead of your frames.';

export const EXPANSION_HINT =
  'α-query expansion replaces each vector by the similarity^α-weighted sum of its num_expand nearest neighbours, then re-normalises it: ' +
  'every vector becomes unit length and distances become cosine, so it suits the inner-product metric. RVC blends the expanded vectors, not your frames. ' +
  'Expanding the queries too measures what expanded queries would find; RVC itself searches with the singer’s raw frames.';

/** "k_factor 4: FastScan hands 32 candidates …" above RVC's safe limit, else null. */
export function kFactorRisk(kFactor: number): string | null {
  if (RVC_K * kFactor <= FASTSCAN_HEAP_MAX_K) return null;
  return `k_factor ${kFactor} asks FastScan for ${RVC_K * kFactor} candidates per frame; above ${FASTSCAN_HEAP_MAX_K} (k_factor ${RVC_SAFE_K_FACTOR}) the faiss 1.7.3 RVC ships can crash on silence-heavy audio. Fine for comparing here; export ${RVC_SAFE_K_FACTOR} or less for RVC.`;
}

export const K_FACTOR_EFFECT_HINT = `k_factor 1 re-ranks nothing (the recall of the 4-bit codes alone); above ${RVC_SAFE_K_FACTOR}, RVC’s faiss 1.7.3 asks FastScan for more than ${FASTSCAN_HEAP_MAX_K} candidates and can crash on silence-heavy data (the Export panel warns).`;
