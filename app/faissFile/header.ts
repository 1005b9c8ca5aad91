// The fields every faiss index writes after its type tag (faiss `write_index_header`) and the extra
// header of the IVF family (`write_ivf_header`), with the rules faiss itself trusts them to keep.
import type { FaissNode } from '../contract';
import type { ParseContext } from './context';

/** faiss MetricType numbers (faiss/MetricType.h); 0 and 1 are the two RVC cares about. */
const METRIC_NAMES = new Map<number, string>([
  [0, 'ip'],
  [1, 'l2'],
  [2, 'L1'],
  [3, 'Linf'],
  [4, 'Lp'],
  [20, 'Canberra'],
  [21, 'BrayCurtis'],
  [22, 'JensenShannon'],
  [23, 'Jaccard'],
  [24, 'NaNEuclidean'],
  [25, 'ABS_INNER_PRODUCT'],
]);

export const METRIC_L2 = 1;
export const METRIC_IP = 0;

export interface IndexHeader {
  d: number;
  ntotal: number;
  isTrained: boolean;
  metric: number;
}

/** d (int32), ntotal (int64), two unused int64s, is_trained (bool), metric (int32) and, for
 *  metrics other than L2/IP, metric_arg (float32): 33 or 37 bytes. */
export function readIndexHeader(ctx: ParseContext, node: FaissNode): IndexHeader {
  const c = ctx.cursor;
  const dAt = c.pos;
  const d = c.count32('d');
  const ntotalAt = c.pos;
  const ntotal = c.count64('ntotal');
  c.skip(16, 'index header'); // two legacy int64 fields, written as 2^20 and never read
  const isTrained = c.bool('is_trained');
  const metricAt = c.pos;
  const metric = c.i32('metric_type');
  const name = METRIC_NAMES.get(metric);
  if (name === undefined) {
    c.fail(
      'faiss_not_one_of',
      { field: 'metric_type', value: metric, allowed: [...METRIC_NAMES.keys()].join(', ') },
      metricAt,
    );
  }
  const arg = metric > 1 ? c.f32('metric_arg') : null;
  // faiss adds vectors only to a trained index
  if (!isTrained && ntotal > 0) c.fail('faiss_untrained_with_vectors', { type: node.type, ntotal }, ntotalAt);
  node.d = d;
  node.ntotal = ntotal;
  node.metric = metric === 4 && arg !== null ? `Lp (p=${arg})` : name;
  node.params.is_trained = isTrained;
  if (arg !== null) node.params.metric_arg = arg;
  ctx.keep(node, 'd', d, dAt);
  ctx.keep(node, 'ntotal', ntotal, ntotalAt);
  ctx.keep(node, 'metric_type', metric, metricAt);
  return { d, ntotal, isTrained, metric };
}

export interface IvfNumbers extends IndexHeader {
  nlist: number;
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
  if (nlist === 0) c.fail('faiss_not_positive', { field: 'nlist', value: 0 }, nlistAt);
  const nprobeOffset = c.pos;
  const nprobe = c.u64('nprobe');
  node.params.nlist = nlist;
  node.params.nprobe = nprobe;
  ctx.factsOf(node).ivf = { nlist, nprobe, nprobeOffset, listSizes: null };
  ctx.keep(node, 'nlist', nlist, nlistAt);
  if (nprobe < 1) ctx.warn('faiss_nprobe_zero', { nprobe });
  return { ...header, nlist };
}

/** A std::vector skipped in place: its element count and where the elements start (the uint64
 *  length is the 8 bytes before). */
export interface VectorAt {
  count: number;
  at: number;
}

/** DirectMap (id → list and offset): its entries are checked once the lists are read. */
export interface DirectMapRead {
  type: number;
  array: VectorAt;
  hashtable: VectorAt | null;
}

export interface IvfHeader extends IvfNumbers {
  /** the coarse quantizer's node: what bounds a sparse list count (readInvertedLists) */
  quantizer: FaissNode;
  directMap: DirectMapRead;
}

const DIRECT_MAP_TYPES = ['none', 'array', 'hashtable'];

/**
 * The coarse quantizer (a nested index) and the direct map (id → list position). faiss searches
 * the quantizer with the IVF's queries and uses the labels it returns as list numbers: its d must
 * be the IVF's and it must hold one centroid per list (none while the IVF is untrained).
 */
export function readIvfQuantizer(ctx: ParseContext, node: FaissNode, header: IvfNumbers): IvfHeader {
  const c = ctx.cursor;
  const quantizer = ctx.readIndex(node);
  const { fields } = ctx.factsOf(quantizer);
  const qd = fields.get('d');
  const qntotal = fields.get('ntotal');
  if (qd && qntotal) {
    c.expectEqual('quantizer d', qd.value, 'd', header.d, qd.at);
    if (!(qntotal.value === header.nlist || (qntotal.value === 0 && !header.isTrained)))
      c.expectEqual('quantizer ntotal', qntotal.value, 'nlist', header.nlist, qntotal.at);
  }
  const typeAt = c.pos;
  const type = c.u8('direct map type');
  if (type >= DIRECT_MAP_TYPES.length)
    c.fail('faiss_not_one_of', { field: 'direct_map.type', value: type, allowed: '0, 1, 2' }, typeAt);
  const array = c.skipVector(8, 'direct map array');
  const hashtable = type === 2 ? c.skipVector(16, 'direct map hashtable') : null;
  node.params.direct_map = DIRECT_MAP_TYPES[type];
  return { ...header, quantizer, directMap: { type, array, hashtable } };
}

export function readIvfHeader(ctx: ParseContext, node: FaissNode): IvfHeader {
  return readIvfQuantizer(ctx, node, readIvfNumbers(ctx, node));
}

/**
 * A nested index that serves its parent's vectors one to one (wrapped index, HNSW storage, refine
 * index) must have the parent's d and ntotal: faiss hands it the parent's queries and positions.
 * Nodes without a header ('null') are left to the engine check.
 */
export function expectSameShape(ctx: ParseContext, child: FaissNode, role: string, d: number, ntotal: number): void {
  const { fields } = ctx.factsOf(child);
  const childD = fields.get('d');
  const childNtotal = fields.get('ntotal');
  if (childD) ctx.cursor.expectEqual(`${role} d`, childD.value, 'd', d, childD.at);
  if (childNtotal) ctx.cursor.expectEqual(`${role} ntotal`, childNtotal.value, 'ntotal', ntotal, childNtotal.at);
}

/** A re-ranking factor: faiss searches k × k_factor candidates, so it must be a positive number. */
export function checkKFactor(ctx: ParseContext, kFactor: number, at: number): void {
  if (!Number.isFinite(kFactor)) ctx.cursor.fail('faiss_not_finite', { field: 'k_factor', value: String(kFactor) }, at);
  if (kFactor <= 0) ctx.cursor.fail('faiss_not_positive', { field: 'k_factor', value: kFactor }, at);
}
