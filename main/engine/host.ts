// EngineHost: runs engine jobs in worker threads (the main/Electron thread never runs faiss or
// parses big files). Each worker runs one job at a time and keeps the indexes it built, so jobs
// on an index (n_probe changes, export) go to the worker that owns it. New builds go to an idle
// worker, up to `maxWorkers`. A worker that dies (running or idle) fails its jobs with
// ENGINE_CRASHED, loses its indexes, is reported to `onCrash` listeners and is replaced on the
// next job; the host process survives. One that dies before it is ready (the addon failed to
// load) fails engineInfo() with the worker's own error.
import { Worker } from 'node:worker_threads';
import type { EngineCrash, PointsEvent, TuneRequest } from '../../app/contract';
import { AppError, appError, cancelledError, fromErrorInfo, toErrorInfo } from '../../app/errors';
import { Listeners } from '../../app/listeners';
import { message } from '../../app/messages';
import { tuningIndexOf, tuningJobId } from '../../app/tuning/settings';
import { loadAddon } from '../native/addon';
import { nativeAddonPath, workerScriptPath } from '../paths';
import { DatasetCache } from './datasetCache';
import { EngineEvents } from './events';
import { newJob, relayProgress, stopTicker, type Job } from './hostJob';
import type { EngineInfo, JobKind, JobMessage, JobTypes, RunOptions, TempFileEvent, WorkerMessage } from './protocol';

export type { EngineCrash };
export type { EngineInfo };

/** A built index's latest tuning request: the host runs its steps while the slot is free. */
interface Tuning {
  request: TuneRequest;
  /** the request's own job id: the steps' progress goes out under it */
  jobId: string;
  settled: boolean;
  /** bumped by each request: a step of an older one neither settles nor reports */
  generation: number;
}

interface Slot {
  worker: Worker;
  cancelFlag: Int32Array;
  running: Job | null;
  queue: Job[];
  indexes: Set<string>;
  /** tuning requests of this worker's indexes, most recent last */
  tuning: Map<string, Tuning>;
  ready: boolean;
  exited: boolean;
}

let jobCounter = 0;
let indexCounter = 0;

export class EngineHost extends EngineEvents {
  private slots: Slot[] = [];
  private owners = new Map<string, Slot>();
  private info: EngineInfo | null = null;
  private infoWaiters: { resolve: (info: EngineInfo) => void; reject: (error: Error) => void }[] = [];
  private readonly temps = new Listeners<TempFileEvent>();
  private tuningGeneration = 0;
  private readonly datasets = new DatasetCache();

  constructor(private readonly options: { maxWorkers?: number; script?: string } = {}) {
    super();
  }

  private get maxWorkers(): number {
    return this.options.maxWorkers ?? 2;
  }

  get workerCount(): number {
    return this.slots.length;
  }

  /** threads and faiss version, as reported by a worker (starts one if needed) */
  async engineInfo(): Promise<EngineInfo> {
    if (this.info) return this.info;
    // a faiss build forced by RVC_FAISS_VARIANT that cannot load is a setting to fix (its own
    // error), not an engine crash: checked before any worker starts
    if (this.slots.length === 0) {
      nativeAddonPath();
      this.spawn();
    }
    return new Promise((resolve, reject) => this.infoWaiters.push({ resolve, reject }));
  }

  /** Temp files the workers' atomic writes create and remove (the engine process reports them). */
  onTempFile(listener: (temp: TempFileEvent) => void): () => void {
    return this.temps.add(listener);
  }

  newIndexId(): string {
    return `ix${++indexCounter}`;
  }

  hasIndex(indexId: string): boolean {
    return this.owners.has(indexId);
  }

  run<K extends JobKind>(
    kind: K,
    params: JobTypes[K]['params'],
    options: RunOptions = {},
  ): Promise<JobTypes[K]['result']> {
    if (kind === 'tune') return this.tune(params as TuneRequest);
    let slot: Slot;
    if (options.indexId !== undefined) {
      const owner = this.owners.get(options.indexId);
      if (!owner)
        return Promise.reject(
          appError('NOT_FOUND', 'index_lost', { id: options.indexId, where: 'worker' }, { field: 'index_id' }),
        );
      slot = owner;
    } else slot = this.pickSlot();
    return new Promise((resolve, reject) => {
      const job = newJob(options.jobId ?? `job${++jobCounter}`, kind, params, options, {
        resolve: resolve as (v: unknown) => void,
        reject,
      });
      slot.queue.push(job);
      this.pump(slot);
    });
  }

  /**
   * The app's latest tuning request for a built index replaces the one before; a step of the
   * tuning loop running on that worker gives way at once (unless it is computing the ground
   * truth every later step needs). The steps run while no other job is queued there.
   */
  private async tune(request: TuneRequest): Promise<{ accepted: boolean }> {
    const slot = this.owners.get(request.index_id);
    if (!slot) throw appError('NOT_FOUND', 'index_not_loaded', { id: request.index_id }, { field: 'index_id' });
    const jobId = tuningJobId(request.index_id);
    slot.tuning.delete(request.index_id);
    slot.tuning.set(request.index_id, { request, jobId, settled: false, generation: ++this.tuningGeneration });
    const running = slot.running;
    if (running?.kind === 'tuneStep' && running.phase !== 'ground_truth') Atomics.store(slot.cancelFlag, 0, 1);
    this.pump(slot);
    return { accepted: true };
  }

  /** The next step of the most recent unsettled tuning request of this worker, as a job. */
  private nextTuningStep(slot: Slot): Job | null {
    const pending = [...slot.tuning.entries()].reverse().find(([, tuning]) => !tuning.settled);
    if (!pending) return null;
    const [indexId, tuning] = pending;
    const stillCurrent = () => slot.tuning.get(indexId)?.generation === tuning.generation;
    return newJob(
      tuning.jobId,
      'tuneStep',
      tuning.request,
      { jobId: tuning.jobId, indexId },
      {
        resolve: (value) => {
          if (stillCurrent() && !(value as { more: boolean }).more) tuning.settled = true;
        },
        reject: (error) => {
          // given way to a newer request or a cancel: the loop picks up from what it knows
          if (!stillCurrent() || (error as AppError).code === 'CANCELLED') return;
          tuning.settled = true;
          const event: PointsEvent = { index_id: indexId, points: [], settled: true, error: toErrorInfo(error) };
          this.points.emit(event);
        },
      },
    );
  }

  /** Cancels a queued or running job; the running one stops at faiss's next interrupt check.
   *  Cancelling a tuning loop stops it until the next tune request for its index. */
  cancel(jobId: string): boolean {
    const tuned = tuningIndexOf(jobId);
    if (tuned !== null) {
      const slot = this.owners.get(tuned);
      const tuning = slot?.tuning.get(tuned);
      if (!slot || !tuning) return false;
      tuning.settled = true;
      if (slot.running?.id === jobId) Atomics.store(slot.cancelFlag, 0, 1);
      return true;
    }
    for (const slot of this.slots) {
      if (slot.running?.id === jobId) {
        Atomics.store(slot.cancelFlag, 0, 1);
        return true;
      }
      const queued = slot.queue.findIndex((job) => job.id === jobId);
      if (queued >= 0) {
        const [job] = slot.queue.splice(queued, 1);
        job.reject(cancelledError('cancelled_before_start'));
        return true;
      }
    }
    return false;
  }

  /** Cancels every queued and running job (in-process: they stop at faiss's next check). */
  async interrupt(): Promise<void> {
    for (const slot of this.slots) {
      for (const job of slot.queue.splice(0)) job.reject(cancelledError('cancelled_before_start'));
      if (slot.running) Atomics.store(slot.cancelFlag, 0, 1);
    }
  }

  /** Cancels everything and stops the workers. */
  async shutdown(): Promise<void> {
    const slots = this.slots;
    this.slots = [];
    for (const slot of slots) {
      for (const job of [...slot.queue, ...(slot.running ? [slot.running] : [])]) {
        stopTicker(job);
        job.reject(cancelledError('engine_shutting_down'));
      }
      slot.queue = [];
      slot.running = null;
      // terminate() makes it exit: that is not a crash
      slot.exited = true;
      Atomics.store(slot.cancelFlag, 0, 1);
    }
    this.owners.clear();
    this.datasets.clear();
    this.failInfoWaiters(() => cancelledError('engine_shutting_down'));
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private pickSlot(): Slot {
    const idle = this.slots.find((slot) => !slot.running && slot.queue.length === 0);
    if (idle) return idle;
    if (this.slots.length < this.maxWorkers) return this.spawn();
    return this.slots.reduce((a, b) =>
      a.queue.length + (a.running ? 1 : 0) <= b.queue.length + (b.running ? 1 : 0) ? a : b,
    );
  }

  private spawn(): Slot {
    // the engine's own thread holds the addon too: a worker that exits must not unload faiss
    // (linked in statically) while exit handlers still point into it (a segfault at exit)
    if (this.options.script === undefined) loadAddon();
    const cancelFlag = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(this.options.script ?? workerScriptPath(), { workerData: { cancelFlag } });
    const slot: Slot = {
      worker,
      cancelFlag,
      running: null,
      queue: [],
      indexes: new Set(),
      tuning: new Map(),
      ready: false,
      exited: false,
    };
    worker.on('message', (message: WorkerMessage) => this.onMessage(slot, message));
    worker.on('error', (error) => this.lostWorker(slot, `${error.message}`));
    worker.on('exit', (code) => this.lostWorker(slot, `exit code ${code}`));
    // A worker must not keep a CLI process alive once its jobs are done.
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private pump(slot: Slot): void {
    if (slot.running || slot.exited) return;
    // asked-for jobs first; the tuning loop fills the time between them
    const job = slot.queue.shift() ?? this.nextTuningStep(slot);
    if (!job) return;
    slot.running = job;
    Atomics.store(slot.cancelFlag, 0, 0);
    job.startedAt = job.phaseStartedAt = Date.now();
    if (job.kind === 'build') slot.indexes.add((job.params as { index_id: string }).index_id);
    const message: JobMessage = {
      type: 'job',
      id: job.id,
      kind: job.kind,
      params: job.params,
      dataset: this.datasets.forJob(job.kind, job.params),
    };
    slot.worker.ref();
    slot.worker.postMessage(message);
  }

  private onMessage(slot: Slot, message: WorkerMessage): void {
    if (message.type === 'ready') {
      slot.ready = true;
      this.info = {
        threads: message.threads,
        faiss_version: message.faiss_version,
        faiss_variant: message.faiss_variant,
        workers: this.maxWorkers,
      };
      for (const waiter of this.infoWaiters.splice(0)) waiter.resolve(this.info);
      return;
    }
    if (message.type === 'temp') {
      this.temps.emit(message.temp);
      return;
    }
    if (message.type === 'dataset') {
      this.datasets.keep(message.dataset);
      return;
    }
    if (message.type === 'points') {
      this.points.emit(message.event);
      return;
    }
    const job = slot.running;
    if (!job || job.id !== message.id) return;
    if (message.type === 'progress') {
      relayProgress(job, message, (event) => this.progress.emit(event));
      return;
    }
    stopTicker(job);
    slot.running = null;
    if (message.type === 'result') {
      if (job.kind === 'build') this.owners.set((job.params as { index_id: string }).index_id, slot);
      if (job.kind === 'dispose') {
        const id = (job.params as { index_id: string }).index_id;
        this.owners.delete(id);
        slot.indexes.delete(id);
        slot.tuning.delete(id);
      }
      job.resolve(message.value);
    } else {
      if (job.kind === 'build') slot.indexes.delete((job.params as { index_id: string }).index_id);
      job.reject(fromErrorInfo(message.error));
    }
    if (slot.queue.length === 0) slot.worker.unref();
    this.pump(slot);
  }

  // the error is made only for a waiter: formatting a message costs the process's first ICU load
  private failInfoWaiters(error: () => Error): void {
    for (const waiter of this.infoWaiters.splice(0)) waiter.reject(error());
  }

  // 'error' (with the worker's message, e.g. the addon failed to load) comes before 'exit': the
  // first one is reported
  private lostWorker(slot: Slot, reason: string): void {
    if (slot.exited) return;
    slot.exited = true;
    this.slots = this.slots.filter((s) => s !== slot);
    const lost = [...slot.indexes];
    for (const id of lost) this.owners.delete(id);
    const said = slot.ready
      ? message('engine_worker_stopped', { reason, lost: lost.length > 0 ? lost.join(', ') : 'none' })
      : message('engine_worker_failed', { reason });
    const crashed = () => new AppError('ENGINE_CRASHED', said.text, { reason: said });
    const jobs = [...(slot.running ? [slot.running] : []), ...slot.queue];
    slot.running = null;
    slot.queue = [];
    for (const job of jobs) {
      stopTicker(job);
      job.reject(crashed());
    }
    // waiters wait for any worker: only the last one standing lets them down
    if (this.slots.length === 0) this.failInfoWaiters(crashed);
    this.crashes.emit({ message: said.text, reason: { code: said.code, params: said.params }, lost_indexes: lost });
  }
}
