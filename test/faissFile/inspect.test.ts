// The reader against faiss itself: every supported index type, written by Python faiss with
// stored search parameters, must read back with the values faiss reports.
import { beforeAll, describe, expect, it } from 'vitest';
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

function expectSameTree(ours: FaissNode, theirs: OracleNode, where: string): void {
  const at = `${where} > ${ours.fourcc}@${ours.offset}`;
  expect(PYTHON_CLASS[ours.type] ?? ours.type, at).toBe(theirs.class);
  if (theirs.d !== undefined) expect({ d: ours.d, ntotal: ours.ntotal, metric: ours.metric }, at).toEqual({ d: theirs.d, ntotal: theirs.ntotal, metric: theirs.metric });
  for (const [key, value] of Object.entries(theirs.params)) expect(ours.params[key], `${at} ${key}`).toEqual(value);
  if (ours.params.unsupported) return; // nothing below an unsupported node is read
  const children = ours.children.filter((child) => !isListsNode(child));
  expect(children.length, `${at} children`).toBe(theirs.children.length);
  children.forEach((child, i) => expectSameTree(child, theirs.children[i]!, at));
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
    'flat_l2', 'flat_ip', 'ivfflat_l2', 'ivfflat_ip', 'ivfflat_sparse_l2', 'ivfflat_empty_l2', 'ivfflat_nolists_l2',
    'ivfflat_dmarray_l2', 'ivfflat_dmhash_l2', 'ivfflatdedup_l2', 'ivfpq_l2', 'ivfpq_ip', 'ivfpqr_l2', 'ivfpqfs_l2', 'ivfpqfs_ip',
    'ivfpqfs_rflat_l2', 'ivfpqfs_rflat_ip', 'ivfsq8_l2', 'ivfsqfp16_ip', 'ivfsq4_l2', 'ivfflat_refine_sq8_l2', 'pca_ivfflat_l2',
    'pcawr_flat_l2', 'opq_ivfpq_l2', 'opq_ivfpqfs_rflat_l2', 'l2norm_ivfflat_ip', 'rr_flat_l2', 'pad_flat_l2', 'center_flat_l2',
    'itq_lsh_l2', 'lsh_l2', 'hnsw_flat_l2', 'hnsw_flat_ip', 'hnsw_pq_l2', 'hnsw_sq_l2', 'ivf_hnswquant_l2', 'imi_ivfflat_l2',
    'pq_l2', 'pq_ip', 'pqfs_l2', 'sq4_l2', 'sq8_ip', 'minmax_sq8_l2', 'idmap_flat_l2', 'idmap2_flat_ip', 'idmap_ivfflat_l2',
  ];

  it('covers every supported case of the corpus, checked against the faiss this machine has', () => {
    expect(corpus.faiss_version).toMatch(/^1\./);
    const supported = Object.keys(corpus.cases).filter((name) => !name.startsWith('unsupported_'));
    expect([...names].sort()).toEqual(supported.sort());
  });

  it.each(names)('%s: type, d, ntotal, metric, nlist, nprobe, k_factor, list sizes, imbalance', (name) => {
    const expected = corpus.cases[name];
    const result = inspectFaissBytes(readBytes(expected.file), `${name}.index`);
    expect(result.error).toBeNull();
    expect({
      file_bytes: result.file_bytes,
      type: PYTHON_CLASS[result.type] ?? result.type,
      d: result.d,
      ntotal: result.ntotal,
      metric: result.metric,
      nlist: result.nlist,
      nprobe: result.nprobe,
      k_factor: result.k_factor,
      list_sizes: result.list_sizes,
    }).toEqual({
      file_bytes: expected.file_bytes,
      type: expected.type,
      d: expected.d,
      ntotal: expected.ntotal,
      metric: expected.metric,
      nlist: expected.nlist,
      nprobe: expected.nprobe,
      k_factor: expected.k_factor,
      list_sizes: expected.list_sizes,
    });
    if (expected.imbalance !== null) expect(result.imbalance).toBeCloseTo(expected.imbalance, 5); // faiss: float32-ish output
    else if (expected.nlist === null) expect(result.imbalance).toBeNull();
    if (result.imbalance !== null) expect(result.empty_lists).toBe(expected.list_sizes.filter((s) => s === 0).length);
    else expect(result.empty_lists).toBeNull();
  });

  it.each(names)('%s: every node and its parameters, as faiss sees them', (name) => {
    const expected = corpus.cases[name];
    const { tree } = inspectFaissBytes(readBytes(expected.file), name);
    expectSameTree(tree, expected.tree, name);
    expect(tree.offset).toBe(0);
    expect(tree.end).toBe(expected.file_bytes);
    expectNestedRanges(tree);
  });

  it('warns only where the file deserves it', () => {
    const warned = Object.fromEntries(
      names.map((name) => [name, inspectFaissBytes(readBytes(corpus.cases[name].file), name).warnings]).filter(([, w]) => w.length > 0),
    );
    expect(Object.keys(warned)).toEqual(['ivfflat_nolists_l2']);
    expect(warned.ivfflat_nolists_l2[0]).toMatch(/not stored/);
  });

  it('reads both list size encodings ("full" and "sprs") and block lists', () => {
    const encodingOf = (name: string) => {
      const ivf = inspectFaissBytes(readBytes(corpus.cases[name].file), name).tree;
      return ivf.children.find(isListsNode)?.params.encoding ?? ivf.children.find(isListsNode)?.type;
    };
    expect(encodingOf('ivfflat_l2')).toBe('full');
    expect(encodingOf('ivfflat_sparse_l2')).toBe('sparse');
    expect(encodingOf('ivfflat_empty_l2')).toBe('sparse');
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
    expect(result.error).toBe(`unsupported IwRQ at byte ${ivf.offset}`);
    expect(ivf.params.unsupported).toBe(true);
    expect(result.tree.params.partial).toBe(true);
    expectSameTree(result.tree, expected.tree, 'rq');
    // the IVF header was read: nlist and nprobe are known, the lists are not
    expect([result.type, result.d, result.ntotal, result.metric]).toEqual([expected.type, expected.d, expected.ntotal, expected.metric]);
    expect([result.nlist, result.nprobe]).toEqual([expected.nlist, expected.nprobe]);
    expect([result.list_sizes, result.imbalance, result.empty_lists]).toEqual([[], null, null]);
  });
});
