// Messages of the engine (docs/ARCHITECTURE.md, "Engine"): between the Backend's EngineClient
// and the engine process, and inside that process between the EngineHost and its worker threads.
// Jobs carry paths and parameters only: workers read the .npy files themselves, so no feature
// matrix is copied through messages.
import type {
  BuildRequest,
  BuildResult,
  EvalResult,
  EvaluateFileRequest,
  EvaluateRequest,
  EngineCrash,
  ExperimentInfo,
  ExperimentRequest,
  ExportRequest,
  ExportResult,
  FaissVariant,
  InspectResult,
  JobPhase,
  PointsEvent,
  ProgressEvent,
  SampleResult,
  SetParamsRequest,
  SetParamsResult,
  TuneRequest,
} from '../../app/contract';
import type {
  DoctorRequest,
  DoctorResult,
  RetuneRequest,
  RetuneResult,
  ShareRequest,
  ShareResult,
} from '../../app/models/api';
import type { ErrorInfo } from '../../app/errors';
import type { SharedDataset } from './datasets';

export interface JobTypes {
  info: { params: ExperimentRequest; result: ExperimentInfo };
  sample: { params: { dir: string; n: number; d: 768 | 256; seed: number }; result: SampleResult };
  build: { params: BuildRequest & { index_id: string }; result: BuildResult };
  evaluate: { params: EvaluateRequest; result: EvalResult };
  evaluateFile: { params: EvaluateFileRequest; result: EvalResult };
  /** the app's latest tuning request for a built index: the host runs tuneStep jobs for it */
  tune: { params: TuneRequest; result: { accepted: boolean } };
  /** one step of the tuning loop (started by the host, never asked for directly) */
  tuneStep: { params: TuneRequest; result: { more: boolean } };
  export: { params: ExportRequest; result: ExportResult };
  inspect: { params: { path: string }; result: InspectResult };
  setParams: { params: SetParamsRequest; result: SetParamsResult };
  doctor: { params: DoctorRequest; result: DoctorResult };
  retune: { params: RetuneRequest; result: RetuneResult };
  share: { params: ShareRequest; result: ShareResult };
  dispose: { params: { index_id: string }; result: { disposed: boolean } };
  /** test hook: crash the worker the way an unexpected failure would */
  crash: { params: Record<string, never>; result: never };
}
export type JobKind = keyof JobTypes;

/** How a job is run: its id (for progress and cancel), and the built index it works on (the job
 *  goes to the worker that owns it, and fails when that index is no longer loaded). */
export interface RunOptions {
  jobId?: string;
  indexId?: string;
}

export interface JobMessage {
  type: 'job';
  id: string;
  kind: JobKind;
  params: unknown;
  /** the loaded dataset the job needs, when the host has it (its features are shared memory) */
  dataset: SharedDataset | null;
}

/** Worker → host. `estimate_ms` marks a phase that runs inside one long native call (training):
 *  the host interpolates progress for it until the next message. */
export type WorkerMessage =
  | { type: 'ready'; threads: number; faiss_version: string; faiss_variant: FaissVariant }
  | {
      type: 'progress';
      id: string;
      phase: JobPhase;
      done: number;
      total: number;
      message: string;
      estimate_ms?: number;
    }
  | { type: 'result'; id: string; value: unknown }
  | { type: 'error'; id: string; error: ErrorInfo }
  | { type: 'points'; event: PointsEvent }
  | { type: 'temp'; temp: TempFileEvent }
  /** a dataset a worker loaded: the host keeps it for the next job on the same experiment */
  | { type: 'dataset'; dataset: SharedDataset };

/** The engine process's parent (Backend side) → the engine process. */
export type ParentMessage =
  | { type: 'run'; id: string; kind: JobKind; params: unknown; indexId?: string }
  | { type: 'cancel'; id: string }
  | { type: 'shutdown' };

/** A temp file an atomic write created (live) or moved/removed (not live): the parent removes the
 *  live ones if it has to kill the engine process mid-write. */
export interface TempFileEvent {
  path: string;
  live: boolean;
}

/** The engine process → its parent. */
export type EngineMessage =
  | { type: 'ready'; info: EngineInfo }
  | { type: 'failed'; error: ErrorInfo }
  | { type: 'progress'; event: ProgressEvent }
  | { type: 'result'; id: string; value: unknown }
  | { type: 'error'; id: string; error: ErrorInfo }
  | { type: 'worker-lost'; crash: EngineCrash }
  | { type: 'points'; event: PointsEvent }
  | { type: 'temp'; temp: TempFileEvent };

export interface EngineInfo {
  threads: number;
  faiss_version: string;
  faiss_variant: FaissVariant;
  /** worker threads the engine runs jobs on at most */
  workers: number;
}
