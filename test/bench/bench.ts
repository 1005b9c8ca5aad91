// `npm run bench` — speed goals are measured here, never in timed tests. Parts (flags pick some):
//  1. Our engine vs Python faiss (RVC's own path) on the same 30k×768 data: train and add (RVC's
//     8192-row batches), then the search cost as RVC pays it — offline segments, realtime blocks of
//     12 and 50 frames, lone frames — at n_probe 1/8/32 on the same index file and query frames,
//     three interleaved runs. Goal: Python's time / ours ≥ 0.95.          (--engine-only: part 1)
//  2. Progressive points at N = 100 000 (--points-n N) for every preset: time to the first
//     estimate and to the final number of a new setting.                     (--points: part 2)
//  3. An experiment's summary at 300 000 × 768 and peak RSS of `export --report` vs features + index
//     (goal ≤ 1.25×)                                                            (--dataset: part 3)
//  4. The two faiss builds (generic, AVX2) vs Python faiss: train, add, lone frames, realtime
//     blocks, offline segments, FastScan points                                (--variants: part 4)
//  5. Loading features (vs NumPy), sample generation, cancel latency.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rvcNIvf } from '../../app/rvc/nIvf';
import { discoverExperiment } from '../../main/dataset/discover';
import { loadFeatures } from '../../main/dataset/load';
import { loadAddon } from '../../main/native/addon';
import { writeSampleExperiment } from '../../main/sample/writeSample';
import { generateSampleExperiment } from '../../app/sample';
import { startLongNativeCall, type LongCall } from '../helpers/longNativeCall';
import { benchDataset } from './dataset';
import { benchFaissVariants } from './variants';
import { progressivePoints } from './progressive';
import { searchCost } from './searchCost';
import { OFFLINE_SEGMENT_FRAMES } from '../../app/cost';

const PYTHON = process.env.RVC_ORACLE_PYTHON ?? '/usr/bin/python3';
const REPEATS = 5;
const SEARCH_RUNS = 3;
/** held-out frames searched by part 1: two of RVC's offline segments */
const SEARCH_QUERIES = 2 * OFFLINE_SEGMENT_FRAMES;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function ourTimings(vectors: Float32Array, d: number, nIvf: number): Record<string, number> {
  const addon = loadAddon();
  const index = addon.Index.create(d, `IVF${nIvf},Flat`, 'l2');
  let t = performance.now();
  index.train(vectors);
  const train = performance.now() - t;
  t = performance.now();
  for (let offset = 0; offset < vectors.length; offset += 8192 * d)
    index.add(vectors.subarray(offset, Math.min(vectors.length, offset + 8192 * d)));
  const add = performance.now() - t;
  index.dispose();
  return { train, add };
}

const pythonScript = `
import sys, os, json, time, numpy as np, faiss
folder, n_ivf, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
big = np.concatenate([np.load(os.path.join(folder, f)) for f in sorted(os.listdir(folder))]).astype('float32')[:n]
d = big.shape[1]
index = faiss.index_factory(d, 'IVF%d,Flat' % n_ivf)
t = time.perf_counter(); index.train(big); train = time.perf_counter() - t
t = time.perf_counter()
for i in range(0, big.shape[0], 8192): index.add(big[i:i + 8192])
add = time.perf_counter() - t
print(json.dumps({'train': train * 1000, 'add': add * 1000}))
`;

function pythonTimings(folder: string, nIvf: number, n: number): Record<string, number> | null {
  const child = spawnSync(PYTHON, ['-', folder, String(nIvf), String(n)], {
    input: pythonScript,
    encoding: 'utf8',
  });
  if (child.status !== 0) return null;
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as Record<string, number>;
}

const pythonLoadScript = `
import sys, os, json, time, numpy as np
folder = sys.argv[1]
times = []
for r in range(3):
    t = time.perf_counter()
    big = np.concatenate([np.load(os.path.join(folder, f)) for f in sorted(os.listdir(folder))])
    times.append((time.perf_counter() - t) * 1000)
print(json.dumps(min(times)))
`;

function loadTimings(layout: ReturnType<typeof discoverExperiment>) {
  const times: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    const t = performance.now();
    loadFeatures(layout);
    times.push(performance.now() - t);
  }
  const python = spawnSync(PYTHON, ['-', layout.featureDir], { input: pythonLoadScript, encoding: 'utf8' });
  const ours = Math.min(...times);
  const numpy = python.status === 0 ? Number(python.stdout.trim()) : null;
  return {
    files: layout.files.length,
    ours_ms: +ours.toFixed(1),
    numpy_ms: numpy === null ? null : +numpy.toFixed(1),
    ratio: numpy === null ? null : +(ours / numpy).toFixed(2),
  };
}

// Cancel latency (goal: within ~2 s): a long native call in a worker thread, the flag set 1.5 s
// after it starts, and the time until it throws CANCELLED.
async function cancelLatency(kind: LongCall): Promise<{ call: string; cancel_to_stop_ms: number; code: string }> {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { worker, started, ended } = startLongNativeCall(flag, kind);
  await started;
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const cancelledAt = Date.now();
  Atomics.store(flag, 0, 1);
  const end = await ended;
  await worker.terminate();
  return {
    call: {
      train: 'IVF4096 k-means of 100k×128',
      search: 'IVF64 search, 20k queries, nprobe 64',
      fastscan: 'IVF1024 FastScan searches, 20k queries',
    }[kind],
    cancel_to_stop_ms: (end.at ?? Date.now()) - cancelledAt,
    code: end.code ?? 'FINISHED',
  };
}

function engineVsPython(layout: ReturnType<typeof discoverExperiment>, vectors: Float32Array, n: number, d: number) {
  const nIvf = rvcNIvf(n);
  console.log(
    `engine vs Python faiss: RVC preset IVF${nIvf},Flat on ${n}×${d}, ${os.cpus().length} cores, threads ${loadAddon().getNumThreads()}, median of ${REPEATS}; ratio = Python ms / ours`,
  );
  const ours: Record<string, number[]> = {};
  const theirs: Record<string, number[]> = {};
  for (let r = 0; r < REPEATS; r++) {
    for (const [key, ms] of Object.entries(ourTimings(vectors.subarray(0, n * d), d, nIvf)))
      (ours[key] ??= []).push(ms);
    const python = pythonTimings(layout.featureDir, nIvf, n);
    if (python) for (const [key, ms] of Object.entries(python)) (theirs[key] ??= []).push(ms);
  }
  const rows = Object.keys(ours).map((key) => {
    const a = median(ours[key]);
    const b = theirs[key] ? median(theirs[key]) : null;
    return {
      step: key,
      ours_ms: +a.toFixed(1),
      python_ms: b === null ? null : +b.toFixed(1),
      ratio: b === null ? null : +(b / a).toFixed(3),
    };
  });
  console.table(rows);
  if (Object.keys(theirs).length === 0) console.log(`(Python faiss not available at ${PYTHON}: no ratios)`);
}

function searchCostTables(dir: string, base: Float32Array, queries: Float32Array, d: number, nIvf: number) {
  console.log(
    `\nsearch cost as RVC pays it (k = 8): ${queries.length / d} held-out frames, IVF${nIvf},Flat, same file and frames for both, ${SEARCH_RUNS} interleaved runs; ratio = Python ms / ours`,
  );
  const runs = searchCost(dir, base, queries, d, nIvf, PYTHON, SEARCH_RUNS);
  runs.forEach((rows, i) => {
    console.log(`run ${i + 1}`);
    console.table(rows);
  });
  const summary = runs[0].map((row, i) => {
    const ratios = runs.map((r) => r[i].ratio).filter((x): x is number => x !== null);
    return {
      usage: row.usage,
      nprobe: row.nprobe,
      ms_per_audio_second: median(runs.map((r) => r[i].ours_ms_per_audio_second)),
      ratio_min: ratios.length ? Math.min(...ratios) : null,
      ratio_median: ratios.length ? median(ratios) : null,
      goal_met: ratios.length ? median(ratios) >= 0.95 : null,
    };
  });
  console.log('summary over the runs');
  console.table(summary);
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rvc-bench-'));
  const full = !['--engine-only', '--points', '--dataset', '--variants'].some((f) => process.argv.includes(f));
  const only = (flag: string) => full || process.argv.includes(flag);
  try {
    if (only('--engine-only')) {
      const n = 30_000;
      const sample = writeSampleExperiment(path.join(dir, 'exp30k'), { n: n + SEARCH_QUERIES, d: 768, seed: 0 });
      const layout = discoverExperiment(sample.path);
      const { vectors, d } = loadFeatures(layout);
      const base = vectors.subarray(0, n * d);
      engineVsPython(layout, vectors, n, d);
      searchCostTables(dir, base, vectors.subarray(n * d), d, rvcNIvf(n));
      if (full) {
        console.log(`\nloading ${vectors.length / d}×${d} float32 (${layout.files.length} files), best of ${REPEATS}:`);
        console.table([loadTimings(layout)]);
      }
    }
    if (only('--points')) {
      const n = option('--points-n', 100_000);
      console.log(
        `\nprogressive points at N = ${n} × 768 (a new setting on a built index, through the engine process):`,
      );
      console.table(await progressivePoints(dir, n, 768));
    }
    if (only('--dataset')) {
      console.log('\nexperiment summary and export memory:');
      console.log(JSON.stringify(benchDataset(), null, 2));
    }
    if (only('--variants')) {
      console.log('\nthe faiss builds:');
      benchFaissVariants();
    }
    if (!full) return;
    const t = performance.now();
    generateSampleExperiment({ n: 30_000, d: 768, seed: 3 });
    console.log(
      `sample generation 30000×768 (first call, including its world): ${(performance.now() - t).toFixed(0)} ms`,
    );
    console.log('\ncancel: time from setting the flag to CANCELLED');
    console.table([await cancelLatency('train'), await cancelLatency('search'), await cancelLatency('fastscan')]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
