// The sample behaves like real HuBERT/ContentVec frames, measured by Python faiss on
// the written files (sample_oracle.py says exactly how). Real references, measured with the same
// definitions on 675 real HuBERT v1 frames: norms 9.19 ± 0.34, adjacent cosine 0.577, centred
// adjacent cosine 0.142, 137 of 256 components for 90% of the variance (37 for 50%); recall of
// real ContentVec v2 features under RVC's preset: 0.69 / 0.974 / 0.995 at nprobe 1 / 8 / 16.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeSampleExperiment } from '../../main/sample/writeSample';
import { runPython } from '../helpers/python';
import { tempDir } from '../helpers/tmp';

const ORACLE = fs.readFileSync(fileURLToPath(new URL('./sample_oracle.py', import.meta.url)), 'utf8');

interface OracleResult {
  n: number;
  d: number;
  files: number;
  norm_mean: number;
  norm_std: number;
  adjacent_cosine: number;
  centred_cosine: Record<'1' | '2' | '5' | '10', number>;
  window_pcs: [number, number, number, number];
  all_pc90: number;
  nlist: number;
  queries: number;
  held_out_files: number;
  recall: Record<'1' | '2' | '4' | '8' | '16', number>;
}

/** within ±0.1 of the published real recall */
const RECALL_TARGETS = { '1': 0.69, '8': 0.974, '16': 0.995 } as const;

function measure(d: 768 | 256): OracleResult {
  // the embedded default: n = 30 000, seed 0 (main/backend.ts SAMPLE_DEFAULTS)
  const written = writeSampleExperiment(tempDir(), { n: 30_000, d, seed: 0 });
  const result = runPython<OracleResult>(ORACLE, [path.join(written.path, `3_feature${d}`), '0']);
  console.log(`sample d=${d}: ${JSON.stringify(result)}`);
  return result;
}

function expectRealLike(result: OracleResult, d: number) {
  expect(result.n).toBe(30_000);
  expect(result.d).toBe(d);
  // concentrated norms
  expect(result.norm_mean).toBeCloseTo(9.2, 1);
  expect(result.norm_std).toBeGreaterThan(0.25);
  expect(result.norm_std).toBeLessThan(0.5);
  // adjacent frames: real frames' 0.58 is the plain cosine; centred, real frames keep only 0.14 of it,
  // fading with the lag
  expect(Math.abs(result.adjacent_cosine - 0.58)).toBeLessThan(0.04);
  expect(Math.abs(result.centred_cosine['1'] - 0.142)).toBeLessThan(0.05);
  expect(result.centred_cosine['2']).toBeLessThan(result.centred_cosine['1']);
  expect(result.centred_cosine['5']).toBeLessThan(result.centred_cosine['2']);
  expect(Math.abs(result.centred_cosine['10'])).toBeLessThan(0.03);
  // high intrinsic dimension: over all frames, 90% of the variance needs more than half the axes
  expect(result.all_pc90).toBeGreaterThan(0.5 * d);
  // the RVC preset's recall curve
  expect(result.queries).toBeGreaterThanOrEqual(256);
  expect(result.queries).toBeLessThanOrEqual(2000);
  for (const [nprobe, target] of Object.entries(RECALL_TARGETS)) {
    expect(
      Math.abs(result.recall[nprobe as keyof typeof RECALL_TARGETS] - target),
      `recall at nprobe ${nprobe}`,
    ).toBeLessThanOrEqual(0.1);
  }
  const curve = [result.recall['1'], result.recall['2'], result.recall['4'], result.recall['8'], result.recall['16']];
  for (let i = 1; i < curve.length; i++) expect(curve[i]).toBeGreaterThanOrEqual(curve[i - 1]);
}

describe('the default sample (30 000 × 768, RVC v2) against the real statistics', () => {
  let result: OracleResult;
  beforeAll(() => {
    result = measure(768);
  });

  it('has real-like norms, adjacent-frame correlation, dimension and RVC-preset recall', () => {
    expectRealLike(result, 768);
  });
});

describe('the v1 sample (30 000 × 256) against the real v1 frames', () => {
  let result: OracleResult;
  beforeAll(() => {
    result = measure(256);
  });

  it('has real-like norms, adjacent-frame correlation, dimension and RVC-preset recall', () => {
    expectRealLike(result, 256);
  });

  it('has the real v1 spectrum: components for 50 / 90% of the variance of a 675-frame stretch', () => {
    const [pc50, , pc90] = result.window_pcs;
    expect(Math.abs(pc90 - 137)).toBeLessThanOrEqual(15);
    expect(Math.abs(pc50 - 37)).toBeLessThanOrEqual(10);
  });
});
