// Cancellation: a SharedArrayBuffer flag polled by faiss's InterruptCallback (and by the addon
// between batch-search slices) stops a long native call with CANCELLED, and only in the thread
// whose flag was set. How fast (the ~2 s goal) is measured by `npm run bench`; here the bound is
// only a hang detector.
import { describe, expect, it } from 'vitest';
import { HANG_MS } from '../helpers/hang';
import { startLongNativeCall, type LongCall } from '../helpers/longNativeCall';

function startTraining(flag: Int32Array, kind: LongCall = 'train') {
  const { worker, started, ended } = startLongNativeCall(flag, kind);
  return { worker, started, messages: ended };
}

// 'started' is posted just before the native call: this long after it, the call is running
const IN_THE_CALL_MS = 300;

describe('cancellation', () => {
  it.each(['train', 'search', 'fastscan'] as const)('stops a long %s with CANCELLED', async (kind) => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const { worker, started, messages } = startTraining(flag, kind);
    // the search's own index is trained first: cancel the call itself, not that
    await started;
    await new Promise((resolve) => setTimeout(resolve, IN_THE_CALL_MS));
    const cancelledAt = Date.now();
    Atomics.store(flag, 0, 1);
    const result = await messages;
    await worker.terminate();
    expect(result.code).toBe('CANCELLED');
    expect(result.at! - cancelledAt).toBeLessThan(HANG_MS);
  });

  it('leaves a training in another thread running', async () => {
    const cancelled = new Int32Array(new SharedArrayBuffer(4));
    const other = new Int32Array(new SharedArrayBuffer(4));
    const a = startTraining(cancelled);
    const b = startTraining(other);
    await Promise.all([a.started, b.started]);
    await new Promise((resolve) => setTimeout(resolve, IN_THE_CALL_MS));
    Atomics.store(cancelled, 0, 1);
    expect((await a.messages).code).toBe('CANCELLED');
    // b is still training: cancel it too, and it must report its own cancellation afterwards
    const bStillRunning = await Promise.race([
      b.messages.then(() => false),
      new Promise<boolean>((r) => setTimeout(() => r(true), 1000)),
    ]);
    expect(bStillRunning).toBe(true);
    Atomics.store(other, 0, 1);
    expect((await b.messages).code).toBe('CANCELLED');
    await Promise.all([a.worker.terminate(), b.worker.terminate()]);
  });
});
