// The one contract between the UI, the CLI and the Backend (docs/ARCHITECTURE.md, "Contract"). Electron IPC, the
// browser-mode HTTP/WebSocket transport and the CLI all call the same Backend methods with these
// shapes. Requests are validated at runtime on the main side (zod); responses are typed.
// Field names are snake_case because the CLI prints these objects as its --json contract.
import { z } from 'zod';
import type { ErrorInfo } from './errors';
import type { Message } from './messages';
import {
  doctorRequest,
  retuneRequest,
  shareRequest,
  type DoctorResult,
  type RetuneResult,
  type ShareResult,
} from './models/api';

const path = z.string().min(1).max(4096);
const positiveInt = z.number().int().min(1);

/** The largest values requests take; the CLI's options name the same limits. */
export const LIMITS = {
  /** inverted lists: faiss allocates two vectors per list on reading, whatever the file holds */
  nlist: 2 ** 20,
  /** HNSW search depth (the engine's own check) */
  ef_search: 1_000_000,
  /** neighbours per query */
  k: 100,
  k_factor: 1024,
  num_expand: 64,
  sample_frames: 2_000_000,
  block_seconds: 10,
} as const;
const nprobe = positiveInt.max(LIMITS.nlist);
const kFactor = z.number().min(1).max(LIMITS.k_factor);
const efSearch = positiveInt.max(LIMITS.ef_search);
const jobId = z.string().min(1).max(100);

export const metricSchema = z.enum(['l2', 'ip']);
export type Metric = z.infer<typeof metricSchema>;

// ---------------------------------------------------------------- experiments

export const experimentRequest = z.object({
  path,
  /** external query file or folder (.npy); default: held-out files of the experiment */
  queries: path.optional(),
  seed: z.number().int().min(0).optional(),
});
export type ExperimentRequest = z.infer<typeof experimentRequest>;

export interface FeatureFileSummary {
  name: string;
  frames: number;
  dtype: string;
  shape: number[];
  warnings: string[];
  /** the same warnings, structured */
  notices: Message[];
}

export interface HeldOutSplit {
  /** 'files': whole held-out utterances; 'frames': a contiguous block (single-file experiments);
   *  'external': a user-chosen query file/folder; 'none': too few frames to hold any out. */
  mode: 'files' | 'frames' | 'external' | 'none';
  query_files: string[];
  query_frames: number;
  index_frames: number;
  seed: number;
}

export interface CompressionAdvice {
  threshold: number;
  rvc_would_compress: boolean;
  centroids: number;
  full_index_bytes: number;
  compressed_index_bytes: number;
  message: string;
}

export interface ExperimentInfo {
  path: string;
  name: string;
  layout: 'rvc' | 'applio' | 'folder' | 'total_fea';
  feature_dir: string;
  version: 'v1' | 'v2' | null;
  n: number;
  d: number;
  files: FeatureFileSummary[];
  ignored: string[];
  dropped_rows: number;
  warnings: string[];
  /** the same warnings, structured */
  notices: Message[];
  /** features in memory + an RVC-preset index over them */
  memory_bytes: number;
  split: HeldOutSplit;
  compression: CompressionAdvice;
  rvc: { factory: string; n_ivf: number; nprobe: number };
}

export const sampleRequest = z.object({
  dir: path.optional(),
  n: z.number().int().min(100).max(LIMITS.sample_frames).optional(),
  d: z.union([z.literal(768), z.literal(256)]).optional(),
  seed: z.number().int().min(0).optional(),
});
export type SampleRequest = z.infer<typeof sampleRequest>;
export interface SampleResult {
  path: string;
  n: number;
  d: number;
  files: number;
}

// ---------------------------------------------------------------- build

export const buildOptions = z.object({
  experiment: path,
  /** faiss factory string; "{n}" expands to n_ivf */
  factory: z.string().min(1).max(512).optional(),
  metric: metricSchema.optional(),
  n_ivf: positiveInt.max(LIMITS.nlist).optional(),
  nprobe: nprobe.optional(),
  k_factor: kFactor.optional(),
  ef_search: efSearch.optional(),
  /** index only centroids of k-means over the frames (RVC: 10 000 when N > 200 000) */
  compress: z.object({ centroids: positiveInt }).nullable().optional(),
  /** α-query expansion of the database (and of the queries when `queries` is true) */
  expand: z
    .object({ num_expand: positiveInt.max(LIMITS.num_expand), alpha: z.number().min(0).max(16), queries: z.boolean() })
    .nullable()
    .optional(),
  seed: z.number().int().min(0).optional(),
  label: z.string().max(100).optional(),
});
export type BuildOptions = z.infer<typeof buildOptions>;

export const buildRequest = buildOptions.extend({
  job_id: jobId.optional(),
  /** leave the held-out query files out (evaluation builds); exports add them back */
  hold_out: z.boolean().default(false),
  queries: path.optional(),
  /** write the built index (atomically) to `out`, or to RVC's added_… name in the experiment folder */
  save: z.boolean().optional(),
  out: path.optional(),
  force: z.boolean().optional(),
  /** the export that follows this build: fail before any work if one of its files exists */
  export_files: z
    .object({
      out_dir: path.optional(),
      trained: z.boolean().optional(),
      total_fea: z.boolean().optional(),
      report: z.boolean().optional(),
    })
    .optional(),
});
export type BuildRequest = z.input<typeof buildRequest>;

export interface ClusterStats {
  list_sizes: number[];
  min: number;
  max: number;
  mean: number;
  std: number;
  empty: number;
  imbalance: number;
  histogram: { from: number; to: number; count: number }[];
}

export interface BuildResult {
  index_id: string;
  label: string;
  experiment: string;
  n: number;
  d: number;
  ntotal: number;
  factory: string;
  metric: Metric;
  type: string;
  nlist: number | null;
  nprobe: number | null;
  k_factor: number | null;
  output: string | null;
  timings_ms: { load: number; train: number; add: number; write: number; total: number };
  clusters: ClusterStats | null;
  file_bytes: number;
  memory_bytes: number;
  held_out: { files: number; frames: number };
  warnings: string[];
  /** the same warnings, structured */
  notices: Message[];
}

// ---------------------------------------------------------------- evaluation

const nprobeList = z.array(nprobe).min(1).max(64);

export const usageSchema = z.enum(['offline', 'realtime']);
export type Usage = z.infer<typeof usageSchema>;

/** How the cost is measured (app/cost.ts): RVC's offline segments, or realtime blocks of this length. */
const costOptions = {
  usage: usageSchema.optional(),
  /** realtime block length in seconds (default 0.25) */
  block_seconds: z.number().min(0.02).max(LIMITS.block_seconds).optional(),
  /** neighbours per frame: 8 as RVC and Applio search; 1 as w-okada's v1 */
  k: positiveInt.max(LIMITS.k).optional(),
};

/** One set of search parameters; null (or absent) where the index has no such parameter. */
export const searchSettings = z.object({
  nprobe: nprobe.nullable().optional(),
  k_factor: kFactor.nullable().optional(),
  ef_search: efSearch.nullable().optional(),
});
export type SearchSettingsRequest = z.infer<typeof searchSettings>;

export const evaluateRequest = z.object({
  job_id: jobId.optional(),
  index_id: z.string().min(1),
  /** default: 1, 2, 4, ... nlist (or one point for non-IVF indexes) */
  nprobes: nprobeList.optional(),
  k_factor: kFactor.optional(),
  ef_search: efSearch.optional(),
  ...costOptions,
});
export type EvaluateRequest = z.infer<typeof evaluateRequest>;

export const evaluateFileRequest = z.object({
  job_id: jobId.optional(),
  experiment: path,
  index: path,
  queries: path.optional(),
  nprobes: nprobeList.optional(),
  seed: z.number().int().min(0).optional(),
  ...costOptions,
});
export type EvaluateFileRequest = z.infer<typeof evaluateFileRequest>;

/**
 * What the app looks at now for a built index: the engine measures this point first (a first
 * estimate, then the final number), then the rest of the curve in the background, and pushes
 * every point as an event. The latest request for an index replaces the one before.
 */
export const tuneRequest = searchSettings.extend({
  index_id: z.string().min(1),
  ...costOptions,
  /** more settings to measure after this one (e.g. the k_factor effect table) */
  also: z.array(searchSettings).max(16).optional(),
  /** the whole n_probe curve, not only until recall levels off */
  full_sweep: z.boolean().optional(),
});
export type TuneRequest = z.input<typeof tuneRequest>;

/** What one usage costs at one point: the native time of RVC's own search calls. */
export interface UsageCost {
  usage: Usage;
  /** query frames per search call: RVC's offline segment, or the realtime block */
  block_frames: number;
  calls: number;
  block_ms_p50: number;
  block_ms_p99: number;
  /** search time per second of audio (50 frames) */
  ms_per_audio_second: number;
  /** realtime: the block's p99 search time over the block's duration (null offline) */
  block_share: number | null;
}

/** A built index measured at one set of search parameters: a first estimate, or final. */
export interface TuningPoint {
  nprobe: number | null;
  k_factor: number | null;
  ef_search: number | null;
  k: number;
  /** false: measured on a subsample of the queries (recall_low..recall_high says how sure) */
  final: boolean;
  queries: number;
  recall_at_1: number;
  recall_at_k: number;
  /** 95% interval of recall_at_k over the queries measured (equal to it when final) */
  recall_low: number;
  recall_high: number;
  blend_error: number;
  /** offline throughput: query frames per second through RVC's offline segments */
  qps: number;
  /** one frame per call (not what RVC pays): a detail */
  latency_us_p50: number;
  latency_us_p99: number;
  /** every usage measured at this point so far */
  costs: UsageCost[];
}

/** A point with the chosen usage's cost flattened in: what the CLI and the report print. */
export interface EvalPoint extends Omit<TuningPoint, 'costs'> {
  usage: Usage;
  block_frames: number;
  /** search calls the queries took in this usage */
  calls: number;
  ms_per_audio_second: number;
  block_ms_p50: number;
  block_ms_p99: number;
  block_share: number | null;
}

export interface EvalResult {
  index_id: string | null;
  queries: number;
  k: number;
  threads: number;
  usage: Usage;
  block_frames: number;
  points: EvalPoint[];
  warnings: string[];
  /** the same warnings, structured */
  notices: Message[];
}

/** Points of a built index, pushed by the engine as it measures them. */
export interface PointsEvent {
  index_id: string;
  points: TuningPoint[];
  /** nothing more to measure for the latest tune request */
  settled: boolean;
  /** why measuring stopped, when it failed */
  error: string | null;
}

// ---------------------------------------------------------------- export

export const exportRequest = z.object({
  job_id: jobId.optional(),
  /** a built index (hold-out builds get their held-out frames added back) */
  index_id: z.string().min(1),
  nprobe: nprobe.optional(),
  k_factor: kFactor.optional(),
  /** default: the experiment folder */
  out_dir: path.optional(),
  total_fea: z.boolean().optional(),
  trained: z.boolean().optional(),
  force: z.boolean().optional(),
  /** also write <name>.report.json and .csv: the engine's measured points of this build */
  report: z.boolean().optional(),
  /** the report's cost: RVC's offline segments (default) or realtime blocks */
  usage: usageSchema.optional(),
  block_seconds: z.number().min(0.02).max(LIMITS.block_seconds).optional(),
  /** the export may use the built index itself and frees it (no copy of a large index: the CLI's way) */
  free_index: z.boolean().optional(),
});
export type ExportRequest = z.infer<typeof exportRequest>;

export interface ExportCheck {
  name: string;
  ok: boolean;
  detail: Message;
}

export interface ExportResult {
  files: string[];
  warnings: string[];
  /** the same warnings, structured */
  notices: Message[];
  checks: ExportCheck[];
  ntotal: number;
  nprobe: number | null;
  k_factor: number | null;
}

// ---------------------------------------------------------------- inspect

export type FaissParamValue = number | string | boolean | null | number[];

/** One node of a faiss file: an index, a sub-index, a transform or the inverted lists. */
export interface FaissNode {
  fourcc: string;
  type: string;
  /** byte range [offset, end) in the file */
  offset: number;
  end: number;
  d?: number;
  ntotal?: number;
  metric?: string;
  params: Record<string, FaissParamValue>;
  children: FaissNode[];
}

export const inspectRequest = z.object({ path });
export type InspectRequest = z.infer<typeof inspectRequest>;

export interface InspectResult {
  path: string;
  file_bytes: number;
  type: string;
  d: number;
  ntotal: number;
  metric: string;
  nlist: number | null;
  nprobe: number | null;
  k_factor: number | null;
  /** a FastScan index answers the searches (under any IndexPreTransform / IndexRefine / IndexIDMap) */
  fast_scan: boolean;
  list_sizes: number[];
  imbalance: number | null;
  empty_lists: number | null;
  tree: FaissNode;
  /** why the file cannot be used (corrupt, inconsistent, unsupported, lists not stored); the
   *  tree then holds what was read, nodes cut short flagged `partial` */
  error: Message | null;
  /** harmless oddities (bytes after the index, a stored nprobe of 0, ...) */
  warnings: Message[];
}

export const setParamsRequest = z.object({
  path,
  out: path,
  nprobe: nprobe.optional(),
  k_factor: kFactor.optional(),
  force: z.boolean().optional(),
});
export type SetParamsRequest = z.infer<typeof setParamsRequest>;
export interface SetParamsResult {
  output: string;
  nprobe: number | null;
  k_factor: number | null;
}

// ---------------------------------------------------------------- jobs, files, settings

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
/** The faiss builds the engine ships: generic (any CPU) and AVX2 (x86-64 with AVX2/FMA/F16C). */
export const faissVariants = ['generic', 'avx2'] as const;
export type FaissVariant = (typeof faissVariants)[number];
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
