// Engine worker thread: loads the native addon, runs one job at a time (synchronously — this
// thread is the one that blocks, never the main thread) and keeps its built indexes.
import { parentPort, workerData } from 'node:worker_threads';
import { toErrorInfo } from '../../app/errors';
import { observeTempFiles } from '../fsx/atomicWrite';
import { loadAddon } from '../native/addon';
import { offerDataset, onDatasetLoaded } from './datasets';
import { JobContext } from './jobContext';
import { runBuild } from './jobs/build';
import { runEvaluate, runEvaluateFile, runTuneStep } from './jobs/evaluate';
import { runExport } from './jobs/export';
import { runInspect, runSetParams } from './jobs/files';
import { runInfo } from './jobs/info';
import { runDoctor } from './jobs/library';
import { runRetune } from './jobs/retune';
import { runShare } from './jobs/share';
import { runSample } from './jobs/sample';
import type { JobMessage, JobTypes, WorkerMessage } from './protocol';
import { registry } from './registry';

/** Most jobs run synchronously; those that read zips (yauzl) are async. The host sends a worker
 *  one job at a time, so an async job still has the thread to itself. */
type Handlers = {
  [K in keyof JobTypes]: (
    ctx: JobContext,
    params: JobTypes[K]['params'],
  ) => JobTypes[K]['result'] | Promise<JobTypes[K]['result']>;
};

const handlers: Handlers = {
  info: (_ctx, params) => runInfo(params),
  sample: (ctx, params) => runSample(ctx, params),
  build: runBuild,
  evaluate: runEvaluate,
  evaluateFile: runEvaluateFile,
  tuneStep: runTuneStep,
  tune: () => {
    throw new Error("tune requests are the host's");
  },
  export: runExport,
  inspect: (_ctx, params) => runInspect(params),
  setParams: (_ctx, params) => runSetParams(params),
  doctor: runDoctor,
  retune: runRetune,
  share: runShare,
  dispose: (_ctx, params) => ({ disposed: registry.dispose(params.index_id) }),
  crash: () => {
    throw Object.assign(new Error('crash requested'), { fatal: true });
  },
};

const port = parentPort;
if (!port) throw new Error('engine worker must run in a worker thread');
const post = (message: WorkerMessage) => port.postMessage(message);
const { cancelFlag } = workerData as { cancelFlag: Int32Array };

// the parent removes these if it must kill this process in the middle of a write
observeTempFiles((temp, live) => post({ type: 'temp', temp: { path: temp, live } }));
onDatasetLoaded((dataset) => post({ type: 'dataset', dataset }));

const addon = loadAddon();
addon.setCancelFlag(cancelFlag);
post({
  type: 'ready',
  threads: addon.getNumThreads(),
  faiss_version: addon.faissVersion,
  faiss_variant: addon.faissVariant,
});

const fail = (id: string, error: unknown) => {
  if ((error as { fatal?: boolean }).fatal) process.exit(70);
  post({ type: 'error', id, error: toErrorInfo(error) });
};

port.on('message', (message: JobMessage) => {
  const ctx = new JobContext(message.id, post, cancelFlag);
  offerDataset(message.dataset);
  try {
    const handler = handlers[message.kind] as (ctx: JobContext, params: unknown) => unknown;
    const value = handler(ctx, message.params);
    if (value instanceof Promise)
      value.then(
        (result) => post({ type: 'result', id: message.id, value: result }),
        (error) => fail(message.id, error),
      );
    else post({ type: 'result', id: message.id, value });
  } catch (error) {
    fail(message.id, error);
  } finally {
    offerDataset(null);
  }
});
