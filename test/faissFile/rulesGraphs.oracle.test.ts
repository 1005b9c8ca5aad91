// One crafted file per validation rule (see rules.oracle.test.ts): HNSW graphs, wrappers, transforms,
// and what the engine takes.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkForEngine, inspectFaissBytes } from '../../app/faissFile';
import { type Corpus, makeCorpus, readBytes } from './corpus';
import { ascii, crafted, engineRefuses, readerRefuses, splice } from './crafted';

let corpus: Corpus;
beforeAll(() => {
  corpus = makeCorpus([
    'flat_l2',
    'ivfflat_l2',
    'ivfpqfs_rflat_l2',
    'hnsw_flat_l2',
    'hnsw_sq_l2',
    'pca_ivfflat_l2',
    'l2norm_ivfflat_ip',
    'pad_flat_l2',
    'idmap_flat_l2',
    'idmap2_flat_ip',
    'idmap_ivfflat_l2',
    'minmax_sq8_l2',
  ]);
});
const file = (name: string) => crafted(corpus, name);

describe('HNSW', () => {
  it('cum_nneighbor_per_level starts at 0; every node has 1 … len - 1 levels', () => {
    let f = file('hnsw_flat_l2');
    readerRefuses(f.bytes, 'faiss_out_of_range', f.set(f.field('hnsw.cum_nneighbor_per_level[0]'), 1), {
      min: 0,
      max: 0,
    });
    f = file('hnsw_flat_l2');
    readerRefuses(f.bytes, 'faiss_out_of_range', f.set(f.field('hnsw.levels[0]'), 0), { field: 'hnsw.levels[0]' });
    f = file('hnsw_flat_l2');
    readerRefuses(f.bytes, 'faiss_out_of_range', f.set(f.field('hnsw.levels[0]'), 99), { field: 'hnsw.levels[0]' });
  });

  it('offsets follow the levels, neighbours fill the array', () => {
    const f = file('hnsw_flat_l2');
    const levels = f.field('hnsw.levels[0]');
    f.set(levels, f.get(levels) + 1); // node 0 claims a level it has no neighbours for
    readerRefuses(f.bytes, 'faiss_not_equal', f.field('hnsw.offsets[0]').at + 8, { field: 'hnsw.offsets[1]' });
  });

  it('neighbours are nodes, with a level where they are linked', () => {
    let f = file('hnsw_flat_l2');
    const neighbor = f.field('hnsw.neighbors[0]');
    readerRefuses(f.bytes, 'faiss_out_of_range', f.set(neighbor, 2000), { value: 2000, max: 1999 });
    // a level-1 link to a node that only lives on level 0
    f = file('hnsw_flat_l2');
    const levelsAt = f.field('hnsw.levels[0]').at;
    const offsetsAt = f.field('hnsw.offsets[0]').at;
    const neighborsAt = f.field('hnsw.neighbors[0]').at;
    const cum = [0, 32, 48]; // HNSW16: 2M on level 0, M above
    const levelOf = (i: number) => f.view.getInt32(levelsAt + 4 * i, true);
    const upper = Array.from({ length: 2000 }, (_, i) => i).find((i) => levelOf(i) >= 2)!;
    const lowOnly = Array.from({ length: 2000 }, (_, i) => i).find((i) => levelOf(i) === 1)!;
    const slot = Number(f.view.getBigUint64(offsetsAt + 8 * upper, true)) + cum[1];
    const at = f.set({ at: neighborsAt + 4 * slot, kind: 'i32' }, lowOnly);
    readerRefuses(f.bytes, 'faiss_hnsw_neighbor_level', at, { node: upper, neighbor: lowOnly, level: 1, levels: 1 });
  });

  it('the entry point is a node on max_level; upper_beam ≥ 1', () => {
    let f = file('hnsw_flat_l2');
    readerRefuses(f.bytes, 'faiss_out_of_range', f.set(f.field('hnsw.entry_point'), 2000), {
      field: 'hnsw.entry_point',
    });
    f = file('hnsw_flat_l2');
    const maxLevel = f.field('hnsw.max_level');
    f.set(maxLevel, f.get(maxLevel) + 1);
    readerRefuses(f.bytes, 'faiss_not_equal', maxLevel.at, { field: 'hnsw.max_level' });
    f = file('hnsw_flat_l2');
    readerRefuses(f.bytes, 'faiss_out_of_range', f.set(f.field('hnsw.upper_beam'), 0), { field: 'hnsw.upper_beam' });
  });

  it('the storage is the type its tag says', () => {
    const f = file('hnsw_sq_l2');
    f.bytes.set(ascii('IHNf'), 0);
    readerRefuses(f.bytes, 'faiss_not_one_of', f.node('IxSQ').offset, { value: 'IxSQ' });
  });

  it('engine: efSearch and upper_beam the engine sizes heaps for; a stored storage', () => {
    let f = file('hnsw_flat_l2');
    engineRefuses(f.bytes, 'faiss_engine_unsupported_value', f.set(f.field('hnsw.efSearch'), 2_000_000), {
      field: 'hnsw.efSearch',
    });
    f = file('hnsw_flat_l2');
    engineRefuses(f.bytes, 'faiss_engine_unsupported_value', f.set(f.field('hnsw.upper_beam'), 2_000_000), {
      field: 'hnsw.upper_beam',
    });
    f = file('hnsw_flat_l2');
    const storage = f.node('IxF2').offset;
    engineRefuses(
      splice(f.bytes, storage, f.bytes.length - storage, ascii('null')),
      'faiss_engine_unsupported_type',
      storage,
      { fourcc: 'null' },
    );
  });
});

describe('wrappers and transforms', () => {
  it('IndexPreTransform: the chain starts at d, the index holds ntotal vectors', () => {
    let f = file('pca_ivfflat_l2');
    f.set(f.field('d'), 16);
    readerRefuses(f.bytes, 'faiss_not_equal', f.field('Pcam d_in').at, { field: 'chain[0] d_in', expected: 16 });
    f = file('pca_ivfflat_l2');
    f.set(f.field('ntotal'), 1999);
    readerRefuses(f.bytes, 'faiss_not_equal', f.field('ntotal', 1).at, { field: 'index ntotal' });
  });

  it('transforms: a trained matrix of d_out × d_in, a remap into d_in, a normalisation in place', () => {
    let f = file('pca_ivfflat_l2');
    f.set(f.field('Pcam d_out'), 15);
    // 'Pcam': eigen_power, epsilon, random_rotation, balanced_bins, then mean, eigenvalues and the
    // PCA matrix (float vectors), have_bias, and A
    let at = f.node('Pcam').offset + 4 + 4 + 4 + 1 + 4;
    for (let vector = 0; vector < 3; vector++) at += 8 + 4 * Number(f.view.getBigUint64(at, true));
    readerRefuses(f.bytes, 'faiss_not_equal', at + 1, { field: 'A length', value: 512, expected: 480 });
    f = file('pad_flat_l2');
    const map = f.node('RmDT').offset + 4 + 8; // the map's first element
    readerRefuses(f.bytes, 'faiss_out_of_range', f.set({ at: map, kind: 'i32' }, 40), { field: 'map[0]', max: 31 });
    f = file('l2norm_ivfflat_ip');
    readerRefuses(f.bytes, 'faiss_not_equal', f.set(f.field('VNrm d_out'), 16), { field: 'd_out', expected: 32 });
  });

  it('engine: every transform trained, normalisation by the L2 norm', () => {
    let f = file('pca_ivfflat_l2');
    f.set(f.field('Pcam is_trained'), 0);
    engineRefuses(f.bytes, 'faiss_engine_untrained_part', f.node('Pcam').offset, { type: 'PCAMatrix' });
    f = file('l2norm_ivfflat_ip');
    const norm = f.node('VNrm').offset + 4;
    engineRefuses(f.bytes, 'faiss_engine_unsupported_value', f.set({ at: norm, kind: 'f32' }, 1), { field: 'norm' });
  });

  it('IndexRefine: base of ntotal vectors with ids below ntotal, a finite positive k_factor', () => {
    let f = file('ivfpqfs_rflat_l2');
    f.set(f.field('ntotal'), 1999);
    readerRefuses(f.bytes, 'faiss_not_equal', f.field('ntotal', 1).at, { field: 'base_index ntotal' });
    f = file('ivfpqfs_rflat_l2');
    const id = f.field('ids of list 0[0]');
    readerRefuses(f.bytes, 'faiss_id_out_of_range', f.set(id, 2000), { user: 'IndexRefine', id: 2000 });
    f = file('ivfpqfs_rflat_l2');
    readerRefuses(f.bytes, 'faiss_not_finite', f.set(f.field('k_factor'), Infinity), { field: 'k_factor' });
    f = file('ivfpqfs_rflat_l2');
    readerRefuses(f.bytes, 'faiss_not_positive', f.set(f.field('k_factor'), 0), { field: 'k_factor' });
  });

  it('engine: IndexRefine k_factor from 1 to 1024 (below 1 is only a warning for inspect)', () => {
    const f = file('ivfpqfs_rflat_l2');
    const at = f.set(f.field('k_factor'), 0.5);
    expect(inspectFaissBytes(f.bytes, 'low.index').warnings.map((w) => w.code)).toEqual(['faiss_k_factor_low']);
    engineRefuses(f.bytes, 'faiss_engine_unsupported_value', at, { field: 'k_factor' });
  });

  it('IndexIDMap: one id per vector, and the ids its index returns are positions in the map', () => {
    let f = file('idmap_flat_l2');
    f.set(f.field('ntotal'), 1999);
    readerRefuses(f.bytes, 'faiss_not_equal', f.field('ntotal', 1).at, { field: 'index ntotal' });
    f = file('idmap_ivfflat_l2');
    const id = f.field('ids of list 0[0]');
    readerRefuses(f.bytes, 'faiss_id_out_of_range', f.set(id, 2000), { user: 'IndexIDMap', id: 2000 });
  });

  it('IndexRowwiseMinMax: same d as its index; the engine cannot search it', () => {
    let f = file('minmax_sq8_l2');
    f.set(f.field('d'), 16);
    readerRefuses(f.bytes, 'faiss_not_equal', f.field('d', 1).at, { field: 'index d', expected: 16 });
    f = file('minmax_sq8_l2');
    engineRefuses(f.bytes, 'faiss_engine_cannot_search', 0, { type: 'IndexRowwiseMinMax' });
  });
});

describe('the engine takes a valid file, and says when faiss cannot return its vectors', () => {
  it("IndexIDMap has no reconstruct (faiss's reconstruct_n would abort above 1000 vectors)", () => {
    expect(checkForEngine(file('idmap_flat_l2').bytes, 'idmap.index').reconstructAborts).toMatchObject({
      code: 'faiss_engine_no_reconstruct',
      params: { type: 'IndexIDMap', offset: 0 },
    });
  });

  it('IndexIDMap2 reconstructs when its ids are the positions 0 … ntotal - 1, in any order', () => {
    const f = file('idmap2_flat_ip');
    expect(checkForEngine(f.bytes, 'idmap2.index').reconstructAborts).toMatchObject({
      params: { reason: 'missing', max: 1999 },
    });
    const idsAt = f.field('id_map length').at + 8;
    for (let i = 0; i < 2000; i++) f.view.setBigInt64(idsAt + 8 * i, BigInt(1999 - i), true);
    expect(checkForEngine(f.bytes, 'idmap2.index').reconstructAborts).toBeNull();
  });

  it('the roles faiss can search: an IVF quantizer, an IndexRefine refine index', () => {
    // IndexRefine over a flat base and an IVF refine index: faiss asks it for a distance computer
    const flat = readBytes(corpus.cases.flat_l2.file);
    const ivf = readBytes(corpus.cases.ivfflat_l2.file);
    const header = flat.slice(0, 37);
    header.set(ascii('IxRF'));
    const refine = new Uint8Array([...header, ...flat, ...ivf, ...new Uint8Array(new Float32Array([2]).buffer)]);
    engineRefuses(refine, 'faiss_engine_unsupported_type', 37 + flat.length, { fourcc: 'IwFl', role: 'refine' });
  });
});
