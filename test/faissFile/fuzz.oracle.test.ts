// Truncated and bit-flipped copies of real faiss files must end in a result or a FaissReadError
// (never another exception, a hang or a huge allocation), quickly; the native path is fuzzed in
// test/fuzz.
import { beforeAll, describe, expect, it } from 'vitest';
import { HANG_MS } from '../helpers/hang';
import type { FaissNode } from '../../app/contract';
import { FaissReadError, checkForEngine, inspectFaissBytes, patchSearchParams } from '../../app/faissFile';
import { type Corpus, makeCorpus, readBytes } from './corpus';

const FILES = [
  'ivfflat_l2',
  'ivfflat_sparse_l2',
  'ivfflat_dmhash_l2',
  'ivfpq_ip',
  'ivfpqfs_rflat_ip',
  'opq_ivfpqfs_rflat_l2',
  'ivfsq4_l2',
  'pca_ivfflat_l2',
  'itq_lsh_l2',
  'hnsw_sq_l2',
  'imi_ivfflat_l2',
  'idmap2_flat_ip',
  'pqfs_l2',
  'unsupported_pca_ivfrq_l2',
  'ivfpqr_untrained_l2',
  'unsupported_lattice_l2',
];
const TRUNCATIONS_PER_FILE = 150;
const FLIPS_PER_FILE = 300;

let corpus: Corpus;
beforeAll(() => {
  corpus = makeCorpus(FILES);
});

/** mulberry32: a tiny seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Where the structure lives: the first bytes of every node and the last bytes before its end.
 *  Flips in bulk codes change nothing a reader looks at, so most flips go here. */
function structuralOffsets(tree: FaissNode, length: number): number[] {
  const offsets = new Set<number>();
  const visit = (node: FaissNode) => {
    for (let i = 0; i < 80; i++) offsets.add(Math.min(length - 1, node.offset + i));
    for (let i = 1; i <= 16; i++) offsets.add(Math.max(0, node.end - i));
    node.children.forEach(visit);
  };
  visit(tree);
  return [...offsets];
}

type Outcome = 'result' | 'partial' | 'error';

/** Checks a refusal: a FaissReadError INVALID_INPUT naming the file and a byte inside it. */
function expectRefusal(error: unknown, label: string, length: number): FaissReadError {
  if (!(error instanceof FaissReadError)) throw new Error(`${label}: ${String(error)}`, { cause: error });
  expect(error.code).toBe('INVALID_INPUT');
  expect(error.message).toContain(label);
  expect(error.message).toContain(`at byte ${error.offset}`);
  expect(error.offset).toBeGreaterThanOrEqual(0);
  expect(error.offset).toBeLessThanOrEqual(length);
  return error;
}

/**
 * Runs the reader, set-params and the engine check on one mutated input; anything but our error
 * type fails. Inspect and the engine check must agree on every file the reader refuses.
 */
function outcomeOf(bytes: Uint8Array, label: string): Outcome {
  let result: ReturnType<typeof inspectFaissBytes>;
  try {
    result = inspectFaissBytes(bytes, label);
  } catch (error) {
    expect(expectRefusal(error, label, bytes.length).offset).toBe(0); // not a faiss file at all
    return 'error';
  }
  let engine: FaissReadError | null = null;
  try {
    checkForEngine(bytes, label);
  } catch (error) {
    engine = expectRefusal(error, label, bytes.length);
  }
  if (result.error) {
    expect(engine?.detail).toEqual(result.error);
    return result.error.code === 'faiss_unsupported' ? 'partial' : 'error';
  }
  if (result.nlist !== null) patchSearchParams(bytes, { nprobe: 1 }, label);
  return 'result';
}

describe('fuzzing the reader with real files', () => {
  it('truncations and bit flips end in a result or FaissReadError, quickly', () => {
    const next = random(20240601);
    const counts: Record<Outcome, number> = { result: 0, partial: 0, error: 0 };
    let slowest = 0;
    const started = performance.now();
    for (const name of FILES) {
      const original = readBytes(corpus.cases[name].file);
      const structure = structuralOffsets(inspectFaissBytes(original, name).tree, original.length);
      const run = (bytes: Uint8Array, label: string) => {
        const t = performance.now();
        counts[outcomeOf(bytes, label)]++;
        slowest = Math.max(slowest, performance.now() - t);
      };

      for (let i = 0; i < TRUNCATIONS_PER_FILE; i++) {
        // half anywhere, half just around a structural byte (cuts inside headers and lengths)
        const cut = i % 2 ? Math.floor(next() * original.length) : structure[Math.floor(next() * structure.length)];
        run(original.subarray(0, cut), `${name} cut at ${cut}`);
      }

      const bytes = original.slice();
      for (let i = 0; i < FLIPS_PER_FILE; i++) {
        const flips = 1 + Math.floor(next() * 4);
        const positions: number[] = [];
        for (let f = 0; f < flips; f++) {
          const at =
            next() < 0.8 ? structure[Math.floor(next() * structure.length)] : Math.floor(next() * bytes.length);
          positions.push(at);
          bytes[at] ^= 1 << Math.floor(next() * 8);
        }
        run(bytes, `${name} flipped at ${positions.join(',')}`);
        for (const at of positions) bytes[at] = original[at];
      }
    }
    const elapsed = performance.now() - started;
    const total = counts.result + counts.partial + counts.error;

    expect(total).toBe(FILES.length * (TRUNCATIONS_PER_FILE + FLIPS_PER_FILE));
    expect(counts.error).toBeGreaterThan(total / 4); // the mutations do hit the structure
    expect(counts.result).toBeGreaterThan(0);
    // no input may hang the reader (hang detectors; speed is the bench's)
    expect(elapsed).toBeLessThan(10 * HANG_MS);
    expect(slowest).toBeLessThan(HANG_MS);
  });
});
