// The Index panel's rules and the build/evaluation bookkeeping, without React.
import { describe, expect, it } from 'vitest';
import type { BuildResult, EvalPoint, ExperimentInfo, ProgressEvent } from '../../app/contract';
import {
  curve,
  currentPoint,
  missingSweep,
  newBuiltIndex,
  nextSweepPoint,
  paretoFrontier,
  pointKey,
  quickSweep,
  withEvaluation,
} from '../../renderer/state/builds';
import {
  buildRequest,
  checkConfig,
  configKey,
  presetConfig,
  presetForFactory,
  uniqueLabel,
} from '../../renderer/state/config';
import { belongsTo, progressFraction, progressText, type JobView } from '../../renderer/state/jobs';
import { describeError, errorInfoOf } from '../../renderer/lib/errors';
import { AppError } from '../../app/errors';

const info = { path: '/logs/alice', n: 30_000, d: 768, split: { index_frames: 28_500 } } as unknown as ExperimentInfo;

const point = (nprobe: number | null, recall: number, latency: number, kFactor: number | null = null): EvalPoint => ({
  nprobe,
  k_factor: kFactor,
  recall_at_1: recall,
  recall_at_k: recall,
  blend_error: 1 - recall,
  latency_us_p50: latency * 20,
  latency_us_p99: latency * 30,
  qps: 1000,
  ms_per_audio_second: latency,
});

const buildResult = (over: Partial<BuildResult> = {}): BuildResult => ({
  index_id: 'ix1',
  label: 'RVC (current)',
  experiment: '/logs/alice',
  n: 30_000,
  d: 768,
  ntotal: 28_500,
  factory: 'IVF769,Flat',
  metric: 'l2',
  type: 'IndexIVFFlat',
  nlist: 769,
  nprobe: 1,
  k_factor: null,
  output: null,
  timings_ms: { load: 1, train: 2, add: 3, write: 0, total: 6 },
  clusters: null,
  file_bytes: 1,
  memory_bytes: 1,
  held_out: { files: 3, frames: 1500 },
  warnings: [],
  ...over,
});

describe('index settings', () => {
  it('RVC preset: IVF{n},Flat with RVC’s n_ivf and n_probe 1', () => {
    const config = presetConfig('rvc', info);
    expect(config).toMatchObject({ factory: 'IVF{n},Flat', nIvf: 769, nprobe: 1, metric: 'l2' });
    const check = checkConfig(config, info);
    expect(check.ok).toBe(true);
    expect(buildRequest(config, check, info, 'RVC (current)', 'job1')).toEqual({
      experiment: '/logs/alice',
      factory: 'IVF{n},Flat',
      metric: 'l2',
      hold_out: true,
      label: 'RVC (current)',
      job_id: 'job1',
      n_ivf: 769,
      nprobe: 1,
      compress: null,
      expand: null,
    });
  });

  it('FastScan preset sends k_factor; HNSW sends efSearch and no n_ivf', () => {
    const fast = presetConfig('fastscan', info);
    const fastRequest = buildRequest(fast, checkConfig(fast, info), info, 'F', 'j');
    expect(fastRequest).toMatchObject({ factory: 'IVF{n},PQ384x4fs,RFlat', k_factor: 2.5, nprobe: 16 });
    const hnsw = presetConfig('hnsw32', info);
    const hnswRequest = buildRequest(hnsw, checkConfig(hnsw, info), info, 'H', 'j');
    expect(hnswRequest).toMatchObject({ factory: 'HNSW32', ef_search: 64 });
    expect(hnswRequest.n_ivf).toBeUndefined();
    expect(hnswRequest.nprobe).toBeUndefined();
  });

  it('keeps the chosen metric across presets', () => {
    expect(presetConfig('sq8', info, { metric: 'ip' }).metric).toBe('ip');
  });

  it('validates as you type with the rows the evaluation build trains on', () => {
    const bad = { ...presetConfig('rvc', info), factory: 'IVF{n},PQ7x4fs' };
    expect(checkConfig(bad, info).ok).toBe(false);
    expect(checkConfig(bad, info).errors.join(' ')).toMatch(/divide/);
    const tooMany = { ...presetConfig('rvc', info), nIvf: 29_000 };
    expect(checkConfig(tooMany, info).errors.join(' ')).toMatch(/28500/);
  });

  it('recognises a preset from its factory string, else custom', () => {
    expect(presetForFactory('HNSW32', info, 'custom')).toBe('hnsw32');
    expect(presetForFactory('IVF{n},Flat', info, 'rvc')).toBe('rvc');
    expect(presetForFactory('IVF{n},SQ4', info, 'rvc')).toBe('custom');
  });

  it('treats n_probe and k_factor as search-time settings', () => {
    const a = presetConfig('fastscan', info);
    expect(configKey({ ...a, nprobe: 64, kFactor: 2 })).toBe(configKey(a));
    expect(configKey({ ...a, nIvf: a.nIvf + 1 })).not.toBe(configKey(a));
    expect(configKey({ ...a, metric: 'ip' })).not.toBe(configKey(a));
  });

  it('labels repeated builds apart', () => {
    expect(uniqueLabel('RVC (current)', [])).toBe('RVC (current)');
    expect(uniqueLabel('RVC (current)', ['RVC (current)', 'RVC (current) #2'])).toBe('RVC (current) #3');
  });
});

describe('built indexes and their points', () => {
  it('caches points by n_probe and k_factor and draws the curve at the selected k_factor', () => {
    let built = newBuiltIndex(buildResult(), 'rvc', presetConfig('rvc', info));
    expect(currentPoint(built)).toBeNull();
    built = withEvaluation(built, {
      index_id: 'ix1',
      queries: 1500,
      k: 8,
      threads: 2,
      warnings: [],
      points: [point(4, 0.9, 0.2), point(1, 0.7, 0.1), point(2, 0.8, 0.15)],
    });
    expect(currentPoint(built)?.recall_at_k).toBe(0.7);
    expect(curve(built).map((p) => p.nprobe)).toEqual([1, 2, 4]);
    built = withEvaluation(
      { ...built, nprobe: 3 },
      { index_id: 'ix1', queries: 1500, k: 8, threads: 2, warnings: [], points: [point(3, 0.85, 0.12)] },
    );
    expect(currentPoint(built)?.recall_at_k).toBe(0.85);
    expect(curve(built).map((p) => p.nprobe)).toEqual([1, 2, 3, 4]);
    expect(missingSweep(built, null)).toEqual([8, 16, 32, 64, 128, 256, 512, 769]);
    expect(missingSweep(built, 4)).toHaveLength(11);
    expect(pointKey(3, null)).toBe('3:-');
  });

  it('measures small n_probe values first, then the rest', () => {
    expect(quickSweep(769, 1)).toEqual([1, 2, 4, 8, 16, 32]);
    expect(quickSweep(769, 7)).toEqual([1, 2, 4, 7, 8, 16, 32]);
    expect(quickSweep(12, 1)).toEqual([1, 2, 4, 8, 12]);
    expect(quickSweep(null, null)).toEqual([null]);
  });

  it('sweeps on in the background only while recall rises and points stay cheap', () => {
    const base = newBuiltIndex(buildResult(), 'rvc', presetConfig('rvc', info));
    const rising = withEvaluation(base, {
      index_id: 'ix1',
      queries: 1500,
      k: 8,
      threads: 2,
      warnings: [],
      points: [1, 2, 4, 8, 16, 32].map((p) => point(p, 0.6 + p / 100, p)),
    });
    expect(nextSweepPoint(rising, null, 800)).toBe(64);
    expect(nextSweepPoint(rising, null, 5000)).toBeNull();
    const flat = withEvaluation(base, {
      index_id: 'ix1',
      queries: 1500,
      k: 8,
      threads: 2,
      warnings: [],
      points: [1, 2, 4, 8, 16, 32].map((p) => point(p, p >= 16 ? 0.9995 : 0.9, p)),
    });
    expect(nextSweepPoint(flat, null, 100)).toBeNull();
    expect(nextSweepPoint(rising, 8, 100)).toBe(1);
    // FastScan at k_factor 2.5 levels off near 96%: n_probe 64 would only cost time
    const levelled = withEvaluation(base, {
      index_id: 'ix1',
      queries: 1500,
      k: 8,
      threads: 2,
      warnings: [],
      points: [1, 2, 4, 8, 16, 32].map((p) => point(p, Math.min(0.965, 0.7 + p / 50), p, 2.5)),
    });
    expect(nextSweepPoint(levelled, 2.5, 100)).toBeNull();
    // a gap in the sweep (n_probe 12 after 8) is no evidence of a plateau
    const gap = withEvaluation(base, {
      index_id: 'ix1',
      queries: 1500,
      k: 8,
      threads: 2,
      warnings: [],
      points: [point(1, 0.6, 1), point(2, 0.7, 2), point(4, 0.8, 4), point(8, 0.9, 8), point(12, 0.9005, 12)],
    });
    expect(nextSweepPoint(gap, null, 100)).toBe(16);
  });

  it('finds the recall–latency Pareto frontier', () => {
    const frontier = paretoFrontier([
      { label: 'a', latency: 1, recall: 0.7, nprobe: 1 },
      { label: 'a', latency: 2, recall: 0.9, nprobe: 2 },
      { label: 'b', latency: 1.5, recall: 0.6, nprobe: 1 },
      { label: 'b', latency: 3, recall: 0.95, nprobe: 8 },
      { label: 'c', latency: 4, recall: 0.93, nprobe: null },
    ]);
    expect(frontier.map((p) => `${p.label}${p.nprobe}`)).toEqual(['a1', 'a2', 'b8']);
  });
});

describe('progress', () => {
  const job = (jobId: string | null): JobView => ({
    kind: 'build',
    jobId,
    title: '',
    state: 'running',
    startedAt: 0,
    finishedAt: null,
    progress: null,
    message: '',
  });
  const event = (over: Partial<ProgressEvent>): ProgressEvent => ({
    job_id: 'b1',
    phase: 'add',
    done: 8192,
    total: 28_500,
    elapsed_ms: 10,
    eta_ms: 2500,
    message: '',
    ...over,
  });

  it('routes events by job id; Backend-assigned loading jobs by phase', () => {
    expect(belongsTo(job('b1'), event({}))).toBe(true);
    expect(belongsTo(job('b2'), event({}))).toBe(false);
    expect(belongsTo(job(null), event({ phase: 'sample' }))).toBe(true);
    expect(belongsTo(job(null), event({ phase: 'train' }))).toBe(false);
    expect(belongsTo({ ...job('b1'), state: 'done' }, event({}))).toBe(false);
  });

  it('shows phase, counts and ETA', () => {
    expect(progressText(event({}))).toBe('Adding vectors · 8,192 / 28,500 · about 2.5 s left');
    expect(progressText(event({ phase: 'train', done: 40, total: 100, eta_ms: null }))).toBe('Training · 40%');
    expect(progressFraction(event({ done: 50, total: 100 }))).toBe(0.5);
    expect(progressFraction(null)).toBeNull();
  });
});

describe('errors', () => {
  it('reads codes from AppError and from "[CODE] message" (Electron)', () => {
    expect(errorInfoOf(new AppError('CANCELLED', 'stop'))).toEqual({ code: 'CANCELLED', message: 'stop' });
    expect(errorInfoOf(new Error('[ENGINE_CRASHED] worker died'))).toEqual({
      code: 'ENGINE_CRASHED',
      message: 'worker died',
    });
    expect(errorInfoOf(new Error('plain'))).toEqual({ code: 'INTERNAL', message: 'plain' });
    expect(describeError(new Error('[ENGINE_CRASHED] worker died'))).toMatch(/build again/);
  });
});
