import { describe, expect, it } from 'vitest';
import { PointScheduler, type PointRequest } from '../../renderer/lib/pointScheduler';

class Cancelled extends Error {}

function harness() {
  const calls: { request: PointRequest; jobId: string; resolve(v: string): void; reject(e: unknown): void }[] = [];
  const cancelled: string[] = [];
  const results: string[] = [];
  const errors: string[] = [];
  const scheduler = new PointScheduler<string>({
    evaluate: (request, jobId) => new Promise((resolve, reject) => calls.push({ request, jobId, resolve, reject })),
    cancel: (jobId) => {
      cancelled.push(jobId);
      calls.find((c) => c.jobId === jobId)?.reject(new Cancelled());
    },
    isCancelled: (error) => error instanceof Cancelled,
    result: (request, value, background) => results.push(`${background ? 'bg' : 'fg'}:${request.nprobe}=${value}`),
    error: (request, _error, background) => errors.push(`${background ? 'bg' : 'fg'}:${request.nprobe}`),
  });
  const flush = () => new Promise((r) => setTimeout(r, 0));
  return { scheduler, calls, cancelled, results, errors, flush };
}

const point = (nprobe: number): PointRequest => ({ indexId: 'ix1', nprobe, kFactor: null });

describe('PointScheduler', () => {
  it('measures background points one at a time', async () => {
    const { scheduler, calls, results, flush } = harness();
    scheduler.background([point(64), point(128)]);
    expect(calls.map((c) => c.request.nprobe)).toEqual([64]);
    calls[0].resolve('a');
    await flush();
    expect(calls.map((c) => c.request.nprobe)).toEqual([64, 128]);
    calls[1].resolve('b');
    await flush();
    expect(results).toEqual(['bg:64=a', 'bg:128=b']);
    expect(scheduler.idle).toBe(true);
  });

  it('cancels background work for a slider move, then re-queues it', async () => {
    const { scheduler, calls, cancelled, results, flush } = harness();
    scheduler.background([point(512), point(769)]);
    scheduler.foreground(point(9));
    expect(cancelled).toEqual([calls[0].jobId]);
    await flush();
    expect(calls.map((c) => c.request.nprobe)).toEqual([512, 9]);
    calls[1].resolve('fg');
    await flush();
    expect(calls.map((c) => c.request.nprobe)).toEqual([512, 9, 512]);
    calls[2].resolve('x');
    await flush();
    calls[3].resolve('y');
    await flush();
    expect(results).toEqual(['fg:9=fg', 'bg:512=x', 'bg:769=y']);
  });

  it('keeps only the newest foreground request while one runs', async () => {
    const { scheduler, calls, results, flush } = harness();
    scheduler.foreground(point(2));
    scheduler.foreground(point(3));
    scheduler.foreground(point(4));
    expect(calls).toHaveLength(1);
    calls[0].resolve('two');
    await flush();
    expect(calls.map((c) => c.request.nprobe)).toEqual([2, 4]);
    calls[1].resolve('four');
    await flush();
    expect(results).toEqual(['fg:2=two', 'fg:4=four']);
  });

  it('does not measure a queued point twice, and forgets a removed index', async () => {
    const { scheduler, calls, flush } = harness();
    scheduler.foreground(point(1));
    scheduler.background([point(64), point(128), { indexId: 'ix2', nprobe: 8, kFactor: null }]);
    scheduler.foreground(point(64));
    scheduler.forget('ix2');
    calls[0].resolve('1');
    await flush();
    calls[1].resolve('64');
    await flush();
    calls[2].resolve('128');
    await flush();
    expect(calls.map((c) => `${c.request.indexId}:${c.request.nprobe}`)).toEqual(['ix1:1', 'ix1:64', 'ix1:128']);
  });

  it('holds background work while a build runs', async () => {
    const { scheduler, calls, cancelled, flush } = harness();
    scheduler.background([point(64), point(128)]);
    scheduler.pauseBackground(true);
    expect(cancelled).toEqual([calls[0].jobId]);
    await flush();
    expect(calls).toHaveLength(1);
    scheduler.foreground(point(3));
    expect(calls.map((c) => c.request.nprobe)).toEqual([64, 3]);
    calls[1].resolve('3');
    await flush();
    expect(calls).toHaveLength(2);
    scheduler.pauseBackground(false);
    expect(calls.map((c) => c.request.nprobe)).toEqual([64, 3, 64]);
  });

  it('reports real errors', async () => {
    const { scheduler, calls, errors, flush } = harness();
    scheduler.background([point(8)]);
    calls[0].reject(new Error('gone'));
    await flush();
    expect(errors).toEqual(['bg:8']);
  });
});
