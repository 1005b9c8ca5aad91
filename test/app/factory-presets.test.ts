import { describe, expect, it } from 'vitest';
import { checkFactory } from '../../app/factory';
import { texts } from '../../app/messages';
import { indexBytes } from '../../app/memory';
import { nIvfBand, rvc2023NIvf, rvc2023NProbe, rvcNIvf } from '../../app/rvc/nIvf';
import { nprobeSweep, presetById, presets } from '../../app/presets';
import { rvcIndexFileName } from '../../app/rvc/names';

describe('factory strings', () => {
  it('accepts what the presets produce and expands {n}', () => {
    for (const preset of presets) {
      const defaults = preset.defaults(30_000, 768);
      const check = checkFactory(defaults.factory, {
        d: 768,
        n: 30_000,
        nIvf: defaults.nIvf ?? undefined,
        kFactor: defaults.kFactor ?? undefined,
      });
      expect(check.errors, preset.id).toEqual([]);
      expect(check.shape?.factory).not.toContain('{n}');
    }
  });

  it.each([
    ['IVF{n},Flta', { nIvf: 10 }, { code: 'factory_unknown_part', params: { token: 'Flta' } }],
    [
      'IVF64,PQ7x4fs',
      {},
      { code: 'factory_pq_divide', params: { m: 7, d: 768, divisors: '96, 128, 192, 256, 384, 768' } },
    ],
    ['IVF5000,Flat', { n: 3000 }, { code: 'factory_ivf_too_few', params: { nlist: 5000, n: 3000, max: 76 } }],
    ['IVF{n},Flat', {}, { code: 'factory_n_unset' }],
    ['PQ0', {}, { code: 'factory_zero' }],
    ['Flat,IVF4', {}, { code: 'factory_out_of_place', params: { token: 'IVF4' } }],
    ['IVF8,PQ16x8fs', {}, { code: 'factory_fastscan_bits', params: { token: 'PQ16x8fs', m: 16 } }],
    ['IVF8', {}, { code: 'factory_ivf_no_codes', params: { token: 'IVF8' } }],
    ['PCA1000,Flat', {}, { code: 'factory_reduce_above_d', params: { token: 'PCA1000', d: 768, target: 1000 } }],
    ['', {}, { code: 'factory_empty' }],
  ])('%s is refused with a coded message', (factory, context, expected) => {
    const check = checkFactory(factory, { d: 768, ...context });
    expect(check.ok).toBe(false);
    expect(check.errors).toContainEqual(expect.objectContaining(expected));
  });

  it('says the refusals in English for the CLI, faiss notation intact', () => {
    expect(texts(checkFactory('IVF5000,Flat', { d: 768, n: 3000 }).errors)).toEqual([
      'IVF5000 needs at least 5000 training vectors (one per list); there are 3000. Lower n_ivf to at most 76.',
    ]);
    expect(texts(checkFactory('IVF{n},Flta', { d: 768, nIvf: 10 }).errors)).toEqual([
      "unknown part 'Flta': expected parts like IVF{n}, Flat, PQ{m}x4fs, SQ8, HNSW32, RFlat (comma-separated)",
    ]);
    expect(texts(checkFactory('IVF{n},Flat', { d: 768 }).errors)[0]).toBe('{n} needs a value: set n_ivf');
    expect(texts(checkFactory('IVF100,Flat', { d: 768, n: 3000 }).warnings)).toEqual([
      'IVF100 has fewer than 39 training vectors per list (30.0); faiss will warn and lists will be noisy. n_ivf ≤ 76 avoids it.',
    ]);
  });

  it('names an ID map as the unsupported part, once, and still checks the rest', () => {
    const check = checkFactory('IDMap,Flat', { d: 768 });
    expect(check.ok).toBe(false);
    expect(check.errors).toEqual([
      expect.objectContaining({ code: 'factory_id_map', params: { token: 'IDMap', rest: 'Flat' } }),
    ]);
    expect(check.errors[0].text).toMatch(/^'IDMap' is not supported: .*leave 'IDMap,' out \(e\.g\. 'Flat'\)/);
    expect(checkFactory('IDMap2,IVF8,Flta', { d: 768 }).errors.map((e) => e.code)).toEqual([
      'factory_id_map',
      'factory_unknown_part',
    ]);
    expect(checkFactory('NSG32', { d: 768 }).errors).toEqual([
      expect.objectContaining({ code: 'factory_not_built', params: { token: 'NSG32' } }),
    ]);
  });

  it('warns below 39 training points per list and for RFlat with k_factor 1', () => {
    expect(checkFactory('IVF100,Flat', { d: 768, n: 3000 }).warnings).toEqual([
      expect.objectContaining({ code: 'factory_ivf_sparse', params: { nlist: 100, min: 39, perList: 30, max: 76 } }),
    ]);
    expect(checkFactory('IVF8,PQ384x4fs,RFlat', { d: 768, kFactor: 1 }).warnings.map((w) => w.code)).toEqual([
      'factory_refine_k_factor_1',
    ]);
  });

  it('warns where faiss would train polysemous codes: 8-bit PQ without np, outside HNSW', () => {
    const polysemous = (factory: string) =>
      checkFactory(factory, { d: 768 }).warnings.filter((w) => w.code === 'factory_pq_polysemous');
    expect(polysemous('IVF64,PQ64')).toEqual([expect.objectContaining({ params: { token: 'PQ64' } })]);
    expect(polysemous('OPQ64,IVF64,PQ64x8,RFlat')).toHaveLength(1);
    for (const factory of ['IVF64,PQ64np', 'IVF64,PQ384x4fs,RFlat', 'HNSW32_PQ64', 'IVF64,Flat'])
      expect(polysemous(factory), factory).toEqual([]);
  });

  it('understands transforms, HNSW and SQ', () => {
    expect(checkFactory('OPQ96_384,IVF64,PQ96x4fs,RFlat', { d: 768 }).shape).toMatchObject({
      innerD: 384,
      nlist: 64,
      refine: true,
      pq: { m: 96, nbits: 4, fastScan: true },
    });
    expect(checkFactory('HNSW32', { d: 768 }).shape).toMatchObject({ hnsw: 32, exactStorage: true });
    expect(checkFactory('IVF16,SQ8', { d: 768 }).shape).toMatchObject({ sq: 'SQ8', exactStorage: false });
  });
});

describe('presets', () => {
  it("reproduce RVC's formulas", () => {
    expect(rvcNIvf(30_000)).toBe(Math.min(Math.floor(16 * Math.sqrt(30_000)), Math.floor(30_000 / 39)));
    expect(rvcNIvf(149)).toBe(3);
    expect(rvcNIvf(10)).toBe(1);
    expect(rvcNIvf(1_000_000)).toBe(16_000);
    expect(rvc2023NIvf(30_000)).toBe(769);
    expect(rvc2023NProbe(769)).toBe(7);
    expect(presetById('rvc').defaults(30_000, 768)).toMatchObject({
      factory: 'IVF{n},Flat',
      nIvf: 769,
      nprobe: 1,
      metric: 'l2',
    });
    expect(presetById('fastscan').defaults(30_000, 768).factory).toBe('IVF{n},PQ384x4fs,RFlat');
  });

  it('n_ivf band and n_probe sweep', () => {
    // N // 39 = 769 cuts 16·√N = 2771 (and 8·√N) short
    expect(nIvfBand(30_000)).toEqual({ low: 692, high: 769, middle: 769, max: 769, capped: true, sliderMax: 5542 });
    expect(nIvfBand(1_000_000)).toEqual({
      low: 4000,
      high: 16_000,
      middle: 8000,
      max: 25_641,
      capped: false,
      sliderMax: 32_000,
    });
    expect(nprobeSweep(769)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 769]);
    expect(nprobeSweep(1)).toEqual([1]);
  });

  it('estimates sizes in the right order', () => {
    const shape = (f: string) => checkFactory(f, { d: 768, nIvf: 512 }).shape!;
    const flat = indexBytes(shape('IVF{n},Flat'), 30_000, 768);
    expect(flat).toBeGreaterThan(30_000 * 768 * 4);
    expect(indexBytes(shape('IVF{n},SQ8'), 30_000, 768)).toBeLessThan(flat / 3);
    expect(indexBytes(shape('IVF{n},PQ384x4fs,RFlat'), 30_000, 768)).toBeGreaterThan(flat);
  });
});

describe("RVC's file names", () => {
  it('match the WebUI for IVF-Flat and keep the added_ prefix for others', () => {
    expect(rvcIndexFileName('added', 'IVF769,Flat', 1, 'singer', 'v2')).toBe(
      'added_IVF769_Flat_nprobe_1_singer_v2.index',
    );
    expect(rvcIndexFileName('trained', 'IVF769,Flat', 8, 'singer', 'v1')).toBe(
      'trained_IVF769_Flat_nprobe_8_singer_v1.index',
    );
    expect(rvcIndexFileName('added', 'IVF512,PQ384x4fs,RFlat', 16, 'x', 'v2')).toBe(
      'added_IVF512_PQ384x4fs_RFlat_nprobe_16_x_v2.index',
    );
    expect(rvcIndexFileName('added', 'HNSW32', null, 'x', 'v2')).toBe('added_HNSW32_x_v2.index');
  });
});
