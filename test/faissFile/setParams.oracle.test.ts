// set-params: the patched copy must differ only in the stored values, and Python faiss must read
// it with the new values and search exactly like the original with the values set by hand.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../app/errors';
import { FaissReadError, inspectFaissBytes, patchSearchParams } from '../../app/faissFile';
import { tempDir } from '../helpers/tmp';
import { type Corpus, checkPatchedFile, makeCorpus, readBytes } from './corpus';

const CASES = [
  'ivfflat_l2',
  'ivfpqfs_rflat_ip',
  'opq_ivfpqfs_rflat_l2',
  'idmap_ivfflat_l2',
  'pca_ivfflat_l2',
  'ivfflat_refine_sq8_l2',
  'flat_l2',
  'hnsw_flat_l2',
  'unsupported_pca_ivfrq_l2',
];
let corpus: Corpus;
let outDir: string;
beforeAll(() => {
  corpus = makeCorpus(CASES);
  outDir = tempDir('faiss-patched-');
});

const bytesOf = (name: string) => readBytes(corpus.cases[name].file);

/** Offsets where two equally long byte arrays differ. */
function differingBytes(a: Uint8Array, b: Uint8Array): number[] {
  expect(b.length).toBe(a.length);
  const at: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) at.push(i);
  return at;
}

function expectAppError(run: () => unknown, code: string, field: string, message: RegExp): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    expect((error as AppError).field).toBe(field);
    expect((error as AppError).message).toMatch(message);
    return;
  }
  throw new Error('expected an AppError');
}

describe('patchSearchParams round-trips through Python faiss', () => {
  const roundTrips: [string, { nprobe?: number; k_factor?: number }][] = [
    ['ivfflat_l2', { nprobe: 11 }],
    ['idmap_ivfflat_l2', { nprobe: 2 }],
    ['pca_ivfflat_l2', { nprobe: 9 }],
    ['ivfpqfs_rflat_ip', { k_factor: 16 }],
    ['ivfflat_refine_sq8_l2', { k_factor: 1 }], // stored: 3
    ['opq_ivfpqfs_rflat_l2', { nprobe: 20, k_factor: 3 }],
  ];

  it.each(roundTrips)('%s with %o: faiss reads the new values and returns identical results', (name, params) => {
    const original = bytesOf(name);
    const patched = patchSearchParams(original, params, `${name}.index`);
    const file = path.join(outDir, `${name}.patched.index`);
    fs.writeFileSync(file, patched);

    const check = checkPatchedFile(corpus.cases[name].file, file, params.nprobe, params.k_factor);
    expect(check.stored_nprobe).toBe(params.nprobe ?? corpus.cases[name].nprobe);
    expect(check.stored_k_factor).toBe(params.k_factor ?? corpus.cases[name].k_factor);
    expect(check.same_labels).toBe(true);
    expect(check.same_distances).toBe(true);
    expect(check.differs_from_original).toBe(true);
  });

  it.each(roundTrips)('%s with %o: only the stored value bytes change', (name, params) => {
    const original = bytesOf(name);
    const before = inspectFaissBytes(original, name);
    const patched = patchSearchParams(original, params, name);
    const changed = differingBytes(original, patched);
    // nprobe is a uint64, k_factor a float32: at most 8 + 4 bytes, inside the two fields
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThanOrEqual(12);
    const after = inspectFaissBytes(patched, name);
    expect(after.nprobe).toBe(params.nprobe ?? before.nprobe);
    expect(after.k_factor).toBe(params.k_factor ?? before.k_factor);
    expect({ ...after, nprobe: before.nprobe, k_factor: before.k_factor, tree: null }).toEqual({
      ...before,
      tree: null,
    });
    expect(Buffer.from(original).equals(bytesOf(name))).toBe(true); // the input is never modified
  });

  it('writes nprobe at byte 45 of an IVFFlat file, right after nlist', () => {
    const patched = patchSearchParams(bytesOf('ivfflat_l2'), { nprobe: 37 }, 'ivf.index');
    expect(differingBytes(bytesOf('ivfflat_l2'), patched)).toEqual([45]);
    expect(new DataView(patched.buffer).getBigUint64(45, true)).toBe(37n);
  });

  it('patches nprobe of an IVF whose codec it cannot read (the header is enough)', () => {
    const original = bytesOf('unsupported_pca_ivfrq_l2');
    const patched = patchSearchParams(original, { nprobe: 7 }, 'rq.index');
    const file = path.join(outDir, 'rq.patched.index');
    fs.writeFileSync(file, patched);
    const check = checkPatchedFile(corpus.cases.unsupported_pca_ivfrq_l2.file, file, 7);
    expect(check.stored_nprobe).toBe(7);
    expect(check.same_labels && check.same_distances).toBe(true);
  });
});

describe('patchSearchParams refuses what the file cannot hold', () => {
  it('nprobe without an IVF', () => {
    expectAppError(
      () => patchSearchParams(bytesOf('flat_l2'), { nprobe: 4 }, 'flat.index'),
      'INVALID_ARGUMENT',
      'nprobe',
      /flat\.index has no IVF/,
    );
    expectAppError(
      () => patchSearchParams(bytesOf('hnsw_flat_l2'), { nprobe: 4 }, 'hnsw.index'),
      'INVALID_ARGUMENT',
      'nprobe',
      /no IVF/,
    );
  });

  it('nprobe outside 1..nlist or not an integer', () => {
    for (const nprobe of [0, -1, 38, 2.5, Number.NaN]) {
      expectAppError(
        () => patchSearchParams(bytesOf('ivfflat_l2'), { nprobe }, 'ivf.index'),
        'INVALID_ARGUMENT',
        'nprobe',
        /from 1 to nlist = 37/,
      );
    }
  });

  it('k_factor without an IndexRefine, or below 1', () => {
    expectAppError(
      () => patchSearchParams(bytesOf('ivfflat_l2'), { k_factor: 4 }, 'ivf.index'),
      'INVALID_ARGUMENT',
      'k_factor',
      /no IndexRefine/,
    );
    for (const k_factor of [0.5, 0, Number.POSITIVE_INFINITY, Number.NaN]) {
      expectAppError(
        () => patchSearchParams(bytesOf('ivfpqfs_rflat_ip'), { k_factor }, 'rf.index'),
        'INVALID_ARGUMENT',
        'k_factor',
        /≥ 1/,
      );
    }
  });

  it('a corrupt file, with the reader error', () => {
    const truncated = bytesOf('ivfflat_l2').subarray(0, 40);
    expect(() => patchSearchParams(truncated, { nprobe: 2 }, 'cut.index')).toThrow(FaissReadError);
  });
});
