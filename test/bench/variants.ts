// The faiss builds side by side: our generic and AVX2 addons and Python faiss (Debian's generic
// build, what the tests compare with; pip's faiss-cpu picks its AVX2 build where it can), each in a
// process of its own, on the same sample-like files in one run. Measured the way RVC searches:
// train and add (8192-row batches) of IVF{n},Flat, then at n_probe 1/8/32 a lone frame, realtime
// blocks of 12 and 50 frames, and offline segments of 1500 frames; then whole 1000-query searches
// ("points") of the FastScan + RFlat preset, on one index file the first engine builds (its
// training takes minutes). Search rows are µs per frame (median of `repeats`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FaissVariant } from '../../app/contract';
import { encodeNpyFloat32 } from '../../app/npy';
import { rvcNIvf } from '../../app/rvc/nIvf';
import { generateSampleExperiment } from '../../app/sample';
import { addonFileName, avx2Usable, builtFaissVariants } from '../../main/native/variant';
import { nativeAddonDir } from '../../main/paths';

export interface VariantsBenchOptions {
  /** database frames (default 30 000) */
  n?: number;
  /** feature size (default 768, RVC v2) */
  d?: number;
  /** repetitions of each search measurement, median reported (default 5) */
  repeats?: number;
  /** where the table goes (default console.log) */
  log?: (line: string) => void;
}

/** One engine's numbers: train/add/points in ms, the rest µs per frame. */
export type EngineTimings = Record<string, number>;

export interface VariantsBench {
  n: number;
  d: number;
  nlist: number;
  fastscan: string;
  threads: number;
  /** row name → engine ("generic", "avx2", "python") → value */
  rows: Record<string, Record<string, number>>;
  /** Python faiss time ÷ AVX2 time per row both measured (> 1: AVX2 faster); null without AVX2 */
  speedup_vs_python: Record<string, number> | null;
}

const PYTHON = process.env.RVC_ORACLE_PYTHON ?? '/usr/bin/python3';
const NPROBES = [1, 8, 32];
const SINGLE_QUERIES = 200;
const BLOCK_FRAMES = 600;
const SEGMENT = 1500;
const POINT_QUERIES = 1000;
const K = 8;

// The same protocol twice, once per language. `search(rows, params)` times one native call.
const nodeScript = `
const fs = require('fs');
const [addonFile, dir, nlist, fastscan, repeats] = process.argv.slice(1);
const m = require(addonFile);
m.init(class EngineError extends Error { constructor(code, message) { super(message); this.code = code; } });
const npy = (file) => { const b = fs.readFileSync(file); const o = 10 + b.readUInt16LE(8);
  const shape = /\\((\\d+), (\\d+)\\)/.exec(b.toString('latin1', 10, o)).slice(1).map(Number);
  return { x: new Float32Array(b.buffer.slice(b.byteOffset + o, b.byteOffset + b.length)), n: shape[0], d: shape[1] }; };
const { x, d } = npy(dir + '/x.npy');
const q = npy(dir + '/q.npy').x;
const now = () => Number(process.hrtime.bigint()) / 1e6;
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const out = {};
const build = (factory, name) => {
  const index = m.Index.create(d, factory, 'l2');
  let t = now(); index.train(x); out['train ' + name] = now() - t;
  t = now();
  for (let i = 0; i < x.length; i += 8192 * d) index.add(x.subarray(i, Math.min(x.length, i + 8192 * d)));
  out['add ' + name] = now() - t;
  return index;
};
const rows = (from, count) => q.subarray(from * d, (from + count) * d);
const timed = (index, from, count) => { const t = now(); index.search(rows(from, count), ${K}); return now() - t; };
const ivf = build('IVF' + nlist + ',Flat', 'IVF-Flat');
for (const p of ${JSON.stringify(NPROBES)}) {
  ivf.setParameters('nprobe=' + p);
  timed(ivf, 0, 16);
  const single = [];
  for (let i = 0; i < ${SINGLE_QUERIES}; i++) single.push(timed(ivf, i, 1));
  out['1 frame, n_probe ' + p] = median(single) * 1000;
  for (const b of [12, 50]) {
    const reps = [];
    for (let r = 0; r < +repeats; r++) { let s = 0; for (let i = 0; i + b <= ${BLOCK_FRAMES}; i += b) s += timed(ivf, i, b); reps.push(s / (Math.floor(${BLOCK_FRAMES} / b) * b)); }
    out[b + '-frame block, n_probe ' + p] = median(reps) * 1000;
  }
  const reps = [];
  for (let r = 0; r < +repeats; r++) reps.push(timed(ivf, 0, ${SEGMENT}) / ${SEGMENT});
  out['${SEGMENT}-frame segment, n_probe ' + p] = median(reps) * 1000;
}
ivf.dispose();
// FastScan's PQ training takes minutes: the first engine builds the index, the others search its file
const fastscanFile = dir + '/fastscan.index';
let fs_;
if (fs.existsSync(fastscanFile)) fs_ = m.Index.fromBuffer(fs.readFileSync(fastscanFile));
else { fs_ = build(fastscan, 'FastScan'); fs_.write(fastscanFile); }
for (const p of ${JSON.stringify(NPROBES)}) {
  fs_.setParameters('nprobe=' + p + ',k_factor=2.5');
  const reps = [];
  for (let r = 0; r < +repeats; r++) reps.push(timed(fs_, 0, ${POINT_QUERIES}));
  out['FastScan point, n_probe ' + p] = median(reps);
}
process.stdout.write(JSON.stringify({ variant: m.faissVariant, threads: m.getNumThreads(), timings: out }));
`;

const pythonScript = `
import sys, os, json, time, numpy as np, faiss
folder, nlist, fastscan, repeats = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
x, q = np.load(folder + '/x.npy'), np.load(folder + '/q.npy')
d, out = x.shape[1], {}
def build(factory, name):
    index = faiss.index_factory(d, factory)
    t = time.perf_counter(); index.train(x); out['train ' + name] = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    for i in range(0, x.shape[0], 8192): index.add(x[i:i + 8192])
    out['add ' + name] = (time.perf_counter() - t) * 1000
    return index
def timed(index, start, count):
    rows = q[start:start + count]
    t = time.perf_counter(); index.search(rows, ${K}); return (time.perf_counter() - t) * 1000
ivf = build('IVF%d,Flat' % nlist, 'IVF-Flat')
for p in ${JSON.stringify(NPROBES)}:
    ivf.nprobe = p
    timed(ivf, 0, 16)
    out['1 frame, n_probe %d' % p] = float(np.median([timed(ivf, i, 1) for i in range(${SINGLE_QUERIES})])) * 1000
    for b in (12, 50):
        reps = [sum(timed(ivf, i, b) for i in range(0, ${BLOCK_FRAMES} - b + 1, b)) / ((${BLOCK_FRAMES} // b) * b) for _ in range(repeats)]
        out['%d-frame block, n_probe %d' % (b, p)] = sorted(reps)[len(reps) // 2] * 1000
    reps = [timed(ivf, 0, ${SEGMENT}) / ${SEGMENT} for _ in range(repeats)]
    out['${SEGMENT}-frame segment, n_probe %d' % p] = sorted(reps)[len(reps) // 2] * 1000
del ivf
if os.path.exists(folder + '/fastscan.index'): fsi = faiss.read_index(folder + '/fastscan.index')
else:
    fsi = build(fastscan, 'FastScan')
    faiss.write_index(fsi, folder + '/fastscan.index')
faiss.downcast_index(fsi).k_factor = 2.5
for p in ${JSON.stringify(NPROBES)}:
    faiss.extract_index_ivf(faiss.downcast_index(fsi).base_index).nprobe = p
    reps = [timed(fsi, 0, ${POINT_QUERIES}) for _ in range(repeats)]
    out['FastScan point, n_probe %d' % p] = sorted(reps)[len(reps) // 2]
print(json.dumps({'variant': 'python', 'threads': faiss.omp_get_max_threads(), 'timings': out}))
`;

interface EngineRun {
  variant: string;
  threads: number;
  timings: EngineTimings;
}

// libgomp's default spin-waiting turns each short parallel region into whole lost time slices when
// other processes share the cores (PQ training measured 100× slower at load 16 on 2 cores): the
// bench measures the kernels with passive waiting unless the caller set OMP_WAIT_POLICY.
const childEnv = { ...process.env, OMP_WAIT_POLICY: process.env.OMP_WAIT_POLICY ?? 'passive' };

function runChild(command: string, args: string[]): EngineRun {
  const child = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26, env: childEnv });
  if (child.status !== 0) throw new Error(`${command} exited ${child.status ?? child.signal}: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as EngineRun;
}

/** Writes n database frames and max(segment, points) query frames of the sample model. */
function writeFrames(dir: string, n: number, d: number): void {
  const queries = Math.max(SEGMENT, POINT_QUERIES);
  const sample = generateSampleExperiment({ n: n + queries, d, seed: 0 });
  const all = new Float32Array((n + queries) * d);
  let at = 0;
  for (const file of sample.files) {
    all.set(file.frames, at);
    at += file.frames.length;
  }
  // queries are whole files of the same speaker the database does not hold, as in evaluation
  fs.writeFileSync(path.join(dir, 'x.npy'), encodeNpyFloat32(all.subarray(0, n * d), [n, d]));
  fs.writeFileSync(path.join(dir, 'q.npy'), encodeNpyFloat32(all.subarray(n * d), [queries, d]));
}

const format = (value: number | undefined) =>
  value === undefined ? '—' : value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);

/** Runs the comparison, prints the table with `log`, and returns the numbers. */
export function benchFaissVariants(options: VariantsBenchOptions = {}): VariantsBench {
  const { n = 30_000, d = 768, repeats = 5, log = console.log } = options;
  const nlist = rvcNIvf(n);
  const fastscan = `IVF${nlist},PQ${Math.max(1, Math.floor(d / 2))}x4fs,RFlat`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rvc-bench-variants-'));
  try {
    writeFrames(dir, n, d);
    const addonDir = nativeAddonDir();
    const variants: FaissVariant[] = builtFaissVariants(addonDir).filter((v) => v !== 'avx2' || avx2Usable(addonDir));
    const runs: EngineRun[] = [];
    for (const variant of variants) {
      const addon = path.join(addonDir, addonFileName(variant));
      runs.push(runChild(process.execPath, ['-e', nodeScript, addon, dir, String(nlist), fastscan, String(repeats)]));
    }
    runs.push(runChild(PYTHON, ['-c', pythonScript, dir, String(nlist), fastscan, String(repeats)]));

    const rows: VariantsBench['rows'] = {};
    for (const run of runs) {
      for (const [row, value] of Object.entries(run.timings)) (rows[row] ??= {})[run.variant] = value;
    }
    const avx2 = runs.some((run) => run.variant === 'avx2');
    const speedup = avx2
      ? Object.fromEntries(
          Object.entries(rows)
            .filter(([, byEngine]) => byEngine.python !== undefined && byEngine.avx2 !== undefined)
            .map(([row, byEngine]) => [row, byEngine.python / byEngine.avx2]),
        )
      : null;

    const engines = runs.map((run) => run.variant);
    log(
      `faiss builds: IVF${nlist},Flat and ${fastscan} on ${n}×${d} sample frames, k = ${K}, ` +
        `${runs[0].threads} threads, median of ${repeats}; train/add/points in ms, other rows µs per frame`,
    );
    log(['step', ...engines, ...(speedup ? ['Python ÷ AVX2'] : [])].join(' | '));
    for (const [row, byEngine] of Object.entries(rows)) {
      const cells = engines.map((engine) => format(byEngine[engine]));
      const ratio = speedup?.[row];
      log([row, ...cells, ...(speedup ? [ratio === undefined ? '—' : `${ratio.toFixed(2)}×`] : [])].join(' | '));
    }
    return { n, d, nlist, fastscan, threads: runs[0].threads, rows, speedup_vs_python: speedup };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
