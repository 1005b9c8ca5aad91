// `rvc-index build` end to end: real files, the engine worker, real faiss, checked by Python faiss.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeNpyFloat32 } from '../../app/npy';
import { rvcNIvf } from '../../app/rvc/nIvf';
import { runCli, runCliJson } from '../helpers/cli';
import { runPython } from '../helpers/python';
import { tempDir } from '../helpers/tmp';
import { randomVectors } from '../helpers/vectors';

let dir: string;
let experiment: string;
const N = 4000;

beforeAll(() => {
  dir = tempDir();
  experiment = path.join(dir, 'logs', 'singer');
  expect(runCli(['sample', experiment, '--n', String(N), '--d', '768', '--seed', '5']).status).toBe(0);
});

interface BuildJson {
  n: number;
  d: number;
  factory: string;
  metric: string;
  nlist: number | null;
  nprobe: number | null;
  output: string;
  timings_ms: Record<string, number>;
}

const pythonReads = (file: string) =>
  runPython<{ ntotal: number; d: number; nlist: number; nprobe: number; metric: number }>(
    `import sys, json, faiss
index = faiss.read_index(sys.argv[1])
ivf = faiss.extract_index_ivf(index)
print(json.dumps({'ntotal': index.ntotal, 'd': index.d, 'nlist': ivf.nlist, 'nprobe': ivf.nprobe, 'metric': index.metric_type}))`,
    [file],
  );

describe('rvc-index build', () => {
  it("builds RVC's preset into RVC's file name, and Python faiss reads the same ntotal, nlist and nprobe", () => {
    const result = runCliJson<BuildJson>(['build', experiment]);
    const nIvf = rvcNIvf(N);
    expect(result).toMatchObject({ n: N, d: 768, factory: `IVF${nIvf},Flat`, metric: 'l2', nlist: nIvf, nprobe: 1 });
    expect(result.output).toBe(path.join(experiment, `added_IVF${nIvf}_Flat_nprobe_1_singer_v2.index`));
    for (const key of ['load', 'train', 'add', 'write', 'total'])
      expect(result.timings_ms[key]).toBeGreaterThanOrEqual(0);
    expect(result.timings_ms.total).toBeGreaterThan(0);
    expect(pythonReads(result.output)).toEqual({ ntotal: N, d: 768, nlist: nIvf, nprobe: 1, metric: 1 });
  });

  it('reports the cluster statistics Python faiss reports for the written file', () => {
    const out = path.join(dir, 'stats.index');
    const result = runCliJson<BuildJson & { clusters: { list_sizes: number[]; imbalance: number; empty: number } }>([
      'build',
      experiment,
      '--out',
      out,
    ]);
    const faiss = runPython<{ sizes: number[]; imbalance: number }>(
      `import sys, json, faiss
index = faiss.read_index(sys.argv[1])  # keep a reference: ivf points into it
ivf = faiss.extract_index_ivf(index)
print(json.dumps({'sizes': [ivf.invlists.list_size(i) for i in range(ivf.nlist)], 'imbalance': ivf.invlists.imbalance_factor()}))`,
      [out],
    );
    expect(result.clusters.list_sizes).toEqual(faiss.sizes);
    expect(result.clusters.imbalance).toBeCloseTo(faiss.imbalance, 9);
    expect(result.clusters.empty).toBe(faiss.sizes.filter((size) => size === 0).length);
  });

  it('compresses to k-means centroids on request (--compress), and --keep-all-frames contradicts it', () => {
    const out = path.join(dir, 'compressed.index');
    const result = runCliJson<BuildJson & { ntotal: number }>(['build', experiment, '--compress', '500', '--out', out]);
    // RVC's formula over the 500 vectors the index holds
    expect(result).toMatchObject({ n: N, ntotal: 500, nlist: rvcNIvf(500), factory: `IVF${rvcNIvf(500)},Flat` });
    expect(pythonReads(out)).toMatchObject({ ntotal: 500, nlist: rvcNIvf(500) });
    const both = runCli(['build', experiment, '--compress', '500', '--keep-all-frames']);
    expect(both.status).toBe(1);
    expect(both.stderr).toMatch(/--keep-all-frames and --compress/);
  });

  it('builds an α-expanded IP index (--expand, --alpha)', () => {
    const result = runCliJson<BuildJson & { ntotal: number }>([
      'build',
      experiment,
      '--metric',
      'ip',
      '--expand',
      '4',
      '--alpha',
      '3',
      '--out',
      path.join(dir, 'expanded.index'),
    ]);
    expect(result).toMatchObject({ metric: 'ip', ntotal: N });
  });

  it('honours --factory with {n}, --n-ivf, --nprobe, --metric and --out', () => {
    const out = path.join(dir, 'custom.index');
    const result = runCliJson<BuildJson>([
      'build',
      experiment,
      '--factory',
      'IVF{n},SQ8',
      '--n-ivf',
      '50',
      '--nprobe',
      '7',
      '--metric',
      'ip',
      '--out',
      out,
    ]);
    expect(result).toMatchObject({ factory: 'IVF50,SQ8', nlist: 50, nprobe: 7, metric: 'ip', output: out });
    expect(pythonReads(out)).toMatchObject({ ntotal: N, nlist: 50, nprobe: 7, metric: 0 });
  });

  it('shuffles every row as RVC shuffles big_npy (a plain build holds nothing out)', () => {
    const out = path.join(dir, 'order.index');
    runCliJson(['build', experiment, '--factory', 'Flat', '--out', out]);
    // for each stored vector, its row in the sorted-file concatenation; RVC-order runs of
    // consecutive rows are a few frames long, whole utterances would be 100+
    const runs = runPython<{ longest: number; ids: number }>(
      `import sys, os, json, numpy as np, faiss
folder = os.path.join(sys.argv[2], '3_feature768')
big = np.concatenate([np.load(os.path.join(folder, f)) for f in sorted(os.listdir(folder))])
stored = faiss.read_index(sys.argv[1]).reconstruct_n(0, len(big))
where = {row.tobytes(): i for i, row in enumerate(big)}
rows = np.array([where[v.tobytes()] for v in stored])
steps = np.diff(rows) == 1
longest, run = 0, 0
for s in steps:
    run = run + 1 if s else 0
    longest = max(longest, run)
print(json.dumps({'longest': longest + 1, 'ids': len(set(rows.tolist()))}))`,
      [out, experiment],
    );
    expect(runs.ids).toBe(N);
    expect(runs.longest).toBeLessThan(5);
  });

  it('keeps the IP warning when it writes a file RVC may load', () => {
    const result = runCliJson<BuildJson & { warnings: string[] }>([
      'build',
      experiment,
      '--factory',
      'Flat',
      '--metric',
      'ip',
      '--out',
      path.join(dir, 'ip.index'),
    ]);
    expect(result.warnings.join(' ')).toMatch(/IP metric.*1\/distance²/);
  });

  it('accepts --seed 0 (the default) and rejects --n-ivf when the factory has no {n}', () => {
    expect(runCli(['info', experiment, '--seed', '0', '--json']).status).toBe(0);
    const ignored = runCli(['build', experiment, '--factory', 'IVF32,Flat', '--n-ivf', '16']);
    expect(ignored.status).toBe(1);
    expect(ignored.stderr).toMatch(/--n-ivf 16 has no effect.*no \{n\}/);
  });

  it('refuses to overwrite an existing output without --force, before building', () => {
    const out = path.join(dir, 'once.index');
    runCliJson(['build', experiment, '--factory', 'Flat', '--out', out]);
    const before = fs.readFileSync(out);
    const again = runCli(['build', experiment, '--factory', 'Flat', '--out', out]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exist');
    expect(again.stderr).not.toMatch(/\[(train|add)\]/);
    expect(fs.readFileSync(out).equals(before)).toBe(true);
    expect(runCli(['build', experiment, '--factory', 'Flat', '--out', out, '--force']).status).toBe(0);
  });

  it('builds a 149-frame folder (RVC mute clip size) with n_ivf = 3', () => {
    const mute = path.join(dir, 'logs', 'mute');
    fs.mkdirSync(path.join(mute, '3_feature768'), { recursive: true });
    fs.writeFileSync(
      path.join(mute, '3_feature768', 'mute.npy'),
      encodeNpyFloat32(randomVectors(149, 768, 9), [149, 768]),
    );
    const result = runCliJson<BuildJson>(['build', mute]);
    expect(result).toMatchObject({ n: 149, nlist: 3, factory: 'IVF3,Flat' });
  });

  describe('bad input exits 1 with a message naming the problem, never a signal', () => {
    const cases: [string, () => string[], RegExp][] = [
      ['a missing folder', () => ['build', path.join(dir, 'nope')], /nope.*(does not exist|not found|no such)/i],
      ['--n-ivf larger than N', () => ['build', experiment, '--n-ivf', String(N + 1)], new RegExp(`IVF${N + 1}.*${N}`)],
      ['PQ m not dividing d', () => ['build', experiment, '--factory', 'IVF64,PQ7x4fs'], /PQ7.*divide.*768/],
      ['an unknown factory token', () => ['build', experiment, '--factory', 'IVF{n},Flta'], /unknown part 'Flta'/],
      ['a non-numeric option', () => ['build', experiment, '--nprobe', 'many'], /--nprobe must be a positive integer/],
      ['an unknown option', () => ['build', experiment, '--nprob', '3'], /unknown option --nprob/],
      ['nprobe above nlist', () => ['build', experiment, '--n-ivf', '10', '--nprobe', '11'], /nprobe 11.*10/],
      [
        'a truncated .npy',
        () => {
          const broken = path.join(dir, 'logs', 'broken');
          fs.cpSync(experiment, broken, { recursive: true, filter: (source) => !source.endsWith('.index') });
          const feature = path.join(broken, '3_feature768');
          const victim = path.join(feature, fs.readdirSync(feature).sort()[3]);
          fs.truncateSync(victim, fs.statSync(victim).size - 1000);
          return ['build', broken];
        },
        /truncated|too short|shorter|bytes/i,
      ],
    ];
    it.each(cases)('%s', (_name, args, message) => {
      const run = runCli(args());
      expect(run.signal).toBeNull();
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe('');
    });
  });
});
