// The retune job inside the engine: progress as it goes, and a cancel that stops before the next
// copy is placed, leaving no partial or temporary file behind.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { JobContext } from '../../main/engine/jobContext';
import { runRetune } from '../../main/engine/jobs/retune';
import type { WorkerMessage } from '../../main/engine/protocol';
import { tempDir } from '../helpers/tmp';
import { writeTestLibrary } from './testLibrary';

const work = tempDir('rvc-retune-');
const lib = path.join(work, 'library');

beforeAll(() => writeTestLibrary(lib, path.join(work, 'staging')), 300_000);

function context(cancelWhen: (message: WorkerMessage) => boolean) {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const messages: WorkerMessage[] = [];
  const ctx = new JobContext(
    'retune-test',
    (message) => {
      messages.push(message);
      if (cancelWhen(message)) Atomics.store(flag, 0, 1);
    },
    flag,
  );
  return { ctx, messages };
}

describe('retune job', () => {
  it('reports the scan and each copy, and ends at the total', async () => {
    const out = fs.mkdtempSync(path.join(work, 'out-'));
    const { ctx, messages } = context(() => false);
    const result = await runRetune(ctx, { path: lib, nprobe: 8, out_dir: out });
    const progress = messages.flatMap((m) => (m.type === 'progress' ? [m] : []));
    expect(progress[0]).toMatchObject({ phase: 'scan', done: 0 });
    const last = progress[progress.length - 1];
    expect(last).toMatchObject({ phase: 'write', done: last.total });
    expect(result.files).toHaveLength(4);
    expect(fs.readdirSync(out).sort()).toEqual(result.files.map((f) => path.basename(f)).sort());
  });

  it('stops at a cancel: no copy, no temporary file', async () => {
    const out = fs.mkdtempSync(path.join(work, 'out-'));
    const { ctx } = context((m) => m.type === 'progress' && m.phase === 'write' && m.message.startsWith('re-tuning'));
    await expect(runRetune(ctx, { path: lib, nprobe: 8, out_dir: out })).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(fs.readdirSync(out)).toEqual([]);
  });
});
