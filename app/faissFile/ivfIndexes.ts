// The IVF family: IVF header (nlist, nprobe, quantizer, direct map), the codec's own fields, then
// the inverted lists.
import type { FaissNode } from '../contract';
import type { ParseContext } from './context';
import { type IvfHeader, readIvfHeader } from './header';
import { readInvertedLists } from './invlists';
import { summariseLists } from './listSummary';
import type { IndexKind } from './kinds';
import { readProductQuantizer, readScalarQuantizer } from './quantizers';

/**
 * Reads the lists, records their sizes for inspect and a summary in the node's params (so an IVF
 * off the search path still shows its lists); warns when they disagree with ntotal (less
 * `notInLists`: the duplicates a dedup index keeps out of its lists).
 */
function finishIvf(
  ctx: ParseContext,
  node: FaissNode,
  header: IvfHeader,
  codeSize: number | null,
  notInLists = 0,
): void {
  const { sizes } = readInvertedLists(ctx, node, header.nlist, codeSize, header.quantizer);
  const ivf = ctx.factsOf(node).ivf;
  if (ivf) ivf.listSizes = sizes;
  if (sizes) {
    const { vectors, empty, imbalance } = summariseLists(sizes);
    node.params.vectors_in_lists = vectors;
    node.params.empty_lists = empty;
    node.params.imbalance = imbalance;
    const expected = header.ntotal - notInLists;
    if (vectors !== expected)
      ctx.warn(`${node.type} at byte ${node.offset}: its lists hold ${vectors} vectors but ntotal says ${expected}`);
  }
}

const ivfFlat: IndexKind = {
  type: 'IndexIVFFlat',
  read(ctx, node) {
    const header = readIvfHeader(ctx, node);
    finishIvf(ctx, node, header, header.d * 4); // raw float32 vectors
  },
};

/** IVFPQ and IVFPQR: by_residual, code_size, PQ, lists; IVFPQR then its refine PQ, refine codes
 *  and k_factor. That k_factor is IVFPQR's own: it stays in this node's params, while inspect's
 *  top-level k_factor is IndexRefine's (the one set-params patches). */
const ivfPq = (refine: boolean): IndexKind => ({
  type: refine ? 'IndexIVFPQR' : 'IndexIVFPQ',
  read(ctx, node) {
    const c = ctx.cursor;
    const header = readIvfHeader(ctx, node);
    node.params.by_residual = c.bool('by_residual');
    const codeSize = c.u64('code_size');
    node.params.code_size = codeSize;
    readProductQuantizer(ctx, node);
    finishIvf(ctx, node, header, codeSize);
    if (refine) {
      // faiss writes these fields whether trained or not, but reads them back only for a trained
      // index: an untrained one gets faiss's default k_factor, so the stored value is shown apart.
      readProductQuantizer(ctx, node, 'refine_pq');
      c.skipVector(1, 'refine codes');
      node.params[header.isTrained ? 'k_factor' : 'stored_k_factor'] = c.f32('k_factor');
    }
  },
});

/** IVF scalar quantizer: SQ, code_size, by_residual ('IwSQ', older, is always by residual). */
const ivfSq = (tag: 'IwSq' | 'IwSQ'): IndexKind => ({
  type: 'IndexIVFScalarQuantizer',
  read(ctx, node) {
    const c = ctx.cursor;
    const header = readIvfHeader(ctx, node);
    readScalarQuantizer(ctx, node);
    const codeSize = c.u64('code_size');
    node.params.code_size = codeSize;
    node.params.by_residual = tag === 'IwSq' ? c.bool('by_residual') : true;
    finishIvf(ctx, node, header, codeSize);
  },
});

export const IVF_INDEXES: Record<string, IndexKind> = {
  IwFl: ivfFlat,
  IwFd: {
    type: 'IndexIVFFlatDedup',
    read(ctx, node) {
      const header = readIvfHeader(ctx, node);
      // pairs (id of the vector kept in the lists, id of a duplicate of it left out)
      const duplicates = ctx.cursor.skipVector(8, 'dedup instances') / 2;
      node.params.duplicates = duplicates;
      finishIvf(ctx, node, header, header.d * 4, duplicates);
    },
  },
  IwPQ: ivfPq(false),
  IwQR: ivfPq(true),
  // IVF-PQ FastScan (faiss 1.7.x and later, same layout): by_residual, code_size, bbs (int32),
  // M2 (uint64), implem (int32), qbs2 (uint64), PQ, then block inverted lists ('ilbl').
  IwPf: {
    type: 'IndexIVFPQFastScan',
    read(ctx, node) {
      const c = ctx.cursor;
      const header = readIvfHeader(ctx, node);
      node.params.by_residual = c.bool('by_residual');
      node.params.code_size = c.u64('code_size');
      node.params.bbs = c.i32('bbs');
      c.u64('M2');
      c.i32('implem');
      c.u64('qbs2');
      readProductQuantizer(ctx, node);
      // block lists store codes packed per block of bbs vectors, not code_size per vector
      finishIvf(ctx, node, header, null);
    },
  },
  IwSq: ivfSq('IwSq'),
  IwSQ: ivfSq('IwSQ'),
};
