// Indexes that store their vectors themselves, without inverted lists: flat, PQ, PQ FastScan,
// scalar quantizer, LSH, and the multi-index quantizer of IMI indexes.
import type { FaissNode } from '../contract';
import type { ParseContext } from './context';
import { readIndexHeader } from './header';
import { readProductQuantizer, readScalarQuantizer } from './quantizers';
import { readTransform } from './transforms';
import type { IndexKind } from './kinds';

/** IndexFlat: the header, then every vector as float32 (a vector counted in floats). */
function readFlat(ctx: ParseContext, node: FaissNode): void {
  const c = ctx.cursor;
  const { d, ntotal } = readIndexHeader(ctx, node);
  const at = c.pos;
  const floats = c.skipVector(4, 'flat vectors');
  // faiss refuses a flat index whose storage is not exactly ntotal × d floats
  if (floats !== ntotal * d) c.fail(`flat storage holds ${floats} floats, not ntotal × d = ${ntotal} × ${d}`, at);
}

/** IndexPQ: header, PQ, codes, then search_type, encode_signs, polysemous_ht. 'IxPQ' (oldest)
 *  has no search fields; 'IxPQ' and 'IxPo' files always meant L2 whatever their header says. */
const pqKind = (tag: 'IxPq' | 'IxPo' | 'IxPQ'): IndexKind => ({
  type: 'IndexPQ',
  read(ctx, node) {
    const c = ctx.cursor;
    readIndexHeader(ctx, node);
    readProductQuantizer(ctx, node);
    c.skipVector(1, 'PQ codes');
    if (tag !== 'IxPQ') {
      node.params.search_type = c.i32('PQ search_type');
      c.bool('PQ encode_signs');
      node.params.polysemous_ht = c.i32('PQ polysemous_ht');
    }
    if (tag !== 'IxPq') node.metric = 'l2';
  },
});

/** IndexLSH: header, nbits, rotate_data, train_thresholds, thresholds, code_size, the rotation
 *  (a transform), codes. 'IxHE' (old) counted code_size in 64-bit words. */
const lshKind = (tag: 'IxHe' | 'IxHE'): IndexKind => ({
  type: 'IndexLSH',
  read(ctx, node) {
    const c = ctx.cursor;
    const { d, ntotal } = readIndexHeader(ctx, node);
    const nbits = c.i32('LSH nbits');
    node.params.nbits = nbits;
    node.params.rotate_data = c.bool('LSH rotate_data');
    node.params.train_thresholds = c.bool('LSH train_thresholds');
    c.skipVector(4, 'LSH thresholds');
    const codeSize = c.i32('LSH code_size') * (tag === 'IxHE' ? 8 : 1);
    const rotation = readTransform(ctx, node);
    if (rotation.params.d_in !== d || rotation.params.d_out !== nbits) {
      c.fail(
        `LSH rotation maps ${String(rotation.params.d_in)} → ${String(rotation.params.d_out)}, not d → nbits = ${d} → ${nbits}`,
        rotation.offset,
      );
    }
    const at = c.pos;
    const codes = c.skipVector(1, 'LSH codes');
    if (codes !== ntotal * codeSize)
      c.fail(`LSH codes hold ${codes} bytes, not ntotal × code_size = ${ntotal} × ${codeSize}`, at);
  },
});

export const CODEC_INDEXES: Record<string, IndexKind> = {
  IxF2: { type: 'IndexFlatL2', read: readFlat },
  IxFI: { type: 'IndexFlatIP', read: readFlat },
  IxFl: { type: 'IndexFlat', read: readFlat },
  IxPq: pqKind('IxPq'),
  IxPo: pqKind('IxPo'),
  IxPQ: pqKind('IxPQ'),
  IPfs: {
    type: 'IndexPQFastScan',
    read(ctx, node) {
      const c = ctx.cursor;
      readIndexHeader(ctx, node);
      readProductQuantizer(ctx, node);
      c.i32('implem');
      node.params.bbs = c.i32('bbs');
      c.i32('qbs');
      c.u64('ntotal2');
      c.u64('M2');
      c.skipVector(1, 'FastScan codes');
    },
  },
  IxSQ: {
    type: 'IndexScalarQuantizer',
    read(ctx, node) {
      readIndexHeader(ctx, node);
      readScalarQuantizer(ctx, node);
      ctx.cursor.skipVector(1, 'SQ codes');
    },
  },
  IxHe: lshKind('IxHe'),
  IxHE: lshKind('IxHE'),
  Imiq: {
    type: 'MultiIndexQuantizer',
    read(ctx, node) {
      readIndexHeader(ctx, node);
      readProductQuantizer(ctx, node);
    },
  },
};
