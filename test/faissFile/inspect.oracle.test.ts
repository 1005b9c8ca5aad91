// The reader against faiss itself: every supported index type, written by Python faiss with
// stored search parameters, must read back with the values faiss reports.
import { beforeAll, describe, expect, it } from 'vitest';
import { HANG_MS } from '../helpers/hang';
import type { FaissNode } from '../../app/contract';
import { inspectFaissBytes } from '../../app/faissFile';
import { type Corpus, type OracleNode, makeCorpus, readBytes } from './corpus';

let corpus: Corpus;
beforeAll(() => {
  corpus = makeCorpus();
});

/** Python faiss 1.7.3's downcast_index reports the base class for the flat subclasses that
 *  faiss's reader constructs from 'IxF2' / 'IxFI'. */
const PYTHON_CLASS: Record<string, string> = { IndexFlatL2: 'IndexFlat', IndexFlatIP: 'IndexFlat' };
const isListsNode = (node: FaissNode) => node.fourcc.startsWith('il');
/** an IVF node's own list-size summary */
const LIST_SUMMARY = ['vectors_in_lists', 'empty_lists'];

function expectSameTree(ours: FaissNode, theirs: OracleNode, where: string): void {
  const at = `${where} > ${ours.fourcc}@${ours.offset}`;
  expect(PYTHON_CLASS[ours.type] ?? ours.type, at).toBe(theirs.class);
  if (theirs.d !== undefined)
    expect({ d: ours.d, ntotal: ours.ntotal, metric: ours.metric }, at).toEqual({
      d: theirs.d,
      ntotal: theirs.ntotal,
      metric: theirs.metric,
    });
  for (const [key, value] of Object.entries(theirs.params)) {
    if (ours.params.unsupported && LIST_SUMMARY.includes(key)) continue; // its lists are not read
    expect(ours.params[key], `${at} ${key}`).toEqual(value);
  }
  if (ours.params.unsupported) return; // nothing below an unsupported node is read
  const children = ours.children.filter((child) => !isListsNode(child));
  expect(children.length, `${at} children`).toBe(theirs.children.length);
  children.forEach((child, i) => expectSameTree(child, theirs.children[i]!, at));
}

/** Every list size, compared without a deep diff (IMI2x10 has 2^20 lists). */
function expectSameSizes(ours: number[], theirs: number[], where: string): void {
  expect(ours.length, `${where} list count`).toBe(theirs.length);
  const first = ours.findIndex((size, i) => size !== theirs[i]);
  expect(
    first < 0 ? null : { list: first, ours: ours[first], faiss: theirs[first] },
    `${where} first differing list`,
  ).toBeNull();
}

/** Byte ranges nest: children lie inside their parent, in file order, without overlap. */
function expectNestedRanges(node: FaissNode): void {
  expect(node.end).toBeGreaterThan(node.offset);
  let previousEnd = node.offset;
  for (const child of node.children) {
    expect(child.offset).toBeGreaterThanOrEqual(previousEnd);
    expect(child.end).toBeLessThanOrEqual(node.end);
    expectNestedRanges(child);
    previousEnd = child.end;
  }
}

describe('inspectFaissBytes agrees with Python faiss', () => {
  const names = [
    'flat_l2',
    'flat_ip',
    'ivfflat_l2',
    'ivfflat_ip',
    'ivfflat_sparse_l2',
    'ivfflat_empty_l2',
    'ivfflat_nolists_l2',
    'ivfflat_dmarray_l2',
    'ivfflat_dmhash_l2',
    'ivfflatdedup_l2',
    'ivfpq_l2',
    'ivfpq_ip',
    'ivfpqr_l2',
    'ivfpqr_untrained_l2',
    'ivfpqfs_l2',
    'ivfpqfs_ip',
    'ivfpqfs_rflat_l2',
    'ivfpqfs_rflat_ip',
    'ivfsq8_l2',
    'ivfsqfp16_ip',
    'ivfsq4_l2',
    'ivfflat_refine_sq8_l2',
    'pca_ivfflat_l2',
    'pcawr_flat_l2',
    'opq_ivfpq_l2',
    'opq_ivfpqfs_rflat_l2',
    'l2norm_ivfflat_ip',
    'rr_flat_l2',
    'pad_flat_l2',
    'center_flat_l2',
    'itq_lsh_l2',
    'lsh_l2',
    'hnsw_flat_l2',
    'hnsw_flat_ip',
    'hnsw_pq_l2',
    'hnsw_sq_l2',
    'ivf_hnswquant_l2',
    'imi_ivfflat_l2',
    'imi2x10_ivfflat_l2',
    'pq_l2',
    'pq_ip',
    'pqfs_l2',
    'sq4_l2',
    'sq8_ip',
    'minmax_sq8_l2',
    'idmap_flat_l2',
    'idmap2_flat_ip',
    'idmap_ivfflat_l2',
  ];

  it('covers every supported case of the corpus, checked against the faiss this machine has', () => {
    expect(corpus.faiss_version).toMatch(/^1\./);
    const supported = Object.keys(corpus.cases).filter((name) => !name.startsWith('unsupported_'));
    expect([...names].sort()).toEqual(supported.sort());
  });

  it.each(names)('%s: type, d, ntotal, metric, nlist, nprobe, k_factor, list sizes, imbalance', (name) => {
    const expected = corpus.cases[name];
    const result = inspectFaissBytes(readBytes(expected.file), `${name}.index`);
    // faiss reads a file without its lists, but nothing can search it
    expect(result.error?.code ?? null).toBe(name === 'ivfflat_nolists_l2' ? 'faiss_lists_not_stored' : null);
    expect({
      file_bytes: result.file_bytes,
      type: PYTHON_CLASS[result.type] ?? result.type,
      d: result.d,
      ntotal: result.ntotal,
      metric: result.metric,
      nlist: result.nlist,
      nprobe: result.nprobe,
      k_factor: result.k_factor,
    }).toEqual({
      file_bytes: expected.file_bytes,
      type: expected.type,
      d: expected.d,
      ntotal: expected.ntotal,
      metric: expected.metric,
      nlist: expected.nlist,
      nprobe: expected.nprobe,
      k_factor: expected.k_factor,
    });
    expectSameSizes(result.list_sizes, expected.list_sizes, name);
    // null where faiss has no lists or no vectors in them (its imbalance_factor gives NaN)
    if (expected.imbalance === null) expect(result.imbalance).toBeNull();
    else expect(result.imbalance).toBeCloseTo(expected.imbalance, 5);
    // the count is known whenever the sizes are, even with no vector in the lists
    const sizesKnown = expected.nlist !== null && expected.list_sizes.length === expected.nlist;
    expect(result.empty_lists).toBe(sizesKnown ? expected.list_sizes.filter((s) => s === 0).length : null);
  });

  it('reports imbalance null (not 0) for an IVF without vectors, and still counts its empty lists', () => {
    for (const name of ['ivfflat_empty_l2', 'ivfpqr_untrained_l2']) {
      const expected = corpus.cases[name];
      expect(expected.ntotal).toBe(0);
      expect(expected.imbalance).toBeNull(); // faiss: NaN
      const result = inspectFaissBytes(readBytes(expected.file), name);
      expect([result.ntotal, result.imbalance, result.empty_lists], name).toEqual([0, null, expected.nlist]);
      expect(result.tree.params, name).toMatchObject({
        vectors_in_lists: 0,
        empty_lists: expected.nlist,
        imbalance: null,
      });
    }
  });

  it.each(names)('%s: every node and its parameters, as faiss sees them', (name) => {
    const expected = corpus.cases[name];
    const { tree } = inspectFaissBytes(readBytes(expected.file), name);
    expectSameTree(tree, expected.tree, name);
    expect(tree.offset).toBe(0);
    expect(tree.end).toBe(expected.file_bytes);
    expectNestedRanges(tree);
  });

  it('finds nothing to warn about in files faiss wrote', () => {
    const warned = names.filter((name) => inspectFaissBytes(readBytes(corpus.cases[name].file), name).warnings.length);
    expect(warned).toEqual([]);
  });

  it("lists not stored ('il00'): an error saying what to do, nlist and nprobe as stored, sizes unknown", () => {
    const result = inspectFaissBytes(readBytes(corpus.cases.ivfflat_nolists_l2.file), 'nolists.index');
    expect(result.error?.code).toBe('faiss_lists_not_stored');
    expect(result.error?.text).toMatch(/not stored in this file \('il00'\).*build the index again/);
    expect(result.error?.params.offset).toBe(result.tree.children.find(isListsNode)?.offset);
    expect([result.nlist, result.nprobe, result.list_sizes, result.imbalance, result.empty_lists]).toEqual([
      37,
      4,
      [],
      null,
      null,
    ]);
    expect(result.tree.children.find(isListsNode)).toMatchObject({ fourcc: 'il00', params: { stored: false } });
    expect(result.tree.params.vectors_in_lists).toBeUndefined();
    expect(result.tree.params.partial).toBeUndefined(); // the rest of the file was read
  });

  it('reads an IMI with far more lists than bytes (IMI2x10: 2^20 lists), as faiss does', () => {
    const expected = corpus.cases.imi2x10_ivfflat_l2;
    expect(expected.nlist).toBe(2 ** 20);
    expect(expected.file_bytes).toBeLessThan(2 ** 20);
    const started = performance.now();
    const result = inspectFaissBytes(readBytes(expected.file), 'imi.index');
    expect(performance.now() - started).toBeLessThan(HANG_MS);
    expect([result.nlist, result.nprobe, result.list_sizes.length, result.empty_lists]).toEqual([
      2 ** 20,
      64,
      2 ** 20,
      expected.tree.params.empty_lists,
    ]);
  });

  it("keeps IVFPQR's own k_factor in its node (the top-level k_factor is IndexRefine's)", () => {
    const trained = inspectFaissBytes(readBytes(corpus.cases.ivfpqr_l2.file), 'pqr');
    expect(trained.k_factor).toBeNull();
    expect(trained.tree.params.k_factor).toBe(corpus.cases.ivfpqr_l2.tree.params.k_factor);
    // untrained: the refine fields are in the file (read to its end, no trailing bytes) but faiss
    // does not read them back, so the stored k_factor (6, set by the corpus) is kept apart
    const untrained = inspectFaissBytes(readBytes(corpus.cases.ivfpqr_untrained_l2.file), 'untrained');
    expect(untrained.tree.params).toMatchObject({ is_trained: false, stored_k_factor: 6, refine_pq_m: 8 });
    expect(untrained.tree.params.k_factor).toBeUndefined();
    expect([untrained.k_factor, untrained.tree.end, untrained.warnings]).toEqual([
      null,
      corpus.cases.ivfpqr_untrained_l2.file_bytes,
      [],
    ]);
  });

  it('reads both list size encodings ("full" and "sprs") and block lists', () => {
    const encodingOf = (name: string) => {
      const ivf = inspectFaissBytes(readBytes(corpus.cases[name].file), name).tree;
      return ivf.children.find(isListsNode)?.params.encoding ?? ivf.children.find(isListsNode)?.type;
    };
    expect(encodingOf('ivfflat_l2')).toBe('full');
    expect(encodingOf('ivfflat_sparse_l2')).toBe('sparse');
    expect(encodingOf('ivfflat_empty_l2')).toBe('sparse');
    expect(encodingOf('imi2x10_ivfflat_l2')).toBe('sparse');
    expect(encodingOf('ivfpqfs_l2')).toBe('BlockInvertedLists');
  });

  it('reports the patchable values RVC uses: the IVF inside IxRF(IxPT(...)) and its k_factor', () => {
    const result = inspectFaissBytes(readBytes(corpus.cases.opq_ivfpqfs_rflat_l2.file), 'opq.index');
    expect(result.tree.fourcc).toBe('IxRF');
    expect(result.tree.children.map((child) => child.fourcc)).toEqual(['IxPT', 'IxF2']);
    expect(result.tree.children[0].children.map((child) => child.fourcc)).toEqual(['LTra', 'IwPf']);
    expect([result.nlist, result.nprobe, result.k_factor]).toEqual([37, 5, 8]);
  });

  it('says whether an IDMap keeps the ids RVC needs (0..ntotal-1)', () => {
    const idmap = inspectFaissBytes(readBytes(corpus.cases.idmap_flat_l2.file), 'idmap.index');
    expect(idmap.tree.params.sequential_ids).toBe(false); // the corpus uses ids 3·i + 11
  });

  it('stops at an unsupported index type with a partial tree and its byte offset', () => {
    const expected = corpus.cases.unsupported_pca_ivfrq_l2;
    const result = inspectFaissBytes(readBytes(expected.file), 'rq.index');
    const ivf = result.tree.children[1];
    expect(result.error?.text).toBe(`unsupported IwRQ at byte ${ivf.offset}`);
    expect(ivf.params.unsupported).toBe(true);
    expect(result.tree.params.partial).toBe(true);
    expectSameTree(result.tree, expected.tree, 'rq');
    // the IVF header was read: nlist and nprobe are known, the lists are not
    expect([result.type, result.d, result.ntotal, result.metric]).toEqual([
      expected.type,
      expected.d,
      expected.ntotal,
      expected.metric,
    ]);
    expect([result.nlist, result.nprobe]).toEqual([expected.nlist, expected.nprobe]);
    expect([result.list_sizes, result.imbalance, result.empty_lists]).toEqual([[], null, null]);
  });

  it('stops at a real faiss type it does not parse at byte 0 (IndexLattice), header read', () => {
    const expected = corpus.cases.unsupported_lattice_l2;
    const result = inspectFaissBytes(readBytes(expected.file), 'lattice.index');
    expect(result.error?.text).toBe('unsupported IxLa at byte 0');
    expect([result.type, result.d, result.ntotal, result.metric]).toEqual([
      expected.type,
      expected.d,
      expected.ntotal,
      expected.metric,
    ]);
    expect(result.tree).toMatchObject({
      fourcc: 'IxLa',
      offset: 0,
      params: { unsupported: true, nsq: 4, scale_nbit: 4, r2: 8 },
    });
    expectSameTree(result.tree, expected.tree, 'lattice');
  });
});
