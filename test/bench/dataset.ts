// Bench of "one load per experiment" (called from bench.ts):
//  - time to an experiment's summary (info) at 300 000 × 768: the .npy headers only, goal < 1 s.
//    Measured in-process (the engine's work) and through `rvc-index info --json` (engine start
//    included). The files are sparse (header + a hole of the data's size): the summary must not
//    read the frames, and a sparse file reads like any other where it does.
//  - peak RSS of `rvc-index export --report` on a 100 000 × 768 sample against the features'
//    bytes plus the exported index's bytes: goal ratio ≤ 1.25.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { encodeNpyHeader } from '../../app/npy';
import { featureBytes } from '../../app/memory';
import { runInfo } from '../../main/engine/jobs/info';
import { projectRoot } from '../../main/paths';

const PYTHON = process.env.RVC_ORACLE_PYTHON ?? '/usr/bin/python3';

export interface DatasetBenchOptions {
  /** summary experiment: frames and width (default 300 000 × 768, in files of 1 000 frames) */
  summaryFrames?: number;
  summaryD?: number;
  framesPerFile?: number;
  /** export experiment: frames (default 100 000 × 768) */
  exportFrames?: number;
  exportD?: number;
  /** export build options (default: RVC's preset) */
  exportArgs?: string[];
  /** skip the export run (minutes at 100k: k-means, evaluation) */
  skipExport?: boolean;
  log?: (line: string) => void;
}

export interface DatasetBenchResult {
  summary: { n: number; d: number; files: number; inProcessMs: number; cliMs: number };
  export: {
    n: number;
    d: number;
    peakRssBytes: number;
    featureBytes: number;
    indexBytes: number;
    /** peak RSS / (features + index): goal ≤ 1.25 */
    ratio: number;
    wallMs: number;
  } | null;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** An RVC-layout experiment of float32 .npy files whose data parts are holes (never written). */
function sparseExperiment(dir: string, frames: number, d: number, framesPerFile: number): string {
  const features = path.join(dir, d === 256 ? '3_feature256' : '3_feature768');
  fs.mkdirSync(features, { recursive: true });
  for (let file = 0, done = 0; done < frames; file++) {
    const rows = Math.min(framesPerFile, frames - done);
    const header = encodeNpyHeader([rows, d]);
    const name = path.join(features, `${String(file).padStart(6, '0')}.npy`);
    const fd = fs.openSync(name, 'w');
    fs.writeSync(fd, header);
    fs.ftruncateSync(fd, header.length + rows * d * 4);
    fs.closeSync(fd);
    done += rows;
  }
  return dir;
}

function cli(args: string[]): { status: number | null; stdout: string; stderr: string; ms: number } {
  const started = performance.now();
  const run = spawnSync(process.execPath, [path.join(projectRoot(), 'bin', 'rvc-index.cjs'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, ms: performance.now() - started };
}

/** Peak RSS of the largest process of a command's tree (getrusage of the waited children). */
function peakRss(argv: string[]): { peakBytes: number; status: number; stderr: string; ms: number } {
  const script = [
    'import resource, subprocess, sys, time',
    't = time.perf_counter()',
    'r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)',
    'ms = (time.perf_counter() - t) * 1000',
    'sys.stderr.write(r.stderr.decode()[-2000:])',
    'print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode, ms)',
  ].join('\n');
  const run = spawnSync(PYTHON, ['-c', script, ...argv], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`peak RSS probe failed: ${run.stderr}`);
  const [kib, status, ms] = run.stdout.trim().split(/\s+/).map(Number);
  return { peakBytes: kib * 1024, status, stderr: run.stderr, ms };
}

export function benchDataset(options: DatasetBenchOptions = {}): DatasetBenchResult {
  const log = options.log ?? ((line: string) => console.log(line));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rvc-bench-dataset-'));
  try {
    const n = options.summaryFrames ?? 300_000;
    const d = options.summaryD ?? 768;
    const framesPerFile = options.framesPerFile ?? 1000;
    const experiment = sparseExperiment(path.join(dir, 'summary'), n, d, framesPerFile);
    const inProcess: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const info = runInfo({ path: experiment });
      inProcess.push(performance.now() - started);
      if (info.n !== n || info.d !== d) throw new Error(`summary says ${info.n} × ${info.d}, expected ${n} × ${d}`);
    }
    const cliRuns: number[] = [];
    for (let i = 0; i < 3; i++) {
      const run = cli(['info', experiment, '--json']);
      if (run.status !== 0) throw new Error(`rvc-index info failed: ${run.stderr}`);
      cliRuns.push(run.ms);
    }
    const summary = {
      n,
      d,
      files: Math.ceil(n / framesPerFile),
      inProcessMs: median(inProcess),
      cliMs: median(cliRuns),
    };
    log(
      `summary of ${n} × ${d} (${summary.files} files): ${summary.inProcessMs.toFixed(0)} ms in-process, ` +
        `${summary.cliMs.toFixed(0)} ms for rvc-index info --json (goal < 1000 ms)`,
    );
    if (options.skipExport) return { summary, export: null };

    const exportN = options.exportFrames ?? 100_000;
    const exportD = options.exportD ?? 768;
    const sample = path.join(dir, 'export');
    const made = cli(['sample', sample, '--n', String(exportN), '--d', String(exportD)]);
    if (made.status !== 0) throw new Error(`rvc-index sample failed: ${made.stderr}`);
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    const probe = peakRss([
      process.execPath,
      path.join(projectRoot(), 'bin', 'rvc-index.cjs'),
      'export',
      sample,
      ...(options.exportArgs ?? []),
      '--report',
      '--out-dir',
      out,
      '--json',
    ]);
    if (probe.status !== 0) throw new Error(`rvc-index export failed: ${probe.stderr}`);
    const indexFile = fs.readdirSync(out).find((name) => name.startsWith('added_') && name.endsWith('.index'));
    if (!indexFile) throw new Error(`no added_….index in ${out}`);
    const indexBytes = fs.statSync(path.join(out, indexFile)).size;
    const features = featureBytes(exportN, exportD);
    const result = {
      n: exportN,
      d: exportD,
      peakRssBytes: probe.peakBytes,
      featureBytes: features,
      indexBytes,
      ratio: probe.peakBytes / (features + indexBytes),
      wallMs: probe.ms,
    };
    const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
    log(
      `export --report of ${exportN} × ${exportD}: peak RSS ${mb(result.peakRssBytes)} vs features ${mb(features)} + ` +
        `index ${mb(indexBytes)} = ratio ${result.ratio.toFixed(2)} (goal ≤ 1.25), ${(result.wallMs / 1000).toFixed(0)} s`,
    );
    return { summary, export: result };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
