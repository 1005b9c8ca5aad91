// `npm run bench`: speed goals are measured here, never in timed unit tests.
//  1. Our native engine vs Python faiss (RVC's own path) on the same 30k×768 files, same run:
//     train, add (RVC's 8192-row batches), batch search at nprobe 1 and 8. Goal ≤ 1.05×.
//  2. A new n_probe point on a built index (N = 100k, 1000 queries, nprobe ≤ 16) through the
//     engine worker, as the UI's slider does. Goal < 150 ms.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rvcNIvf } from '../../app/presets';
import { Backend } from '../../main/backend';
import { discoverExperiment } from '../../main/dataset/discover';
import { loadFeatures } from '../../main/dataset/load';
import { loadAddon } from '../../main/native/addon';
import { writeSampleExperiment } from '../../main/sample/writeSample';

const PYTHON = process.env.RVC_ORACLE_PYTHON ?? '/usr/bin/python3';
const REPEATS = 3;
const QUERIES = 1000;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function ourTimings(vectors: Float32Array, d: number, nIvf: number): Record<string, number> {
  const addon = loadAddon();
  const index = addon.Index.create(d, `IVF${nIvf},Flat`, 'l2');
  let t = performance.now();
  index.train(vectors);
  const train = performance.now() - t;
  t = performance.now();
  for (let offset = 0; offset < vectors.length; offset += 8192 * d) index.add(vectors.subarray(offset, Math.min(vectors.length, offset + 8192 * d)));
  const add = performance.now() - t;
  const queries = vectors.subarray(0, QUERIES * d);
  const out: Record<string, number> = { train, add };
  for (const nprobe of [1, 8]) {
    index.setParameters(`nprobe=${nprobe}`);
    index.search(queries.subarray(0, 16 * d), 8);
    t = performance.now();
    index.search(queries, 8);
    out[`search_nprobe${nprobe}`] = performance.now() - t;
  }
  index.dispose();
  return out;
}

const pythonScript = `
import sys, os, json, time, numpy as np, faiss
folder, n_ivf, nq = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
big = np.concatenate([np.load(os.path.join(folder, f)) for f in sorted(os.listdir(folder))]).astype('float32')
d = big.shape[1]
index = faiss.index_factory(d, 'IVF%d,Flat' % n_ivf)
t = time.perf_counter(); index.train(big); train = time.perf_counter() - t
t = time.perf_counter()
for i in range(0, big.shape[0], 8192): index.add(big[i:i + 8192])
add = time.perf_counter() - t
out = {'train': train * 1000, 'add': add * 1000}
q = np.ascontiguousarray(big[:nq])
for p in (1, 8):
    faiss.extract_index_ivf(index).nprobe = p
    index.search(q[:16], 8)
    t = time.perf_counter(); index.search(q, 8); out['search_nprobe%d' % p] = (time.perf_counter() - t) * 1000
print(json.dumps(out))
`;

function pythonTimings(folder: string, nIvf: number): Record<string, number> | null {
  const child = spawnSync(PYTHON, ['-', folder, String(nIvf), String(QUERIES)], { input: pythonScript, encoding: 'utf8' });
  if (child.status !== 0) return null;
  return JSON.parse(child.stdout.trim().split('\n').pop()!);
}

/** Single queries the UI's n_probe slider times per point (renderer/state/useStudio.ts). */
const SLIDER_LATENCY_QUERIES = 32;

// The floor under any n_probe point: Python faiss's bare batch search of the same queries.
const pythonFloorScript = `
import sys, os, json, time, numpy as np, faiss
folder, query_folder = sys.argv[1], sys.argv[2]
load = lambda f: np.concatenate([np.load(os.path.join(f, n)) for n in sorted(os.listdir(f))]).astype('float32')
big, q = load(folder), load(query_folder)
index = faiss.index_factory(big.shape[1], 'IVF%d,Flat' % int(sys.argv[3])); index.train(big); index.add(big)
out = {}
for p in (1, 2, 4, 8, 16):
    faiss.extract_index_ivf(index).nprobe = p
    index.search(q[:8], 8)
    times = []
    for r in range(3):
        t = time.perf_counter(); index.search(q, 8); times.append((time.perf_counter() - t) * 1000)
    out[p] = sorted(times)[1]
print(json.dumps(out))
`;

async function nprobePointLatency(dir: string): Promise<{ nprobe: number; slider_point_ms: number; full_point_ms: number; python_batch_search_ms: number | null }[]> {
  const experiment = path.join(dir, 'exp100k');
  const queries = path.join(dir, 'queries');
  writeSampleExperiment(experiment, { n: 100_000, d: 768, seed: 1 });
  writeSampleExperiment(queries, { n: QUERIES, d: 768, seed: 2 });
  const backend = new Backend({ dataDir: path.join(dir, 'data') });
  try {
    const built = await backend.build({ experiment, queries: path.join(queries, '3_feature768'), hold_out: true });
    await backend.evaluate({ index_id: built.index_id, nprobes: [1] }); // ground truth is computed once, then cached
    const time = async (nprobe: number, latencyQueries?: number) => {
      const times: number[] = [];
      for (let r = 0; r < REPEATS; r++) {
        const t = performance.now();
        await backend.evaluate({ index_id: built.index_id, nprobes: [nprobe], latency_queries: latencyQueries });
        times.push(performance.now() - t);
      }
      return +median(times).toFixed(1);
    };
    const points = [];
    for (const nprobe of [1, 2, 4, 8, 16]) points.push({ nprobe, slider_point_ms: await time(nprobe, SLIDER_LATENCY_QUERIES), full_point_ms: await time(nprobe) });
    await backend.shutdown();
    const floor = spawnSync(PYTHON, ['-', path.join(experiment, '3_feature768'), path.join(queries, '3_feature768'), String(built.nlist)], { input: pythonFloorScript, encoding: 'utf8' });
    const python: Record<string, number> | null = floor.status === 0 ? JSON.parse(floor.stdout.trim().split('\n').pop()!) : null;
    return points.map((point) => ({ ...point, python_batch_search_ms: python ? +python[point.nprobe].toFixed(1) : null }));
  } finally {
    await backend.shutdown();
  }
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rvc-bench-'));
  try {
    const sample = writeSampleExperiment(path.join(dir, 'exp30k'), { n: 30_000, d: 768, seed: 0 });
    const layout = discoverExperiment(sample.path);
    const { vectors, n, d } = loadFeatures(layout);
    const nIvf = rvcNIvf(n);
    console.log(`engine vs Python faiss: RVC preset IVF${nIvf},Flat on ${n}×${d}, ${os.cpus().length} cores, threads ${loadAddon().getNumThreads()}, median of ${REPEATS}`);
    const ours: Record<string, number[]> = {};
    const theirs: Record<string, number[]> = {};
    for (let r = 0; r < REPEATS; r++) {
      for (const [key, ms] of Object.entries(ourTimings(vectors, d, nIvf))) (ours[key] ??= []).push(ms);
      const python = pythonTimings(layout.featureDir, nIvf);
      if (python) for (const [key, ms] of Object.entries(python)) (theirs[key] ??= []).push(ms);
    }
    const rows = Object.keys(ours).map((key) => {
      const a = median(ours[key]);
      const b = theirs[key] ? median(theirs[key]) : null;
      return { step: key, ours_ms: +a.toFixed(1), python_ms: b === null ? null : +b.toFixed(1), ratio: b === null ? null : +(a / b).toFixed(3) };
    });
    console.table(rows);
    const addRow = rows.find((r) => r.step === 'add')!;
    console.log(`ingest: ${((addRow.ours_ms * 1e6) / (n * d)).toFixed(2)} ns per float (faiss-node 0.5.1: ~220 ns per float)`);
    if (Object.keys(theirs).length === 0) console.log(`(Python faiss not available at ${PYTHON}: no ratios)`);

    console.log(`\nnew n_probe point through the engine worker (N = 100000, ${QUERIES} queries; slider: ${SLIDER_LATENCY_QUERIES} timed singly, full: 256; median of ${REPEATS}):`);
    console.table(await nprobePointLatency(dir));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
