// The IVF family: IVF header (nlist, nprobe, quantizer, direct map), the codec's own fields, then
// the inverted lists. faiss scans a list's codes with the codec's code size and trusts ntotal,
// the list ids and the direct map to describe the lists it read.
import type { FaissNode } from '../contract';
import type { IdRange, ParseContext } from './context';
import { checkDirectMap } from './directMap';
import { checkKFactor, type IvfHeader, readIvfHeader } from './header';
import { expectIdsWithin, joinIds, scanIds } from './idRange';
import { type ListLayout, readInvertedLists } from './invlists';
import { checkBbs } from './codecIndexes';
import { summariseLists } from './listSummary';
import type { IndexKind } from './kinds';
import { readProductQuantizer, readScalarQuantizer } from './quantizers';

/**
 * Reads the lists, records their sizes for inspect and a summary in the node's params (so an IVF
 * off the search path still shows its lists); checks them against ntotal (less `duplicates`: the
 * vectors a dedup index keeps out of its lists) and the direct map.
 */
function finishIvf(
  ctx: ParseContext,
  node: FaissNode,
  header: IvfHeader,
  layout: ListLayout,
  duplicates: { count: number; ids: IdRange | null } = { count: 0, ids: null },
): void {
  const { sizes, ids } = readInvertedLists(ctx, node, header.nlist, layout, header.quantizer);
  const facts = ctx.factsOf(node);
  if (facts.ivf) facts.ivf.listSizes = sizes;
  facts.ids = joinIds(ids, duplicates.ids);
  if (!sizes) return;
  const { vectors, empty, imbalance } = summariseLists(sizes);
  node.params.vectors_in_lists = vectors;
  node.params.empty_lists = empty;
  node.params.imbalance = imbalance;
  const ntotalAt = facts.fields.get('ntotal')!.at;
  ctx.cursor.expectEqual(
    'ntotal',
    header.ntotal,
    duplicates.count ? 'vectors in the lists + duplicates' : 'vectors in the lists',
    vectors + duplicates.count,
    ntotalAt,
  );
  checkDirectMap(ctx, header.directMap, header.ntotal, sizes);
}

const ivfFlat: IndexKind = {
  type: 'IndexIVFFlat',
  read(ctx, node) {
    const header = readIvfHeader(ctx, node);
    finishIvf(ctx, node, header, { kind: 'array', codeSize: header.d * 4 }); // raw float32 vectors
  },
};

/** The code_size an IVF stores before its codec; it must equal the size the codec derives
 *  (faiss steps through list codes with one and decodes them with the other). */
function readCodeSize(ctx: ParseContext, node: FaissNode): { value: number; at: number } {
  const at = ctx.cursor.pos;
  const value = ctx.cursor.u64('code_size');
  node.params.code_size = value;
  return { value, at };
}

function derivedCodeSize(ctx: ParseContext, stored: { value: number; at: number }, derived: number): number {
  ctx.cursor.expectEqual('code_size', stored.value, 'the code size of its quantizer', derived, stored.at);
  return derived;
}

/** IVFPQ and IVFPQR: by_residual, code_size, PQ, lists; IVFPQR then its refine PQ, refine codes
 *  and k_factor. That k_factor is IVFPQR's own: it stays in this node's params, while inspect's
 *  top-level k_factor is IndexRefine's (the one set-params patches). */
const ivfPq = (refine: boolean): IndexKind => ({
  type: refine ? 'IndexIVFPQR' : 'IndexIVFPQ',
  read(ctx, node) {
    const c = ctx.cursor;
    const header = readIvfHeader(ctx, node);
    node.params.by_residual = c.bool('by_residual');
    const codeSize = readCodeSize(ctx, node);
    const pq = readProductQuantizer(ctx, node, header.d);
    finishIvf(ctx, node, header, { kind: 'array', codeSize: derivedCodeSize(ctx, codeSize, pq.codeSize) });
    if (!refine) return;
    // faiss writes these fields whether trained or not, but reads them back only for a trained
    // index: an untrained one gets faiss's default k_factor, so the stored value is shown apart.
    const refinePq = readProductQuantizer(ctx, node, header.d, 'refine_pq');
    const codes = c.skipVector(1, 'refine codes');
    const kFactorAt = c.pos;
    const kFactor = c.f32('k_factor');
    node.params[header.isTrained ? 'k_factor' : 'stored_k_factor'] = kFactor;
    if (!header.isTrained) return;
    c.expectEqual(
      'refine codes length',
      codes.count,
      'ntotal × refine code_size',
      header.ntotal * refinePq.codeSize,
      codes.at - 8,
    );
    checkKFactor(ctx, kFactor, kFactorAt);
    ctx.keep(node, 'k_factor', kFactor, kFactorAt);
    // the refinement decodes refine_codes[id] for every id its lists return
    expectIdsWithin(ctx, node, 0, header.ntotal - 1, 'IndexIVFPQR');
  },
});

/** IVF scalar quantizer: SQ, code_size, by_residual ('IwSQ', older, is always by residual). */
const ivfSq = (tag: 'IwSq' | 'IwSQ'): IndexKind => ({
  type: 'IndexIVFScalarQuantizer',
  read(ctx, node) {
    const c = ctx.cursor;
    const header = readIvfHeader(ctx, node);
    const sq = readScalarQuantizer(ctx, node, header.d, header.isTrained);
    const codeSize = readCodeSize(ctx, node);
    node.params.by_residual = tag === 'IwSq' ? c.bool('by_residual') : true;
    finishIvf(ctx, node, header, { kind: 'array', codeSize: derivedCodeSize(ctx, codeSize, sq.codeSize) });
  },
});

/**
 * IVF-PQ FastScan (faiss 1.7.x and later, same layout): by_residual, code_size, bbs (int32),
 * M2 (uint64), implem (int32), qbs2 (uint64), PQ (4-bit), then block inverted lists ('ilbl') whose
 * blocks hold bbs vectors in bbs × M2 / 2 bytes.
 */
const ivfPqFastScan: IndexKind = {
  type: 'IndexIVFPQFastScan',
  fastScan: true,
  read(ctx, node) {
    const c = ctx.cursor;
    const header = readIvfHeader(ctx, node);
    node.params.by_residual = c.bool('by_residual');
    const codeSize = readCodeSize(ctx, node);
    const bbsAt = c.pos;
    const bbs = c.i32('bbs');
    checkBbs(ctx, bbs, bbsAt);
    node.params.bbs = bbs;
    ctx.keep(node, 'bbs', bbs, bbsAt);
    const m2At = c.pos;
    const m2 = c.u64('M2');
    const implemAt = c.pos;
    ctx.keep(node, 'implem', c.i32('implem'), implemAt);
    const qbs2At = c.pos;
    ctx.keep(node, 'qbs2', c.u64('qbs2'), qbs2At);
    const pq = readProductQuantizer(ctx, node, header.d);
    c.expectEqual('pq.nbits', pq.nbits, 'the FastScan code width', 4, pq.nbitsAt);
    c.expectEqual('M2', m2, 'M rounded up to even', pq.m + (pq.m % 2), m2At);
    finishIvf(ctx, node, header, {
      kind: 'block',
      codeSize: derivedCodeSize(ctx, codeSize, pq.codeSize),
      perBlock: bbs,
      blockSize: (bbs * m2) / 2,
    });
  },
};

export const IVF_INDEXES: Record<string, IndexKind> = {
  IwFl: ivfFlat,
  IwFd: {
    type: 'IndexIVFFlatDedup',
    read(ctx, node) {
      const c = ctx.cursor;
      const header = readIvfHeader(ctx, node);
      // pairs (id of the vector kept in the lists, id of a duplicate of it left out)
      const pairs = c.skipVector(8, 'dedup instances');
      if (pairs.count % 2 !== 0)
        c.fail('faiss_odd_count', { field: 'dedup instances', count: pairs.count }, pairs.at - 8);
      const duplicates = pairs.count / 2;
      node.params.duplicates = duplicates;
      // a search also returns the duplicates' ids
      finishIvf(
        ctx,
        node,
        header,
        { kind: 'array', codeSize: header.d * 4 },
        { count: duplicates, ids: scanIds(ctx, pairs.at, pairs.count, 'dedup instances') },
      );
    },
  },
  IwPQ: ivfPq(false),
  IwQR: ivfPq(true),
  IwPf: ivfPqFastScan,
  IwSq: ivfSq('IwSq'),
  IwSQ: ivfSq('IwSQ'),
};
