// The desktop main process's IPC wiring, without Electron: handlers called with fake events.
import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../app/contract';
import { createApiHandler, createPickHandler, isTrustedSender, releaseWindow, WindowJobs, type IpcEventLike } from '../../main/electron/ipc';
import { APP_ENTRY } from '../../main/electron/channels';

const ours = new Set([7]);
const policy = { isOurWindow: (id: number) => ours.has(id) };
const event = (id = 7, url: string | null = APP_ENTRY): IpcEventLike => ({ sender: { id }, senderFrame: url === null ? null : { url } });

function recordingDispatch(answer: (method: string, request: unknown) => Envelope<unknown> = () => ({ ok: true, value: { fine: true } })) {
  const calls: { method: string; request: unknown }[] = [];
  return {
    calls,
    dispatch: async (method: string, request: unknown) => {
      calls.push({ method, request });
      return answer(method, request);
    },
  };
}

describe('sender check', () => {
  it('trusts only our windows showing app://renderer/', () => {
    expect(isTrustedSender(event(), policy)).toBe(true);
    expect(isTrustedSender(event(8), policy)).toBe(false);
    expect(isTrustedSender(event(7, 'https://evil.example/'), policy)).toBe(false);
    expect(isTrustedSender(event(7, 'file:///tmp/index.html'), policy)).toBe(false);
    expect(isTrustedSender(event(7, 'app://other/index.html'), policy)).toBe(false);
    expect(isTrustedSender(event(7, null), policy)).toBe(false);
  });
});

describe('API handler', () => {
  it('refuses a foreign sender without calling the Backend', async () => {
    const { calls, dispatch } = recordingDispatch();
    const handler = createApiHandler({ dispatch, policy, jobs: new WindowJobs() });
    const answer = await handler(event(7, 'https://evil.example/'), 'listDir', { path: '/' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(calls).toHaveLength(0);
  });

  it('refuses a non-string method', async () => {
    const { calls, dispatch } = recordingDispatch();
    const handler = createApiHandler({ dispatch, policy, jobs: new WindowJobs() });
    expect(await handler(event(), 42, {})).toMatchObject({ ok: false });
    expect(calls).toHaveLength(0);
  });

  it('passes method and request to dispatch and returns its envelope', async () => {
    const { calls, dispatch } = recordingDispatch((method) => (method === 'listDir' ? { ok: true, value: { entries: [] } } : { ok: false, error: { code: 'INVALID_ARGUMENT', message: 'bad' } }));
    const handler = createApiHandler({ dispatch, policy, jobs: new WindowJobs() });
    expect(await handler(event(), 'listDir', { path: '/tmp' })).toEqual({ ok: true, value: { entries: [] } });
    expect(await handler(event(), 'nope', {})).toEqual({ ok: false, error: { code: 'INVALID_ARGUMENT', message: 'bad' } });
    expect(calls).toEqual([{ method: 'listDir', request: { path: '/tmp' } }, { method: 'nope', request: {} }]);
  });

  it('gives engine jobs a job id and tracks them per window while they run', async () => {
    const jobs = new WindowJobs();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const handler = createApiHandler({
      dispatch: async (method) => {
        await gate;
        return { ok: true, value: method === 'build' ? { index_id: 'ix1' } : {} };
      },
      policy,
      jobs,
    });
    const running = handler(event(), 'build', { experiment: '/x' });
    await Promise.resolve();
    const owner = [...Array(3).keys()].map((i) => jobs.ownerOf(`w7-job${i + 1}`)).find((o) => o !== null);
    expect(owner).toBe(7);
    release();
    await running;
    expect(jobs.release(7)).toEqual({ jobs: [], indexes: ['ix1'] });
  });

  it('keeps a job id the renderer chose', async () => {
    const { calls, dispatch } = recordingDispatch();
    const handler = createApiHandler({ dispatch, policy, jobs: new WindowJobs() });
    await handler(event(), 'evaluate', { index_id: 'ix1', job_id: 'mine' });
    expect((calls[0].request as { job_id: string }).job_id).toBe('mine');
  });

  it('forgets disposed indexes and reports successful calls', async () => {
    const jobs = new WindowJobs();
    const seen: string[] = [];
    const handler = createApiHandler({ dispatch: async (method) => ({ ok: true, value: method === 'build' ? { index_id: 'ix2' } : { disposed: true } }), policy, jobs, afterCall: (m) => seen.push(m) });
    await handler(event(), 'build', { experiment: '/x' });
    await handler(event(), 'disposeIndex', { index_id: 'ix2' });
    expect(jobs.release(7).indexes).toEqual([]);
    expect(seen).toEqual(['build', 'disposeIndex']);
  });
});

describe('closing a window', () => {
  it('cancels its running build and disposes its indexes', async () => {
    const jobs = new WindowJobs();
    jobs.startJob(7, 'build-1');
    jobs.addIndex(7, 'ix1');
    jobs.startJob(9, 'other');
    const cancelled: string[] = [];
    const disposed: string[] = [];
    const result = await releaseWindow(jobs, 7, {
      cancel: async ({ job_id }) => cancelled.push(job_id),
      disposeIndex: async ({ index_id }) => disposed.push(index_id),
    });
    expect(result).toEqual({ cancelled: ['build-1'], disposed: ['ix1'] });
    expect(cancelled).toEqual(['build-1']);
    expect(disposed).toEqual(['ix1']);
    expect(jobs.ownerOf('other')).toBe(9);
  });
});

describe('pick handler', () => {
  it('opens the dialog only for our window and known kinds', async () => {
    const asked: string[] = [];
    const handler = createPickHandler({ policy, showOpenDialog: async (id, kind) => (asked.push(`${id}:${kind}`), '/picked') });
    expect(await handler(event(), 'index')).toBe('/picked');
    expect(await handler(event(), 'anything')).toBeNull();
    expect(await handler(event(8), 'index')).toBeNull();
    expect(asked).toEqual(['7:index']);
  });
});
