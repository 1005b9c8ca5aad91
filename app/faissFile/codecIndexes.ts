// Indexes that store their vectors themselves, without inverted lists: flat, PQ, PQ FastScan,
// scalar quantizer, LSH, and the multi-index quantizer of IMI indexes. faiss's searches and
// reconstructions walk ntotal codes of code_size bytes, so the stored codes must be exactly that.
import type { FaissNode } from '../contract';
import type { ParseContext } from './context';
import { readIndexHeader } from './header';
import { type PqRead, readProductQuantizer, readScalarQuantizer } from './quantizers';
import { readTransform } from './transforms';
import type { IndexKind } from './kinds';

/** Checks a codes vector of `count` elements against ntotal × `perVector`. */
function expectCodes(
  ctx: ParseContext,
  field: string,
  codes: { count: number; at: number },
  ntotal: number,
  perVector: number,
  rule: string,
): void {
  ctx.cursor.expectEqual(`${field} length`, codes.count, rule, ntotal * perVector, codes.at - 8);
}

/** IndexFlat: the header, then every vector as float32 (a vector counted in floats). */
function readFlat(ctx: ParseContext, node: FaissNode): void {
  const { d, ntotal } = readIndexHeader(ctx, node);
  // faiss refuses a flat index whose storage is not exactly ntotal × d floats
  expectCodes(ctx, 'flat vectors', ctx.cursor.skipVector(4, 'flat vectors'), ntotal, d, 'ntotal × d');
}

/** IndexPQ::Search_type_t: ST_PQ, ST_HE, ST_generalized_HE, ST_SDC, ST_polysemous,
 *  ST_polysemous_generalize. */
const PQ_SEARCH_TYPES = 6;

/** IndexPQ: header, PQ, codes, then search_type, encode_signs, polysemous_ht. 'IxPQ' (oldest)
 *  has no search fields; 'IxPQ' and 'IxPo' files always meant L2 whatever their header says. */
const pqKind = (tag: 'IxPq' | 'IxPo' | 'IxPQ'): IndexKind => ({
  type: 'IndexPQ',
  read(ctx, node) {
    const c = ctx.cursor;
    const { d, ntotal } = readIndexHeader(ctx, node);
    const pq = readProductQuantizer(ctx, node, d);
    expectCodes(ctx, 'PQ codes', c.skipVector(1, 'PQ codes'), ntotal, pq.codeSize, 'ntotal × code_size');
    if (tag !== 'IxPQ') {
      const searchTypeAt = c.pos;
      const searchType = c.i32('search_type');
      if (!(searchType >= 0 && searchType < PQ_SEARCH_TYPES))
        c.fail(
          'faiss_not_one_of',
          { field: 'search_type', value: searchType, allowed: `0…${PQ_SEARCH_TYPES - 1}` },
          searchTypeAt,
        );
      const encodeSignsAt = c.pos;
      const encodeSigns = c.bool('encode_signs');
      node.params.search_type = searchType;
      node.params.polysemous_ht = c.i32('polysemous_ht');
      ctx.keep(node, 'search_type', searchType, searchTypeAt);
      ctx.keep(node, 'encode_signs', Number(encodeSigns), encodeSignsAt);
    }
    if (tag !== 'IxPq') {
      node.metric = 'l2';
      ctx.keep(node, 'metric_type', 1, node.offset + 33);
    }
  },
});

/** IndexLSH: header, nbits, rotate_data, train_thresholds, thresholds, code_size, the rotation
 *  (a transform), codes. 'IxHE' (old) counted code_size in 64-bit words. */
const lshKind = (tag: 'IxHe' | 'IxHE'): IndexKind => ({
  type: 'IndexLSH',
  read(ctx, node) {
    const c = ctx.cursor;
    const { d, ntotal, isTrained } = readIndexHeader(ctx, node);
    const nbitsAt = c.pos;
    const nbits = c.i32('nbits');
    c.expectRange('nbits', nbits, 1, 2 ** 24, nbitsAt);
    const rotateData = c.bool('rotate_data');
    const trainThresholds = c.bool('train_thresholds');
    node.params.nbits = nbits;
    node.params.rotate_data = rotateData;
    node.params.train_thresholds = trainThresholds;
    const thresholds = c.skipVector(4, 'thresholds');
    // the query's bits are shifted by thresholds[0..nbits)
    if (trainThresholds && isTrained)
      c.expectEqual('thresholds length', thresholds.count, 'nbits', nbits, thresholds.at - 8);
    const codeSizeAt = c.pos;
    const codeSize = c.count32('code_size') * (tag === 'IxHE' ? 8 : 1);
    // the query codes hold nbits bits, compared over code_size bytes
    c.expectEqual('code_size', codeSize, 'ceil(nbits / 8)', Math.ceil(nbits / 8), codeSizeAt);
    const rotation = readTransform(ctx, node);
    const { d_in: dIn, d_out: dOut } = rotation.params;
    c.expectEqual('rotation d_in', Number(dIn), 'd', d, rotation.end - 9);
    c.expectEqual('rotation d_out', Number(dOut), 'nbits', nbits, rotation.end - 5);
    if (rotateData && isTrained && !rotation.params.is_trained)
      c.fail(
        'faiss_not_equal',
        { field: 'rotation is_trained', value: 0, rule: 'is_trained', expected: 1 },
        rotation.end - 1,
      );
    // without rotation, the first nbits components are the bits (faiss asserts nbits ≤ d)
    if (!rotateData && nbits > d) c.expectRange('nbits', nbits, 1, d, nbitsAt);
    expectCodes(ctx, 'LSH codes', c.skipVector(1, 'LSH codes'), ntotal, codeSize, 'ntotal × code_size');
  },
});

/**
 * IndexPQFastScan: header, PQ, implem, bbs, qbs (int32 each), ntotal2, M2 (uint64 each), codes:
 * 4-bit codes packed by blocks of bbs vectors, the sub-quantizers padded to an even M2.
 */
const pqFastScan: IndexKind = {
  type: 'IndexPQFastScan',
  fastScan: true,
  read(ctx, node) {
    const c = ctx.cursor;
    const { d, ntotal } = readIndexHeader(ctx, node);
    const pq = readProductQuantizer(ctx, node, d);
    const bbs = readFastScanLayout(ctx, node, pq);
    const qbsAt = c.pos;
    ctx.keep(node, 'qbs', c.i32('qbs'), qbsAt);
    const ntotal2At = c.pos;
    const ntotal2 = c.u64('ntotal2');
    c.expectEqual('ntotal2', ntotal2, 'ntotal rounded up to bbs', Math.ceil(ntotal / bbs) * bbs, ntotal2At);
    const m2At = c.pos;
    const m2 = c.u64('M2');
    c.expectEqual('M2', m2, 'M rounded up to even', pq.m + (pq.m % 2), m2At);
    expectCodes(ctx, 'FastScan codes', c.skipVector(1, 'FastScan codes'), ntotal2, m2 / 2, 'ntotal2 × M2 / 2');
  },
};

/**
 * The FastScan fields before the codes: implem, then bbs (vectors per block, a positive
 * multiple of 32). FastScan kernels read 4-bit codes only. Returns bbs.
 */
function readFastScanLayout(ctx: ParseContext, node: FaissNode, pq: PqRead): number {
  const c = ctx.cursor;
  c.expectEqual('pq.nbits', pq.nbits, 'the FastScan code width', 4, pq.nbitsAt);
  const implemAt = c.pos;
  ctx.keep(node, 'implem', c.i32('implem'), implemAt);
  const bbsAt = c.pos;
  const bbs = c.i32('bbs');
  checkBbs(ctx, bbs, bbsAt);
  node.params.bbs = bbs;
  ctx.keep(node, 'bbs', bbs, bbsAt);
  return bbs;
}

/** A FastScan block holds bbs vectors; kernels step 32 at a time. */
export function checkBbs(ctx: ParseContext, bbs: number, at: number): void {
  ctx.cursor.expectRange('bbs', bbs, 32, 2 ** 20, at);
  if (bbs % 32 !== 0)
    ctx.cursor.fail(
      'faiss_not_multiple',
      { field: 'bbs', value: bbs, divisorField: 'the SIMD block', divisor: 32 },
      at,
    );
}

export const CODEC_INDEXES: Record<string, IndexKind> = {
  IxF2: { type: 'IndexFlatL2', read: readFlat },
  IxFI: { type: 'IndexFlatIP', read: readFlat },
  IxFl: { type: 'IndexFlat', read: readFlat },
  IxPq: pqKind('IxPq'),
  IxPo: pqKind('IxPo'),
  IxPQ: pqKind('IxPQ'),
  IPfs: pqFastScan,
  IxSQ: {
    type: 'IndexScalarQuantizer',
    read(ctx, node) {
      const { d, ntotal, isTrained } = readIndexHeader(ctx, node);
      const sq = readScalarQuantizer(ctx, node, d, isTrained);
      expectCodes(ctx, 'SQ codes', ctx.cursor.skipVector(1, 'SQ codes'), ntotal, sq.codeSize, 'ntotal × code_size');
    },
  },
  IxHe: lshKind('IxHe'),
  IxHE: lshKind('IxHE'),
  // the multi-index quantizer of IMI: M sub-quantizers of 2^nbits centroids span 2^(M·nbits) lists
  Imiq: {
    type: 'MultiIndexQuantizer',
    read(ctx, node) {
      const { d, ntotal, isTrained } = readIndexHeader(ctx, node);
      const pq = readProductQuantizer(ctx, node, d);
      if (isTrained) ctx.cursor.expectEqual('ntotal', ntotal, '2^(M × nbits)', 2 ** (pq.m * pq.nbits), node.offset + 8);
    },
  },
};
