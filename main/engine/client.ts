// EngineClient: the Backend's handle on one engine process (docs/ARCHITECTURE.md, "Engine"). It
// starts the process on first use, sends it jobs and cancels, and hands back results and progress.
// A native crash (SIGSEGV, SIGABRT, out of memory) ends only the engine process: the client fails
// the jobs that were running with ENGINE_CRASHED, naming the operation and the file it was on,
// tells its crash listeners which built indexes were lost, removes the temp files the process was
// writing, and starts a new process for the next job.
import path from 'node:path';
import type { EngineCrash, PointsEvent, ProgressEvent } from '../../app/contract';
import { AppError, appError, cancelledError, fromErrorInfo } from '../../app/errors';
import { message as englishMessage } from '../../app/messages';
import { EngineEvents } from './events';
import { forkEngine, type EngineChannel, type EngineLauncher } from './launch';
import type { EngineInfo, EngineMessage, JobKind, JobTypes, RunOptions } from './protocol';
import { tuningIndexOf } from '../../app/tuning/settings';
import { removeTempFile } from '../fsx/atomicWrite';

/** What runs jobs for the Backend: an EngineClient (an engine process), or in tests an EngineHost. */
export interface Engine {
  engineInfo(): Promise<EngineInfo>;
  run<K extends JobKind>(kind: K, params: JobTypes[K]['params'], options?: RunOptions): Promise<JobTypes[K]['result']>;
  cancel(jobId: string): boolean;
  hasIndex(indexId: string): boolean;
  onCrash(listener: (crash: EngineCrash) => void): () => void;
  /** every job's progress */
  onProgress(listener: (event: ProgressEvent) => void): () => void;
  /** points the tuning loop measured */
  onPoints(listener: (event: PointsEvent) => void): () => void;
  /** cancels every job and waits until they ended (or, past `graceMs`, ends them by force) */
  interrupt(graceMs: number): Promise<void>;
  shutdown(): Promise<void>;
}

interface Pending {
  kind: JobKind;
  params: unknown;
  options: RunOptions;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Running {
  channel: EngineChannel;
  ready: Promise<EngineInfo>;
  /** set when we end the process ourselves: its exit is no crash */
  stopping: boolean;
  exited: Promise<void>;
}

let jobCounter = 0;

/** "evaluating /x/y.index": what a job was doing, for a crash message. */
export function describeJob(kind: JobKind, params: unknown): string {
  const p = params as Record<string, unknown>;
  const file = (key: string) => (typeof p[key] === 'string' ? path.resolve(p[key]) : '?');
  switch (kind) {
    case 'build':
      return `building ${typeof p.factory === 'string' ? p.factory : 'the index'} from ${file('experiment')}`;
    case 'evaluate':
      return `measuring index ${String(p.index_id)}`;
    case 'evaluateFile':
      return `evaluating ${file('index')}`;
    case 'export':
      return `exporting index ${String(p.index_id)}`;
    case 'inspect':
      return `inspecting ${file('path')}`;
    case 'setParams':
      return `re-saving ${file('path')}`;
    case 'info':
      return `reading ${file('path')}`;
    case 'doctor':
      return `checking the model library ${file('path')}`;
    case 'retune':
      return `re-tuning the models of ${file('path')}`;
    case 'share':
      return `writing the share zip ${file('out')}`;
    case 'sample':
      return `writing the sample experiment to ${file('dir')}`;
    case 'dispose':
      return `freeing index ${String(p.index_id)}`;
    default:
      return kind;
  }
}

export class EngineClient extends EngineEvents implements Engine {
  private running: Running | null = null;
  private readonly pending = new Map<string, Pending>();
  private readonly indexes = new Set<string>();
  private readonly temps = new Set<string>();

  constructor(private readonly launch: EngineLauncher = () => forkEngine()) {
    super();
  }

  /** the engine process's id, while one runs */
  get pid(): number | undefined {
    return this.running?.channel.pid;
  }

  engineInfo(): Promise<EngineInfo> {
    const running = this.start();
    running.channel.hold(true);
    return running.ready.finally(() => {
      if (this.pending.size === 0) running.channel.hold(false);
    });
  }

  hasIndex(indexId: string): boolean {
    return this.indexes.has(indexId);
  }

  run<K extends JobKind>(
    kind: K,
    params: JobTypes[K]['params'],
    options: RunOptions = {},
  ): Promise<JobTypes[K]['result']> {
    if (options.indexId !== undefined && !this.indexes.has(options.indexId)) {
      return Promise.reject(
        appError('NOT_FOUND', 'index_lost', { id: options.indexId, where: 'engine' }, { field: 'index_id' }),
      );
    }
    const id = options.jobId ?? `job${++jobCounter}`;
    if (this.pending.has(id))
      return Promise.reject(appError('INVALID_ARGUMENT', 'job_already_running', { id }, { field: 'job_id' }));
    const { channel } = this.start();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { kind, params, options, resolve: resolve as (v: unknown) => void, reject });
      channel.hold(true);
      channel.send({ type: 'run', id, kind, params, indexId: options.indexId });
    });
  }

  /** Cancels a queued or running job; faiss's threads see the flag within milliseconds. */
  cancel(jobId: string): boolean {
    if (!this.running) return false;
    // a tuning loop is the engine's own job, not one of ours: the engine knows if it runs
    const tuned = tuningIndexOf(jobId);
    if (tuned !== null ? !this.indexes.has(tuned) : !this.pending.has(jobId)) return false;
    this.running.channel.send({ type: 'cancel', id: jobId });
    return true;
  }

  /**
   * Cancels every job and waits for them to end; a job still running after `graceMs` (a native
   * call that polls no cancel flag, e.g. writing a large file) is ended by killing the engine
   * process and removing its temp files. For a CLI that was interrupted and is about to exit.
   */
  async interrupt(graceMs: number): Promise<void> {
    const running = this.running;
    if (!running || this.pending.size === 0) return;
    for (const id of this.pending.keys()) running.channel.send({ type: 'cancel', id });
    const settled = Promise.allSettled([...this.pending.values()].map((job) => this.settledOf(job)));
    const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), graceMs).unref());
    if ((await Promise.race([settled, timer])) === 'timeout') await this.stop(running, 'cancel');
  }

  /** Cancels everything and ends the engine process. */
  async shutdown(): Promise<void> {
    const running = this.running;
    if (!running) return;
    running.stopping = true;
    // waiting for the exit must keep a CLI alive (it would end with no exit status of its own)
    running.channel.hold(true);
    running.channel.send({ type: 'shutdown' });
    const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 3000).unref());
    if ((await Promise.race([running.exited, timer])) === 'timeout') await this.stop(running, 'shutdown');
    if (this.pending.size > 0) this.failAll(cancelledError('engine_shutting_down'));
  }

  private settledOf(job: Pending): Promise<void> {
    return new Promise((resolve) => {
      const { resolve: done, reject: failed } = job;
      job.resolve = (value) => {
        done(value);
        resolve();
      };
      job.reject = (error) => {
        failed(error);
        resolve();
      };
    });
  }

  private async stop(running: Running, why: 'cancel' | 'shutdown'): Promise<void> {
    running.stopping = true;
    running.channel.hold(true);
    running.channel.kill();
    await running.exited;
    this.failAll(cancelledError('engine_stopped_after', { why }));
  }

  private failAll(error: AppError): void {
    const jobs = [...this.pending.values()];
    this.pending.clear();
    for (const job of jobs) job.reject(error);
  }

  private start(): Running {
    if (this.running) return this.running;
    const channel = this.launch();
    let ready!: { resolve: (info: EngineInfo) => void; reject: (error: Error) => void };
    let exited!: () => void;
    const running: Running = {
      channel,
      ready: new Promise((resolve, reject) => (ready = { resolve, reject })),
      stopping: false,
      exited: new Promise((resolve) => (exited = resolve)),
    };
    // engineInfo() callers see failures; nobody else has to
    // engineInfo() callers see failures; nobody else has to
    let readied = false;
    running.ready.then(
      () => (readied = true),
      () => (readied = true),
    );
    this.running = running;
    channel.onMessage((message) => this.onMessage(running, message, ready));
    channel.onExit((how) => {
      this.onExit(running, how);
      // only a process that never became ready needs the error (formatting one loads ICU)
      if (!readied) ready.reject(appError('ENGINE_CRASHED', 'engine_not_ready', { how }));
      exited();
    });
    return running;
  }

  private onMessage(
    running: Running,
    message: EngineMessage,
    ready: { resolve: (info: EngineInfo) => void; reject: (error: Error) => void },
  ): void {
    switch (message.type) {
      case 'ready':
        ready.resolve(message.info);
        return;
      case 'failed':
        ready.reject(fromErrorInfo(message.error));
        return;
      case 'progress':
        this.progress.emit(message.event);
        return;
      case 'points':
        this.points.emit(message.event);
        return;
      case 'temp':
        if (message.temp.live) this.temps.add(message.temp.path);
        else this.temps.delete(message.temp.path);
        return;
      case 'worker-lost':
        for (const id of message.crash.lost_indexes) this.indexes.delete(id);
        this.crashes.emit(message.crash);
        return;
      case 'result':
      case 'error': {
        const job = this.pending.get(message.id);
        if (!job || running !== this.running) return;
        this.pending.delete(message.id);
        if (this.pending.size === 0) running.channel.hold(false);
        if (message.type === 'error') {
          job.reject(fromErrorInfo(message.error));
          return;
        }
        if (job.kind === 'build') this.indexes.add((job.params as { index_id: string }).index_id);
        if (job.kind === 'dispose') this.indexes.delete((job.params as { index_id: string }).index_id);
        job.resolve(message.value);
      }
    }
  }

  private onExit(running: Running, how: string): void {
    if (this.running === running) this.running = null;
    for (const temp of this.temps) removeTempFile(temp);
    this.temps.clear();
    const lost = [...this.indexes];
    this.indexes.clear();
    if (running.stopping) return;
    const jobs = [...this.pending.values()];
    this.pending.clear();
    const doing = jobs.map((job) => describeJob(job.kind, job.params));
    const detail = lost.length > 0 ? `; built indexes lost: ${lost.join(', ')} (build them again)` : '';
    const message = `the engine stopped (${how})${doing.length > 0 ? ` while ${doing.join(' and ')}` : ''}; it restarts on the next request${detail}`;
    // the reason leaves out what the jobs were doing (English job descriptions)
    const lostIds = lost.length > 0 ? lost.join(', ') : 'none';
    const reason = englishMessage('engine_process_stopped', { how, lost: lostIds });
    for (const job of jobs) job.reject(new AppError('ENGINE_CRASHED', message, { reason }));
    this.crashes.emit({ message, reason: { code: reason.code, params: reason.params }, lost_indexes: lost });
  }
}
