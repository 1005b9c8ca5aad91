// Fuzzing the native path: valid faiss files of every supported type, mutated (mutate.ts), each
// evaluated in a child process (runner.ts) that is respawned after a crash or a hang. The tally
// per type counts exit codes as the CLI would give them, signals and hangs.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { build } from 'esbuild';
import { inspectFaissBytes } from '../../app/faissFile';
import { encodeNpyFloat32 } from '../../app/npy';
import { nativeAddonPath, projectRoot } from '../../main/paths';
import { makeCorpus, readBytes } from '../faissFile/corpus';
import { randomVectors } from '../helpers/vectors';
import { fieldsOf } from './fields';
import { type Original, caseRandom, mutate, structuralOffsets } from './mutate';

/** Corpus cases fuzzed, by the type they stand for in the tally. */
export const FUZZ_TYPES: Record<string, string[]> = {
  Flat: ['flat_l2', 'flat_ip'],
  'IVF-Flat': ['ivfflat_l2', 'ivfflat_sparse_l2', 'ivfflat_dmarray_l2', 'ivfflat_dmhash_l2', 'ivfflatdedup_l2'],
  'IVF-SQ': ['ivfsq8_l2', 'ivfsq4_l2', 'ivfsqfp16_ip'],
  'IVF-PQ': ['ivfpq_l2', 'ivfpq_ip', 'ivfpqr_l2', 'opq_ivfpq_l2'],
  'IVF-FastScan': ['ivfpqfs_l2', 'ivfpqfs_ip'],
  'IVF-FastScan+RFlat': ['ivfpqfs_rflat_l2', 'ivfpqfs_rflat_ip', 'opq_ivfpqfs_rflat_l2', 'ivfflat_refine_sq8_l2'],
  HNSW: ['hnsw_flat_l2', 'hnsw_flat_ip', 'hnsw_sq_l2', 'hnsw_pq_l2', 'ivf_hnswquant_l2'],
  IDMap: ['idmap_flat_l2', 'idmap2_flat_ip', 'idmap_ivfflat_l2'],
  Transforms: ['pca_ivfflat_l2', 'l2norm_ivfflat_ip', 'pad_flat_l2', 'rr_flat_l2', 'center_flat_l2', 'pcawr_flat_l2'],
  'PQ, SQ, LSH, IMI': ['pq_l2', 'pqfs_l2', 'sq8_ip', 'itq_lsh_l2', 'imi_ivfflat_l2'],
};

export interface FuzzCase {
  id: number;
  type: string;
  original: string;
  description: string;
}

export type Verdict = 'exit0' | 'exit1' | 'exit2' | 'signal' | 'hang';

export interface Outcome {
  verdict: Verdict;
  /** the AppError code of an exit 1 or 2 */
  code: string | null;
  /** the error message, the signal, or what the hang was */
  detail: string;
}

export interface Tally {
  cases: number;
  exit0: number;
  exit1: number;
  exit2: number;
  signal: number;
  hang: number;
  /** exit 1 for the file (INVALID_INPUT) whose message does not name it */
  unnamed: number;
}

export interface Workbench {
  dir: string;
  queries: string;
  originals: (Original & { type: string })[];
  runner: string;
}

/** Writes the corpus, the query file and the bundled runner into a fresh folder. */
export async function prepare(): Promise<Workbench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rvc-fuzz-'));
  const names = Object.values(FUZZ_TYPES).flat();
  const corpus = makeCorpus(names);
  const originals = Object.entries(FUZZ_TYPES).flatMap(([type, cases]) =>
    cases.map((name) => {
      const bytes = readBytes(corpus.cases[name].file);
      const { tree } = inspectFaissBytes(bytes, name);
      const fields = fieldsOf(bytes, tree);
      const bounds: number[] = [];
      const visit = (node: typeof tree) => (bounds.push(node.offset, node.end), node.children.forEach(visit));
      visit(tree);
      return { type, name, bytes, fields, structure: structuralOffsets(fields, bounds, bytes.length) };
    }),
  );
  const queries = path.join(dir, 'queries.npy');
  const d = corpus.cases.flat_l2.d;
  fs.writeFileSync(
    queries,
    encodeNpyFloat32(
      randomVectors(64, d, 7).map((v) => v * 8),
      [64, d],
    ),
  );
  const runner = path.join(dir, 'runner.cjs');
  await build({
    entryPoints: [path.join(projectRoot(), 'test/fuzz/runner.ts')],
    outfile: runner,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  return { dir, queries, originals, runner };
}

/** Case `index` of `seed`: an original (round robin over the corpus) and its mutation. */
export function makeCase(bench: Workbench, seed: number, index: number): FuzzCase & { bytes: Uint8Array } {
  const original = bench.originals[index % bench.originals.length];
  const { bytes, description } = mutate(original, caseRandom(seed, index));
  return { id: index, type: original.type, original: original.name, description, bytes };
}

/** One batch child; respawned by runCases after a crash or a hang. */
class Child {
  readonly process: ChildProcess;
  private readonly waiting = new Map<number, (outcome: Outcome) => void>();

  constructor(runner: string) {
    this.process = spawn(process.execPath, [runner], {
      cwd: projectRoot(),
      env: { ...process.env, RVC_FAISS_ADDON: nativeAddonPath() },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    readline.createInterface({ input: this.process.stdout! }).on('line', (line) => {
      const message = JSON.parse(line) as { done?: number; exit?: 0 | 1 | 2; code?: string; message?: string };
      if (message.done !== undefined)
        this.waiting.get(message.done)?.({
          verdict: `exit${message.exit!}`,
          code: message.code ?? null,
          detail: message.message ?? '',
        });
    });
    this.process.on('exit', (code, signal) => {
      for (const [, resolve] of this.waiting)
        resolve({ verdict: signal ? 'signal' : 'exit2', code: null, detail: signal ?? `runner exited ${code}` });
    });
  }

  run(id: number, file: string, queries: string, timeoutMs: number): Promise<Outcome> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        this.process.kill('SIGKILL');
        resolve({ verdict: 'hang', code: null, detail: `no answer in ${timeoutMs} ms` });
      }, timeoutMs);
      this.waiting.set(id, (outcome) => {
        clearTimeout(timer);
        this.waiting.delete(id);
        resolve(outcome);
      });
      this.process.stdin!.write(JSON.stringify({ id, file, queries, nprobes: [1, 2, 4] }) + '\n');
    });
  }

  get alive(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null && !this.process.killed;
  }

  close(): void {
    this.process.stdin!.end();
  }
}

export interface RunOptions {
  seed: number;
  first: number;
  count: number;
  timeoutMs: number;
  onCase?: (fuzzCase: FuzzCase, outcome: Outcome) => void;
}

/** Runs cases first..first+count-1 of `seed`; returns the tally per type and every failure. */
export async function runCases(
  bench: Workbench,
  options: RunOptions,
): Promise<{ tally: Record<string, Tally>; failures: (FuzzCase & Outcome)[] }> {
  const tally: Record<string, Tally> = {};
  const failures: (FuzzCase & Outcome)[] = [];
  let child = new Child(bench.runner);
  for (let index = options.first; index < options.first + options.count; index++) {
    const { bytes, ...fuzzCase } = makeCase(bench, options.seed, index);
    const file = path.join(bench.dir, `case-${index}.index`);
    fs.writeFileSync(file, bytes);
    if (!child.alive) child = new Child(bench.runner);
    const outcome = await child.run(index, file, bench.queries, options.timeoutMs);
    fs.rmSync(file, { force: true });
    const row = (tally[fuzzCase.type] ??= { cases: 0, exit0: 0, exit1: 0, exit2: 0, signal: 0, hang: 0, unnamed: 0 });
    row.cases++;
    row[outcome.verdict]++;
    const unnamed = outcome.code === 'INVALID_INPUT' && !outcome.detail.includes(file);
    if (unnamed) row.unnamed++;
    if (outcome.verdict === 'exit2' || outcome.verdict === 'signal' || outcome.verdict === 'hang' || unnamed)
      failures.push({ ...fuzzCase, ...outcome });
    options.onCase?.(fuzzCase, outcome);
  }
  child.close();
  return { tally, failures };
}
