// Plain-language sentences next to the numbers, for hobbyists who know RVC but not faiss.
import type { EvalPoint } from '../../app/contract';
import { formatPercent, formatRecall, nprobeHint } from '../../app/format';
import { pointKey, type BuiltIndex } from '../state/builds';

export function nprobeAdvice(built: BuiltIndex | null, point: EvalPoint | null): string {
  if (!built) return 'n_probe is how many lists each search looks into: RVC uses 1. Build to measure what each value finds and costs — changing it later needs no rebuild.';
  if (!point) return `Measuring n_probe ${built.nprobe} on ${built.queries || 'the'} held-out frames…`;
  const base = nprobeHint(point.nprobe, point.recall_at_k, point.ms_per_audio_second);
  const rvc = built.points[pointKey(1, built.kFactor)];
  if (point.nprobe !== null && point.nprobe > 1 && rvc) {
    return `${base} RVC's default n_probe 1 finds ~${formatRecall(rvc.recall_at_k)} here.`;
  }
  return base;
}

/** "the blended features move 3.1% away from what exact search would give" */
export function blendAdvice(point: EvalPoint): string {
  return `RVC mixes the 8 neighbours it finds; with this index the mix lands ${formatPercent(point.blend_error)} away (relative) from the mix exact search would give.`;
}
