// Adding to a plain IVF index sizes its lists exactly first (add_vectors.cc): the file must be
// byte for byte what faiss's own add writes, here Python faiss's (RVC's path) on the same trained
// index and the same batches.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAddon } from '../../main/native/addon';
import { runPython } from '../helpers/python';
import { randomVectors } from '../helpers/vectors';
import { tempDir } from '../helpers/tmp';

const addon = loadAddon();
const d = 32;

describe('adding to IVF lists', () => {
  it.each(['IVF16,Flat', 'IVF16,SQ8'])('%s: the same bytes as faiss’s add', (factory) => {
    const dir = tempDir();
    const data = randomVectors(5000, d);
    const index = addon.Index.create(d, factory, 'l2');
    index.train(data);
    fs.writeFileSync(path.join(dir, 'trained.index'), index.toBuffer());
    fs.writeFileSync(path.join(dir, 'data.f32'), data);
    // three batches, as builds add in RVC's batches
    for (const [start, end] of [
      [0, 1000],
      [1000, 3500],
      [3500, 5000],
    ])
      index.add(data.subarray(start * d, end * d));
    const theirs = runPython<{ bytes: string }>(
      `import sys, json, numpy as np, faiss
index = faiss.read_index(sys.argv[1] + '/trained.index')
data = np.fromfile(sys.argv[1] + '/data.f32', dtype='float32').reshape(-1, ${d})
for start, end in ((0, 1000), (1000, 3500), (3500, 5000)):
    index.add(data[start:end])
print(json.dumps({'bytes': faiss.serialize_index(index).tobytes().hex()}))`,
      [dir],
    );
    expect(Buffer.from(index.toBuffer()).toString('hex')).toBe(theirs.bytes);
    index.dispose();
  });
});
