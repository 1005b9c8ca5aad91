// HNSW graph indexes: header, the graph, then the storage index holding the vectors. faiss's
// search walks the graph without a single bounds check: from the entry point down max_level
// levels, through neighbour ids it uses as storage positions and as keys into `offsets`.
import type { FaissNode } from '../contract';
import type { ParseContext } from './context';
import { expectSameShape, readIndexHeader } from './header';
import type { IndexKind } from './kinds';

/**
 * faiss's HNSW struct: assign_probas (double vector), cum_nneighbor_per_level (int32 vector),
 * levels (int32 per vector), offsets (uint64 per vector + 1), neighbors (int32), then entry_point,
 * max_level, efConstruction, efSearch and upper_beam (int32 each; newer faiss writes a constant
 * where upper_beam was).
 *
 * Node i has levels[i] levels; its neighbours on level l are neighbors[offsets[i] + cum[l] ..
 * offsets[i] + cum[l + 1]), up to the first negative id. So: cum starts at 0 and never decreases,
 * every node has 1..cum.length - 1 levels, offsets[i + 1] = offsets[i] + cum[levels[i]], the
 * neighbours fill the array, every neighbour on level l is a node with more than l levels, and the
 * entry point is a node whose top level is max_level.
 */
function readHnswGraph(ctx: ParseContext, node: FaissNode, ntotal: number): void {
  const c = ctx.cursor;
  c.skipVector(8, 'hnsw.assign_probas'); // level draw probabilities: used when adding only
  const cumVector = c.skipVector(4, 'hnsw.cum_nneighbor_per_level');
  const cum: number[] = [];
  for (let l = 0; l < cumVector.count; l++) {
    const at = cumVector.at + 4 * l;
    const value = c.int32At(at);
    const min = l === 0 ? 0 : cum[l - 1];
    if (l === 0 ? value !== 0 : value < min)
      c.expectRange(`hnsw.cum_nneighbor_per_level[${l}]`, value, min, l === 0 ? 0 : 2 ** 31 - 1, at);
    cum.push(value);
  }
  if (ntotal > 0 && cum.length < 2)
    c.expectRange('hnsw.cum_nneighbor_per_level length', cum.length, 2, 2 ** 31 - 1, cumVector.at - 8);
  const maxLevels = cum.length - 1;

  const levelsVector = c.skipVector(4, 'hnsw.levels');
  c.expectEqual('hnsw.levels length', levelsVector.count, 'ntotal', ntotal, levelsVector.at - 8);
  const levels = new Int32Array(ntotal); // 4 bytes per vector, as in the file
  for (let i = 0; i < ntotal; i++) {
    const at = levelsVector.at + 4 * i;
    levels[i] = c.int32At(at);
    if (!(levels[i] >= 1 && levels[i] <= maxLevels)) c.expectRange(`hnsw.levels[${i}]`, levels[i], 1, maxLevels, at);
  }

  const offsetsVector = c.skipVector(8, 'hnsw.offsets');
  c.expectEqual('hnsw.offsets length', offsetsVector.count, 'ntotal + 1', ntotal + 1, offsetsVector.at - 8);
  let expected = 0;
  for (let i = 0; i <= ntotal; i++) {
    const at = offsetsVector.at + 8 * i;
    const offset = c.int64At(at);
    if (offset !== expected)
      c.expectEqual(
        `hnsw.offsets[${i}]`,
        offset,
        i === 0 ? '0' : `offsets[${i - 1}] + cum[levels[${i - 1}]]`,
        expected,
        at,
      );
    if (i < ntotal) expected += cum[levels[i]];
  }

  const neighbors = c.skipVector(4, 'hnsw.neighbors');
  c.expectEqual('hnsw.neighbors length', neighbors.count, 'offsets[ntotal]', expected, neighbors.at - 8);
  for (let i = 0, base = 0; i < ntotal; base += cum[levels[i]], i++) {
    for (let level = 0; level < levels[i]; level++) {
      for (let j = base + cum[level]; j < base + cum[level + 1]; j++) {
        const at = neighbors.at + 4 * j;
        const neighbor = c.int32At(at);
        if (neighbor < 0) break; // faiss stops at the first empty slot
        if (neighbor >= ntotal)
          c.expectRange(`hnsw.neighbors[${j}] (node ${i}, level ${level})`, neighbor, 0, ntotal - 1, at);
        if (levels[neighbor] <= level)
          c.fail('faiss_hnsw_neighbor_level', { node: i, neighbor, level, levels: levels[neighbor] }, at);
      }
    }
  }

  const entryAt = c.pos;
  const entryPoint = c.i32('hnsw.entry_point');
  const maxLevelAt = c.pos;
  const maxLevel = c.i32('hnsw.max_level');
  if (ntotal === 0) {
    c.expectEqual('hnsw.entry_point', entryPoint, 'none (-1) in an empty graph', -1, entryAt);
  } else {
    c.expectRange('hnsw.entry_point', entryPoint, 0, ntotal - 1, entryAt);
    c.expectEqual('hnsw.max_level', maxLevel, 'levels[entry_point] - 1', levels[entryPoint] - 1, maxLevelAt);
  }
  node.params.M = cum.length >= 3 ? cum[2] - cum[1] : null;
  node.params.max_level = maxLevel;
  node.params.efConstruction = c.i32('hnsw.efConstruction');
  const efSearchAt = c.pos;
  node.params.efSearch = c.i32('hnsw.efSearch');
  ctx.keep(node, 'hnsw.efSearch', node.params.efSearch, efSearchAt);
  const upperBeamAt = c.pos;
  const upperBeam = c.i32('hnsw.upper_beam');
  // a beam of candidates searched per upper level: faiss sizes arrays by it
  c.expectRange('hnsw.upper_beam', upperBeam, 1, 2 ** 31 - 1, upperBeamAt);
  ctx.keep(node, 'hnsw.upper_beam', upperBeam, upperBeamAt);
}

/** The storage types each HNSW tag is made with (faiss casts to them); 'null' = not stored. */
const STORAGE: Record<string, string[]> = {
  IHNf: ['IxF2', 'IxFI', 'IxFl', 'null'],
  IHNp: ['IxPq', 'IxPo', 'IxPQ', 'null'],
  IHNs: ['IxSQ', 'null'],
  IHN2: ['Ix2L', 'null'],
};

const hnsw = (type: string, tag: string): IndexKind => ({
  type,
  read(ctx, node) {
    const { d, ntotal } = readIndexHeader(ctx, node);
    readHnswGraph(ctx, node, ntotal);
    const storage = ctx.readIndex(node);
    const c = ctx.cursor;
    if (!STORAGE[tag].includes(storage.fourcc))
      c.fail(
        'faiss_not_one_of',
        { field: `storage of ${type}`, value: storage.fourcc, allowed: STORAGE[tag].join(', ') },
        storage.offset,
      );
    expectSameShape(ctx, storage, 'storage', d, ntotal);
  },
});

export const HNSW_INDEXES: Record<string, IndexKind> = {
  IHNf: hnsw('IndexHNSWFlat', 'IHNf'),
  IHNp: hnsw('IndexHNSWPQ', 'IHNp'),
  IHNs: hnsw('IndexHNSWSQ', 'IHNs'),
  IHN2: hnsw('IndexHNSW2Level', 'IHN2'),
};
