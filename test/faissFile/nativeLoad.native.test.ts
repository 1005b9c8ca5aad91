// Every file faiss writes passes the engine check and, loaded by the engine (readIndexFile), gives
// the search results and stored vectors Python faiss gives for the same file; inspect finds
// FastScan in the same files as the engine.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkForEngine, inspectFaissBytes } from '../../app/faissFile';
import { encodeNpyFloat32 } from '../../app/npy';
import { readIndexFile } from '../../main/engine/indexFile';
import { tempDir } from '../helpers/tmp';
import { randomVectors } from '../helpers/vectors';
import { type Corpus, type FaissAnswer, makeCorpus, readBytes, searchWithFaiss } from './corpus';

const K = 8;
const ROWS = 300;
/** What the engine refuses among the files faiss writes, and why. */
const REFUSED: Record<string, string> = {
  ivfflat_nolists_l2: 'faiss_lists_not_stored',
  minmax_sq8_l2: 'faiss_engine_cannot_search',
  unsupported_pca_ivfrq_l2: 'faiss_unsupported',
  unsupported_lattice_l2: 'faiss_unsupported',
};
/** Files whose vectors faiss cannot return: the engine refuses reconstructN instead of aborting. */
const NO_RECONSTRUCT = ['idmap_flat_l2', 'idmap2_flat_ip', 'idmap_ivfflat_l2'];
/** Types faiss 1.7.3 has no reconstruct for (it throws: the engine passes the error on). */
const FAISS_CANNOT_RECONSTRUCT = ['ivfflatdedup_l2', 'itq_lsh_l2'];
/** Ids that are not positions: reconstruct_n(0, n) leaves rows without an id unwritten (faiss's
 *  own buffer holds garbage there), so only that it runs is checked. */
const IDS_NOT_POSITIONS = ['ivfflat_dmhash_l2'];

let corpus: Corpus;
let queries: Float32Array;
let answers: Record<string, FaissAnswer>;
const d = 32;
const nq = 40;

beforeAll(() => {
  corpus = makeCorpus();
  queries = randomVectors(nq, d, 3).map((v) => v * 8);
  const queryFile = path.join(tempDir('faiss-queries-'), 'queries.npy');
  fs.writeFileSync(queryFile, encodeNpyFloat32(queries, [nq, d]));
  const searchable = Object.entries(corpus.cases).filter(([name, c]) => !(name in REFUSED) && c.ntotal >= K);
  answers = searchWithFaiss(
    queryFile,
    K,
    ROWS,
    searchable.map(([name, c]) => ({
      file: c.file,
      reconstruct: ![...NO_RECONSTRUCT, ...FAISS_CANNOT_RECONSTRUCT, ...IDS_NOT_POSITIONS].includes(name),
    })),
  );
});

describe('the engine loads what faiss writes', () => {
  it('refuses only files faiss cannot search, with the reason', () => {
    const refused: Record<string, string> = {};
    for (const [name, c] of Object.entries(corpus.cases)) {
      try {
        checkForEngine(readBytes(c.file), name);
      } catch (error) {
        refused[name] = (error as { detail: { code: string } }).detail.code;
      }
    }
    expect(refused).toEqual(REFUSED);
  });

  it("finds FastScan where the engine does: inspect's fast_scan is describe().fastScan", () => {
    const fastScan: string[] = [];
    for (const [name, c] of Object.entries(corpus.cases)) {
      if (name in REFUSED) continue;
      const ours = inspectFaissBytes(readBytes(c.file), name).fast_scan;
      const index = readIndexFile(c.file);
      try {
        expect(ours, name).toBe(index.describe().fastScan);
      } finally {
        index.dispose();
      }
      if (ours) fastScan.push(name);
    }
    expect(fastScan.sort()).toEqual([
      'ivfpqfs_ip',
      'ivfpqfs_l2',
      'ivfpqfs_rflat_ip',
      'ivfpqfs_rflat_l2',
      'opq_ivfpqfs_rflat_l2',
      'pqfs_l2',
    ]);
  });

  it('searches like faiss and returns the same stored vectors, file by file', () => {
    const compared: string[] = [];
    for (const [name, c] of Object.entries(corpus.cases)) {
      const expected = answers[c.file];
      if (!expected) continue;
      const index = readIndexFile(c.file);
      try {
        const { labels, distances } = index.search(queries, K);
        expect(Array.from(labels), name).toEqual(expected.labels.flat());
        const want = expected.distances.flat();
        distances.forEach((value, i) => expect(value, `${name} distance ${i}`).toBeCloseTo(want[i], 3));
        if (expected.vectors) {
          const stored = index.reconstructN(0, Math.min(ROWS, c.ntotal));
          // the AVX2 build decodes SQ codes with FMA: the last bits may differ from Python's generic faiss
          const want = expected.vectors.flat();
          expect(stored.length, name).toBe(want.length);
          const worst = stored.reduce((max, value, i) => Math.max(max, Math.abs(value - want[i])), 0);
          expect(worst, name).toBeLessThan(1e-5);
        } else if (IDS_NOT_POSITIONS.includes(name)) {
          expect(index.reconstructN(0, c.ntotal).length, name).toBe(c.ntotal * c.d);
        } else if (NO_RECONSTRUCT.includes(name)) {
          expect(() => index.reconstructN(0, c.ntotal), name).toThrow(/reconstruct_n would abort the process/);
        } else {
          expect(() => index.reconstructN(0, c.ntotal), name).toThrow();
        }
        compared.push(name);
      } finally {
        index.dispose();
      }
    }
    expect(compared.length).toBe(Object.keys(answers).length);
    expect(compared.length).toBeGreaterThan(40);
  });
});
