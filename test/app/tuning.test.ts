import { describe, expect, it } from 'vitest';
import type { UsageCost } from '../../app/contract';
import { blockFrames, evalPoint, keepsUp, OFFLINE_SEGMENT_FRAMES, usageCost } from '../../app/cost';
import { meanInterval } from '../../app/tuning/interval';
import { nextTask, type Intent, type Known } from '../../app/tuning/policy';
import { parameterSpec, pointKey, settingsFor, type SearchSettings } from '../../app/tuning/settings';

const ivf = { nlist: 64, hasKFactor: false, hasEfSearch: false };
const at = (nprobe: number): SearchSettings => ({ nprobe, k_factor: null, ef_search: null });

/** A fake session: finals by n_probe with their recall, estimates, realtime costs by block. */
function knowing(finals: Record<number, number>, estimates: number[] = [], realtime: Record<number, number[]> = {}) {
  return (s: SearchSettings): Known => ({
    estimate: estimates.includes(s.nprobe!),
    final: finals[s.nprobe!] === undefined ? null : { recall: finals[s.nprobe!], measureMs: 10 },
    realtime: (block) => (realtime[s.nprobe!] ?? []).includes(block),
  });
}

describe('the tuning policy', () => {
  const intent = (nprobe: number, extra: Partial<Intent> = {}): Intent => ({
    target: at(nprobe),
    estimate: true,
    realtimeBlock: null,
    also: [],
    fullSweep: false,
    ...extra,
  });

  it('answers the point asked for first: an estimate, then the final number, then its realtime cost', () => {
    expect(nextTask(ivf, intent(8), knowing({}))).toEqual({ kind: 'estimate', settings: at(8) });
    expect(nextTask(ivf, intent(8), knowing({}, [8]))).toEqual({ kind: 'final', settings: at(8) });
    expect(nextTask(ivf, intent(8, { realtimeBlock: 12 }), knowing({ 8: 0.9 }))).toEqual({
      kind: 'realtime',
      settings: at(8),
      blockFrames: 12,
    });
    // the CLI asks for final numbers only
    expect(nextTask(ivf, intent(8, { estimate: false }), knowing({}))).toEqual({ kind: 'final', settings: at(8) });
  });

  it('then measures the curve 1, 2, 4, … in the background until recall levels off', () => {
    expect(nextTask(ivf, intent(8), knowing({ 8: 0.99 }))).toEqual({ kind: 'final', settings: at(1) });
    expect(nextTask(ivf, intent(8), knowing({ 1: 0.7, 2: 0.9, 8: 0.99 }))).toEqual({ kind: 'final', settings: at(4) });
    // 0.999 reached: nothing more to measure
    expect(nextTask(ivf, intent(8), knowing({ 1: 0.7, 2: 0.9, 4: 0.97, 8: 0.9992 }))).toBeNull();
    // a doubling that gains almost nothing stops the sweep below the plateau (FastScan's ceiling)
    expect(nextTask(ivf, intent(1), knowing({ 1: 0.9, 2: 0.95, 4: 0.951 }))).toBeNull();
    // unless the whole curve was asked for
    expect(nextTask(ivf, intent(1, { fullSweep: true }), knowing({ 1: 0.9, 2: 0.95, 4: 0.951 }))).toEqual({
      kind: 'final',
      settings: at(8),
    });
  });

  it('costs every point of the curve in realtime blocks when that usage is chosen', () => {
    const task = nextTask(ivf, intent(2, { realtimeBlock: 25 }), knowing({ 1: 0.7, 2: 0.9 }, [], { 2: [25] }));
    expect(task).toEqual({ kind: 'realtime', settings: at(1), blockFrames: 25 });
  });

  it('measures extra settings (the k_factor effect table) right after the point asked for', () => {
    const rflat = { nlist: 64, hasKFactor: true, hasEfSearch: false };
    const target = { nprobe: 16, k_factor: 2.5, ef_search: null };
    const also = [{ nprobe: 16, k_factor: 8, ef_search: null }];
    const know = (s: SearchSettings): Known => ({
      estimate: false,
      final: s.k_factor === 2.5 && s.nprobe === 16 ? { recall: 0.9, measureMs: 5 } : null,
      realtime: () => false,
    });
    expect(nextTask(rflat, { target, estimate: true, realtimeBlock: null, also, fullSweep: false }, know)).toEqual({
      kind: 'final',
      settings: also[0],
    });
  });

  it('sweeps efSearch for HNSW and nothing for an exact index', () => {
    const hnsw = { nlist: null, hasKFactor: false, hasEfSearch: true };
    const target = { nprobe: null, k_factor: null, ef_search: 64 };
    const none = (): Known => ({ estimate: false, final: { recall: 0.5, measureMs: 1 }, realtime: () => true });
    const hnswTask = nextTask(hnsw, { target, estimate: true, realtimeBlock: null, also: [], fullSweep: true }, (s) =>
      s.ef_search === 64 ? none() : { estimate: false, final: null, realtime: () => false },
    );
    expect(hnswTask).toEqual({ kind: 'final', settings: { ...target, ef_search: 16 } });
    const flat = { nlist: null, hasKFactor: false, hasEfSearch: false };
    const exact = { nprobe: null, k_factor: null, ef_search: null };
    expect(
      nextTask(flat, { target: exact, estimate: true, realtimeBlock: null, also: [], fullSweep: true }, none),
    ).toBeNull();
  });
});

describe('settings', () => {
  it('keeps only the parameters an index has, with its stored values by default', () => {
    const stored = { nprobe: 4, k_factor: 2.5, ef_search: null };
    expect(settingsFor(ivf, {}, stored)).toEqual({ nprobe: 4, k_factor: null, ef_search: null });
    expect(settingsFor({ ...ivf, hasKFactor: true }, { nprobe: 8 }, stored)).toEqual({
      nprobe: 8,
      k_factor: 2.5,
      ef_search: null,
    });
    expect(parameterSpec({ nprobe: 8, k_factor: 2.5, ef_search: null })).toBe('nprobe=8,k_factor=2.5');
    expect(pointKey(at(8))).not.toBe(pointKey(at(8), 1));
  });
});

describe('the cost model', () => {
  it("offline: RVC's 66-second segments; realtime: the block's whole frames", () => {
    expect(OFFLINE_SEGMENT_FRAMES).toBe(3300);
    expect(blockFrames('offline')).toBe(3300);
    expect([0.1, 0.25, 0.5, 1].map((s) => blockFrames('realtime', s))).toEqual([5, 12, 25, 50]);
  });

  it('is the time of the calls per second of audio, and a realtime block’s share of its duration', () => {
    // 100 frames = 2 s of audio in blocks of 12 (9 calls: 8 of 12, one of 4), 3 ms each
    const cost = usageCost('realtime', 12, Array(9).fill(3e6), 100);
    expect(cost).toMatchObject({ calls: 9, block_ms_p50: 3, block_ms_p99: 3, ms_per_audio_second: 13.5 });
    // a 12-frame block lasts 240 ms: 3 ms is 1.25% of it
    expect(cost.block_share).toBeCloseTo(0.0125, 10);
    expect(keepsUp(cost)).toBe(true);
    expect(keepsUp({ ...cost, block_share: 0.2 })).toBe(false);
    const offline = usageCost('offline', 3300, [50e6], 2000);
    expect(offline).toMatchObject({ ms_per_audio_second: 1.25, block_share: null });
  });

  it("flattens the chosen usage's cost into a point (NaN where it was not measured)", () => {
    const cost: UsageCost = usageCost('offline', 3300, [10e6], 500);
    const point = {
      ...at(1),
      k: 8,
      final: true,
      queries: 500,
      recall_at_1: 1,
      recall_at_k: 0.9,
      recall_low: 0.9,
      recall_high: 0.9,
      blend_error: 0.1,
      qps: 1,
      latency_us_p50: 1,
      latency_us_p99: 1,
      costs: [cost],
    };
    expect(evalPoint(point, 'offline', 3300)).toMatchObject({
      usage: 'offline',
      ms_per_audio_second: 1,
      block_frames: 3300,
    });
    expect(evalPoint(point, 'realtime', 12).ms_per_audio_second).toBeNaN();
  });
});

describe('meanInterval', () => {
  it('is the 95% interval of the mean, within [0, 1]', () => {
    const values = Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? 1 : 0.5));
    const interval = meanInterval(values);
    expect(interval.mean).toBeCloseTo(0.75, 10);
    // sd = 0.2513, n = 100: ± 1.96 · 0.02513
    expect(interval.high - interval.mean).toBeCloseTo(0.04925, 4);
    expect(meanInterval([1, 1, 1]).high).toBe(1);
    expect(meanInterval([])).toEqual({ mean: 0, low: 0, high: 1 });
  });
});
