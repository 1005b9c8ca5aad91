// What an index costs the way RVC pays it (docs/ARCHITECTURE.md, "How the numbers are made").
// RVC never searches one frame at a time:
// - offline conversion searches every frame of a segment in one call (its pipeline runs
//   `index.search(feats, k=8)` per segment; long audio is cut into segments of x_center = 60 s,
//   each with x_pad = 3 s of context on both sides: 66 s = 3300 frames per call);
// - realtime voice changers search one block of new frames per call (block 0.1–1 s).
// The cost of a usage is the time of those calls, per second of audio; single-frame calls stay
// available as a detail. Every time here is a measured faiss call on this machine.
import type { EvalPoint, TuningPoint, UsageCost } from './contract';
import { percentile } from './evaluation';
import { FRAMES_PER_SECOND } from './rvc/defaults';

export type Usage = 'offline' | 'realtime';
export const USAGES: readonly Usage[] = ['offline', 'realtime'];

/** RVC's offline segment: (x_center + 2 · x_pad) seconds of frames, one search call. */
export const OFFLINE_SEGMENT_SECONDS = 60 + 2 * 3;
export const OFFLINE_SEGMENT_FRAMES = OFFLINE_SEGMENT_SECONDS * FRAMES_PER_SECOND;

/** Realtime block lengths the app offers (RVC's realtime GUI, w-okada, Applio realtime). */
export const REALTIME_BLOCK_SECONDS = [0.1, 0.25, 0.5, 1.0] as const;
export const DEFAULT_BLOCK_SECONDS = 0.25;

/** A realtime search that takes more than this share of its block leaves too little for the rest
 *  of the conversion (the model itself, audio I/O): the planner's budget. */
export const REALTIME_BUDGET_SHARE = 0.1;

/** Frames per search call of a usage: RVC's segment offline, the block in realtime. */
export function blockFrames(usage: Usage, blockSeconds = DEFAULT_BLOCK_SECONDS): number {
  // the block's whole frames (0.25 s → 12, as a 12-frame realtime block)
  return usage === 'offline'
    ? OFFLINE_SEGMENT_FRAMES
    : Math.max(1, Math.floor(blockSeconds * FRAMES_PER_SECOND + 1e-9));
}

/**
 * The cost of a usage from the native time of each of its calls over `frames` consecutive query
 * frames (the last call may be shorter than `frames / calls`).
 */
export function usageCost(usage: Usage, framesPerCall: number, callNs: ArrayLike<number>, frames: number): UsageCost {
  let totalNs = 0;
  for (let i = 0; i < callNs.length; i++) totalNs += callNs[i];
  const audioSeconds = frames / FRAMES_PER_SECOND;
  const p99 = percentile(callNs, 99) / 1e6;
  return {
    usage,
    block_frames: framesPerCall,
    calls: callNs.length,
    block_ms_p50: percentile(callNs, 50) / 1e6,
    block_ms_p99: p99,
    ms_per_audio_second: audioSeconds > 0 ? totalNs / 1e6 / audioSeconds : 0,
    block_share: usage === 'realtime' ? p99 / ((framesPerCall / FRAMES_PER_SECOND) * 1000) : null,
  };
}

/** Whether a realtime search fits the planner's budget of its block. */
export const keepsUp = (cost: UsageCost) => cost.block_share !== null && cost.block_share <= REALTIME_BUDGET_SHARE;

/** The cost of `usage` at `framesPerCall` among a point's measured costs, if measured. */
export const costOf = (costs: readonly UsageCost[], usage: Usage, framesPerCall: number) =>
  costs.find((cost) => cost.usage === usage && cost.block_frames === framesPerCall) ?? null;

/** A point with the chosen usage's cost flattened in (the CLI's JSON, the report). */
export function evalPoint(point: TuningPoint, usage: Usage, framesPerCall: number): EvalPoint {
  const { costs: _costs, ...rest } = point;
  const cost = costOf(point.costs, usage, framesPerCall);
  return {
    ...rest,
    usage,
    block_frames: framesPerCall,
    calls: cost?.calls ?? 0,
    ms_per_audio_second: cost?.ms_per_audio_second ?? Number.NaN,
    block_ms_p50: cost?.block_ms_p50 ?? Number.NaN,
    block_ms_p99: cost?.block_ms_p99 ?? Number.NaN,
    block_share: cost?.block_share ?? null,
  };
}
