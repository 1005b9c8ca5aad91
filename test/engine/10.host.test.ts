// The EngineHost: jobs run in worker threads, indexes stay in the worker that built them, a dead
// worker fails its jobs with ENGINE_CRASHED and is replaced, cancel reaches queued and running jobs.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../app/errors';
import { rvcNIvf } from '../../app/presets';
import { Backend } from '../../main/backend';
import { EngineHost } from '../../main/engine/host';
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
    const crashing = new Backend({ dataDir: path.join(dir, 'data2'), host });
    try {
      const built = await crashing.build({ experiment, hold_out: true });
      await expect(host.run('crash', {}, { indexId: built.index_id })).rejects.toMatchObject({ code: 'ENGINE_CRASHED', message: expect.stringContaining(built.index_id) });
      await expect(crashing.evaluate({ index_id: built.index_id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      const again = await crashing.build({ experiment, factory: 'Flat' });
      expect(again.ntotal).toBe(6000);
    } finally {
      await crashing.shutdown();
    }
  });

  it('cancels a queued job before it starts and a running job within seconds', async () => {
    const host = new EngineHost({ maxWorkers: 1 });
    const local = new Backend({ dataDir: path.join(dir, 'data3'), host });
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
      expect(Date.now() - cancelledAt).toBeLessThan(3000);
    } finally {
      await local.shutdown();
    }
  });

  it('runs two builds at once in two workers', async () => {
    const [a, b] = await Promise.all([backend.build({ experiment, label: 'a' }), backend.build({ experiment, factory: 'Flat', label: 'b' })]);
    expect(a.label).toBe('a');
    expect(b.type).toBe('IndexFlat');
    expect(backend.host.workerCount).toBe(2);
  });
});
