// `rvc-index eval` and `export`: every number eval prints is recomputed by Python faiss on the
// same file and queries; exports are loaded the way RVC loads them.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EvalResult, ExportResult } from '../../app/contract';
import { rvcNIvf } from '../../app/rvc/nIvf';
import { runCli, runCliJson } from '../helpers/cli';
import { runPython } from '../helpers/python';
import { tempDir } from '../helpers/tmp';

let dir: string;
let experiment: string;
let queries: string;
let indexFile: string;
const N = 6000;

beforeAll(() => {
  dir = tempDir();
  experiment = path.join(dir, 'logs', 'voice');
  queries = path.join(dir, 'song');
  expect(runCli(['sample', experiment, '--n', String(N), '--seed', '11']).status).toBe(0);
  // "features of a song": another recording of the same kind of voice
  expect(runCli(['sample', queries, '--n', '600', '--seed', '12']).status).toBe(0);
  indexFile = path.join(dir, 'rvc.index');
  runCliJson(['build', experiment, '--out', indexFile]);
});

// The same definitions as docs/ARCHITECTURE.md ("How the numbers are made"), written
// independently in NumPy, searching as RVC does: one index.search call per block of \`block\`
// consecutive frames (RVC's offline segment, or a realtime block).
const oracle = `
import sys, os, json, numpy as np, faiss
index_file, query_dir, nprobes = sys.argv[1], sys.argv[2], [int(p) for p in sys.argv[3].split(',')]
usages = json.loads(sys.argv[4])  # [[block, k], ...]
q = np.concatenate([np.load(os.path.join(query_dir, f)) for f in sorted(os.listdir(query_dir))]).astype('float32')
index = faiss.read_index(index_file)
stored = index.reconstruct_n(0, index.ntotal)
flat = faiss.IndexFlatL2(index.d); flat.add(stored)
def blend(D, I):
    D = np.maximum(np.abs(D.astype(np.float64)), 1e-12)
    w = (1.0 / D) ** 2 * (I >= 0)
    w /= w.sum(axis=1, keepdims=True)
    return np.einsum('qk,qkd->qd', w, stored[np.maximum(I, 0)].astype(np.float64))
def measure(block, k):
    D_true, I_true = flat.search(q, k)
    exact = blend(D_true, I_true)
    points = []
    for p in nprobes:
        faiss.extract_index_ivf(index).nprobe = p
        calls = [index.search(q[i:i + block], k) for i in range(0, len(q), block)]
        D, I = np.concatenate([c[0] for c in calls]), np.concatenate([c[1] for c in calls])
        r1 = float(np.mean(I[:, 0] == I_true[:, 0]))
        rk = float(np.mean([len(set(I[i]) & set(I_true[i])) / k for i in range(len(q))]))
        approx = blend(D, I)
        err = float(np.mean(np.linalg.norm(approx - exact, axis=1) / np.maximum(np.linalg.norm(exact, axis=1), 1e-12)))
        points.append({'nprobe': p, 'calls': len(calls), 'recall_at_1': r1, 'recall_at_k': rk, 'blend_error': err})
    return points
print(json.dumps({'queries': len(q), 'usages': [measure(block, k) for block, k in usages]}))
`;

type OraclePoint = { nprobe: number; calls: number; recall_at_1: number; recall_at_k: number; blend_error: number };

describe('rvc-index eval', () => {
  const songFeatures = () => path.join(queries, '3_feature768');
  const evaluate = (extra: string[]) =>
    runCliJson<EvalResult>(['eval', experiment, '--index', indexFile, '--queries', songFeatures(), ...extra]);
  const usages = [
    ['offline', [] as string[], 3300, 8],
    ['realtime, 0.25 s blocks', ['--usage', 'realtime'], 12, 8],
    ['realtime, 0.1 s blocks, k = 1 (w-okada v1)', ['--usage', 'realtime', '--block-seconds', '0.1', '--k', '1'], 5, 1],
  ] as const;
  // one Python run (one import, one read of the index) answers for every usage
  type Answers = { queries: number; usages: OraclePoint[][] };
  let answers: Answers | null = null;
  const oracleFor = (block: number, k: number) => {
    const all = (answers ??= runPython<Answers>(oracle, [
      indexFile,
      songFeatures(),
      '1,2,4,8,16',
      JSON.stringify(usages.map(([, , b, n]) => [b, n])),
    ]));
    const at = usages.findIndex(([, , b, n]) => b === block && n === k);
    return { queries: all.queries, points: all.usages[at] };
  };

  it.each(usages)('%s: matches Python faiss making the same search calls, to ±0.005', (usage, flags, block, k) => {
    const result = evaluate(['--nprobe', '16,1,2,4,8,2', ...flags]);
    const python = oracleFor(block, k);
    expect(result.queries).toBe(python.queries);
    expect(result.k).toBe(k);
    expect(result.block_frames).toBe(block);
    // sorted, each n_probe once
    expect(result.points.map((p) => p.nprobe)).toEqual([1, 2, 4, 8, 16]);
    for (const [i, point] of result.points.entries()) {
      const expected = python.points[i];
      expect(point).toMatchObject({ usage: usage.split(',')[0], block_frames: block, final: true });
      // the same calls as RVC: one per segment or block of consecutive frames, k neighbours each
      expect(point.calls).toBe(expected.calls);
      expect(Math.abs(point.recall_at_1 - expected.recall_at_1)).toBeLessThanOrEqual(0.005);
      expect(Math.abs(point.recall_at_k - expected.recall_at_k)).toBeLessThanOrEqual(0.005);
      expect(Math.abs(point.blend_error - expected.blend_error)).toBeLessThanOrEqual(0.005);
      expect(point.block_ms_p50).toBeGreaterThan(0);
      expect(point.block_ms_p99).toBeGreaterThanOrEqual(point.block_ms_p50);
      expect(point.qps).toBeGreaterThan(0);
      expect(point.latency_us_p99).toBeGreaterThanOrEqual(point.latency_us_p50);
      // ms per second of audio is the calls' time over the audio's length (50 frames per second)
      expect(point.ms_per_audio_second).toBeGreaterThan(0);
      if (usage === 'offline') expect(point.block_share).toBeNull();
      else expect(point.block_share).toBeCloseTo(point.block_ms_p99 / ((block / 50) * 1000), 9);
    }
    // more lists probed: more of the exact neighbours found, smaller blend error
    expect(result.points[4].recall_at_k).toBeGreaterThan(result.points[0].recall_at_k);
    expect(result.points[4].blend_error).toBeLessThan(result.points[0].blend_error);
  });

  it('names the limit of an option out of range', () => {
    const run = runCli(['eval', experiment, '--index', indexFile, '--k', '99999999999999999999']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/--k must be at most 100/);
  });

  it('defaults to held-out files of the experiment, and warns when the index already holds the queries', () => {
    const result = runCliJson<EvalResult>(['eval', experiment, '--index', indexFile, '--nprobe', '1,4']);
    expect(result.queries).toBeGreaterThanOrEqual(256);
    // every held-out frame is in the file: all of them are counted (float32 rounding of faiss's
    // BLAS distances must not hide any)
    expect(result.warnings.join(' ')).toContain(`${result.queries} of ${result.queries} query frames are stored in`);
    expect(result.warnings.join(' ')).toMatch(/recall is inflated/);
  });

  it('rejects queries of another dimension naming both', () => {
    const v1 = path.join(dir, 'v1');
    expect(runCli(['sample', v1, '--n', '500', '--d', '256']).status).toBe(0);
    const run = runCli(['eval', experiment, '--index', indexFile, '--queries', path.join(v1, '3_feature256')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/256.*768|768.*256/);
  });
});

const rvcLoad = `
import sys, os, json, numpy as np, faiss
index_file, query_dir = sys.argv[1], sys.argv[2]
q = np.concatenate([np.load(os.path.join(query_dir, f)) for f in sorted(os.listdir(query_dir))]).astype('float32')
index = faiss.read_index(index_file)                      # exactly what RVC does at inference
big_npy = index.reconstruct_n(0, index.ntotal)
score, ix = index.search(q, k=8)
weight = np.square(1 / score)
weight /= weight.sum(axis=1, keepdims=True)
blended = np.sum(big_npy[ix] * np.expand_dims(weight, axis=2), axis=1)
print(json.dumps({'ntotal': index.ntotal, 'metric': index.metric_type, 'nprobe': faiss.extract_index_ivf(index).nprobe,
                  'finite': bool(np.isfinite(blended).all()), 'shape': list(blended.shape)}))
`;

describe('rvc-index export', () => {
  it('writes an index RVC loads with nprobe 8 baked in, every frame, L2, and a clean 1/d² blend', () => {
    const out = path.join(dir, 'export1');
    fs.mkdirSync(out);
    const result = runCliJson<ExportResult>([
      'export',
      experiment,
      '--nprobe',
      '8',
      '--out-dir',
      out,
      '--total-fea',
      '--trained',
    ]);
    const nIvf = rvcNIvf(N);
    const added = path.join(out, `added_IVF${nIvf}_Flat_nprobe_8_voice_v2.index`);
    expect(result.files).toEqual(
      expect.arrayContaining([
        added,
        path.join(out, `trained_IVF${nIvf}_Flat_nprobe_8_voice_v2.index`),
        path.join(out, 'total_fea.npy'),
      ]),
    );
    expect(result.checks.every((check) => check.ok)).toBe(true);
    const loaded = runPython<{ ntotal: number; metric: number; nprobe: number; finite: boolean; shape: number[] }>(
      rvcLoad,
      [added, path.join(queries, '3_feature768')],
    );
    expect(loaded).toEqual({ ntotal: N, metric: 1, nprobe: 8, finite: true, shape: [600, 768] });
    const extra = runPython<{ trained: number; total: number[] }>(
      `import sys, json, numpy as np, faiss
print(json.dumps({'trained': faiss.read_index(sys.argv[1]).ntotal, 'total': list(np.load(sys.argv[2]).shape)}))`,
      [path.join(out, `trained_IVF${nIvf}_Flat_nprobe_8_voice_v2.index`), path.join(out, 'total_fea.npy')],
    );
    expect(extra).toEqual({ trained: 0, total: [N, 768] });

    // a second export without --force leaves the first untouched
    const before = fs.readFileSync(added);
    const again = runCli(['export', experiment, '--nprobe', '8', '--out-dir', out]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exist.*--force/);
    expect(again.stderr).not.toMatch(/\[(train|add)\]/); // refused before any build
    expect(fs.readFileSync(added).equals(before)).toBe(true);
  });

  it('writes the whole file set or none of it', () => {
    const out = path.join(dir, 'export-blocked');
    const added = path.join(out, `added_IVF${rvcNIvf(N)}_Flat_nprobe_2_voice_v2.index`);
    fs.mkdirSync(added, { recursive: true }); // a folder where the index should go
    const run = runCli([
      'export',
      experiment,
      '--nprobe',
      '2',
      '--out-dir',
      out,
      '--total-fea',
      '--trained',
      '--force',
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/added_.*cannot be written: it is a folder/);
    expect(fs.readdirSync(out)).toEqual([path.basename(added)]);
  });

  it('adds the held-out frames back when it evaluates first (--report), and writes the report', () => {
    const out = path.join(dir, 'export2');
    fs.mkdirSync(out);
    const result = runCliJson<ExportResult>(['export', experiment, '--nprobe', '4', '--out-dir', out, '--report']);
    expect(result.ntotal).toBe(N);
    const report = JSON.parse(
      fs.readFileSync(
        result.files.find((f) => f.endsWith('.report.json'))!,
        'utf8',
      ),
    );
    // the engine's final points: the exported n_probe among them, each measured on every query
    expect(report.nprobe).toBe(4);
    expect(report.points.length).toBeGreaterThanOrEqual(3);
    expect(report.points.map((p: { nprobe: number }) => p.nprobe)).toContain(4);
    for (const point of report.points) expect(point).toMatchObject({ final: true, usage: 'offline', k: 8 });
    const csv = fs
      .readFileSync(
        result.files.find((f) => f.endsWith('.report.csv'))!,
        'utf8',
      )
      .trim()
      .split('\n');
    expect(csv[0]).toBe(
      'nprobe,k_factor,ef_search,k,final,queries,recall_at_1,recall_at_k,recall_low,recall_high,blend_error,' +
        'usage,block_frames,calls,ms_per_audio_second,block_ms_p50,block_ms_p99,block_share,qps,latency_us_p50,latency_us_p99',
    );
    expect(csv.length).toBe(report.points.length + 1);
  });

  it('warns on an IP export (RVC assumes L2): advisory, the user chose it', () => {
    const out = path.join(dir, 'export3');
    fs.mkdirSync(out);
    const result = runCliJson<ExportResult>(['export', experiment, '--metric', 'ip', '--out-dir', out]);
    expect(result.warnings.join(' ')).toMatch(/IP metric.*1\/distance²/);
    expect(result.checks.find((c) => c.name === 'metric')?.ok).toBe(false);
  });

  it('exports FastScan + RFlat with k_factor stored, and RVC can still reconstruct', () => {
    const out = path.join(dir, 'export4');
    fs.mkdirSync(out);
    const result = runCliJson<ExportResult>([
      'export',
      experiment,
      '--factory',
      'IVF{n},PQ96x4fs,RFlat',
      '--n-ivf',
      '64',
      '--nprobe',
      '16',
      '--k-factor',
      '2.5',
      '--out-dir',
      out,
    ]);
    expect(result).toMatchObject({ nprobe: 16, k_factor: 2.5, ntotal: N });
    // 8 × k_factor 2.5 = 20 candidates: RVC's faiss 1.7.3 still uses its heap top-k
    expect(result.checks.find((c) => c.name === 'fastscan_top_k')).toMatchObject({ ok: true });
    const file = result.files[0];
    const loaded = runPython<{ k: number; nprobe: number; ntotal: number }>(
      `import sys, json, faiss
index = faiss.read_index(sys.argv[1])
refine = faiss.downcast_index(index)
index.reconstruct_n(0, index.ntotal)
print(json.dumps({'k': refine.k_factor, 'nprobe': faiss.extract_index_ivf(refine.base_index).nprobe, 'ntotal': index.ntotal}))`,
      [file],
    );
    expect(loaded).toEqual({ k: 2.5, nprobe: 16, ntotal: N });
  });

  it("refuses, before building, an export RVC would search into faiss 1.7.3's FastScan abort", () => {
    const out = path.join(dir, 'export5');
    fs.mkdirSync(out);
    const run = runCli([
      'export',
      experiment,
      '--factory',
      'IVF{n},PQ96x4fs,RFlat',
      '--n-ivf',
      '64',
      '--k-factor',
      '8',
      '--out-dir',
      out,
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/k_factor 8: RVC's search would ask FastScan for 64 candidates/);
    // refused from the plan: nothing was trained, nothing written
    expect(run.stderr).not.toMatch(/\[train\]/);
    expect(fs.readdirSync(out)).toEqual([]);
  });
});
