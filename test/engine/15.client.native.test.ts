// The EngineClient: jobs run in an engine process of their own; a native crash there fails the
// jobs that were running with ENGINE_CRASHED naming the operation and the file, removes the temp
// files the process was writing, tells which builds were lost, and the next job gets a new
// process; an interrupt cancels, then kills a process whose job does not stop in time.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineCrash } from '../../app/contract';
import { Backend } from '../../main/backend';
import { EngineClient } from '../../main/engine/client';
import { forkEngine } from '../../main/engine/launch';
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

const until = async (ok: () => boolean, ms = 5000) => {
  for (let waited = 0; !ok() && waited < ms; waited += 10) await new Promise((r) => setTimeout(r, 10));
};

/** A stand-in engine process for what the real one cannot stage on demand. */
function fakeEngine(name: string, onRun: string): () => ReturnType<typeof forkEngine> {
  const file = path.join(dir, `${name}.cjs`);
  fs.writeFileSync(
    file,
    `process.on('SIGINT', () => {});
process.send({ type: 'ready', info: { threads: 1, faiss_version: 'fake', faiss_variant: 'generic', workers: 1 } });
process.on('message', (message) => {
  if (message.type !== 'run') return;
  ${onRun}
});
`,
  );
  return () => forkEngine(file);
}

describe('EngineClient', () => {
  it('runs jobs in an engine process of its own', async () => {
    const client = backend.studio as EngineClient;
    const built = await backend.build({ experiment, factory: 'Flat' });
    expect(built.ntotal).toBe(6000);
    expect(client.pid).toBeGreaterThan(0);
    expect(client.pid).not.toBe(process.pid);
  });

  it('survives a native crash of the engine: the job fails naming what it was doing, builds are reported lost', async () => {
    const local = new Backend({ dataDir: path.join(dir, 'data2') });
    const crashes: EngineCrash[] = [];
    local.onEngineCrash((crash) => crashes.push(crash));
    try {
      const kept = await local.build({ experiment, factory: 'Flat' });
      const client = local.studio as EngineClient;
      const firstPid = client.pid!;
      // HNSW adds in small graph batches: a build long enough to be inside faiss when it dies
      const running = local.build({ experiment, factory: 'HNSW32', job_id: 'slow' });
      await new Promise((r) => setTimeout(r, 300));
      process.kill(firstPid, 'SIGSEGV');
      const error = await running.catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'ENGINE_CRASHED' });
      expect((error as Error).message).toMatch(/signal SIGSEGV/);
      expect((error as Error).message).toContain(`building HNSW32 from ${experiment}`);
      expect((error as Error).message).toContain(kept.index_id);
      expect(crashes).toEqual([
        {
          message: (error as Error).message,
          reason: { code: 'engine_process_stopped', params: { how: 'signal SIGSEGV', lost: kept.index_id } },
          lost_indexes: [kept.index_id],
        },
      ]);
      // the job's error carries the same reason, without the English job description
      expect(error).toMatchObject({ reason: { code: 'engine_process_stopped' } });
      await expect(local.evaluate({ index_id: kept.index_id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      // the next job starts a new engine process
      const again = await local.build({ experiment, factory: 'Flat' });
      expect(again.ntotal).toBe(6000);
      expect(client.pid).not.toBe(firstPid);
    } finally {
      await local.shutdown();
    }
  });

  it('names the file of an index-file job that crashed the engine, and removes the temp files it was writing', async () => {
    const temp = path.join(dir, '.x.index.rvc-index-999999-abc.tmp');
    const client = new EngineClient(
      fakeEngine(
        'crashing',
        `require('node:fs').writeFileSync(${JSON.stringify(temp)}, 'partial');
  process.send({ type: 'temp', temp: { path: ${JSON.stringify(temp)}, live: true } });
  setTimeout(() => process.kill(process.pid, 'SIGABRT'), 50);`,
      ),
    );
    const error = await client
      .run('evaluateFile', { experiment, index: path.join(dir, 'stranger.index') })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ENGINE_CRASHED' });
    expect((error as Error).message).toMatch(
      new RegExp(`signal SIGABRT.*while evaluating ${path.join(dir, 'stranger.index').replace(/[.]/g, '\\.')}`),
    );
    expect(fs.existsSync(temp)).toBe(false);
    await client.shutdown();
  });

  it('interrupt: a job that stops by itself ends CANCELLED and the engine stays', async () => {
    const client = backend.studio as EngineClient;
    const pid = client.pid;
    const running = backend.build({ experiment, factory: 'HNSW32', job_id: 'interrupted' });
    await new Promise((r) => setTimeout(r, 200));
    const started = Date.now();
    await backend.interrupt(5000);
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(Date.now() - started).toBeLessThan(HANG_MS);
    expect(client.pid).toBe(pid);
  });

  it('interrupt: a job that ignores the cancel is ended by killing its engine, temp files removed', async () => {
    const temp = path.join(dir, '.y.index.rvc-index-999998-abc.tmp');
    const client = new EngineClient(
      fakeEngine(
        'stuck',
        `require('node:fs').writeFileSync(${JSON.stringify(temp)}, 'partial');
  process.send({ type: 'temp', temp: { path: ${JSON.stringify(temp)}, live: true } });`,
      ),
    );
    const running = client.run('inspect', { path: '/x.index' });
    await until(() => fs.existsSync(temp));
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await client.interrupt(200);
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(Date.now() - started).toBeLessThan(HANG_MS);
    expect(fs.existsSync(temp)).toBe(false);
    expect(client.pid).toBeUndefined();
  });
});
