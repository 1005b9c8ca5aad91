// The Backend: implements the contract (app/contract/) once for every transport — Electron IPC,
// browser mode and the CLI. Heavy work goes to engine processes (docs/ARCHITECTURE.md, "Engine"):
// one for the open experiment and the indexes built from it, one for files from elsewhere
// (index files, models), so a crash on a stranger's file never costs a build.
import fs from 'node:fs';
import path from 'node:path';
import type {
  Api,
  ApiMethod,
  ApiRequest,
  ApiResponses,
  DirEntry,
  Envelope,
  ProgressEvent,
  RecentList,
} from '../app/contract';
import { apiMethods, apiRequests, isApiMethod } from '../app/contract';
import { AppError, appError, refuse, toErrorInfo } from '../app/errors';
import { message } from '../app/messages';
import { fsCause } from './fsx/regularFile';
import type { z } from 'zod';
import { Listeners } from '../app/listeners';
import type { EngineCrash, PointsEvent } from '../app/contract';
import { EngineClient, type Engine } from './engine/client';
import type { EngineLauncher } from './engine/launch';
import {
  checkDestination,
  checkFolderToCreate,
  checkInputFile,
  checkInputPath,
  checkOutputFolder,
} from './fsx/preflight';
import { sampleFeatureFolder } from './sample/writeSample';
import { writeFileAtomic } from './fsx/atomicWrite';

export const SAMPLE_DEFAULTS = { n: 30_000, d: 768 as const, seed: 0 };
const RECENT_LIMIT = 10;

export interface BackendOptions {
  /** where recent lists and the embedded sample experiment live */
  dataDir: string;
  /** starts an engine process (default: Node's fork; the desktop app uses Electron's utilityProcess) */
  launcher?: EngineLauncher;
  /** tests: run every job in this engine instead */
  engine?: Engine;
}

let indexCounter = 0;

export class Backend implements Api {
  /** experiments, builds and the indexes built from them */
  readonly studio: Engine;
  /** index files and models from elsewhere */
  readonly files: Engine;
  private readonly progress = new Listeners<ProgressEvent>();
  private readonly points = new Listeners<PointsEvent>();

  constructor(private readonly options: BackendOptions) {
    this.studio = options.engine ?? new EngineClient(options.launcher);
    this.files = options.engine ?? new EngineClient(options.launcher);
    for (const engine of this.engines) {
      engine.onProgress(this.progress.emit);
      engine.onPoints(this.points.emit);
    }
  }

  /** Points of built indexes, as the engine's tuning loop measures them. */
  onPoints(listener: (event: PointsEvent) => void): () => void {
    return this.points.add(listener);
  }

  /** An engine process (or worker) stopped: its jobs failed with ENGINE_CRASHED, `lost_indexes` are gone. */
  onEngineCrash(listener: (crash: EngineCrash) => void): () => void {
    const stops = this.engines.map((engine) => engine.onCrash(listener));
    return () => stops.forEach((stop) => stop());
  }

  onProgress(listener: (event: ProgressEvent) => void): () => void {
    return this.progress.add(listener);
  }

  get samplePath(): string {
    return path.join(this.options.dataDir, 'sample-experiment');
  }

  async engineStatus() {
    const info = await this.studio.engineInfo();
    return {
      ...info,
      sample_path: fs.existsSync(path.join(this.samplePath, sampleFeatureFolder(SAMPLE_DEFAULTS.d)))
        ? this.samplePath
        : null,
    };
  }

  async experimentInfo(request: ApiRequest<'experimentInfo'>) {
    checkInputPath(path.resolve(request.path), 'experiment');
    if (request.queries !== undefined) checkInputPath(path.resolve(request.queries), 'queries');
    return this.studio.run('info', request);
  }

  /** Writes a sample experiment; without `dir`, the embedded default (created once, then reused). */
  async createSample(request: ApiRequest<'createSample'>) {
    const params = {
      n: request.n ?? SAMPLE_DEFAULTS.n,
      d: request.d ?? SAMPLE_DEFAULTS.d,
      seed: request.seed ?? SAMPLE_DEFAULTS.seed,
      dir: path.resolve(request.dir ?? this.samplePath),
    };
    checkFolderToCreate(params.dir);
    // reused once complete (its feature folder appears only when every file is written)
    if (request.dir === undefined && fs.existsSync(path.join(params.dir, sampleFeatureFolder(params.d)))) {
      const info = await this.experimentInfo({ path: params.dir });
      return { path: params.dir, n: info.n, d: info.d, files: info.files.length };
    }
    return this.studio.run('sample', params);
  }

  async build(request: ApiRequest<'build'>) {
    checkInputPath(path.resolve(request.experiment), 'experiment');
    if (request.queries !== undefined) checkInputPath(path.resolve(request.queries), 'queries');
    if (request.out !== undefined) checkDestination(path.resolve(request.out), request.force ?? false);
    if (request.export_files?.out_dir !== undefined) checkOutputFolder(path.resolve(request.export_files.out_dir));
    const params = { ...request, hold_out: request.hold_out ?? false, index_id: `ix${++indexCounter}` };
    return this.studio.run('build', params, { jobId: request.job_id });
  }

  async evaluate(request: ApiRequest<'evaluate'>) {
    return this.studio.run('evaluate', request, {
      jobId: request.job_id,
      indexId: request.index_id,
    });
  }

  /** The app's tuning request for a built index: points follow as onPoints events. */
  async tune(request: ApiRequest<'tune'>) {
    return this.studio.run('tune', request, { indexId: request.index_id });
  }

  async evaluateFile(request: ApiRequest<'evaluateFile'>) {
    checkInputFile(path.resolve(request.index), 'index');
    checkInputPath(path.resolve(request.experiment), 'experiment');
    if (request.queries !== undefined) checkInputPath(path.resolve(request.queries), 'queries');
    return this.files.run('evaluateFile', request, { jobId: request.job_id });
  }

  async exportIndex(request: ApiRequest<'exportIndex'>) {
    if (request.out_dir !== undefined) checkOutputFolder(path.resolve(request.out_dir));
    return this.studio.run('export', request, {
      jobId: request.job_id,
      indexId: request.index_id,
    });
  }

  async inspect(request: ApiRequest<'inspect'>) {
    checkInputFile(path.resolve(request.path), 'index');
    return this.files.run('inspect', request);
  }

  async setParams(request: ApiRequest<'setParams'>) {
    checkInputFile(path.resolve(request.path), 'index');
    checkDestination(path.resolve(request.out), request.force ?? false);
    return this.files.run('setParams', request);
  }

  /** Opens a folder or .zip of voice models: pairs, findings and recall estimates. */
  async doctor(request: ApiRequest<'doctor'>) {
    checkInputPath(path.resolve(request.path), 'library');
    return this.files.run('doctor', request, { jobId: request.job_id });
  }

  async retune(request: ApiRequest<'retune'>) {
    checkInputPath(path.resolve(request.path), 'library');
    if (request.out_dir !== undefined) checkOutputFolder(path.resolve(request.out_dir));
    return this.files.run('retune', request, { jobId: request.job_id });
  }

  async share(request: ApiRequest<'share'>) {
    checkInputFile(path.resolve(request.pth), 'pth');
    checkInputFile(path.resolve(request.index), 'index');
    checkDestination(path.resolve(request.out), request.force ?? false);
    return this.files.run('share', request, { jobId: request.job_id });
  }

  async cancel(request: ApiRequest<'cancel'>) {
    const cancelled = this.studio.cancel(request.job_id) || this.files.cancel(request.job_id);
    return { cancelled };
  }

  async disposeIndex(request: ApiRequest<'disposeIndex'>) {
    if (!this.studio.hasIndex(request.index_id)) return { disposed: false };
    return this.studio.run('dispose', request, { indexId: request.index_id });
  }

  /** One folder's entries (browser mode's folder picker): only the folder the user typed. */
  async listDir(request: ApiRequest<'listDir'>) {
    const dir = path.resolve(request.path);
    let names: fs.Dirent[];
    try {
      names = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw refuse(dir, 'file_missing', {}, 'NOT_FOUND');
      throw refuse(dir, 'folder_unlistable', fsCause(error));
    }
    const kind = (entry: fs.Dirent): DirEntry['kind'] =>
      entry.isDirectory()
        ? 'dir'
        : entry.name.endsWith('.npy')
          ? 'npy'
          : entry.name.endsWith('.index')
            ? 'index'
            : 'file';
    const entries = names
      .filter((entry) => !entry.name.startsWith('.'))
      .map((entry) => ({ name: entry.name, kind: kind(entry) }))
      .sort((a, b) =>
        (a.kind === 'dir') !== (b.kind === 'dir') ? (a.kind === 'dir' ? -1 : 1) : a.name.localeCompare(b.name),
      );
    const parent = path.dirname(dir);
    return { path: dir, parent: parent === dir ? null : parent, entries };
  }

  private get recentFile(): string {
    return path.join(this.options.dataDir, 'recent.json');
  }

  async recentList(): Promise<RecentList> {
    try {
      const parsed = JSON.parse(fs.readFileSync(this.recentFile, 'utf8')) as Partial<RecentList>;
      const strings = (list: unknown) =>
        Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
      return { experiments: strings(parsed.experiments), indexes: strings(parsed.indexes) };
    } catch {
      return { experiments: [], indexes: [] };
    }
  }

  async recentAdd(request: ApiRequest<'recentAdd'>): Promise<RecentList> {
    const recent = await this.recentList();
    const key = request.kind === 'experiment' ? 'experiments' : 'indexes';
    const file = path.resolve(request.path);
    recent[key] = [file, ...recent[key].filter((p) => p !== file)].slice(0, RECENT_LIMIT);
    fs.mkdirSync(this.options.dataDir, { recursive: true });
    writeFileAtomic(this.recentFile, new TextEncoder().encode(JSON.stringify(recent, null, 2)), { overwrite: true });
    return recent;
  }

  /** Ends every job (a CLI that got a signal): see EngineClient.interrupt. */
  async interrupt(graceMs: number): Promise<void> {
    await Promise.all(this.engines.map((engine) => engine.interrupt(graceMs)));
  }

  async shutdown(): Promise<void> {
    await Promise.all(this.engines.map((engine) => engine.shutdown()));
  }

  private get engines(): Engine[] {
    return [...new Set([this.studio, this.files])];
  }
}

/** Parses a request against the contract; a bad one is an INVALID_ARGUMENT naming the field. */
export function validateRequest<M extends ApiMethod>(method: M, request: unknown): ApiRequest<M> {
  const parsed = apiRequests[method].safeParse(request ?? {});
  if (parsed.success) return parsed.data as ApiRequest<M>;
  throw requestError(method, parsed.error.issues[0]);
}

/** A refused request: the schema's English words as the text, the reason coded for numbers out
 *  of range (what a user's input can cause). */
function requestError(method: string, issue: z.core.$ZodIssue): AppError {
  const field = issue.path.join('.') || 'request';
  const params = { method, field };
  const reason =
    issue.code === 'too_small' && issue.origin === 'number'
      ? message('request_below_min', {
          ...params,
          min: Number(issue.minimum),
          inclusive: issue.inclusive ? 'yes' : 'no',
        })
      : issue.code === 'too_big' && issue.origin === 'number'
        ? message('request_above_max', {
            ...params,
            max: Number(issue.maximum),
            inclusive: issue.inclusive ? 'yes' : 'no',
          })
        : message('request_invalid', { ...params, detail: issue.message });
  return new AppError('INVALID_ARGUMENT', `${method}: ${field}: ${issue.message}`, { field, reason });
}

/** The Backend behind the same request validation as every transport (the CLI's view of it). */
export function validatedApi(backend: Backend): Api {
  const api = {} as Record<ApiMethod, (request: unknown) => Promise<unknown>>;
  for (const method of apiMethods)
    api[method] = (request) =>
      (backend[method] as (r: unknown) => Promise<unknown>).call(backend, validateRequest(method, request));
  return api as unknown as Api;
}

/** The boundary every transport calls: validates the method and request, never throws. */
export async function dispatch(backend: Backend, method: string, request: unknown): Promise<Envelope<unknown>> {
  try {
    if (!isApiMethod(method))
      throw appError('INVALID_ARGUMENT', 'request_unknown_method', { method }, { field: 'method' });
    const call = backend[method].bind(backend) as (r: unknown) => Promise<ApiResponses[ApiMethod]>;
    return { ok: true, value: await call(validateRequest(method, request)) };
  } catch (error) {
    return { ok: false, error: toErrorInfo(error) };
  }
}
