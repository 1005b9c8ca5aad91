// HNSW graph indexes: header, the graph, then the storage index holding the vectors.
import type { FaissNode } from '../contract';
import type { ParseContext } from './context';
import { readIndexHeader } from './header';
import type { IndexKind } from './kinds';

/**
 * faiss's HNSW struct: assign_probas (double vector), cum_nneighbor_per_level (int32 vector),
 * levels (int32 per vector), offsets (uint64 per vector + 1), neighbors (int32), then entry_point,
 * max_level, efConstruction, efSearch and upper_beam (int32 each; newer faiss writes a constant
 * where upper_beam was).
 */
function readHnswGraph(ctx: ParseContext, node: FaissNode): void {
  const c = ctx.cursor;
  c.skipVector(8, 'HNSW assign_probas');
  // level 0 has 2·M neighbours, every higher level M: cum = [0, 2M, 3M, 4M, ...]
  const { head: cum } = c.int32VectorHead(3, 'HNSW cum_nneighbor_per_level');
  c.skipVector(4, 'HNSW levels');
  c.skipVector(8, 'HNSW offsets');
  c.skipVector(4, 'HNSW neighbors');
  c.i32('HNSW entry_point');
  node.params.M = cum.length >= 3 ? cum[2] - cum[1] : null;
  node.params.max_level = c.i32('HNSW max_level');
  node.params.efConstruction = c.i32('HNSW efConstruction');
  node.params.efSearch = c.i32('HNSW efSearch');
  c.i32('HNSW upper_beam');
}

const hnsw = (type: string): IndexKind => ({
  type,
  read(ctx, node) {
    readIndexHeader(ctx, node);
    readHnswGraph(ctx, node);
    ctx.readIndex(node); // storage ('null' when written without it)
  },
});

export const HNSW_INDEXES: Record<string, IndexKind> = {
  IHNf: hnsw('IndexHNSWFlat'),
  IHNp: hnsw('IndexHNSWPQ'),
  IHNs: hnsw('IndexHNSWSQ'),
  IHN2: hnsw('IndexHNSW2Level'),
};
