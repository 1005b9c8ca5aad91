// The studio's workflows without React: the controller asks the Backend (a fake client here),
// keeps what the engine sends, and never decides which point is measured next.
import { createI18n } from '../../renderer/i18n/i18n';
import { describe, expect, it } from 'vitest';
import type { StudioClient } from '../../app/client';
import type { BuildResult, EngineCrash, ExperimentInfo, PointsEvent, ProgressEvent } from '../../app/contract';
import { argumentError, toErrorInfo } from '../../app/errors';
import { StudioController } from '../../renderer/state/controller';
import { pointsEvent, tuningPoint } from '../helpers/points';

const info = {
  path: '/logs/sample',
  name: 'sample',
  n: 30_000,
  d: 768,
  files: [],
  warnings: [],
  notices: [],
  split: { index_frames: 28_500, query_frames: 1500, mode: 'files', query_files: [], seed: 0 },
  compression: { rvc_would_compress: false, threshold: 200_000, centroids: 10_000 },
} as unknown as ExperimentInfo;

const built = (id: string): BuildResult =>
  ({
    index_id: id,
    label: 'RVC (current)',
    experiment: '/logs/sample',
    n: 30_000,
    d: 768,
    ntotal: 28_500,
    factory: 'IVF769,Flat',
    metric: 'l2',
    type: 'IndexIVFFlat',
    nlist: 769,
    nprobe: 1,
    k_factor: null,
    timings_ms: { load: 1, train: 2, add: 3, write: 0, total: 6 },
    clusters: null,
    warnings: [],
    notices: [],
  }) as unknown as BuildResult;

function fakeClient() {
  const calls: { method: string; request: unknown }[] = [];
  const listeners = {
    progress: new Set<(e: ProgressEvent) => void>(),
    points: new Set<(e: PointsEvent) => void>(),
    crash: new Set<(c: EngineCrash) => void>(),
  };
  let builds = 0;
  const answer =
    (method: string, value: (request: unknown) => unknown) =>
    (request: unknown): Promise<never> => {
      calls.push({ method, request });
      return Promise.resolve(value(request) as never);
    };
  const client = {
    platform: 'browser',
    engineStatus: answer('engineStatus', () => ({
      faiss_version: '1.7.3',
      faiss_variant: 'avx2',
      threads: 2,
      workers: 2,
      sample_path: null,
    })),
    recentList: answer('recentList', () => ({ experiments: [], indexes: [] })),
    recentAdd: answer('recentAdd', () => ({ experiments: [], indexes: [] })),
    createSample: answer('createSample', () => ({ path: '/logs/sample', n: 30_000, d: 768, files: 200 })),
    experimentInfo: answer('experimentInfo', () => info),
    build: answer('build', () => built(`ix${++builds}`)),
    tune: answer('tune', () => ({ accepted: true })),
    cancel: answer('cancel', () => ({ cancelled: true })),
    disposeIndex: answer('disposeIndex', () => ({ disposed: true })),
    exportIndex: answer('exportIndex', () => ({
      files: ['/x.index'],
      warnings: [],
      notices: [],
      checks: [],
      ntotal: 1,
      nprobe: 8,
      k_factor: null,
    })),
    onProgress: (l: (e: ProgressEvent) => void) => (listeners.progress.add(l), () => listeners.progress.delete(l)),
    onPoints: (l: (e: PointsEvent) => void) => (listeners.points.add(l), () => listeners.points.delete(l)),
    onEngineCrash: (l: (c: EngineCrash) => void) => (listeners.crash.add(l), () => listeners.crash.delete(l)),
  } as unknown as StudioClient;
  const emit = {
    points: (event: PointsEvent) => listeners.points.forEach((l) => l(event)),
    crash: (crash: EngineCrash) => listeners.crash.forEach((l) => l(crash)),
  };
  const of = (method: string) =>
    calls.filter((c) => c.method === method).map((c) => c.request as Record<string, unknown>);
  return { client, calls, emit, of };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function started() {
  const fake = fakeClient();
  const controller = new StudioController(fake.client);
  controller.start();
  controller.start(); // React's development mode starts effects twice
  for (let i = 0; i < 5; i++) await settle();
  return { ...fake, controller };
}

describe('StudioController', () => {
  it('opens the sample once at start and takes its presets', async () => {
    const { controller, of } = await started();
    expect(of('createSample')).toHaveLength(1);
    const state = controller.getState();
    expect(state.experiment.info?.name).toBe('sample');
    expect(state.config?.presetId).toBe('rvc');
    expect(state.status?.threads).toBe(2);
  });

  it('builds, then asks the engine for the selected point and keeps what it sends', async () => {
    const { controller, of, emit } = await started();
    await controller.build();
    expect(of('build')[0]).toMatchObject({ experiment: '/logs/sample', hold_out: true });
    expect(controller.getState().job).toMatchObject({ kind: 'evaluate', jobId: 'tuning:ix1', state: 'running' });
    expect(of('tune')).toEqual([
      { index_id: 'ix1', nprobe: 1, k_factor: null, ef_search: null, usage: 'offline', block_seconds: 0.25 },
    ]);
    emit.points(pointsEvent('ix1', [tuningPoint(1, 0.72, { final: false })]));
    expect(controller.active?.points).not.toEqual({});
    expect(controller.getState().job?.state).toBe('running');
    emit.points(pointsEvent('ix1', [tuningPoint(1, 0.7)]));
    // the first final number ends the measuring job; the curve goes on arriving
    expect(controller.getState().job?.state).toBe('done');
    emit.points(pointsEvent('ix1', [tuningPoint(2, 0.9)], true));
    expect(Object.keys(controller.active!.points)).toHaveLength(2);
    expect(controller.active!.settled).toBe(true);
  });

  it('moves n_probe by asking for that point only: what follows is the engine’s decision', async () => {
    const { controller, of } = await started();
    await controller.build();
    controller.setNprobe(8);
    controller.setNprobe(800); // beyond nlist: clamped
    expect(of('tune').map((r) => r.nprobe)).toEqual([1, 8, 769]);
    expect(of('evaluate')).toEqual([]);
    expect(controller.active?.nprobe).toBe(769);
  });

  it('costs every build in the chosen usage, the selected one last (the engine serves the newest first)', async () => {
    const { controller, of, emit } = await started();
    await controller.build();
    // the next build waits for the first one's first final number (or a cancel)
    emit.points(pointsEvent('ix1', [tuningPoint(1, 0.7)]));
    await controller.build();
    controller.selectBuild('ix1');
    const before = of('tune').length;
    controller.setUsage('realtime');
    controller.setBlockSeconds(0.1);
    const asked = of('tune').slice(before);
    expect(asked.map((r) => [r.index_id, r.usage, r.block_seconds])).toEqual([
      ['ix2', 'realtime', 0.25],
      ['ix1', 'realtime', 0.25],
      ['ix2', 'realtime', 0.1],
      ['ix1', 'realtime', 0.1],
    ]);
  });

  it('cancels measuring through the tuning job, and forgets builds an engine crash took', async () => {
    const { controller, of, emit } = await started();
    await controller.build();
    controller.cancel();
    expect(of('cancel')).toEqual([{ job_id: 'tuning:ix1' }]);
    expect(controller.getState().job?.state).toBe('cancelled');
    emit.crash({ message: 'the engine stopped (signal SIGSEGV)', lost_indexes: ['ix1'] });
    expect(controller.getState().builds).toEqual([]);
    expect(controller.getState().activeId).toBeNull();
    expect(createI18n('en').phrase(controller.getState().engineNotice!)).toMatch(/1 built index was lost/);
    // with its reason, the notice says what stopped in the user's language
    const reason = { code: 'engine_process_stopped' as const, params: { how: 'signal SIGSEGV', lost: 'none' } };
    emit.crash({ message: 'the engine stopped (signal SIGSEGV)', reason, lost_indexes: [] });
    const ru = createI18n('ru').phrase(controller.getState().engineNotice!);
    expect(ru).toContain('движок остановился (signal SIGSEGV); он перезапустится при следующем запросе');
    expect(ru).not.toContain('the engine stopped');
  });

  it('says why measuring failed in the user’s language', async () => {
    const { controller, emit } = await started();
    await controller.build();
    const failed = argumentError('k', 'k_above_ntotal', { k: 50, ntotal: 40 });
    emit.points({ ...pointsEvent('ix1', [], true), error: toErrorInfo(failed) });
    const evalError = controller.active!.evalError!;
    expect(createI18n('en').phrase(evalError)).toBe('k = 50 is larger than the 40 vectors in the index');
    expect(createI18n('ru').phrase(evalError)).toBe('k = 50 больше, чем векторов в индексе (40)');
  });

  it('exports at the selected settings with a report in the chosen usage', async () => {
    const { controller, of } = await started();
    await controller.build();
    controller.setNprobe(8);
    controller.setUsage('realtime');
    await controller.exportActive({ report: true });
    expect(of('exportIndex')[0]).toMatchObject({ index_id: 'ix1', nprobe: 8, report: true, usage: 'realtime' });
  });
});
