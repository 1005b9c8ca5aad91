// Plain-language sentences next to the numbers, for hobbyists who know RVC but not faiss.
import type { ExperimentInfo, TuningPoint, UsageCost } from '../../app/contract';
import { FASTSCAN_HEAP_MAX_K, RVC_SAFE_K_FACTOR } from '../../app/rvc/fastScan';
import { RVC_K } from '../../app/rvc/defaults';
import { pointKey } from '../../app/tuning/settings';
import type { I18n } from '../i18n/i18n';
import { costAt, settingsOf, type BuiltIndex, type CostView } from '../state/builds';
import type { IndexConfig } from '../state/config';

/** "4 ms per second of audio (offline)" / "0.3 ms per 12-frame block (0.1% of it)" */
export function costPhrase(i18n: I18n, cost: UsageCost | null): string {
  if (!cost) return i18n.t('hint.costMeasuring');
  if (cost.usage === 'offline') return i18n.t('hint.costOffline', { ms: i18n.ms(cost.ms_per_audio_second) });
  return i18n.t('hint.costRealtime', {
    ms: i18n.ms(cost.block_ms_p99),
    frames: cost.block_frames,
    share: i18n.percent(cost.block_share ?? 0, 1),
  });
}

export function nprobeAdvice(i18n: I18n, built: BuiltIndex | null, point: TuningPoint | null, view: CostView): string {
  if (!built) return i18n.t('hint.nprobeUnbuilt');
  if (!point) return i18n.t('hint.nprobeMeasuring', { nprobe: built.nprobe ?? '' });
  const what = point.nprobe === null ? i18n.t('hint.thisIndex') : i18n.t('hint.atNprobe', { nprobe: point.nprobe });
  const base = i18n.t('hint.finds', {
    what,
    recall: i18n.recall(point.recall_at_k),
    estimate: point.final ? 'no' : 'yes',
    cost: costPhrase(i18n, costAt(point, view)),
  });
  const rvc = built.points[pointKey({ ...settingsOf(built), nprobe: 1 }, RVC_K)];
  if (point.nprobe !== null && point.nprobe > 1 && rvc)
    return `${base} ${i18n.t('hint.rvcDefault', { recall: i18n.recall(rvc.recall_at_k) })}`;
  return base;
}

/** "the blended features move 3.1% away from what exact search would give" */
export const blendAdvice = (i18n: I18n, point: TuningPoint): string =>
  i18n.t('hint.blend', { error: i18n.percent(point.blend_error) });

/** A sentence about RVC's 200k rule and the one-click switch it offers, or null when it does not apply. */
export interface CompressionNotice {
  text: string;
  action: { label: string; change: Partial<Pick<IndexConfig, 'compress' | 'centroids'>> };
}

export function rvcCompressionNotice(
  i18n: I18n,
  config: Pick<IndexConfig, 'presetId' | 'compress' | 'centroids'>,
  info: Pick<ExperimentInfo, 'n' | 'compression'>,
): CompressionNotice | null {
  const rule = info.compression;
  if (!rule.rvc_would_compress) return null;
  const rvc = i18n.t('frames.rvcRule', {
    n: i18n.count(info.n),
    threshold: i18n.count(rule.threshold),
    centroids: i18n.count(rule.centroids),
    compressed: i18n.bytes(rule.compressed_index_bytes),
  });
  const compressLikeRvc = {
    label: i18n.t('frames.compressLikeRvc', { centroids: i18n.count(rule.centroids) }),
    change: { compress: true, centroids: rule.centroids },
  };
  if (!config.compress) {
    const rvcPreset = config.presetId === 'rvc' || config.presetId === 'rvc2023';
    return {
      text: i18n.t(rvcPreset ? 'frames.youKeep' : 'frames.presetKeeps', {
        rule: rvc,
        full: i18n.bytes(rule.full_index_bytes),
      }),
      action: compressLikeRvc,
    };
  }
  if (config.centroids === rule.centroids)
    return {
      text: compressionRule(i18n, info),
      action: { label: i18n.t('frames.keepAll', { n: i18n.count(info.n) }), change: { compress: false } },
    };
  return {
    text: i18n.t('frames.youChose', { rule: rvc, centroids: i18n.count(config.centroids) }),
    action: compressLikeRvc,
  };
}

/** RVC's 200 000-frame rule for this experiment, said from its numbers. */
export function compressionRule(i18n: I18n, info: Pick<ExperimentInfo, 'n' | 'compression'>): string {
  const rule = info.compression;
  const values = {
    n: i18n.count(info.n),
    threshold: i18n.count(rule.threshold),
    centroids: i18n.count(rule.centroids),
    compressed: i18n.bytes(rule.compressed_index_bytes),
    full: i18n.bytes(rule.full_index_bytes),
  };
  return i18n.t(rule.rvc_would_compress ? 'experiment.rvcCompresses' : 'experiment.rvcKeepsAll', values);
}

/** "k_factor 4: FastScan hands 32 candidates …" above RVC's safe limit, else null. */
export function kFactorRisk(i18n: I18n, kFactor: number): string | null {
  if (RVC_K * kFactor <= FASTSCAN_HEAP_MAX_K) return null;
  return i18n.t('hint.kfactorRisk', {
    kFactor,
    candidates: RVC_K * kFactor,
    max: FASTSCAN_HEAP_MAX_K,
    safe: RVC_SAFE_K_FACTOR,
  });
}

export const kFactorEffectHint = (i18n: I18n) =>
  i18n.t('hint.kfactorEffect', { safe: RVC_SAFE_K_FACTOR, max: FASTSCAN_HEAP_MAX_K });
