// One crafted file per validation rule: a field of a file faiss wrote, edited so that exactly that
// rule breaks. The refusal must name the rule (message code), the field and the byte offset where
// the field starts. Reader rules show in inspect and in the engine check alike; engine rules only
// in the engine check. This file: headers, codecs, IVF; rulesGraphs.oracle.test.ts: HNSW and wrappers.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkForEngine } from '../../app/faissFile';
import { type Corpus, makeCorpus } from './corpus';
import { ascii, crafted, engineRefuses, flatFile, readerRefuses, splice, u64 } from './crafted';

let corpus: Corpus;
beforeAll(() => {
  corpus = makeCorpus([
    'flat_l2',
    'pq_l2',
    'pq_ip',
    'sq8_ip',
    'pqfs_l2',
    'lsh_l2',
    'imi_ivfflat_l2',
    'ivfflat_l2',
    'ivfflat_dmarray_l2',
    'ivfflat_dmhash_l2',
    'ivfflatdedup_l2',
    'ivfpq_l2',
    'ivfpqr_l2',
    'ivfsq8_l2',
    'ivfpqfs_l2',
  ]);
});
const file = (name: string) => crafted(corpus, name);

describe('header rules', () => {
  it('metric_type must be a faiss metric', () => {
    const f = file('flat_l2');
    readerRefuses(f.bytes, 'faiss_not_one_of', f.set(f.field('metric_type'), 7), { field: 'metric_type', value: 7 });
  });

  it('an untrained index holds no vectors', () => {
    const f = file('flat_l2');
    f.set(f.field('is_trained'), 0);
    readerRefuses(f.bytes, 'faiss_untrained_with_vectors', f.field('ntotal').at, { ntotal: 2000 });
  });

  it('flat storage is ntotal × d floats', () => {
    const f = file('flat_l2');
    f.set(f.field('ntotal'), 1999);
    readerRefuses(f.bytes, 'faiss_not_equal', f.field('flat vectors length').at, { value: 64000, expected: 63968 });
  });
});

describe('engine rules on every index: d, metric', () => {
  it('d from 1 to 65536', () => {
    engineRefuses(flatFile(0, 0, 1), 'faiss_engine_limit', 4, { field: 'd', value: 0 });
    engineRefuses(flatFile(70_000, 0, 1), 'faiss_engine_limit', 4, { field: 'd', value: 70_000 });
  });

  it('L2 or inner product only', () => {
    engineRefuses(flatFile(4, 1, 2), 'faiss_engine_metric', 33, { metric: 'L1' });
  });
});

describe('product and scalar quantizers', () => {
  it("pq.d is the index's d, M divides it, 1 ≤ nbits ≤ 24, d × 2^nbits finite centroids", () => {
    let f = file('pq_l2');
    readerRefuses(f.bytes, 'faiss_not_equal', f.set(f.field('pq.d'), 16), { field: 'pq.d', expected: 32 });
    f = file('pq_l2');
    f.set(f.field('pq.M'), 5);
    readerRefuses(f.bytes, 'faiss_not_multiple', f.field('pq.d').at, { field: 'pq.d', divisor: 5 });
    f = file('pq_l2');
    readerRefuses(f.bytes, 'faiss_out_of_range', f.set(f.field('pq.nbits'), 25), { field: 'pq.nbits', max: 24 });
    f = file('pq_l2');
    f.set(f.field('pq.nbits'), 7);
    readerRefuses(f.bytes, 'faiss_not_equal', f.field('pq.centroids length').at, { rule: 'd × 2^nbits' });
    f = file('pq_l2');
    readerRefuses(f.bytes, 'faiss_not_finite', f.set(f.field('pq.centroids[0]'), NaN), { field: 'pq.centroids[0]' });
  });

  it('IndexPQ: ntotal × code_size codes, a known search_type', () => {
    let f = file('pq_l2');
    f.set(f.field('ntotal'), 1999);
    readerRefuses(f.bytes, 'faiss_not_equal', f.field('PQ codes length').at, { field: 'PQ codes length' });
    f = file('pq_l2');
    readerRefuses(f.bytes, 'faiss_not_one_of', f.set(f.field('search_type'), 9), { field: 'search_type' });
  });

  it('IndexPQ search modes the engine can run: no SDC, polysemous only for 8-bit L2 codes', () => {
    let f = file('pq_l2');
    engineRefuses(f.bytes, 'faiss_engine_unsupported_value', f.set(f.field('search_type'), 3), {
      field: 'search_type',
    });
    f = file('pq_ip');
    engineRefuses(f.bytes, 'faiss_engine_unsupported_value', f.set(f.field('search_type'), 4), {
      field: 'search_type',
    });
    f = file('pq_l2');
    f.set(f.field('search_type'), 4); // PQ8: 8-bit codes of 8 bytes, L2
    expect(checkForEngine(f.bytes, 'polysemous.index').reconstructAborts).toBeNull();
  });

  it('SQ: known qtype, d, derived code_size, 2d / 2 / no finite trained values, ntotal × code_size codes', () => {
    let f = file('sq8_ip');
    readerRefuses(f.bytes, 'faiss_not_one_of', f.set(f.field('sq.qtype'), 12), { field: 'sq.qtype' });
    f = file('sq8_ip');
    readerRefuses(f.bytes, 'faiss_not_equal', f.set(f.field('sq.d'), 16), { field: 'sq.d' });
    f = file('sq8_ip');
    readerRefuses(f.bytes, 'faiss_not_equal', f.set(f.field('sq.code_size'), 31), {
      field: 'sq.code_size',
      expected: 32,
    });
    f = file('sq8_ip');
    f.set(f.field('sq.qtype'), 2); // QT_8bit_uniform: same code size, one shared range
    readerRefuses(f.bytes, 'faiss_not_equal', f.field('sq.trained length').at, { value: 64, expected: 2 });
    f = file('sq8_ip');
    readerRefuses(f.bytes, 'faiss_not_finite', f.set(f.field('sq.trained[0]'), Infinity), { value: 'Infinity' });
    f = file('sq8_ip');
    f.set(f.field('ntotal'), 1000);
    readerRefuses(f.bytes, 'faiss_not_equal', f.field('SQ codes length').at, { field: 'SQ codes length' });
  });

  it('SQ types newer than the engine (QT_8bit_direct_signed)', () => {
    const f = file('sq8_ip');
    f.set(f.field('sq.qtype'), 8);
    const trained = f.field('sq.trained length');
    const withoutRanges = splice(f.bytes, trained.at, 8 + 64 * 4, u64(0)); // a direct type has none
    engineRefuses(withoutRanges, 'faiss_engine_unsupported_value', f.field('sq.qtype').at, {
      field: 'sq.qtype',
      value: 8,
    });
  });
});

describe('FastScan and LSH', () => {
  it('IndexPQFastScan: bbs a multiple of 32, M2 = M rounded up to even, ntotal2 = ntotal rounded to bbs', () => {
    let f = file('pqfs_l2');
    readerRefuses(f.bytes, 'faiss_not_multiple', f.set(f.field('bbs'), 48), { field: 'bbs' });
    f = file('pqfs_l2');
    readerRefuses(f.bytes, 'faiss_not_equal', f.set(f.field('M2'), 17), { field: 'M2', expected: 16 });
    f = file('pqfs_l2');
    readerRefuses(f.bytes, 'faiss_not_equal', f.set(f.field('ntotal2'), 2000), { field: 'ntotal2', expected: 2016 });
  });

  it("IndexPQFastScan: implem and qbs the engine's faiss has kernels for", () => {
    let f = file('pqfs_l2');
    engineRefuses(f.bytes, 'faiss_engine_unsupported_value', f.set(f.field('implem'), 1), { field: 'implem' });
    f = file('pqfs_l2');
    engineRefuses(f.bytes, 'faiss_engine_unsupported_value', f.set(f.field('qbs'), 0x55), { field: 'qbs' });
    f = file('pqfs_l2');
    engineRefuses(f.bytes, 'faiss_engine_unsupported_value', f.set(f.field('qbs'), -1), { field: 'qbs' });
  });

  it('IndexLSH: code_size = ceil(nbits / 8), the rotation maps d to nbits', () => {
    let f = file('lsh_l2');
    readerRefuses(f.bytes, 'faiss_not_equal', f.set(f.field('code_size'), 3), { field: 'code_size', expected: 4 });
    f = file('lsh_l2');
    f.set(f.field('nbits'), 16);
    readerRefuses(f.bytes, 'faiss_not_equal', f.field('thresholds length').at, { field: 'thresholds length' });
  });
});

describe('IVF', () => {
  it('nlist ≥ 1, the quantizer has its d and one centroid per list, a known direct map type', () => {
    let f = file('ivfflat_l2');
    readerRefuses(f.bytes, 'faiss_not_positive', f.set(f.field('nlist'), 0), { field: 'nlist' });
    f = file('ivfflat_l2');
    f.set(f.field('d'), 16);
    readerRefuses(f.bytes, 'faiss_not_equal', f.field('d', 1).at, { field: 'quantizer d', value: 32, expected: 16 });
    f = file('ivfflat_l2');
    f.set(f.field('nlist'), 36);
    readerRefuses(f.bytes, 'faiss_not_equal', f.field('ntotal', 1).at, { field: 'quantizer ntotal', value: 37 });
    f = file('ivfflat_l2');
    readerRefuses(f.bytes, 'faiss_not_one_of', f.set(f.field('direct_map.type'), 3), { field: 'direct_map.type' });
  });

  it('the lists: the type the IVF stores, its nlist and code_size, ntotal vectors in all', () => {
    let f = file('ivfpqfs_l2');
    const lists = f.node('ilbl').offset;
    f.bytes.set(ascii('ilar'), lists);
    readerRefuses(f.bytes, 'faiss_not_one_of', lists, { value: 'ilar', allowed: 'ilbl' });
    f = file('ivfflat_l2');
    readerRefuses(f.bytes, 'faiss_not_equal', f.set(f.field('invlists.code_size'), 64), {
      field: 'inverted lists code_size',
    });
    f = file('ivfflat_l2');
    readerRefuses(f.bytes, 'faiss_not_equal', f.set(f.field('ntotal'), 1999), { field: 'ntotal', expected: 2000 });
  });

  it("code_size is the codec's (IVF-PQ, IVF-SQ)", () => {
    let f = file('ivfpq_l2');
    readerRefuses(f.bytes, 'faiss_not_equal', f.set(f.field('code_size'), 16), { field: 'code_size', expected: 8 });
    f = file('ivfsq8_l2');
    readerRefuses(f.bytes, 'faiss_not_equal', f.set(f.field('code_size'), 8), { field: 'code_size', expected: 32 });
  });

  it('block lists: n_per_block = bbs, block_size = bbs × M2 / 2, whole blocks of codes per list', () => {
    let f = file('ivfpqfs_l2');
    readerRefuses(f.bytes, 'faiss_not_equal', f.set(f.field('invlists.n_per_block'), 64), { field: 'n_per_block' });
    f = file('ivfpqfs_l2');
    readerRefuses(f.bytes, 'faiss_not_equal', f.set(f.field('invlists.block_size'), 200), { field: 'block_size' });
    f = file('ivfpqfs_l2');
    const codes = f.field('codes of list 0 length');
    f.set(codes, f.get(codes) - 1);
    readerRefuses(f.bytes, 'faiss_not_equal', codes.at, { field: 'codes of list 0 length' });
  });

  it('IVF FastScan: implem and qbs2 the kernels exist for', () => {
    let f = file('ivfpqfs_l2');
    engineRefuses(f.bytes, 'faiss_engine_unsupported_value', f.set(f.field('implem'), 2), { field: 'implem' });
    f = file('ivfpqfs_l2');
    engineRefuses(f.bytes, 'faiss_engine_unsupported_value', f.set(f.field('qbs2'), 100), { field: 'qbs2' });
  });

  it('direct map entries point at a stored vector', () => {
    let f = file('ivfflat_dmarray_l2');
    const entry = f.field('direct_map.array[0]');
    f.set(entry, (36n << 32n) | 5000n);
    readerRefuses(f.bytes, 'faiss_dangling_entry', entry.at, { list: 36, position: 5000 });
    f = file('ivfflat_dmhash_l2');
    const value = { at: f.field('direct_map.hashtable[0]').at + 8, kind: 'u64' as const };
    f.set(value, 99n << 32n);
    readerRefuses(f.bytes, 'faiss_dangling_entry', value.at, { list: 99, nlist: 37 });
  });

  it('IVFPQR: list ids are positions; a finite k_factor', () => {
    let f = file('ivfpqr_l2');
    const id = f.field('ids of list 0[0]');
    f.set(id, 2000);
    readerRefuses(f.bytes, 'faiss_id_out_of_range', id.at, { id: 2000, user: 'IndexIVFPQR', max: 1999 });
    f = file('ivfpqr_l2');
    const kFactor = { at: f.tree.end - 4, kind: 'f32' as const };
    readerRefuses(f.bytes, 'faiss_not_finite', f.set(kFactor, NaN), { field: 'k_factor' });
    f = file('ivfpqr_l2');
    engineRefuses(f.bytes, 'faiss_engine_unsupported_value', f.set(kFactor, 5000), { field: 'k_factor' });
  });

  it('dedup: instances come in pairs', () => {
    const f = file('ivfflatdedup_l2');
    const length = f.field('dedup instances length');
    f.set(length, f.get(length) - 1);
    readerRefuses(f.bytes, 'faiss_odd_count', length.at, { field: 'dedup instances' });
  });

  it('IMI: a trained multi-index quantizer spans 2^(M × nbits) lists', () => {
    const f = file('imi_ivfflat_l2');
    readerRefuses(f.bytes, 'faiss_not_equal', f.set(f.field('ntotal', 1), 63), { rule: '2^(M × nbits)', expected: 64 });
  });

  it('engine: at most 2^20 lists (faiss allocates per list, whatever the file pays for)', () => {
    // an empty IVF-Flat over an IMI2x11 quantizer of d = 2: 2^22 lists from a 16 KB quantizer
    const nlist = 2 ** 22;
    const parts: number[] = [];
    const put = (bytes: Uint8Array) => parts.push(...bytes);
    const i32 = (value: number) => put(new Uint8Array(new Int32Array([value]).buffer));
    const header = (tag: string, ntotal: number) => {
      put(ascii(tag));
      i32(2);
      put(u64(ntotal));
      put(new Uint8Array(16));
      put(Uint8Array.of(1));
      i32(1);
    };
    header('IwFl', 0);
    put(u64(nlist));
    put(u64(1));
    header('Imiq', nlist);
    [2, 2, 11, 2 * 2048].forEach((value) => put(u64(value)));
    put(new Uint8Array(2 * 2048 * 4)); // the centroids
    put(Uint8Array.of(0)); // no direct map
    put(u64(0));
    put(ascii('ilar'));
    put(u64(nlist));
    put(u64(8));
    put(ascii('sprs'));
    put(u64(0));
    engineRefuses(Uint8Array.from(parts), 'faiss_engine_limit', 37, { field: 'nlist', value: nlist, max: 2 ** 20 });
  });
});
