// What the doctor needs to know about an index, from the pure-TypeScript inspect result: its
// numbers, whether a FastScan index answers RVC's searches, and whether RVC's load path
// (faiss 1.7.3: read_index, then reconstruct_n(0, ntotal)) can get the stored vectors back.
//
// reconstruct_n in faiss 1.7.3, measured type by type with Python faiss 1.7.3:
// - works: IndexFlat*, IndexPQ, IndexPQFastScan, IndexScalarQuantizer, IndexLSH,
//   IndexResidualQuantizer, IndexNSGFlat; IVF-Flat / SQ / PQ / PQR / PQFastScan (IndexIVF walks its
//   lists, no direct map needed); HNSW through its storage; IndexRefine through its refine index;
//   IndexPreTransform through its index, reversing PCA / OPQ / rotations / normalisation;
// - throws: IVF with residual or local-search quantizers, IVFFlatDedup, an IVF whose lists are
//   not stored, ITQ transforms;
// - aborts the whole process: IndexIDMap (no reconstruct, and faiss calls it inside an OpenMP loop
//   where the exception ends the program), and IndexIDMap2 over an index that cannot reconstruct
//   single vectors (an IVF without a direct map).
import type { FaissNode, InspectResult } from '../contract';

export type Reconstruct = 'ok' | 'fails' | 'crashes' | 'unknown';

export interface IndexFacts {
  type: string;
  d: number;
  ntotal: number;
  metric: string;
  nlist: number | null;
  nprobe: number | null;
  kFactor: number | null;
  fileBytes: number;
  /** a FastScan index answers the searches (possibly under IndexRefine / IndexPreTransform) */
  fastScan: boolean;
  reconstruct: Reconstruct;
  /** the node type that decides a 'fails' / 'crashes' verdict */
  reconstructBlocker: string | null;
  /** why inspect read only part of the file, or null */
  partial: string | null;
}

interface Verdict {
  status: Reconstruct;
  at: string | null;
}

const OK: Verdict = { status: 'ok', at: null };
const UNKNOWN: Verdict = { status: 'unknown', at: null };

const CODECS = new Set([
  'IndexFlat',
  'IndexFlatL2',
  'IndexFlatIP',
  'IndexPQ',
  'IndexPQFastScan',
  'IndexScalarQuantizer',
  'IndexLSH',
  'IndexResidualQuantizer',
  'IndexNSGFlat',
]);
const IVF_OK = new Set(['IndexIVFFlat', 'IndexIVFScalarQuantizer', 'IndexIVFPQ', 'IndexIVFPQR', 'IndexIVFPQFastScan']);
const IVF_FAILS = new Set([
  'IndexIVFFlatDedup',
  'IndexIVFResidualQuantizer',
  'IndexIVFLocalSearchQuantizer',
  'IndexIVFProductResidualQuantizer',
  'IndexIVFProductLocalSearchQuantizer',
]);
const IRREVERSIBLE_TRANSFORMS = new Set(['ITQTransform', 'ITQMatrix']);

/** faiss's class for a node (the reader marks old on-disk layouts "(legacy format)") */
const classOf = (node: FaissNode) => node.type.replace(/ \(legacy format\)$/, '');
const lastChild = (node: FaissNode): FaissNode | undefined => node.children[node.children.length - 1];
const listsMissing = (ivf: FaissNode) => ivf.children.some((child) => child.params.stored === false);

/** reconstruct(i) on one vector */
function reconstructOne(node: FaissNode | undefined): Verdict {
  if (!node) return UNKNOWN;
  const type = classOf(node);
  if (type === 'none') return { status: 'fails', at: 'HNSW without storage' };
  if (CODECS.has(type)) return OK;
  if (IVF_OK.has(type)) {
    if (listsMissing(node)) return { status: 'fails', at: type };
    return node.params.direct_map === 'none' || node.params.direct_map === undefined
      ? { status: 'fails', at: type }
      : OK;
  }
  if (IVF_FAILS.has(type) || type === 'IndexIDMap') return { status: 'fails', at: type };
  return throughWrappers(node, type, reconstructOne);
}

/** reconstruct_n(0, ntotal), what RVC calls */
function reconstructAll(node: FaissNode | undefined): Verdict {
  if (!node) return UNKNOWN;
  const type = classOf(node);
  if (CODECS.has(type)) return OK;
  if (IVF_OK.has(type)) return listsMissing(node) ? { status: 'fails', at: type } : OK;
  if (IVF_FAILS.has(type)) return { status: 'fails', at: type };
  if (type === 'IndexIDMap') return { status: 'crashes', at: type };
  if (type === 'IndexIDMap2') {
    const inner = reconstructOne(node.children[0]);
    return inner.status === 'fails' ? { status: 'crashes', at: inner.at } : inner;
  }
  return throughWrappers(node, type, reconstructAll);
}

function throughWrappers(node: FaissNode, type: string, inner: (node: FaissNode | undefined) => Verdict): Verdict {
  if (type.startsWith('IndexHNSW')) return reconstructOne(node.children[0]);
  if (type === 'IndexRefine' || type === 'IndexRefineFlat') return reconstructOne(node.children[1]);
  if (type === 'IndexIDMap2') return reconstructOne(node.children[0]);
  if (type === 'IndexPreTransform') {
    const blocker = node.children.slice(0, -1).find((child) => IRREVERSIBLE_TRANSFORMS.has(child.type));
    return blocker ? { status: 'fails', at: blocker.type } : inner(lastChild(node));
  }
  return UNKNOWN;
}

export function indexFacts(inspected: Omit<InspectResult, 'path'>): IndexFacts {
  const verdict = reconstructAll(inspected.tree);
  return {
    type: inspected.type,
    d: inspected.d,
    ntotal: inspected.ntotal,
    metric: inspected.metric,
    nlist: inspected.nlist,
    nprobe: inspected.nprobe,
    kFactor: inspected.k_factor,
    fileBytes: inspected.file_bytes,
    fastScan: inspected.fast_scan,
    // a partial tree may end before the part that decides
    reconstruct: inspected.error && verdict.status === 'ok' ? 'unknown' : verdict.status,
    reconstructBlocker: verdict.at,
    partial: inspected.error?.text ?? null,
  };
}
