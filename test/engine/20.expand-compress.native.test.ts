// α-query expansion and k-means compression, against brute-force NumPy / Python faiss.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeNpyFloat32 } from '../../app/npy';
import { l2NormalizedCopy } from '../../app/dataset/normalize';
import { compressToCentroids, COMPRESS_ITERATIONS, COMPRESS_POINTS_PER_CENTROID } from '../../main/engine/compress';
import { alphaExpand } from '../../main/engine/expand';
import { JobContext } from '../../main/engine/jobContext';
import type { WorkerMessage } from '../../main/engine/protocol';
import { runPython } from '../helpers/python';
import { tempDir } from '../helpers/tmp';
import { randomVectors } from '../helpers/vectors';

const context = (messages: WorkerMessage[] = []) =>
  new JobContext('test', (m) => messages.push(m), new Int32Array(new SharedArrayBuffer(4)));

describe('α-query expansion', () => {
  it('equals the brute-force formula: Σ max(s,0)^α · neighbour over the num_expand nearest, re-normalised', () => {
    const d = 16;
    const n = 400;
    const raw = randomVectors(n, d, 21).map((v) => v - 0.5);
    const database = l2NormalizedCopy(raw, d);
    const queries = l2NormalizedCopy(
      randomVectors(50, d, 22).map((v) => v - 0.5),
      d,
    );
    const messages: WorkerMessage[] = [];
    const expandedDb = alphaExpand(context(messages), database, database, d, 5, 3, 'the database');
    const expandedQ = alphaExpand(context(), queries, database, d, 5, 3, 'the queries');
    expect(messages.some((m) => m.type === 'progress' && m.phase === 'expand')).toBe(true);

    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'db.npy'), encodeNpyFloat32(database, [n, d]));
    fs.writeFileSync(path.join(dir, 'q.npy'), encodeNpyFloat32(queries, [50, d]));
    const expected = runPython<{ db: number[]; q: number[] }>(
      `import sys, json, numpy as np
db = np.load(sys.argv[1]).astype(np.float64); q = np.load(sys.argv[2]).astype(np.float64)
def expand(x, m=5, alpha=3.0):
    s = x @ db.T
    out = np.zeros_like(x)
    for i in range(len(x)):
        nn = np.argsort(-s[i], kind='stable')[:m]
        w = np.maximum(s[i, nn], 0) ** alpha
        out[i] = (w[:, None] * db[nn]).sum(axis=0)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)
print(json.dumps({'db': expand(db).ravel().tolist(), 'q': expand(q).ravel().tolist()}))`,
      [path.join(dir, 'db.npy'), path.join(dir, 'q.npy')],
    );
    const maxDiff = (a: Float32Array, b: number[]) => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);
    expect(maxDiff(expandedDb, expected.db)).toBeLessThan(1e-4);
    expect(maxDiff(expandedQ, expected.q)).toBeLessThan(1e-4);
  });

  it('stops with CANCELLED when asked', () => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    Atomics.store(flag, 0, 1);
    const ctx = new JobContext('c', () => {}, flag);
    const x = l2NormalizedCopy(randomVectors(100, 8), 8);
    expect(() => alphaExpand(ctx, x, x, 8, 3, 1, 'x')).toThrow(expect.objectContaining({ code: 'CANCELLED' }));
  });
});

describe('k-means compression', () => {
  it("returns faiss Clustering's centroids, identical to Python faiss with the same parameters", () => {
    const d = 24;
    const n = 3000;
    const k = 40;
    const vectors = randomVectors(n, d, 31);
    const centroids = compressToCentroids(context(), vectors, d, k, 0);
    expect(centroids.length).toBe(k * d);
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'x.npy'), encodeNpyFloat32(vectors, [n, d]));
    const python = runPython<number[]>(
      `import sys, json, numpy as np, faiss
x = np.load(sys.argv[1])
km = faiss.Kmeans(x.shape[1], ${k}, niter=${COMPRESS_ITERATIONS}, seed=0, max_points_per_centroid=${COMPRESS_POINTS_PER_CENTROID})
km.train(x)
print(json.dumps(km.centroids.ravel().tolist()))`,
      [path.join(dir, 'x.npy')],
    );
    const maxDiff = centroids.reduce((m, v, i) => Math.max(m, Math.abs(v - python[i])), 0);
    expect(maxDiff).toBeLessThan(1e-4);
  });
});
