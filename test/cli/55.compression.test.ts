// The small-N counterpart of 50.rvc-compression.slow: the same k-means compression path end to
// end (--compress K indexes K centroids, n_ivf follows from K, the file holds K vectors), on a
// sample small enough for every run. RVC's own threshold (200 000 frames) is the slow tier's, and
// planBuild's decision at it is unit-tested in test/app.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rvcNIvf } from '../../app/rvc/nIvf';
import { runCli, runCliJson } from '../helpers/cli';
import { runPython } from '../helpers/python';
import { tempDir } from '../helpers/tmp';

let experiment: string;

beforeAll(() => {
  experiment = path.join(tempDir(), 'logs', 'short');
  expect(runCli(['sample', experiment, '--n', '6000', '--d', '256']).status).toBe(0);
});

describe('k-means compression, end to end', () => {
  it('indexes K centroids and sizes n_ivf from them', () => {
    const info = runCliJson<{ compression: { rvc_would_compress: boolean } }>(['info', experiment]);
    expect(info.compression.rvc_would_compress).toBe(false);
    const out = path.join(path.dirname(experiment), 'compressed.index');
    const result = runCliJson<{ n: number; ntotal: number; nlist: number; factory: string }>([
      'build',
      experiment,
      '--compress',
      '500',
      '--out',
      out,
    ]);
    expect(result).toMatchObject({ n: 6000, ntotal: 500, nlist: rvcNIvf(500), factory: `IVF${rvcNIvf(500)},Flat` });
    expect(
      runPython<number>(`import sys, json, faiss\nprint(json.dumps(faiss.read_index(sys.argv[1]).ntotal))`, [out]),
    ).toBe(500);
  });
});
