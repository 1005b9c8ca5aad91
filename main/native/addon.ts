// Typed access to the C++ addon (main/native/src). Loaded only inside engine worker threads and
// tests: every call is synchronous and may take seconds.
import { createRequire } from 'node:module';
import { AppError, appError, type ErrorCode } from '../../app/errors';
import { message, type Message } from '../../app/messages';
import type { FaissVariant, Metric } from '../../app/contract';
import { nativeAddonPath } from '../paths';

export interface SearchResult {
  distances: Float32Array;
  labels: Int32Array;
  elapsedNs: number;
}

export interface BlocksResult {
  distances: Float32Array;
  labels: Int32Array;
  /** native time of each block's faiss call */
  blockNs: Float64Array;
}

export interface IndexDescription {
  type: string;
  /** the index and each wrapped index, outermost first */
  chain: string[];
  d: number;
  ntotal: number;
  metric: Metric | 'other';
  isTrained: boolean;
  /** a FastScan index answers the searches */
  fastScan: boolean;
  /** a plain IVF index (not FastScan, not wrapped): its lists can be scanned in an order of ours */
  listScan: boolean;
  /** an IndexIDMap in the chain: ids are not 0..ntotal-1 */
  mapsIds: boolean;
  nlist: number | null;
  nprobe: number | null;
  kFactor: number | null;
  efSearch: number | null;
}

export interface NativeIndex {
  train(vectors: Float32Array): void;
  add(vectors: Float32Array): void;
  /** `parameters` ("nprobe=8,k_factor=4") apply to this call only */
  search(queries: Float32Array, k: number, parameters?: string): SearchResult;
  /**
   * Consecutive blocks of `blockRows` query rows, one faiss call per block, each timed natively:
   * the calls RVC makes (offline segments, realtime blocks; 1 = a lone frame). `parameters` as
   * for search.
   */
  searchBlocks(queries: Float32Array, k: number, blockRows: number, parameters?: string): BlocksResult;
  /** the first `count` lists each query probes, with coarse distances (plain IVF indexes only) */
  coarseAssign(queries: Float32Array, count: number): { distances: Float32Array; labels: Int32Array };
  /** scans only the given lists (n × m ids, -1 = none) of each query: faiss's search_preassigned */
  searchPreassigned(
    queries: Float32Array,
    k: number,
    lists: Int32Array,
    listDistances: Float32Array,
  ): { distances: Float32Array; labels: Int32Array };
  /** "nprobe=8,k_factor=4,efSearch=64" */
  setParameters(spec: string): void;
  describe(): IndexDescription;
  listSizes(): Uint32Array | null;
  /** rows first .. first+count-1; `into` (exactly count × d values) is filled and returned instead of a new array */
  reconstructN(first: number, count: number, into?: Float32Array): Float32Array;
  toBuffer(): Buffer;
  /** write_index straight to `file` (callers write a temp file and rename it) */
  write(file: string): void;
  /** bytes toBuffer() would produce */
  byteSize(): number;
  clone(): NativeIndex;
  reset(): void;
  dispose(): void;
}

export interface SearchOutputArrays {
  distances: Float32Array;
  labels: Int32Array;
}

export interface KMeansResult {
  centroids: Float32Array;
  objective: number;
}

export interface NativeAddon {
  faissVersion: string;
  /** the faiss build this addon links */
  faissVariant: FaissVariant;
  setCancelFlag(flag: Int32Array): void;
  setNumThreads(threads: number): void;
  getNumThreads(): number;
  kmeans(
    vectors: Float32Array,
    d: number,
    k: number,
    options?: { niter?: number; seed?: number; maxPointsPerCentroid?: number },
  ): KMeansResult;
  /** exact k nearest neighbours of each query row in `database` (IndexFlat's search, no copy of it) */
  knn(database: Float32Array, queries: Float32Array, d: number, k: number, metric: Metric): SearchOutputArrays;
  Index: {
    create(d: number, factory: string, metric: Metric): NativeIndex;
    fromBuffer(bytes: Uint8Array): NativeIndex;
  };
}

let addon: NativeAddon | null = null;

/** The reason of an error the addon throws: its own text (or faiss's) is a parameter. */
function nativeReason(code: ErrorCode, text: string): Message {
  if (code === 'OUT_OF_MEMORY') return message('engine_out_of_memory');
  if (code === 'CANCELLED') return message('cancelled');
  if (code === 'INVALID_ARGUMENT') return message('engine_refused', { detail: text });
  return message('faiss_failed', { detail: text });
}

/** The class the addon makes its errors with (`new NativeError(code, text)`): an AppError whose
 *  English text is the addon's, with a coded reason. */
class NativeError extends AppError {
  constructor(code: ErrorCode, text: string) {
    super(code, text, { reason: nativeReason(code, text) });
  }
}

export function loadAddon(): NativeAddon {
  if (addon) return addon;
  const file = nativeAddonPath();
  let module: NativeAddon & { init(errorClass: typeof NativeError): void };
  try {
    module = createRequire(__filename)(file) as typeof module;
  } catch (error) {
    throw appError('INTERNAL', 'engine_not_loadable', { file, reason: (error as Error).message });
  }
  module.init(NativeError);
  addon = module;
  return addon;
}
