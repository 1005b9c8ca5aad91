import { describe, expect, it } from 'vitest';
import { checkFactory } from '../../app/factory';
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
    ['IVF{n},Flta', { nIvf: 10 }, /unknown part 'Flta'/],
    ['IVF64,PQ7x4fs', {}, /PQ7: m = 7 must divide the vector dimension 768/],
    ['IVF5000,Flat', { n: 3000 }, /IVF5000 needs at least 5000 training vectors.*3000/],
    ['IVF{n},Flat', {}, /\{n\} needs a value/],
    ['PQ0', {}, /at least 1/],
    ['Flat,IVF4', {}, /out of place/],
    ['IVF8,PQ16x8fs', {}, /4 bits/],
    ['IVF8', {}, /must be followed/],
    ['PCA1000,Flat', {}, /cannot reduce/],
    ['', {}, /empty/],
  ])('%s is refused with a clear message', (factory, context, message) => {
    const check = checkFactory(factory, { d: 768, ...context });
    expect(check.ok).toBe(false);
    expect(check.errors.join('\n')).toMatch(message);
  });

  it('names an ID map as the unsupported part, once, and still checks the rest', () => {
    const check = checkFactory('IDMap,Flat', { d: 768 });
    expect(check.ok).toBe(false);
    expect(check.errors).toEqual([
      expect.stringMatching(/^'IDMap' is not supported: .*leave 'IDMap,' out \(e\.g\. 'Flat'\)/),
    ]);
    expect(checkFactory('IDMap2,IVF8,Flta', { d: 768 }).errors).toEqual([
      expect.stringMatching(/^'IDMap2' is not supported/),
      expect.stringMatching(/unknown part 'Flta'/),
    ]);
    expect(checkFactory('NSG32', { d: 768 }).errors).toEqual([
      expect.stringMatching(/^'NSG32' is a faiss index this app does not build/),
    ]);
  });

  it('warns below 39 training points per list and for RFlat with k_factor 1', () => {
    expect(checkFactory('IVF100,Flat', { d: 768, n: 3000 }).warnings.join()).toMatch(/fewer than 39/);
    expect(checkFactory('IVF8,PQ384x4fs,RFlat', { d: 768, kFactor: 1 }).warnings.join()).toMatch(/re-ranks nothing/);
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
