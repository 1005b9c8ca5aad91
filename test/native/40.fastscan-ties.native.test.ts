// faiss 1.7.3 (Debian's, and the faiss-cpu RVC pins) aborts in FastScan searches that ask for
// more than 20 candidates (RFlat with k_factor 8 asks for 64) when many codes tie:
// partitioning.cpp compress_array "Assertion `n_eq == 0' failed". Our engine selects faiss's heap
// top-k for FastScan instead, so the same search returns results.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeNpyFloat32 } from '../../app/npy';
import { seededRandom } from '../../app/random';
import { nativeAddonPath } from '../../main/paths';
import { PYTHON, pythonEnv } from '../helpers/python';
import { tempDir } from '../helpers/tmp';

const d = 32;
const n = 20_000;

/** 64 tight clusters: many vectors share their 4-bit codes, so FastScan distances tie. */
function tiedData(): Float32Array {
  const random = seededRandom(3);
  const centres = Float32Array.from({ length: 64 * d }, () => random() * 10);
  const x = new Float32Array(n * d);
  for (let i = 0; i < n; i++) {
    const c = Math.floor(random() * 64);
    for (let j = 0; j < d; j++) x[i * d + j] = centres[c * d + j] + random() * 0.01;
  }
  return x;
}

describe('FastScan with many tied distances', () => {
  const file = path.join(tempDir(), 'ties.npy');
  fs.writeFileSync(file, encodeNpyFloat32(tiedData(), [n, d]));

  it('aborts Python faiss 1.7.3 (the trap is real)', () => {
    const python = spawnSync(
      PYTHON,
      [
        '-c',
        `
import sys, numpy as np, faiss
x = np.load(sys.argv[1])
index = faiss.index_factory(${d}, 'IVF64,PQ16x4fs,RFlat'); index.train(x); index.add(x)
faiss.downcast_index(index).k_factor = 8
for p in (1, 2, 4, 8):
    faiss.extract_index_ivf(faiss.downcast_index(index).base_index).nprobe = p
    index.search(x[:2000], 8)
`,
        file,
      ],
      { encoding: 'utf8', env: pythonEnv() },
    );
    // If a newer faiss stops aborting here, this test (and the export warning) can go.
    expect(python.signal).toBe('SIGABRT');
    expect(python.stderr).toContain('compress_array');
  });

  it('returns results from our engine, for batch and single-query search and after a file round trip', () => {
    const child = spawnSync(
      process.execPath,
      [
        '-e',
        `
      const fs = require('fs');
      const m = require(${JSON.stringify(nativeAddonPath())});
      m.init(class EngineError extends Error { constructor(code, message) { super(message); this.code = code; } });
      const bytes = fs.readFileSync(${JSON.stringify(file)});
      const offset = 10 + bytes.readUInt16LE(8);
      const x = new Float32Array(bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + bytes.length));
      const index = m.Index.create(${d}, 'IVF64,PQ16x4fs,RFlat', 'l2');
      index.train(x); index.add(x);
      let found = 0;
      for (const p of [1, 2, 4, 8]) {
        index.setParameters('nprobe=' + p + ',k_factor=8');
        found += index.search(x.subarray(0, 2000 * ${d}), 8).labels.filter((l) => l >= 0).length;
        index.searchBlocks(x.subarray(0, 200 * ${d}), 8, 12, 'nprobe=' + p + ',k_factor=8');
      }
      m.Index.fromBuffer(index.toBuffer()).search(x.subarray(0, 2000 * ${d}), 8);
      process.stdout.write(String(found));
    `,
      ],
      { encoding: 'utf8' },
    );
    expect(child.signal).toBeNull();
    expect(child.status).toBe(0);
    expect(Number(child.stdout)).toBe(4 * 2000 * 8);
  });
});
