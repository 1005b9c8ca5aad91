// `rvc-index inspect` and `set-params` on files our engine wrote, checked by Python faiss.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InspectResult } from '../../app/contract';
import { HANG_MS } from '../helpers/hang';
import { runCli, runCliJson } from '../helpers/cli';
import { runPython } from '../helpers/python';
import { tempDir } from '../helpers/tmp';

let dir: string;
let fastscan: string;
let flat: string;

beforeAll(() => {
  dir = tempDir();
  const experiment = path.join(dir, 'exp');
  expect(runCli(['sample', experiment, '--n', '5000', '--d', '256', '--seed', '4']).status).toBe(0);
  fastscan = path.join(dir, 'fastscan.index');
  flat = path.join(dir, 'flat.index');
  runCliJson([
    'build',
    experiment,
    '--factory',
    'IVF{n},PQ32x4fs,RFlat',
    '--n-ivf',
    '37',
    '--nprobe',
    '6',
    '--k-factor',
    '2',
    '--out',
    fastscan,
  ]);
  runCliJson(['build', experiment, '--factory', 'Flat', '--out', flat]);
});

const faissView = (file: string) =>
  runPython<{ ntotal: number; nlist: number; nprobe: number; k_factor: number; sizes: number[]; imbalance: number }>(
    `import sys, json, faiss
index = faiss.read_index(sys.argv[1])
# faiss 1.7.3's extract_index_ivf does not look inside IndexRefine
ivf = faiss.extract_index_ivf(faiss.downcast_index(index).base_index)
print(json.dumps({'ntotal': index.ntotal, 'nlist': ivf.nlist, 'nprobe': ivf.nprobe, 'k_factor': faiss.downcast_index(index).k_factor,
  'sizes': [ivf.invlists.list_size(i) for i in range(ivf.nlist)], 'imbalance': ivf.invlists.imbalance_factor()}))`,
    [file],
  );

describe('rvc-index inspect', () => {
  it('reports what faiss reports, list by list', () => {
    const result = runCliJson<InspectResult>(['inspect', fastscan]);
    const faiss = faissView(fastscan);
    // faiss's reader turns an IndexRefine over a Flat refine index into IndexRefineFlat
    expect(result).toMatchObject({
      type: 'IndexRefineFlat',
      d: 256,
      ntotal: 5000,
      metric: 'l2',
      nlist: 37,
      nprobe: 6,
      k_factor: 2,
    });
    expect(result.list_sizes).toEqual(faiss.sizes);
    expect(result.imbalance).toBeCloseTo(faiss.imbalance, 9);
    expect(result.tree.fourcc).toBe('IxRF');
    expect(result.tree.children.map((child) => child.fourcc)).toContain('IwPf');
  });

  it('gives nlist null for a non-IVF index', () => {
    expect(runCliJson<InspectResult>(['inspect', flat])).toMatchObject({
      type: expect.stringMatching(/^IndexFlat/),
      nlist: null,
      nprobe: null,
      k_factor: null,
      list_sizes: [],
    });
  });

  it('exits 1 quickly, naming the file, on corrupted copies', () => {
    const bytes = fs.readFileSync(fastscan);
    const broken = path.join(dir, 'broken.index');
    for (const length of [3, 40, Math.floor(bytes.length / 3), bytes.length - 5]) {
      fs.writeFileSync(broken, bytes.subarray(0, length));
      const started = Date.now();
      const run = runCli(['inspect', broken]);
      expect(run.signal).toBeNull();
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('broken.index');
      expect(Date.now() - started).toBeLessThan(HANG_MS);
    }
  });
});

describe('rvc-index set-params', () => {
  it('patches nprobe and k_factor; faiss reads them and returns the results of setting them by hand', () => {
    const out = path.join(dir, 'patched.index');
    const run = runCliJson<{ output: string; nprobe: number; k_factor: number }>([
      'set-params',
      fastscan,
      '--out',
      out,
      '--nprobe',
      '11',
      '--k-factor',
      '7',
    ]);
    expect(run).toEqual({ output: out, nprobe: 11, k_factor: 7 });
    expect(faissView(out)).toMatchObject({ nprobe: 11, k_factor: 7, ntotal: 5000 });
    const same = runPython<boolean>(
      `import sys, json, numpy as np, faiss
a, b = faiss.read_index(sys.argv[1]), faiss.read_index(sys.argv[2])
faiss.extract_index_ivf(faiss.downcast_index(a).base_index).nprobe = 11
faiss.downcast_index(a).k_factor = 7
q = a.reconstruct_n(0, 200)
Da, Ia = a.search(q, 8); Db, Ib = b.search(q, 8)
print(json.dumps(bool((Ia == Ib).all() and (Da == Db).all())))`,
      [fastscan, out],
    );
    expect(same).toBe(true);
  });

  it('refuses nprobe on a non-IVF index and an existing output without --force', () => {
    const run = runCli(['set-params', flat, '--out', path.join(dir, 'x.index'), '--nprobe', '4']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/nprobe/);
    const exists = runCli(['set-params', fastscan, '--out', flat, '--nprobe', '2']);
    expect(exists.status).toBe(1);
    expect(exists.stderr).toMatch(/already exists/);
  });
});
