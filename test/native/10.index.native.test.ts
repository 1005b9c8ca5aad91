// The native Index: the operations the engine needs, on real faiss.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError, toErrorInfo } from '../../app/errors';
import { loadAddon } from '../../main/native/addon';
import { tempDir } from '../helpers/tmp';
import { randomVectors } from '../helpers/vectors';

const addon = loadAddon();
const d = 32;
const data = randomVectors(4000, d);

describe('native Index', () => {
  it('builds an IVF index, searches it and describes it', () => {
    const index = addon.Index.create(d, 'IVF16,Flat', 'l2');
    expect(index.describe()).toMatchObject({
      type: 'IndexIVFFlat',
      d,
      ntotal: 0,
      metric: 'l2',
      isTrained: false,
      fastScan: false,
      listScan: true,
      mapsIds: false,
      nlist: 16,
      nprobe: 1,
      kFactor: null,
    });
    index.train(data);
    index.add(data);
    index.setParameters('nprobe=16');
    const { distances, labels, elapsedNs } = index.search(data.subarray(0, 10 * d), 5);
    expect(labels.length).toBe(50);
    // with every list probed the nearest neighbour of a stored vector is itself, at distance 0
    for (let q = 0; q < 10; q++) {
      expect(labels[q * 5]).toBe(q);
      expect(distances[q * 5]).toBeCloseTo(0, 4);
    }
    expect(elapsedNs).toBeGreaterThan(0);
    const sizes = index.listSizes()!;
    expect(sizes.length).toBe(16);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(4000);
    index.dispose();
  });

  it('times each block of queries natively in searchBlocks and returns the same results as search', () => {
    const index = addon.Index.create(d, 'IVF8,Flat', 'l2');
    index.train(data);
    index.add(data);
    index.setParameters('nprobe=3');
    const queries = data.subarray(100 * d, 140 * d);
    const batch = index.search(queries, 8);
    // one faiss call per block of 12 rows (the last one 4 rows): the same neighbours, each call timed
    const blocks = index.searchBlocks(queries, 8, 12);
    expect(Array.from(blocks.labels)).toEqual(Array.from(batch.labels));
    expect(blocks.blockNs.length).toBe(4);
    expect(Math.min(...blocks.blockNs)).toBeGreaterThan(0);
    const lone = index.searchBlocks(queries, 8, 1, 'nprobe=8');
    expect(lone.blockNs.length).toBe(40);
    expect(Array.from(lone.labels)).toEqual(Array.from(index.search(queries, 8, 'nprobe=8').labels));
    expect(index.describe().nprobe).toBe(3);
    expect(() => index.searchBlocks(queries, 8, 0)).toThrow(/blockRows/);
    index.dispose();
  });

  it('applies search parameters to one call only, and keeps the stored ones', () => {
    const index = addon.Index.create(d, 'IVF8,Flat', 'l2');
    index.train(data);
    index.add(data);
    index.setParameters('nprobe=2');
    const queries = data.subarray(0, 50 * d);
    const wide = index.search(queries, 8, 'nprobe=8');
    expect(index.describe().nprobe).toBe(2);
    index.setParameters('nprobe=8');
    expect(Array.from(wide.labels)).toEqual(Array.from(index.search(queries, 8).labels));
    index.setParameters('nprobe=2');
    // a bad override throws and leaves the stored value too
    expect(() => index.search(queries, 8, 'nprobe=99')).toThrow(/nprobe must be an integer/);
    expect(index.describe().nprobe).toBe(2);
    index.dispose();
  });

  it('writes itself to a file faiss reads back (no in-memory copy)', () => {
    const index = addon.Index.create(d, 'IVF4,Flat', 'l2');
    index.train(data);
    index.add(data);
    const file = path.join(tempDir(), 'direct.index');
    index.write(file);
    expect(fs.readFileSync(file).equals(index.toBuffer())).toBe(true);
    expect(() => index.write(path.join(tempDir(), 'missing', 'folder', 'x.index'))).toThrow(/could not open/);
    index.dispose();
  });

  it('sets nprobe, k_factor and efSearch through wrappers', () => {
    const refine = addon.Index.create(d, 'IVF8,PQ8x4fs,RFlat', 'l2');
    refine.setParameters('nprobe=4,k_factor=6');
    expect(refine.describe()).toMatchObject({
      type: 'IndexRefine',
      chain: ['IndexRefine', 'IndexIVFPQFastScan'],
      fastScan: true,
      listScan: false,
      nprobe: 4,
      kFactor: 6,
    });
    const pre = addon.Index.create(d, 'PCA16,IVF8,Flat', 'l2');
    pre.setParameters('nprobe=5');
    expect(pre.describe()).toMatchObject({ type: 'IndexPreTransform', nlist: 8, nprobe: 5, listScan: false });
    expect(addon.Index.create(d, 'IVF8,PQ8x4fs', 'l2').describe()).toMatchObject({ fastScan: true, listScan: false });
    expect(addon.Index.create(d, 'IDMap,Flat', 'l2').describe()).toMatchObject({ mapsIds: true, nlist: null });
    const hnsw = addon.Index.create(d, 'HNSW16', 'l2');
    hnsw.setParameters('efSearch=48');
    expect(hnsw.describe()).toMatchObject({ efSearch: 48, nlist: null, nprobe: null });
    for (const index of [refine, pre, hnsw]) index.dispose();
  });

  it('reconstructs stored vectors, serialises and clones', () => {
    const index = addon.Index.create(d, 'IVF4,Flat', 'ip');
    index.train(data);
    index.add(data.subarray(0, 500 * d));
    const back = index.reconstructN(0, 500);
    expect(Array.from(back.subarray(0, 2 * d))).toEqual(Array.from(data.subarray(0, 2 * d)));
    const into = new Float32Array(3 * d);
    expect(index.reconstructN(10, 3, into)).toBe(into);
    expect(Array.from(into)).toEqual(Array.from(data.subarray(10 * d, 13 * d)));
    const bytes = index.toBuffer();
    expect(bytes.length).toBe(index.byteSize());
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('IwFl');
    const copy = addon.Index.fromBuffer(bytes);
    expect(copy.describe()).toMatchObject({ ntotal: 500, metric: 'ip', nlist: 4 });
    const clone = index.clone();
    clone.reset();
    expect(clone.describe()).toMatchObject({ ntotal: 0, isTrained: true });
    expect(index.describe().ntotal).toBe(500);
    for (const i of [index, copy, clone]) i.dispose();
  });

  it('finds exact neighbours over vectors in place exactly as an IndexFlat search does', () => {
    const database = data.subarray(0, 3000 * d);
    const queries = data.subarray(3000 * d, 3100 * d);
    for (const metric of ['l2', 'ip'] as const) {
      const flat = addon.Index.create(d, 'Flat', metric);
      flat.add(database);
      const expected = flat.search(queries, 8);
      const found = addon.knn(database, queries, d, 8, metric);
      expect(Array.from(found.labels)).toEqual(Array.from(expected.labels));
      expect(Array.from(found.distances)).toEqual(Array.from(expected.distances));
      flat.dispose();
    }
    expect(() => addon.knn(database, queries, d, 3001, 'l2')).toThrow(/k/);
  });

  it('runs k-means (faiss Clustering) for compression', () => {
    const { centroids, objective } = addon.kmeans(data, d, 20, { niter: 10, seed: 3 });
    expect(centroids.length).toBe(20 * d);
    expect(objective).toBeGreaterThan(0);
    const again = addon.kmeans(data, d, 20, { niter: 10, seed: 3 });
    expect(Array.from(again.centroids)).toEqual(Array.from(centroids));
  });

  it('throws AppError with a code, the message and a coded reason, from native code', () => {
    let error: unknown;
    try {
      addon.Index.create(d, 'IVF8,Bogus', 'l2');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringContaining("factory string 'IVF8,Bogus'"),
    });
    // the native text is a parameter of the reason the renderer translates
    const { message, reason } = error as AppError;
    expect(reason).toMatchObject({ code: 'engine_refused', params: { detail: message } });
    expect(toErrorInfo(error).reason).toEqual({ code: 'engine_refused', params: { detail: message } });
  });

  it('reports its faiss version and threads', () => {
    expect(addon.faissVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(addon.getNumThreads()).toBeGreaterThanOrEqual(1);
  });
});
