// The fields every faiss index writes after its type tag (faiss `write_index_header`) and the extra
// header of the IVF family (`write_ivf_header`).
import type { FaissNode } from '../contract';
import type { ParseContext } from './context';

/** faiss MetricType numbers (faiss/MetricType.h); 0 and 1 are the two RVC cares about. */
const METRIC_NAMES: Record<number, string> = {
  0: 'ip',
  1: 'l2',
  2: 'L1',
  3: 'Linf',
  4: 'Lp',
  20: 'Canberra',
  21: 'BrayCurtis',
  22: 'JensenShannon',
  23: 'Jaccard',
  24: 'NaNEuclidean',
  25: 'ABS_INNER_PRODUCT',
};

export function metricName(metric: number, arg: number | null): string {
  const name = METRIC_NAMES[metric] ?? `metric ${metric}`;
  return metric === 4 && arg !== null ? `Lp (p=${arg})` : name;
}

/** d (int32), ntotal (int64), two unused int64s, is_trained (bool), metric (int32) and, for
 *  metrics other than L2/IP, metric_arg (float32): 33 or 37 bytes. */
export function readIndexHeader(ctx: ParseContext, node: FaissNode): { d: number; ntotal: number; isTrained: boolean } {
  const c = ctx.cursor;
  const dAt = c.pos;
  const d = c.i32('d');
  if (d < 0) c.fail(`dimension d = ${d} is negative (corrupt file?)`, dAt);
  const ntotal = c.count64('ntotal');
  c.skip(16, 'index header'); // two legacy int64 fields, written as 2^20 and never read
  const isTrained = c.bool('is_trained');
  const metric = c.i32('metric_type');
  const arg = metric > 1 ? c.f32('metric_arg') : null;
  node.d = d;
  node.ntotal = ntotal;
  node.metric = metricName(metric, arg);
  node.params.is_trained = isTrained;
  if (arg !== null) node.params.metric_arg = arg;
  return { d, ntotal, isTrained };
}

/**
 * The index header, then nlist and nprobe (uint64 each). Records the IVF facts (with nprobe's
 * offset for set-params). The quantizer and direct map follow; see readIvfQuantizer.
 */
export function readIvfNumbers(ctx: ParseContext, node: FaissNode): IvfNumbers {
  const c = ctx.cursor;
  const header = readIndexHeader(ctx, node);
  const nlistAt = c.pos;
  const nlist = c.u64('nlist');
  // No bound against the file size here: a multi-index quantizer (IMI2x10: 2^20 lists in a few
  // hundred KB) legitimately has far more lists than bytes. The list reader bounds what it
  // allocates by what the file pays for (see readInvertedLists).
  if (nlist === 0) c.fail('nlist = 0: an IVF index without inverted lists (corrupt file?)', nlistAt);
  const nprobeOffset = c.pos;
  const nprobe = c.u64('nprobe');
  node.params.nlist = nlist;
  node.params.nprobe = nprobe;
  ctx.factsOf(node).ivf = { nlist, nprobe, nprobeOffset, listSizes: null };
  if (nprobe < 1) ctx.warn(`stored nprobe is ${nprobe}: faiss will search no inverted list`);
  return { ...header, nlist };
}

export interface IvfNumbers {
  d: number;
  ntotal: number;
  isTrained: boolean;
  nlist: number;
}

export interface IvfHeader extends IvfNumbers {
  /** the coarse quantizer's node: what bounds a sparse list count (readInvertedLists) */
  quantizer: FaissNode;
}

const DIRECT_MAP_TYPES = ['none', 'array', 'hashtable'];

/** The coarse quantizer (a nested index) and the direct map (id → list position). */
export function readIvfQuantizer(ctx: ParseContext, node: FaissNode): FaissNode {
  const c = ctx.cursor;
  const quantizer = ctx.readIndex(node);
  const typeAt = c.pos;
  const type = c.u8('direct map type');
  if (type >= DIRECT_MAP_TYPES.length) c.fail(`direct map type ${type} is unknown (corrupt file?)`, typeAt);
  c.skipVector(8, 'direct map array');
  if (type === 2) c.skipVector(16, 'direct map hashtable');
  node.params.direct_map = DIRECT_MAP_TYPES[type];
  return quantizer;
}

export function readIvfHeader(ctx: ParseContext, node: FaissNode): IvfHeader {
  const header = readIvfNumbers(ctx, node);
  return { ...header, quantizer: readIvfQuantizer(ctx, node) };
}
