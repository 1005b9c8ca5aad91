// The Index panel's frames (RVC's 200k compression rule), α-expansion and k_factor rules, without React.
import { describe, expect, it } from 'vitest';
import type { BuildResult, ExperimentInfo } from '../../app/contract';
import { rvc2023NIvf, rvc2023NProbe, rvcNIvf } from '../../app/rvc/nIvf';
import { kFactorEffect, newBuiltIndex, withPoints } from '../../renderer/state/builds';
import { pointsEvent, tuningPoint } from '../helpers/points';
import { checkFactory } from '../../app/factory';
import { indexBytes } from '../../app/memory';
import {
  buildLabelBase,
  buildRequest,
  carriedSettings,
  checkConfig,
  configKey,
  frameChoiceBytes,
  indexedVectors,
  K_FACTOR_STOPS,
  presetConfig,
  trainingVectors,
  withFrames,
} from '../../renderer/state/config';
import { kFactorRisk, rvcCompressionNotice } from '../../renderer/lib/hints';
import { createI18n } from '../../renderer/i18n/i18n';

const en = createI18n('en');

const experiment = (n: number, indexFrames = Math.floor(n * 0.95)) =>
  ({
    path: '/logs/bob',
    n,
    d: 768,
    split: { index_frames: indexFrames },
    compression: {
      threshold: 200_000,
      rvc_would_compress: n > 200_000,
      centroids: 10_000,
      full_index_bytes: 740_000_000,
      compressed_index_bytes: 30_000_000,
      message: `N = ${n.toLocaleString('en-US')} > 200,000: RVC would index 10,000 centroids (≈30 MB) — keep all frames (≈740 MB) instead?`,
    },
  }) as unknown as ExperimentInfo;

const big = experiment(240_000);
const small = experiment(30_000, 28_500);

describe('frames: RVC’s compression rule per preset and N', () => {
  it('RVC presets compress N > 200 000 to 10 000 centroids, with n_ivf from the centroids as RVC computes it', () => {
    const rvc = presetConfig('rvc', big);
    expect(rvc).toMatchObject({ compress: true, centroids: 10_000, nIvf: rvcNIvf(10_000), nprobe: 1 });
    expect(rvc.nIvf).toBe(256);
    const rvc2023 = presetConfig('rvc2023', big);
    expect(rvc2023).toMatchObject({
      compress: true,
      centroids: 10_000,
      nIvf: rvc2023NIvf(10_000),
      nprobe: rvc2023NProbe(rvc2023NIvf(10_000)),
    });
  });

  it('other presets, and N ≤ 200 000, keep every frame', () => {
    for (const id of ['fastscan', 'hnsw32', 'sq8', 'flat', 'custom'] as const)
      expect(presetConfig(id, big).compress).toBe(false);
    expect(presetConfig('fastscan', big).nIvf).toBe(Math.floor(8 * Math.sqrt(240_000)));
    expect(presetConfig('rvc', experiment(200_000)).compress).toBe(false);
    expect(presetConfig('rvc', small)).toMatchObject({ compress: false, centroids: 10_000, nIvf: rvcNIvf(30_000) });
  });

  it('keeps the user’s centroid count and α-expansion across presets, but each preset’s own compression default', () => {
    const edited = {
      ...presetConfig('fastscan', small),
      compress: true,
      centroids: 2_000,
      expand: true,
      numExpand: 6,
      alpha: 2,
      expandQueries: true,
      metric: 'ip' as const,
    };
    const rvc = presetConfig('rvc', small, carriedSettings(edited));
    expect(rvc).toMatchObject({
      compress: false,
      centroids: 2_000,
      expand: true,
      numExpand: 6,
      alpha: 2,
      expandQueries: true,
      metric: 'ip',
    });
    // above 200k the RVC rule wins: RVC's 10 000, not the carried count
    expect(presetConfig('rvc', big, carriedSettings(edited))).toMatchObject({ compress: true, centroids: 10_000 });
    expect(presetConfig('hnsw32', small)).toMatchObject({
      expand: false,
      numExpand: 4,
      alpha: 3,
      expandQueries: false,
    });
  });

  it('counts the vectors the index holds and the build trains on', () => {
    expect(indexedVectors({ compress: false, centroids: 2_000 }, small)).toBe(30_000);
    expect(indexedVectors({ compress: true, centroids: 2_000 }, small)).toBe(2_000);
    expect(indexedVectors({ compress: true, centroids: 50_000 }, small)).toBe(30_000);
    expect(trainingVectors({ compress: false, centroids: 2_000 }, small)).toBe(28_500);
    expect(trainingVectors({ compress: true, centroids: 2_000 }, small)).toBe(2_000);
  });

  it('n_ivf (and RVC 2023’s n_probe) follow the preset’s rule when the frames change, unless the user moved them', () => {
    const rvc = presetConfig('rvc', small);
    const compressed = withFrames(rvc, small, { compress: true, centroids: 2_000 });
    expect(compressed).toMatchObject({ compress: true, centroids: 2_000, nIvf: rvcNIvf(2_000) });
    expect(withFrames(compressed, small, { compress: false }).nIvf).toBe(rvcNIvf(30_000));
    const moved = { ...rvc, nIvf: 300 };
    expect(withFrames(moved, small, { compress: true, centroids: 2_000 }).nIvf).toBe(300);
    const old = presetConfig('rvc2023', small);
    const oldCompressed = withFrames(old, small, { compress: true, centroids: 2_000 });
    expect(oldCompressed).toMatchObject({ nIvf: rvc2023NIvf(2_000), nprobe: rvc2023NProbe(rvc2023NIvf(2_000)) });
  });

  it('predicts both file sizes with the n_ivf each choice would use (as RVC’s own prediction does)', () => {
    const rvcBytes = (n: number) =>
      indexBytes(checkFactory('IVF{n},Flat', { d: 768, nIvf: rvcNIvf(n) }).shape!, n, 768);
    const expected = { all: rvcBytes(240_000), compressed: rvcBytes(10_000) };
    expect(frameChoiceBytes(presetConfig('rvc', big), big)).toEqual(expected);
    expect(frameChoiceBytes(withFrames(presetConfig('rvc', big), big, { compress: false }), big)).toEqual(expected);
    const sizes = frameChoiceBytes(presetConfig('fastscan', small), small)!;
    expect(sizes.compressed).toBeLessThan(sizes.all / 2);
  });

  it('validates the factory against the centroids when compressing', () => {
    const rvc = presetConfig('rvc', small);
    const tooFew = { ...rvc, compress: true, centroids: 500 };
    expect(checkConfig(tooFew, small).ok).toBe(false);
    expect(checkConfig(tooFew, small).errors).toEqual([
      expect.objectContaining({ code: 'factory_ivf_too_few', params: expect.objectContaining({ n: 500 }) }),
    ]);
    expect(checkConfig(withFrames(rvc, small, { compress: true, centroids: 500 }), small).ok).toBe(true);
  });
});

describe('build requests send compress and expand explicitly', () => {
  it('null when off (so the engine never applies RVC’s rule behind the user’s back)', () => {
    const config = presetConfig('fastscan', big);
    const request = buildRequest(config, checkConfig(config, big), big, 'F', 'j');
    expect(request.compress).toBeNull();
    expect(request.expand).toBeNull();
    expect(Object.keys(request)).toContain('compress');
    expect(Object.keys(request)).toContain('expand');
  });

  it('the centroids and the α-expansion settings when on', () => {
    const config = presetConfig('rvc', big);
    const request = buildRequest(config, checkConfig(config, big), big, 'R', 'j');
    expect(request).toMatchObject({ compress: { centroids: 10_000 }, n_ivf: 256, nprobe: 1, expand: null });
    const expanded = {
      ...presetConfig('flat', small, { metric: 'ip' }),
      expand: true,
      numExpand: 6,
      alpha: 2.5,
      expandQueries: true,
    };
    expect(buildRequest(expanded, checkConfig(expanded, small), small, 'E', 'j')).toMatchObject({
      compress: null,
      expand: { num_expand: 6, alpha: 2.5, queries: true },
      metric: 'ip',
    });
  });

  it('a different frame choice or expansion is a different build; the remembered count alone is not', () => {
    const a = presetConfig('rvc', small);
    expect(configKey({ ...a, centroids: 5_000 })).toBe(configKey(a));
    expect(configKey({ ...a, compress: true })).not.toBe(configKey(a));
    expect(configKey({ ...a, compress: true, centroids: 5_000 })).not.toBe(configKey({ ...a, compress: true }));
    expect(configKey({ ...a, expand: true })).not.toBe(configKey(a));
    expect(configKey({ ...a, alpha: 5 })).toBe(configKey(a));
    expect(configKey({ ...a, expand: true, alpha: 5 })).not.toBe(configKey({ ...a, expand: true }));
  });

  it('labels say when a build is compressed or expanded', () => {
    expect(buildLabelBase('RVC (current)', { compress: false, centroids: 2_000, expand: false })).toBe('RVC (current)');
    expect(buildLabelBase('RVC (current)', { compress: true, centroids: 2_000, expand: false })).toBe(
      'RVC (current) · 2,000 centroids',
    );
    expect(buildLabelBase('Exact (Flat)', { compress: true, centroids: 10_000, expand: true })).toBe(
      'Exact (Flat) · 10,000 centroids · α-expanded',
    );
  });
});

describe('RVC’s compression notice', () => {
  it('offers to keep all frames when following RVC, to compress when not', () => {
    const following = rvcCompressionNotice(en, presetConfig('rvc', big), big);
    expect(following?.text).toMatch(
      /N = 240,000 > 200,000: RVC would index 10,000 centroids \(≈30.0 MB\) — keep all frames \(≈740 MB\) instead\?/,
    );
    expect(following?.action).toEqual({ label: 'Keep all 240,000 frames', change: { compress: false } });
    const keeping = rvcCompressionNotice(en, { ...presetConfig('rvc', big), compress: false }, big);
    expect(keeping?.text).toBe(
      'N = 240,000 > 200,000: RVC would index 10,000 centroids (≈30.0 MB); you keep all frames (≈740 MB).',
    );
    expect(keeping?.action.change).toEqual({ compress: true, centroids: 10_000 });
    expect(rvcCompressionNotice(en, presetConfig('fastscan', big), big)?.text).toMatch(/this preset keeps all frames/);
    expect(rvcCompressionNotice(en, { ...presetConfig('rvc', big), centroids: 4_000 }, big)?.text).toMatch(
      /you chose 4,000/,
    );
  });

  it('says nothing at or below 200 000 frames', () => {
    expect(rvcCompressionNotice(en, presetConfig('rvc', small), small)).toBeNull();
  });
});

describe('k_factor', () => {
  const point = (kFactor: number, recall: number) => tuningPoint(16, recall, { kFactor });
  const result = {
    index_id: 'fs',
    label: 'FastScan + re-rank',
    nlist: 1385,
    nprobe: 16,
    k_factor: 2.5,
    ntotal: 28_500,
    n: 30_000,
  } as BuildResult;

  it('the slider reaches 1, 1.5, 2, 2.5, 3, 4, 6, 8, 12, 16 step by step', () => {
    expect(K_FACTOR_STOPS.slice(0, 10)).toEqual([1, 1.5, 2, 2.5, 3, 4, 6, 8, 12, 16]);
    expect(presetConfig('fastscan', small).kFactor).toBe(2.5);
  });

  it('the effect table compares 1, 2, 2.5, 4, 8 (and the selected value) at the selected n_probe', () => {
    const missing = (b: typeof built) => kFactorEffect(b).flatMap((row) => (row.point ? [] : [row.kFactor]));
    let built = newBuiltIndex(result, 'fastscan', presetConfig('fastscan', small));
    expect(missing(built)).toEqual([1, 2, 2.5, 4, 8]);
    built = withPoints(built, pointsEvent('fs', [point(1, 0.72), point(2.5, 0.965)]));
    expect(missing(built)).toEqual([2, 4, 8]);
    const rows = kFactorEffect(built);
    expect(rows.map((r) => [r.kFactor, r.candidates, r.safeInRvc, r.selected])).toEqual([
      [1, 8, true, false],
      [2, 16, true, false],
      [2.5, 20, true, true],
      [4, 32, false, false],
      [8, 64, false, false],
    ]);
    expect(rows[0].point?.recall_at_k).toBe(0.72);
    // another n_probe: nothing measured there yet
    expect(missing({ ...built, nprobe: 8 })).toEqual([1, 2, 2.5, 4, 8]);
    expect(kFactorEffect({ ...built, kFactor: 16 }).map((r) => r.kFactor)).toEqual([1, 2, 2.5, 4, 8, 16]);
    expect(kFactorEffect({ ...built, kFactor: null })).toEqual([]);
  });

  it('warns above RVC’s safe 2.5 (more than 20 FastScan candidates)', () => {
    expect(kFactorRisk(en, 2.5)).toBeNull();
    expect(kFactorRisk(en, 3)).toMatch(/24 candidates/);
  });
});
