// n_probe points from list scans (main/engine/listScan.ts) return exactly what faiss's own IVF
// search returns at that n_probe — whatever order the points are asked in.
import { describe, expect, it } from 'vitest';
import type { Metric } from '../../app/contract';
import { l2NormalizeRows } from '../../app/dataset/normalize';
import { canScanLists, listScanResults, listScanTimings, mergeTopK } from '../../main/engine/listScan';
import { loadAddon } from '../../main/native/addon';
import { randomVectors } from '../helpers/vectors';

const addon = loadAddon();
const d = 32;
const k = 8;

function clustered(n: number, seed: number): Float32Array {
  // vectors around 20 centres, so lists differ in size as on real features
  const centres = randomVectors(20, d, seed + 100);
  const noise = randomVectors(n, d, seed);
  const out = new Float32Array(n * d);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < d; j++) out[i * d + j] = centres[(i % 20) * d + j] * 4 + noise[i * d + j];
  return out;
}

/** Same neighbours per query (as sets: faiss orders tied distances arbitrarily), same distances. */
function expectSameNeighbours(
  got: { distances: Float32Array; labels: Int32Array },
  want: { distances: Float32Array; labels: Int32Array },
  nq: number,
  k = 8,
): void {
  for (let q = 0; q < nq; q++) {
    const row = (a: Int32Array) => [...a.subarray(q * k, (q + 1) * k)].sort((x, y) => x - y);
    expect(row(got.labels), `query ${q}`).toEqual(row(want.labels));
    for (let j = 0; j < k; j++) expect(got.distances[q * k + j]).toBeCloseTo(want.distances[q * k + j], 3);
  }
}

describe('list scans', () => {
  const cases: [string, Metric][] = [
    ['IVF24,Flat', 'l2'],
    ['IVF24,Flat', 'ip'],
    ['IVF24,SQ8', 'l2'],
    ['IVF24,PQ8x4', 'l2'],
  ];
  it.each(cases)('%s (%s): every n_probe equals faiss search at that n_probe, in any order', (factory, metric) => {
    const data = clustered(3000, 1);
    const queries = clustered(200, 2);
    if (metric === 'ip') {
      l2NormalizeRows(data, d);
      l2NormalizeRows(queries, d);
    }
    const index = addon.Index.create(d, factory, metric);
    index.train(data);
    index.add(data);
    expect(canScanLists(index)).toBe(true);
    // out of order, with repeats and gaps: 1 → 8 scans lists 2..8 only, 5 merges 4 with list 5
    for (const nprobe of [1, 8, 4, 2, 5, 24, 8, 13]) {
      const scanned = listScanResults(index, queries, d, k, nprobe, metric);
      index.setParameters(`nprobe=${nprobe}`);
      expectSameNeighbours(scanned, index.search(queries, k), 200);
    }
    index.dispose();
  });

  it('times single queries as faiss searches a lone query: its quantizer search, then its lists', () => {
    const data = clustered(3000, 5);
    const queries = clustered(40, 6);
    const index = addon.Index.create(d, 'IVF24,Flat', 'l2');
    index.train(data);
    index.add(data);
    const timed = new Map<number, { perQueryNs: Float64Array; batchNs: number }>();
    for (const nprobe of [3, 1, 24]) {
      index.setParameters(`nprobe=${nprobe}`);
      const whole = index.searchEach(queries, k);
      // the two halves, one query per call: a lone query's probe order, then its scan
      const assigned = index.coarseAssign(queries, nprobe, true);
      const scanned = index.searchPreassigned(queries, k, assigned.labels, assigned.distances, true);
      expect(Array.from(scanned.labels)).toEqual(Array.from(whole.labels));
      expect(Array.from(scanned.distances)).toEqual(Array.from(whole.distances));
      for (const times of [assigned.perQueryNs, scanned.perQueryNs]) {
        expect(times.length).toBe(40);
        expect(Math.min(...times)).toBeGreaterThan(0);
      }
      const timings = listScanTimings(index, queries, d, k, nprobe, 30, 20);
      expect(timings.perQueryNs.length).toBe(30);
      expect(Math.min(...timings.perQueryNs)).toBeGreaterThan(0);
      expect(timings.batchNs).toBeGreaterThan(0);
      timed.set(nprobe, timings);
    }
    // 24 is timed as 3 plus the scan of lists 4..24: longer for every query and for the batch
    const [three, all] = [timed.get(3)!, timed.get(24)!];
    three.perQueryNs.forEach((ns, q) => expect(all.perQueryNs[q], `query ${q}`).toBeGreaterThan(ns));
    expect(all.batchNs).toBeGreaterThan(three.batchNs);
    expect(() => index.coarseAssign(queries, 2, 'yes' as unknown as true)).toThrow(/each must be a boolean/);
    index.dispose();
  });

  it('scans IVF-Flat lists itself like search_preassigned: odd d, missing lists, fewer than k vectors', () => {
    const odd = 37; // not a multiple of the 16 floats the AVX2 loop takes at a time
    for (const metric of ['l2', 'ip'] as const) {
      const data = randomVectors(600, odd, 7);
      const queries = randomVectors(30, odd, 8);
      const index = addon.Index.create(odd, 'IVF40,Flat', metric);
      index.train(data);
      index.add(data);
      expect(index.canScanFlatLists()).toBe(true);
      const assigned = index.coarseAssign(queries, 3);
      assigned.labels[4] = -1; // query 1 skips a list
      for (const kk of [1, 8, 100]) {
        const ours = index.scanFlatLists(queries, kk, assigned.labels);
        expectSameNeighbours(ours, index.searchPreassigned(queries, kk, assigned.labels, assigned.distances), 30, kk);
        // 45 vectors in 3 lists: the rest of k = 100 is empty
        if (kk === 100) expect(ours.labels[99]).toBe(-1);
      }
      index.dispose();
    }
    // 3000 queries × 24 lists × k 64 heap entries exceed one chunk (4M): two chunks, same result
    const data = clustered(3000, 11);
    const many = clustered(3000, 12);
    const index = addon.Index.create(d, 'IVF24,Flat', 'l2');
    index.train(data);
    index.add(data);
    const lists = index.coarseAssign(many, 24);
    expectSameNeighbours(
      index.scanFlatLists(many, 64, lists.labels),
      index.searchPreassigned(many, 64, lists.labels, lists.distances),
      3000,
      64,
    );
    index.dispose();
    const sq = addon.Index.create(d, 'IVF8,SQ8', 'l2');
    sq.train(clustered(1000, 9));
    sq.add(clustered(1000, 9));
    expect(sq.canScanFlatLists()).toBe(false);
    expect(() => sq.scanFlatLists(clustered(1, 10), 4, new Int32Array([0]))).toThrow(/not a plain IVF-Flat index/);
    sq.dispose();
  });

  it('a cancel while more lists are assigned leaves the cached probe order intact', () => {
    const data = clustered(3000, 13);
    const queries = clustered(100, 14);
    const index = addon.Index.create(d, 'IVF100,Flat', 'l2');
    index.train(data);
    index.add(data);
    const flag = new Int32Array(new SharedArrayBuffer(4));
    addon.setCancelFlag(flag);
    try {
      listScanResults(index, queries, d, k, 1, 'l2'); // assigns 32 lists per query
      Atomics.store(flag, 0, 1);
      expect(() => listScanResults(index, queries, d, k, 40, 'l2')).toThrow(/cancel/i);
      Atomics.store(flag, 0, 0);
      const scanned = listScanResults(index, queries, d, k, 40, 'l2');
      index.setParameters('nprobe=40');
      expectSameNeighbours(scanned, index.search(queries, k), 100);
    } finally {
      addon.setCancelFlag(new Int32Array(new SharedArrayBuffer(4)));
      index.dispose();
    }
  });

  it('is not used where faiss cannot scan a list at a time (FastScan, wrappers)', () => {
    const data = clustered(3000, 3);
    for (const factory of ['IVF16,PQ8x4fs', 'IVF16,PQ8x4fs,RFlat', 'PCA16,IVF16,Flat', 'HNSW8', 'Flat']) {
      const index = addon.Index.create(d, factory, 'l2');
      index.train(data);
      expect(canScanLists(index), factory).toBe(false);
      index.dispose();
    }
  });

  it("rejects list ids outside the index instead of reading past faiss's lists", () => {
    const data = clustered(1000, 4);
    const index = addon.Index.create(d, 'IVF8,Flat', 'l2');
    index.train(data);
    index.add(data);
    const query = data.subarray(0, d);
    expect(() => index.searchPreassigned(query, 4, new Int32Array([8]), new Float32Array(1))).toThrow(
      /outside \[0, nlist = 8\)/,
    );
    expect(() => index.searchPreassigned(query, 4, new Int32Array([1, 2]), new Float32Array(1))).toThrow(/must match/);
    index.dispose();
  });
});

describe('mergeTopK', () => {
  const out = (distances: number[], labels: number[]) => ({
    distances: Float32Array.from(distances),
    labels: Int32Array.from(labels),
  });
  it('keeps the k best of both, the earlier lists first on ties, -1 last', () => {
    const a = out([1, 3, 5, Infinity], [10, 11, 12, -1]);
    const b = out([2, 3, 4, 9], [20, 21, 22, 23]);
    expect(mergeTopK(a, b, 4, 1, 'l2')).toEqual(out([1, 2, 3, 3], [10, 20, 11, 21]));
    const ip = mergeTopK(out([0.9, 0.5], [1, 2]), out([0.7, -Infinity], [3, -1]), 2, 1, 'ip');
    expect(ip).toEqual(out([0.9, 0.7], [1, 3]));
    expect(mergeTopK(out([Infinity], [-1]), out([Infinity], [-1]), 1, 1, 'l2')).toEqual(out([Infinity], [-1]));
  });
});
