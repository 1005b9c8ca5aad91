// The desktop main process's IPC wiring, without Electron: handlers called with fake events.
import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../app/contract';
import {
  createApiHandler,
  createLocaleHandler,
  createPickHandler,
  isTrustedSender,
  WindowJobs,
  type IpcEventLike,
} from '../../main/electron/ipc';
import { APP_ENTRY } from '../../main/electron/channels';
import { releaseOwner } from '../../main/jobOwners';

const ours = new Set([7, 8]);
const policy = { isOurWindow: (id: number) => ours.has(id) };
const event = (id = 7, url: string | null = APP_ENTRY): IpcEventLike => ({
  sender: { id },
  senderFrame: url === null ? null : { url },
});

function recordingDispatch(
  answer: (method: string, request: unknown) => Envelope<unknown> = () => ({ ok: true, value: { fine: true } }),
) {
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
    expect(isTrustedSender(event(9), policy)).toBe(false);
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
    const { calls, dispatch } = recordingDispatch((method) =>
      method === 'listDir'
        ? { ok: true, value: { entries: [] } }
        : { ok: false, error: { code: 'INVALID_ARGUMENT', message: 'bad' } },
    );
    const handler = createApiHandler({ dispatch, policy, jobs: new WindowJobs() });
    expect(await handler(event(), 'listDir', { path: '/tmp' })).toEqual({ ok: true, value: { entries: [] } });
    expect(await handler(event(), 'nope', {})).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: 'bad' },
    });
    expect(calls).toEqual([
      { method: 'listDir', request: { path: '/tmp' } },
      { method: 'nope', request: {} },
    ]);
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
    expect(jobs.jobOf('w7/job1')).toEqual({ owner: 7, jobId: 'job1' });
    release();
    await running;
    expect(jobs.release(7)).toEqual({ jobs: [], indexes: ['ix1'] });
  });

  it("keeps the job id the renderer chose, behind the window's prefix, and gives progress back under it", async () => {
    const jobs = new WindowJobs();
    const { calls, dispatch } = recordingDispatch();
    const progress = {
      job_id: 'w7/mine',
      phase: 'evaluate' as const,
      done: 1,
      total: 2,
      elapsed_ms: 1,
      eta_ms: 1,
      message: '',
    };
    let routed: unknown = null;
    const handler = createApiHandler({
      dispatch: async (method, request) => ((routed = jobs.route(progress)), dispatch(method, request)),
      policy,
      jobs,
    });
    await handler(event(), 'evaluate', { index_id: 'ix1', job_id: 'mine' });
    expect((calls[0].request as { job_id: string }).job_id).toBe('w7/mine');
    expect(routed).toEqual({ owner: 7, event: { ...progress, job_id: 'mine' } });
    // a job nobody owns goes to every window as it is
    expect(jobs.route({ ...progress, job_id: 'job3' })).toEqual({
      owner: null,
      event: { ...progress, job_id: 'job3' },
    });
  });

  it('lets two windows use the same job ids', async () => {
    const { calls, dispatch } = recordingDispatch();
    const handler = createApiHandler({ dispatch, policy, jobs: new WindowJobs() });
    await Promise.all([
      handler(event(7), 'evaluate', { index_id: 'ix1', job_id: 'point-1' }),
      handler(event(8), 'evaluate', { index_id: 'ix2', job_id: 'point-1' }),
    ]);
    expect(calls.map((c) => (c.request as { job_id: string }).job_id)).toEqual(['w7/point-1', 'w8/point-1']);
  });

  it('forgets disposed indexes and reports successful calls', async () => {
    const jobs = new WindowJobs();
    const seen: string[] = [];
    const handler = createApiHandler({
      dispatch: async (method) => ({ ok: true, value: method === 'build' ? { index_id: 'ix2' } : { disposed: true } }),
      policy,
      jobs,
      afterCall: (m) => seen.push(m),
    });
    await handler(event(), 'build', { experiment: '/x' });
    await handler(event(), 'disposeIndex', { index_id: 'ix2' });
    expect(jobs.release(7).indexes).toEqual([]);
    expect(seen).toEqual(['build', 'disposeIndex']);
  });
});

/** A dispatch whose builds wait for `finish()`; index ids ix1, ix2, … */
function gatedEngine() {
  const calls: { method: string; request: unknown }[] = [];
  const gates: (() => void)[] = [];
  let built = 0;
  return {
    calls,
    finish: () => gates.shift()?.(),
    dispatch: async (method: string, request: unknown): Promise<Envelope<unknown>> => {
      calls.push({ method, request });
      if (method === 'build') {
        await new Promise<void>((resolve) => gates.push(resolve));
        return { ok: true, value: { index_id: `ix${++built}` } };
      }
      if (method === 'cancel') return { ok: true, value: { cancelled: true } };
      if (method === 'disposeIndex') return { ok: true, value: { disposed: true } };
      return { ok: true, value: {} };
    },
  };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const backendOf = (engine: ReturnType<typeof gatedEngine>) => ({
  cancel: (request: { job_id: string }) => engine.dispatch('cancel', request),
  disposeIndex: (request: { index_id: string }) => engine.dispatch('disposeIndex', request),
});

describe('window ownership', () => {
  it('a window cancels only its own jobs and disposes only its own indexes', async () => {
    const engine = gatedEngine();
    const handler = createApiHandler({ dispatch: engine.dispatch, policy, jobs: new WindowJobs() });
    const first = handler(event(7), 'build', { experiment: '/x', job_id: 'b' });
    engine.finish();
    const index = ((await first) as { value: { index_id: string } }).value.index_id;
    const running = handler(event(7), 'build', { experiment: '/x', job_id: 'b2' });
    await tick();
    // window 8 names window 7's job and index: to it they do not exist
    expect(await handler(event(8), 'cancel', { job_id: 'b2' })).toEqual({ ok: true, value: { cancelled: false } });
    expect(await handler(event(8), 'cancel', { job_id: 'w7/b2' })).toEqual({ ok: true, value: { cancelled: false } });
    expect(await handler(event(8), 'disposeIndex', { index_id: index })).toEqual({
      ok: true,
      value: { disposed: false },
    });
    // nor can it touch an index nobody owns (e.g. one whose window is gone)
    expect(await handler(event(8), 'disposeIndex', { index_id: 'ix99' })).toEqual({
      ok: true,
      value: { disposed: false },
    });
    expect(engine.calls.filter((c) => c.method !== 'build')).toEqual([]);
    // window 7 can
    expect(await handler(event(7), 'cancel', { job_id: 'b2' })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await handler(event(7), 'disposeIndex', { index_id: index })).toEqual({
      ok: true,
      value: { disposed: true },
    });
    expect(engine.calls.filter((c) => c.method !== 'build')).toEqual([
      { method: 'cancel', request: { job_id: 'w7/b2' } },
      { method: 'disposeIndex', request: { index_id: index } },
    ]);
    engine.finish();
    await running;
  });

  it('refuses a job id the window already has running', async () => {
    const engine = gatedEngine();
    const handler = createApiHandler({ dispatch: engine.dispatch, policy, jobs: new WindowJobs() });
    const running = handler(event(), 'build', { experiment: '/x', job_id: 'b' });
    await tick();
    expect(await handler(event(), 'build', { experiment: '/x', job_id: 'b' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    engine.finish();
    await running;
  });
});

describe('closing or reloading a window', () => {
  it("cancels its running build and disposes its indexes, and no other window's", async () => {
    const engine = gatedEngine();
    const jobs = new WindowJobs();
    const handler = createApiHandler({ dispatch: engine.dispatch, policy, jobs });
    const first = handler(event(7), 'build', { experiment: '/x' });
    engine.finish();
    await first;
    const running = handler(event(7), 'build', { experiment: '/x', job_id: 'build-1' });
    const other = handler(event(8), 'build', { experiment: '/x', job_id: 'build-1' });
    await tick();
    expect(await releaseOwner(jobs, 7, backendOf(engine))).toEqual({ cancelled: ['w7/build-1'], disposed: ['ix1'] });
    expect(jobs.jobOf('w8/build-1')).toEqual({ owner: 8, jobId: 'build-1' });
    engine.finish();
    engine.finish();
    await Promise.all([running, other]);
  });

  it('frees an index whose build finishes after its window closed, instead of keeping it for nobody', async () => {
    const engine = gatedEngine();
    const jobs = new WindowJobs();
    const handler = createApiHandler({ dispatch: engine.dispatch, policy, jobs });
    const running = handler(event(7), 'build', { experiment: '/x', job_id: 'b' });
    await tick();
    ours.delete(7);
    try {
      // the window closes: its build is asked to stop, but finishes anyway
      await releaseOwner(jobs, 7, backendOf(engine));
      engine.finish();
      expect(await running).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    } finally {
      ours.add(7);
    }
    expect(engine.calls.map((c) => c.method)).toEqual(['build', 'cancel', 'disposeIndex']);
    expect(engine.calls[2].request).toEqual({ index_id: 'ix1' });
    expect(jobs.indexOwner('ix1')).toBeNull();
  });

  it("after a reload, the old page's late build is freed and the new page's are kept", async () => {
    const engine = gatedEngine();
    const jobs = new WindowJobs();
    const handler = createApiHandler({ dispatch: engine.dispatch, policy, jobs });
    const oldPage = handler(event(7), 'build', { experiment: '/x', job_id: 'b' });
    await tick();
    await releaseOwner(jobs, 7, backendOf(engine));
    // the reloaded page (same window) builds too
    const newPage = handler(event(7), 'build', { experiment: '/x', job_id: 'b' });
    await tick();
    engine.finish();
    engine.finish();
    expect(await oldPage).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(await newPage).toEqual({ ok: true, value: { index_id: 'ix2' } });
    expect(jobs.indexOwner('ix1')).toBeNull();
    expect(jobs.indexOwner('ix2')).toBe(7);
  });
});

describe('pick handler', () => {
  it('opens the dialog only for our window and known kinds', async () => {
    const asked: string[] = [];
    const handler = createPickHandler({
      policy,
      showOpenDialog: async (id, kind) => (asked.push(`${id}:${kind}`), '/picked'),
    });
    expect(await handler(event(), 'index')).toBe('/picked');
    expect(await handler(event(), 'anything')).toBeNull();
    expect(await handler(event(9), 'index')).toBeNull();
    expect(asked).toEqual(['7:index']);
  });
});

describe('locale handler', () => {
  it('answers the OS languages to our window and takes only languages the app speaks', async () => {
    const chosen: string[] = [];
    const handler = createLocaleHandler({
      policy,
      systemLocales: () => ['ja-JP', 'en-US'],
      setLocale: (locale) => chosen.push(locale),
    });
    expect(await handler(event(), null)).toEqual(['ja-JP', 'en-US']);
    expect(await handler(event(), 'ru')).toEqual(['ja-JP', 'en-US']);
    expect(await handler(event(), 'de')).toEqual(['ja-JP', 'en-US']);
    expect(await handler(event(), { toString: () => 'ru' })).toEqual(['ja-JP', 'en-US']);
    expect(await handler(event(9), 'fr')).toEqual([]);
    expect(chosen).toEqual(['ru']);
  });
});
