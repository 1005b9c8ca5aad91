// Loaded into the browser-mode server with `node --import` by the end-to-end run (never in the
// product): measures the main thread's event-loop lag and appends one line per 250 ms window to
// $RVC_LAG_FILE, so the run can report the worst lag while a build runs in the engine's workers.
// Measures per window: the drift of a 10 ms interval timer (how late the main thread got to run a
// callback — what a user feels as a frozen UI) and perf_hooks.monitorEventLoopDelay. On a loaded
// machine both include time the OS did not schedule the thread; the run's CPU profile of the
// server (--cpu-prof) tells what the thread itself did.
import fs from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

const file = process.env.RVC_LAG_FILE;
// worker threads inherit --import: only the main thread is measured (the engine's workers are
// meant to be busy for seconds inside faiss)
if (file && isMainThread) {
  // maps the monotonic clock of CPU profiles (--cpu-prof) to wall-clock times
  fs.appendFileSync(
    file,
    `${JSON.stringify({ clock: { date_ms: Date.now(), mono_us: Number(process.hrtime.bigint() / 1000n) } })}\n`,
  );
  const TICK_MS = 10;
  const histogram = monitorEventLoopDelay({ resolution: TICK_MS });
  histogram.enable();
  let last = performance.now();
  let drift = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    drift = Math.max(drift, now - last - TICK_MS);
    last = now;
  }, TICK_MS);
  ticker.unref();
  const timer = setInterval(() => {
    const line = {
      t: Date.now(),
      drift_ms: drift,
      max_ms: histogram.max / 1e6,
      p99_ms: histogram.percentile(99) / 1e6,
      mean_ms: histogram.mean / 1e6,
    };
    histogram.reset();
    drift = 0;
    fs.appendFile(file, `${JSON.stringify(line)}\n`, () => undefined);
  }, 250);
  timer.unref();
}
