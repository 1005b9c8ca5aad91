// RVC's rule, end to end: above 200 000 frames the RVC preset indexes 10 000 k-means centroids
// (RVC: MiniBatchKMeans), and n_ivf follows from those 10 000 (min(16·√10000, 10000 // 39) = 256).
// The slowest test here (k-means of 200k frames into 10k centroids: about two minutes on 2 cores).
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliJson } from '../helpers/cli';
import { runPython } from '../helpers/python';
import { tempDir } from '../helpers/tmp';

let experiment: string;

beforeAll(() => {
  experiment = path.join(tempDir(), 'logs', 'long');
  // v1 width keeps the k-means affordable; the rule does not depend on d
  expect(runCli(['sample', experiment, '--n', '200001', '--d', '256']).status).toBe(0);
});

describe("RVC's 200 000-frame rule", () => {
  it('compresses to 10 000 centroids by default and says so', { timeout: 600_000 }, () => {
    const info = runCliJson<{
      compression: {
        rvc_would_compress: boolean;
        message: string;
        compressed_index_bytes: number;
        full_index_bytes: number;
      };
    }>(['info', experiment]);
    expect(info.compression.rvc_would_compress).toBe(true);
    expect(info.compression.message).toMatch(
      /N = 200,001 > 200,000: RVC would index 10,000 centroids \(≈.* MB\) — keep all frames \(≈.* MB\) instead\?/,
    );
    expect(info.compression.compressed_index_bytes).toBeLessThan(info.compression.full_index_bytes / 10);

    const out = path.join(path.dirname(experiment), 'compressed.index');
    const result = runCliJson<{ n: number; ntotal: number; nlist: number; factory: string; warnings: string[] }>([
      'build',
      experiment,
      '--out',
      out,
    ]);
    expect(result).toMatchObject({ n: 200_001, ntotal: 10_000, nlist: 256, factory: 'IVF256,Flat' });
    expect(result.warnings.join(' ')).toMatch(/indexing 10000 k-means centroids, as RVC does/);
    expect(
      runPython<number>(`import sys, json, faiss\nprint(json.dumps(faiss.read_index(sys.argv[1]).ntotal))`, [out]),
    ).toBe(10_000);
  });
});
