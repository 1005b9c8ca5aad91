// A worker thread running a native call that takes far longer than any test (for cancellation):
// 'train' = k-means of 100k×128 points into 4096 lists; 'search' = a batch search of 20k queries
// through every list of an IVF64 index over 20k vectors; 'fastscan' = batch searches, one after
// another, of an IVF1024 FastScan index at n_probe 1, where nearly all the time goes to the coarse
// quantizer that faiss 1.7.3 runs inside its own OpenMP loop (an interrupt there would abort). Messages: {started: ms} when the call
// begins, then {code, at: ms} when it throws (CANCELLED) or {finished: true}.
import { Worker } from 'node:worker_threads';
import { loadAddon } from '../../main/native/addon';
import { nativeAddonPath } from '../../main/paths';

const workerSource = `
  const { parentPort, workerData } = require('node:worker_threads');
  const m = require(workerData.addon);
  m.init(class EngineError extends Error { constructor(code, message) { super(message); this.code = code; } });
  m.setCancelFlag(workerData.flag);
  const d = 128, n = workerData.kind === 'train' ? 100000 : 20000;
  const data = new Float32Array(n * d);
  for (let i = 0; i < data.length; i++) data[i] = Math.sin(i * 0.37) + Math.cos(i * 0.011);
  const factory = { train: 'IVF4096,Flat', search: 'IVF64,Flat', fastscan: 'IVF1024,PQ32x4fs' }[workerData.kind];
  const index = m.Index.create(d, factory, 'l2');
  if (workerData.kind === 'search') { index.train(data); index.add(data); index.setParameters('nprobe=64'); }
  if (workerData.kind === 'fastscan') { index.train(data); index.add(data); }
  const call = {
    train: () => index.train(data),
    search: () => index.search(data, 8),
    fastscan: () => { for (;;) index.search(data, 8); },
  }[workerData.kind];
  parentPort.postMessage({ started: Date.now() });
  try { call(); parentPort.postMessage({ finished: true }); }
  catch (e) { parentPort.postMessage({ code: e.code, at: Date.now() }); }
`;

export type LongCall = 'train' | 'search' | 'fastscan';
export interface LongCallEnd {
  started: number;
  code?: string;
  at?: number;
  finished?: boolean;
}

/** Starts the call in a worker whose cancel flag is `flag`; `ended` settles when it returns or throws. */
export function startLongNativeCall(
  flag: Int32Array,
  kind: LongCall,
): { worker: Worker; started: Promise<number>; ended: Promise<LongCallEnd> } {
  // this thread holds the addon too: a worker that exits must not unload faiss (linked in
  // statically) while exit handlers still point into it (a segfault when the process ends)
  loadAddon();
  const worker = new Worker(workerSource, { eval: true, workerData: { addon: nativeAddonPath(), flag, kind } });
  let markStarted: (at: number) => void = () => undefined;
  const started = new Promise<number>((resolve) => (markStarted = resolve));
  const ended = new Promise<LongCallEnd>((resolve, reject) => {
    let startedAt = 0;
    worker.on('message', (message: LongCallEnd) => {
      if (message.started && message.code === undefined && !message.finished) {
        startedAt = message.started;
        markStarted(startedAt);
      } else resolve({ ...message, started: startedAt });
    });
    worker.on('error', reject);
  });
  return { worker, started, ended };
}
