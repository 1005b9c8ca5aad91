// Indexes that wrap another index: pre-transforms, refinement, id maps, row-wise min-max. Each
// records which child it forwards searches to, so inspect can find the IVF "inside" them.
import type { IndexKind } from './kinds';
import { readIndexHeader } from './header';
import { readTransform } from './transforms';

const FLAT_TAGS = new Set(['IxF2', 'IxFI', 'IxFl']);

const idMap = (type: string): IndexKind => ({
  type,
  read(ctx, node) {
    const c = ctx.cursor;
    const { ntotal } = readIndexHeader(ctx, node);
    ctx.readWrappedIndex(node);
    const idsAt = c.pos + 8;
    const count = c.skipVector(8, 'id map');
    if (count !== ntotal) ctx.warn(`${type} at byte ${node.offset}: ${count} ids for ntotal = ${ntotal}`);
    // RVC looks vectors up by position, so only ids 0..ntotal-1 in order keep an export usable
    let sequential = true;
    for (let i = 0; i < count && sequential; i++) sequential = c.int64At(idsAt + 8 * i) === i;
    node.params.sequential_ids = sequential;
  },
});

const minMax = (type: string): IndexKind => ({
  type,
  read(ctx, node) {
    readIndexHeader(ctx, node);
    ctx.readWrappedIndex(node);
  },
});

export const WRAPPER_INDEXES: Record<string, IndexKind> = {
  IxPT: {
    type: 'IndexPreTransform',
    read(ctx, node) {
      const c = ctx.cursor;
      readIndexHeader(ctx, node);
      const countAt = c.pos;
      const count = c.i32('number of transforms');
      if (count < 0) c.fail(`${count} transforms (corrupt file?)`, countAt);
      for (let i = 0; i < count; i++) readTransform(ctx, node);
      ctx.readWrappedIndex(node);
    },
  },
  // IndexRefine: base index, refine index, k_factor (float32). faiss turns it into an
  // IndexRefineFlat on reading when the refine index is flat.
  IxRF: {
    type: 'IndexRefine',
    read(ctx, node) {
      const c = ctx.cursor;
      readIndexHeader(ctx, node);
      ctx.readWrappedIndex(node);
      const refine = ctx.readIndex(node);
      if (FLAT_TAGS.has(refine.fourcc)) node.type = 'IndexRefineFlat';
      const kFactorOffset = c.pos;
      const kFactor = c.f32('k_factor');
      node.params.k_factor = kFactor;
      ctx.factsOf(node).refine = { kFactor, kFactorOffset };
      if (!(kFactor >= 1)) ctx.warn(`stored k_factor is ${kFactor}: re-ranking needs at least 1`);
    },
  },
  IxMp: idMap('IndexIDMap'),
  IxM2: idMap('IndexIDMap2'),
  IRMf: minMax('IndexRowwiseMinMax'),
  IRMh: minMax('IndexRowwiseMinMaxFP16'),
};
