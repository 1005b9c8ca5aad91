// Jobs, files and settings, and the table of every Backend method with its request schema.
import { z } from 'zod';
import type { FaissVariant } from './constants';
import { type ErrorInfo, type ErrorReason } from '../errors';
import {
  type DoctorResult,
  type RetuneResult,
  type ShareResult,
  doctorRequest,
  retuneRequest,
  shareRequest,
} from '../models/api';
import { type BuildResult, buildRequest } from './build';
import { jobId, path } from './common';
import { type EvalResult, evaluateFileRequest, evaluateRequest, tuneRequest } from './evaluation';
import { type ExperimentInfo, type SampleResult, experimentRequest, sampleRequest } from './experiments';
import {
  type ExportResult,
  type InspectResult,
  type SetParamsResult,
  exportRequest,
  inspectRequest,
  setParamsRequest,
} from './files';

export const cancelRequest = z.object({ job_id: jobId });
export const disposeRequest = z.object({ index_id: z.string().min(1) });
export const listDirRequest = z.object({ path });
export interface DirEntry {
  name: string;
  kind: 'dir' | 'npy' | 'index' | 'file';
}
export interface DirListing {
  path: string;
  parent: string | null;
  entries: DirEntry[];
}
export const recentAddRequest = z.object({ kind: z.enum(['experiment', 'index']), path });
export interface RecentList {
  experiments: string[];
  indexes: string[];
}
export interface EngineStatus {
  faiss_version: string;
  /** which faiss build the engine runs */
  faiss_variant: FaissVariant;
  threads: number;
  workers: number;
  sample_path: string | null;
}

/** An engine worker stopped unexpectedly: what the UI tells the user and forgets. (Its running
 *  and queued jobs fail with ENGINE_CRASHED on their own.) */
export interface EngineCrash {
  message: string;
  /** the message's code and parameters, which the UI says in the user's language */
  reason?: ErrorReason;
  /** indexes that lived in the worker: gone, build them again */
  lost_indexes: string[];
}

export type JobPhase =
  | 'scan'
  | 'load'
  | 'compress'
  | 'expand'
  | 'train'
  | 'add'
  | 'evaluate'
  | 'ground_truth'
  | 'write'
  | 'sample'
  | 'inspect';

export interface ProgressEvent {
  job_id: string;
  phase: JobPhase;
  done: number;
  total: number;
  elapsed_ms: number;
  eta_ms: number | null;
  message: string;
}

const empty = z.object({}).strict();

/** Every Backend method: its request schema. Responses are in ApiResponses. */
export const apiRequests = {
  engineStatus: empty,
  experimentInfo: experimentRequest,
  createSample: sampleRequest,
  build: buildRequest,
  evaluate: evaluateRequest,
  evaluateFile: evaluateFileRequest,
  tune: tuneRequest,
  exportIndex: exportRequest,
  inspect: inspectRequest,
  setParams: setParamsRequest,
  doctor: doctorRequest,
  retune: retuneRequest,
  share: shareRequest,
  cancel: cancelRequest,
  disposeIndex: disposeRequest,
  listDir: listDirRequest,
  recentList: empty,
  recentAdd: recentAddRequest,
} as const;

export interface ApiResponses {
  engineStatus: EngineStatus;
  experimentInfo: ExperimentInfo;
  createSample: SampleResult;
  build: BuildResult;
  evaluate: EvalResult;
  evaluateFile: EvalResult;
  tune: { accepted: boolean };
  exportIndex: ExportResult;
  inspect: InspectResult;
  setParams: SetParamsResult;
  doctor: DoctorResult;
  retune: RetuneResult;
  share: ShareResult;
  cancel: { cancelled: boolean };
  disposeIndex: { disposed: boolean };
  listDir: DirListing;
  recentList: RecentList;
  recentAdd: RecentList;
}

export type ApiMethod = keyof typeof apiRequests;
export const apiMethods = Object.keys(apiRequests) as ApiMethod[];
export type ApiRequest<M extends ApiMethod> = z.input<(typeof apiRequests)[M]>;

/** The Backend as every transport sees it. */
export type Api = { [M in ApiMethod]: (request: ApiRequest<M>) => Promise<ApiResponses[M]> };

/** What crosses a transport for one call. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export const isApiMethod = (name: string): name is ApiMethod => Object.prototype.hasOwnProperty.call(apiRequests, name);
