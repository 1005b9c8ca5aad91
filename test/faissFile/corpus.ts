// The cross-check corpus: index files written by Python faiss (test/oracle/faiss_corpus.py) and
// what faiss itself reports after reading them back.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runPython } from '../helpers/python';
import { tempDir } from '../helpers/tmp';

const SCRIPT = fs.readFileSync(fileURLToPath(new URL('../oracle/faiss_corpus.py', import.meta.url)), 'utf8');

/** faiss's view of one (sub-)index or transform. */
export interface OracleNode {
  class: string;
  d?: number;
  ntotal?: number;
  metric?: string | number;
  params: Record<string, unknown>;
  children: (OracleNode | null)[];
}

export interface OracleCase {
  file: string;
  file_bytes: number;
  type: string;
  d: number;
  ntotal: number;
  metric: string | number;
  nlist: number | null;
  nprobe: number | null;
  k_factor: number | null;
  list_sizes: number[];
  /** null when faiss has no lists or divides 0 by 0 (no vectors) */
  imbalance: number | null;
  tree: OracleNode;
}

export interface Corpus {
  faiss_version: string;
  cases: Record<string, OracleCase>;
}

/** Writes the named cases (all when none are named) into a fresh temporary folder. */
export function makeCorpus(names: string[] = []): Corpus {
  return runPython<Corpus>(SCRIPT, [tempDir('faiss-corpus-'), ...names]);
}

export interface ParamsCheck {
  stored_nprobe: number | null;
  stored_k_factor: number | null;
  same_labels: boolean;
  same_distances: boolean;
  differs_from_original: boolean;
}

/** Python faiss: does `patched` carry the values and search exactly like `original` with the
 *  values set by hand? */
export function checkPatchedFile(original: string, patched: string, nprobe?: number, kFactor?: number): ParamsCheck {
  return runPython<ParamsCheck>(SCRIPT, [
    'check-params',
    original,
    patched,
    nprobe === undefined ? '-' : String(nprobe),
    kFactor === undefined ? '-' : String(kFactor),
  ]);
}

export const readBytes = (file: string) => new Uint8Array(fs.readFileSync(file));

export interface FaissAnswer {
  labels: number[][];
  distances: number[][];
  /** the first stored vectors (reconstruct_n), when asked for */
  vectors: number[][] | null;
}

/** Python faiss's search of `queries` (a .npy file) in each file with its stored parameters, and
 *  its first `rows` stored vectors for the files given as { file, reconstruct: true }. */
export function searchWithFaiss(
  queries: string,
  k: number,
  rows: number,
  files: { file: string; reconstruct: boolean }[],
): Record<string, FaissAnswer> {
  const specs = files.map(({ file, reconstruct }) => (reconstruct ? `${file}:reconstruct` : file));
  return runPython<Record<string, FaissAnswer>>(SCRIPT, ['search', queries, String(k), String(rows), ...specs]);
}
