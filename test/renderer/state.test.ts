// The Index panel's rules and the build/evaluation bookkeeping, without React.
import { describe, expect, it } from 'vitest';
import type { BuildResult, ExperimentInfo, ProgressEvent } from '../../app/contract';
import { usageCost } from '../../app/cost';
import {
  costAt,
  curve,
  currentPoint,
  newBuiltIndex,
  paretoFrontier,
  paretoPoints,
  withPoints,
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
import { AppError, bridgedErrorText, cancelledError, refuse } from '../../app/errors';
import { message, texts } from '../../app/messages';
import { pointsEvent, tuningPoint } from '../helpers/points';
import { createI18n, rawPhrase } from '../../renderer/i18n/i18n';

const en = createI18n('en');

const info = { path: '/logs/alice', n: 30_000, d: 768, split: { index_frames: 28_500 } } as unknown as ExperimentInfo;

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
  notices: [],
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
    expect(checkConfig(bad, info).errors.map((e) => e.code)).toEqual(['factory_pq_divide']);
    const tooMany = { ...presetConfig('rvc', info), nIvf: 29_000 };
    expect(checkConfig(tooMany, info).errors).toEqual([
      expect.objectContaining({ code: 'factory_ivf_too_few', params: expect.objectContaining({ n: 28_500 }) }),
    ]);
  });

  it("says the factory check's refusals and warnings in the user's language", () => {
    const check = checkConfig({ ...presetConfig('rvc', info), factory: 'IVF{n},Flat,Bogus' }, info);
    expect(check.errors.map((e) => en.message(e))).toEqual(texts(check.errors));
    expect(createI18n('ru').message(check.errors[0])).toMatch(
      /^неизвестная часть 'Bogus': ожидаются части вроде IVF\{n\}/,
    );
    expect(createI18n('ja').message(check.errors[0])).toMatch(/^不明な部分 'Bogus'：/);
    const sparse = checkConfig({ ...presetConfig('rvc', info), factory: 'IVF1000,Flat' }, info);
    expect(sparse.warnings.map((w) => w.code)).toEqual(['factory_ivf_sparse']);
    // 28 500 / 1000 per list, in each locale's decimals
    expect(createI18n('fr').message(sparse.warnings[0])).toContain('(28,5)');
    expect(en.message(sparse.warnings[0])).toContain('(28.5)');
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
  const offline = { usage: 'offline' as const, blockSeconds: 0.25 };

  it('keeps the points the engine sends and draws the curve at the selected k_factor', () => {
    let built = newBuiltIndex(buildResult(), 'rvc', presetConfig('rvc', info));
    expect(currentPoint(built)).toBeNull();
    built = withPoints(built, pointsEvent('ix1', [tuningPoint(4, 0.9), tuningPoint(1, 0.7), tuningPoint(2, 0.8)]));
    expect(currentPoint(built)?.recall_at_k).toBe(0.7);
    expect(curve(built).map((p) => p.nprobe)).toEqual([1, 2, 4]);
    built = withPoints({ ...built, nprobe: 3 }, pointsEvent('ix1', [tuningPoint(3, 0.85)], true));
    expect(currentPoint(built)?.recall_at_k).toBe(0.85);
    expect(built.settled).toBe(true);
    expect(curve(built).map((p) => p.nprobe)).toEqual([1, 2, 3, 4]);
    // a point at another k_factor is another curve
    built = withPoints(built, pointsEvent('ix1', [tuningPoint(2, 0.6, { kFactor: 4 })]));
    expect(curve(built)).toHaveLength(4);
  });

  it('replaces a first estimate by its final number, never the other way round', () => {
    let built = newBuiltIndex(buildResult(), 'rvc', presetConfig('rvc', info));
    built = withPoints(built, pointsEvent('ix1', [tuningPoint(1, 0.72, { final: false })]));
    expect(currentPoint(built)).toMatchObject({ final: false, recall_low: expect.any(Number) });
    built = withPoints(built, pointsEvent('ix1', [tuningPoint(1, 0.7)]));
    expect(currentPoint(built)).toMatchObject({ final: true, recall_at_k: 0.7 });
    built = withPoints(built, pointsEvent('ix1', [tuningPoint(1, 0.75, { final: false })]));
    expect(currentPoint(built)).toMatchObject({ final: true, recall_at_k: 0.7 });
  });

  it('shows the cost of the chosen usage, and nothing before it is measured', () => {
    const realtime = usageCost('realtime', 12, [2e6, 2e6], 24);
    let built = newBuiltIndex(buildResult(), 'rvc', presetConfig('rvc', info));
    built = withPoints(built, pointsEvent('ix1', [tuningPoint(1, 0.7, { msPerSecond: 1.5, realtime: [realtime] })]));
    const point = currentPoint(built)!;
    expect(costAt(point, offline)?.ms_per_audio_second).toBeCloseTo(1.5, 9);
    expect(costAt(point, { usage: 'realtime', blockSeconds: 0.25 })).toBe(realtime);
    expect(costAt(point, { usage: 'realtime', blockSeconds: 0.5 })).toBeNull();
    expect(paretoPoints(built, { usage: 'realtime', blockSeconds: 0.5 })).toEqual([]);
    expect(paretoPoints(built, offline)).toHaveLength(1);
  });

  it('finds the recall–latency Pareto frontier', () => {
    const frontier = paretoFrontier([
      { label: 'a', latency: 1, recall: 0.7, nprobe: 1, final: true },
      { label: 'a', latency: 2, recall: 0.9, nprobe: 2, final: true },
      { label: 'b', latency: 1.5, recall: 0.6, nprobe: 1, final: true },
      { label: 'b', latency: 3, recall: 0.95, nprobe: 8, final: true },
      { label: 'c', latency: 4, recall: 0.93, nprobe: null, final: true },
    ]);
    expect(frontier.map((p) => `${p.label}${p.nprobe}`)).toEqual(['a1', 'a2', 'b8']);
  });
});

describe('progress', () => {
  const job = (jobId: string | null): JobView => ({
    kind: 'build',
    jobId,
    title: rawPhrase(''),
    state: 'running',
    startedAt: 0,
    finishedAt: null,
    progress: null,
    message: rawPhrase(''),
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
    expect(progressText(en, event({}))).toBe('Adding vectors · 8,192 / 28,500 · about 2.5 s left');
    expect(progressText(en, event({ phase: 'train', done: 40, total: 100, eta_ms: null }))).toBe('Training · 40%');
    expect(progressFraction(event({ done: 50, total: 100 }))).toBe(0.5);
    expect(progressFraction(null)).toBeNull();
  });
});

describe('errors', () => {
  it('reads codes from AppError and from "[CODE] message" (Electron)', () => {
    expect(errorInfoOf(cancelledError('cancelled_before_start'))).toEqual({
      code: 'CANCELLED',
      message: 'cancelled before it started',
      reason: { code: 'cancelled_before_start', params: {} },
    });
    expect(errorInfoOf(new Error('[ENGINE_CRASHED] worker died'))).toEqual({
      code: 'ENGINE_CRASHED',
      message: 'worker died',
    });
    expect(errorInfoOf(new Error('plain'))).toEqual({ code: 'INTERNAL', message: 'plain' });
    expect(en.phrase(describeError(new Error('[ENGINE_CRASHED] worker died')))).toMatch(/build again/);
  });

  it("shows an error's structured reason in the user's language, after its file", () => {
    const refusal = refuse('/m/a.zip', 'zip_entry_encrypted');
    expect(en.phrase(describeError(refusal))).toBe(refusal.message);
    expect(createI18n('fr').phrase(describeError(refusal))).toBe(
      '/m/a.zip: est chiffré : le zip est refusé (recompressez-le sans mot de passe)',
    );
    const offline = new AppError('INTERNAL', 'offline', {
      reason: message('web_unreachable', { reason: 'ECONNREFUSED' }),
    });
    expect(createI18n('ru').phrase(describeError(offline))).toMatch(
      /^не удаётся связаться с сервером RVC Index Studio \(ECONNREFUSED\)/,
    );
    // through Electron's bridge (the message only) the reason and file come along
    const bridged = new Error(bridgedErrorText(refusal.toInfo()));
    expect(errorInfoOf(bridged)).toEqual(refusal.toInfo());
    expect(createI18n('fr').phrase(describeError(bridged))).toBe(createI18n('fr').phrase(describeError(refusal)));
    // a text without them is shown as it came
    expect(createI18n('ru').phrase(describeError(new Error('[INVALID_INPUT] /m/a.zip: is encrypted')))).toBe(
      '/m/a.zip: is encrypted',
    );
  });
});
