// The EngineHost: jobs run in worker threads, indexes stay in the worker that built them, a dead
// worker fails its jobs with ENGINE_CRASHED and is replaced (or, if it never started, fails
// engineInfo with its reason), cancel reaches queued and running jobs.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../app/errors';
import { rvcNIvf } from '../../app/rvc/nIvf';
import { Backend } from '../../main/backend';
import { EngineHost, type EngineCrash } from '../../main/engine/host';
import { HANG_MS } from '../helpers/hang';
import { tempDir } from '../helpers/tmp';

let dir: string;
let experiment: string;
let backend: Backend;

beforeAll(async () => {
  dir = tempDir();
  backend = new Backend({ dataDir: path.join(dir, 'data') });
  experiment = (await backend.createSample({ dir: path.join(dir, 'exp'), n: 6000, d: 256, seed: 3 })).path;
});
afterAll(() => backend.shutdown());

describe('EngineHost', () => {
  it('builds in a worker, then evaluates and disposes the same index there', async () => {
    const progress: string[] = [];
    const stop = backend.onProgress((event) => progress.push(event.phase));
    const built = await backend.build({ experiment, hold_out: true, job_id: 'b1' });
    stop();
    expect(progress).toEqual(expect.arrayContaining(['load', 'train', 'add']));
    // RVC's formula over every frame the export will hold: min(16·√6000, 6000 // 39) = 153
    expect(built.nlist).toBe(rvcNIvf(6000));
    expect(built.nlist).toBe(153);
    const evaluated = await backend.evaluate({ index_id: built.index_id, nprobes: [1, 4] });
    expect(evaluated.points.map((p) => p.nprobe)).toEqual([1, 4]);
    expect(evaluated.points[1].recall_at_k).toBeGreaterThan(evaluated.points[0].recall_at_k);
    expect(await backend.disposeIndex({ index_id: built.index_id })).toEqual({ disposed: true });
    await expect(backend.evaluate({ index_id: built.index_id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reports a crashed worker as ENGINE_CRASHED, loses its indexes, and keeps working', async () => {
    const host = new EngineHost({ maxWorkers: 1 });
    const crashing = new Backend({ dataDir: path.join(dir, 'data2'), engine: host });
    try {
      const built = await crashing.build({ experiment, hold_out: true });
      await expect(host.run('crash', {}, { indexId: built.index_id })).rejects.toMatchObject({
        code: 'ENGINE_CRASHED',
        message: expect.stringContaining(built.index_id),
      });
      await expect(crashing.evaluate({ index_id: built.index_id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      const again = await crashing.build({ experiment, factory: 'Flat' });
      expect(again.ntotal).toBe(6000);
    } finally {
      await crashing.shutdown();
    }
  });

  it('cancels a queued job before it starts and a running job within seconds', async () => {
    const host = new EngineHost({ maxWorkers: 1 });
    const local = new Backend({ dataDir: path.join(dir, 'data3'), engine: host });
    try {
      // a slow build: HNSW adds vectors one graph batch at a time
      const running = local.build({ experiment, factory: 'HNSW32', job_id: 'slow' });
      const queued = local.build({ experiment, job_id: 'queued' });
      expect((await local.cancel({ job_id: 'queued' })).cancelled).toBe(true);
      await expect(queued).rejects.toMatchObject({ code: 'CANCELLED' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const cancelledAt = Date.now();
      await local.cancel({ job_id: 'slow' });
      const error = await running.catch((e: AppError) => e);
      expect(error).toMatchObject({ code: 'CANCELLED' });
      expect(Date.now() - cancelledAt).toBeLessThan(HANG_MS);
    } finally {
      await local.shutdown();
    }
  });

  it('runs two builds at once in two workers', async () => {
    const host = new EngineHost();
    const local = new Backend({ dataDir: path.join(dir, 'data5'), engine: host });
    try {
      const [a, b] = await Promise.all([
        local.build({ experiment, label: 'a' }),
        local.build({ experiment, factory: 'Flat', label: 'b' }),
      ]);
      expect(a.label).toBe('a');
      expect(b.type).toBe('IndexFlat');
      expect(host.workerCount).toBe(2);
    } finally {
      await local.shutdown();
    }
  });

  it('loads an experiment once: its summary reads headers only, every worker reuses the loaded frames', async () => {
    const host = new EngineHost();
    const local = new Backend({ dataDir: path.join(dir, 'data6'), engine: host });
    const loads = new Set<string>();
    const stop = host.onProgress((event) => {
      if (event.phase === 'load') loads.add(event.job_id);
    });
    try {
      const info = await local.experimentInfo({ path: experiment });
      expect(info).toMatchObject({ n: 6000, d: 256, dropped_rows: 0 });
      expect(loads.size).toBe(0);
      await local.build({ experiment, hold_out: true, job_id: 'first' });
      expect([...loads]).toEqual(['first']);
      // the first worker is busy with one: the other starts and gets the loaded frames
      const [a, b] = await Promise.all([
        local.build({ experiment, hold_out: true, factory: 'Flat', job_id: 'second' }),
        local.build({ experiment, hold_out: true, factory: 'IVF16,Flat', job_id: 'third' }),
      ]);
      expect(host.workerCount).toBe(2);
      expect([...loads]).toEqual(['first']);
      expect(a.held_out).toEqual(b.held_out);
      expect(a.ntotal).toBe(b.ntotal);
      // the summary of a loaded experiment is the same
      expect(await local.experimentInfo({ path: experiment })).toEqual(info);
    } finally {
      stop();
      await local.shutdown();
    }
  });
});

/** A stand-in worker script (EngineHost's `script` option) for failures the real one cannot stage. */
function fakeWorker(name: string, source: string): string {
  const file = path.join(dir, `${name}.cjs`);
  fs.writeFileSync(file, `const { parentPort } = require('node:worker_threads');\n${source}\n`);
  return file;
}

describe('EngineHost when a worker dies', () => {
  it('fails engineInfo and jobs with the reason when the worker cannot start (the addon did not load)', async () => {
    const script = fakeWorker(
      'no-addon',
      "throw new Error('cannot load rvc_faiss.node: libfaiss.so: cannot open shared object file');",
    );
    const host = new EngineHost({ script });
    const local = new Backend({ dataDir: path.join(dir, 'data4'), engine: host });
    const crashes: EngineCrash[] = [];
    host.onCrash((crash) => crashes.push(crash));
    try {
      await expect(local.engineStatus()).rejects.toMatchObject({
        code: 'ENGINE_CRASHED',
        message: expect.stringMatching(/failed to start.*libfaiss\.so/),
      });
      await expect(host.run('inspect', { path: '/x.index' })).rejects.toMatchObject({
        code: 'ENGINE_CRASHED',
        message: expect.stringContaining('libfaiss.so'),
      });
      expect(crashes).toEqual([
        {
          message: expect.stringContaining('libfaiss.so'),
          reason: { code: 'engine_worker_failed', params: { reason: expect.stringContaining('libfaiss.so') } },
          lost_indexes: [],
        },
        {
          message: expect.stringContaining('libfaiss.so'),
          reason: { code: 'engine_worker_failed', params: { reason: expect.stringContaining('libfaiss.so') } },
          lost_indexes: [],
        },
      ]);
      expect(host.workerCount).toBe(0);
    } finally {
      await local.shutdown();
    }
  });

  it('notices a worker that dies while idle: its indexes are dropped and listeners told which', async () => {
    // answers builds, then dies on its own a moment later (nothing running)
    const script = fakeWorker(
      'dies-idle',
      "parentPort.postMessage({ type: 'ready', threads: 1, faiss_version: 'fake', faiss_variant: 'generic' });\n" +
        "parentPort.on('message', (m) => { parentPort.postMessage({ type: 'result', id: m.id, value: { index_id: m.params.index_id } }); setTimeout(() => process.exit(3), 50); });",
    );
    const host = new EngineHost({ script, maxWorkers: 1 });
    try {
      const crashed = new Promise<EngineCrash>((resolve) => host.onCrash(resolve));
      const index_id = host.newIndexId();
      await host.run('build', { experiment: '/x', hold_out: false, index_id });
      expect(host.hasIndex(index_id)).toBe(true);
      const crash = await crashed;
      expect(crash).toEqual({
        message: expect.stringContaining('exit code 3'),
        reason: { code: 'engine_worker_stopped', params: { reason: 'exit code 3', lost: index_id } },
        lost_indexes: [index_id],
      });
      expect(host.hasIndex(index_id)).toBe(false);
      await expect(host.run('evaluate', { index_id }, { indexId: index_id })).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: expect.stringContaining('engine worker restarted'),
      });
    } finally {
      await host.shutdown();
    }
  });

  it('does not report its own shutdown as a crash, and lets pending engineInfo calls go', async () => {
    const script = fakeWorker('never-ready', 'setInterval(() => undefined, 1000);');
    const host = new EngineHost({ script });
    const crashes: EngineCrash[] = [];
    host.onCrash((crash) => crashes.push(crash));
    const info = host.engineInfo().catch((error: AppError) => error);
    await host.shutdown();
    expect(await info).toMatchObject({ code: 'CANCELLED' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(crashes).toEqual([]);
  });
});
