// Indexes that wrap another index: pre-transforms, refinement, id maps, row-wise min-max. Each
// records which child it forwards searches to, so inspect can find the IVF "inside" them. faiss
// passes the wrapper's queries, k and positions straight through, so the shapes must agree.
import type { FaissNode } from '../contract';
import type { ParseContext } from './context';
import { checkKFactor, expectSameShape, readIndexHeader } from './header';
import { expectIdsWithin, scanIds } from './idRange';
import type { IndexKind } from './kinds';
import { readTransform } from './transforms';

const FLAT_TAGS = new Set(['IxF2', 'IxFI', 'IxFl']);

/** Whether the `count` int64 ids at `at` are exactly 0..count-1 in some order (a bitmap of
 *  count bits: the ids themselves cost 8 bytes each in the file). */
function coversPositions(ctx: ParseContext, at: number, count: number): boolean {
  const seen = new Uint8Array(Math.ceil(count / 8));
  for (let i = 0; i < count; i++) {
    const id = ctx.cursor.int64At(at + 8 * i);
    if (!(id >= 0 && id < count) || seen[id >> 3] & (1 << (id & 7))) return false;
    seen[id >> 3] |= 1 << (id & 7);
  }
  return true;
}

/** IndexIDMap(2): header, the index, then one int64 id per vector; a search returns
 *  id_map[label] for every label of the inner index. */
const idMap = (type: string): IndexKind => ({
  type,
  read(ctx, node) {
    const c = ctx.cursor;
    const { d, ntotal } = readIndexHeader(ctx, node);
    const inner = ctx.readWrappedIndex(node);
    expectSameShape(ctx, inner, 'index', d, ntotal);
    const ids = c.skipVector(8, 'id_map');
    c.expectEqual('id_map length', ids.count, 'ntotal', ntotal, ids.at - 8);
    expectIdsWithin(ctx, inner, null, ntotal - 1, type);
    ctx.factsOf(node).ids = scanIds(ctx, ids.at, ids.count, 'id_map');
    // RVC looks vectors up by position, so only ids 0..ntotal-1 in order keep an export usable
    let sequential = true;
    for (let i = 0; i < ids.count && sequential; i++) sequential = c.int64At(ids.at + 8 * i) === i;
    node.params.sequential_ids = sequential;
    ctx.keep(node, 'covers_positions', Number(sequential || coversPositions(ctx, ids.at, ids.count)), ids.at - 8);
  },
});

const minMax = (type: string): IndexKind => ({
  type,
  read(ctx, node) {
    const { d, ntotal } = readIndexHeader(ctx, node);
    expectSameShape(ctx, ctx.readWrappedIndex(node), 'index', d, ntotal);
  },
});

/** The transforms' dimensions chain from d to the wrapped index's d (faiss sizes each output
 *  buffer by d_out and reads it as the next input). */
function expectChain(ctx: ParseContext, d: number, chain: FaissNode[], inner: FaissNode): void {
  const c = ctx.cursor;
  let expected = d;
  let rule = 'd';
  for (const [i, transform] of chain.entries()) {
    c.expectEqual(`chain[${i}] d_in`, Number(transform.params.d_in), rule, expected, transform.end - 9);
    expected = Number(transform.params.d_out);
    rule = `chain[${i}] d_out`;
  }
  const innerD = ctx.factsOf(inner).fields.get('d');
  if (innerD) c.expectEqual('index d', innerD.value, rule, expected, innerD.at);
}

export const WRAPPER_INDEXES: Record<string, IndexKind> = {
  IxPT: {
    type: 'IndexPreTransform',
    read(ctx, node) {
      const c = ctx.cursor;
      const { d, ntotal } = readIndexHeader(ctx, node);
      const count = c.count32('number of transforms');
      const chain: FaissNode[] = [];
      for (let i = 0; i < count; i++) chain.push(readTransform(ctx, node));
      const inner = ctx.readWrappedIndex(node);
      expectChain(ctx, d, chain, inner);
      const innerNtotal = ctx.factsOf(inner).fields.get('ntotal');
      if (innerNtotal) c.expectEqual('index ntotal', innerNtotal.value, 'ntotal', ntotal, innerNtotal.at);
    },
  },
  // IndexRefine: base index, refine index, k_factor (float32). faiss turns it into an
  // IndexRefineFlat on reading when the refine index is flat. Its search asserts that the base
  // returns ids below ntotal, then looks each one up in the refine index.
  IxRF: {
    type: 'IndexRefine',
    read(ctx, node) {
      const c = ctx.cursor;
      const { d, ntotal } = readIndexHeader(ctx, node);
      const base = ctx.readWrappedIndex(node);
      expectSameShape(ctx, base, 'base_index', d, ntotal);
      const refine = ctx.readIndex(node);
      expectSameShape(ctx, refine, 'refine_index', d, ntotal);
      expectIdsWithin(ctx, base, -1, ntotal - 1, 'IndexRefine');
      if (FLAT_TAGS.has(refine.fourcc)) node.type = 'IndexRefineFlat';
      const kFactorOffset = c.pos;
      const kFactor = c.f32('k_factor');
      checkKFactor(ctx, kFactor, kFactorOffset);
      node.params.k_factor = kFactor;
      ctx.factsOf(node).refine = { kFactor, kFactorOffset };
      ctx.keep(node, 'k_factor', kFactor, kFactorOffset);
      if (kFactor < 1) ctx.warn('faiss_k_factor_low', { value: kFactor });
    },
  },
  IxMp: idMap('IndexIDMap'),
  IxM2: idMap('IndexIDMap2'),
  IRMf: minMax('IndexRowwiseMinMax'),
  IRMh: minMax('IndexRowwiseMinMaxFP16'),
};
