// The recall estimate from an index's own vectors: the same numbers as the Python-faiss prototype
// (test/oracle/recall_estimate.py) on the same file, an interval that holds what held-out
// recordings measure, and clear answers for indexes too small to estimate.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Metric } from '../../app/contract';
import { l2NormalizeRows } from '../../app/dataset/normalize';
import { AppError } from '../../app/errors';
import { message } from '../../app/messages';
import {
  RECALL_ESTIMATE,
  estimatePoint,
  holeIds,
  leaveOut,
  ownListProbeOrder,
  pseudoQueryCount,
  smallestNprobeFor,
  type RecallEstimatePoint,
} from '../../app/recallEstimate';
import { RecallEstimator, estimateRecall } from '../../main/engine/recallEstimate';
import { loadAddon } from '../../main/native/addon';
import { runPython } from '../helpers/python';
import { tempDir } from '../helpers/tmp';
import { randomVectors } from '../helpers/vectors';
import { buildIndex as build, heldOut, voice } from '../helpers/heldOutVoice';

const addon = loadAddon();
const PROTOTYPE = fs.readFileSync(fileURLToPath(new URL('../oracle/recall_estimate.py', import.meta.url)), 'utf8');
const k = RECALL_ESTIMATE.k;

interface PrototypePoint {
  nprobe: number | null;
  recall: number;
  recall_sd: number;
  recall_hole: number;
  recall_hole_sd: number;
  blend: number;
  blend_sd: number;
  blend_hole: number;
  blend_hole_sd: number;
}

describe('recall estimate: the Python prototype on the same file', () => {
  const dir = tempDir();
  const d = 64;
  const { vectors } = voice(4000, d, 11, 0);
  const normalised = Float32Array.from(vectors);
  l2NormalizeRows(normalised, d);
  const cases: { factory: string; metric: Metric; nprobes: number[] | null; kFactor?: number; method: string }[] = [
    { factory: 'IVF{n},Flat', metric: 'l2', nprobes: [1, 2, 5, 16], method: 'loo_own_list' },
    { factory: 'IVF{n},SQ8', metric: 'l2', nprobes: [1, 3], method: 'loo_own_list' },
    { factory: 'IVF{n},Flat', metric: 'ip', nprobes: [1, 4], method: 'loo' },
    { factory: 'IVF{n},PQ16x4fs,RFlat', metric: 'l2', nprobes: [2, 8], kFactor: 2.5, method: 'loo' },
    { factory: 'HNSW32', metric: 'l2', nprobes: null, method: 'loo' },
  ];
  it.each(cases)('$factory ($metric)', ({ factory, metric, nprobes, kFactor, method }) => {
    const index = build(metric === 'ip' ? normalised : vectors, d, factory, metric);
    if (kFactor) index.setParameters(`k_factor=${kFactor}`);
    const file = path.join(dir, `${factory.replace(/\W/g, '_')}_${metric}.index`);
    index.write(file);
    const count = 600;
    const seed = 5;
    const estimator = RecallEstimator.create(index, { queries: count, seed }) as RecallEstimator;
    const points = estimator.at(nprobes ?? [null]);
    const python = runPython<{ ids: number[]; method: string; points: PrototypePoint[] }>(PROTOTYPE, [
      file,
      nprobes ? nprobes.join(',') : '-',
      String(count),
      String(seed),
      String(RECALL_ESTIMATE.hole),
      kFactor ? String(kFactor) : '-',
    ]);
    expect(Array.from(estimator.pseudoQueries.subarray(0, 20))).toEqual(python.ids);
    expect(python.method).toBe(method);
    const ntotal = vectors.length / d;
    points.forEach((point, i) => {
      const want = python.points[i];
      expect(point.method).toBe(method);
      expect(point.nprobe).toBe(want.nprobe);
      expect(point.queries).toBe(count);
      // one neighbour of one query may tie differently (float rounding of the two scans)
      expect(Math.abs(point.recall_at_k - want.recall)).toBeLessThanOrEqual(1 / (k * count) + 1e-12);
      expect(point.blend_error).toBeCloseTo(want.blend, 3);
      const summary = (m: number, sd: number) => ({ mean: m, sd, count });
      const expected = estimatePoint(
        want.nprobe,
        {
          recall: summary(want.recall, want.recall_sd),
          recallHole: summary(want.recall_hole, want.recall_hole_sd),
          blend: summary(want.blend, want.blend_sd),
          blendHole: summary(want.blend_hole, want.blend_hole_sd),
        },
        ntotal,
        point.method,
      );
      for (const key of ['low', 'high', 'blend_low', 'blend_high'] as const)
        expect(point[key], `${key} at n_probe ${point.nprobe}`).toBeCloseTo(expected[key], 2);
    });
    index.dispose();
  });
});

describe('recall estimate: held-out recordings of the same voice', () => {
  // the bias table's setting at its smallest size: the interval must hold the held-out measurement
  it.each([
    [256, 1],
    [768, 2],
  ])('d = %i, voice %i, 10 000 frames: held-out recall and blend error fall inside the intervals', (d, seed) => {
    const { vectors, queries } = voice(10_000, d, seed, 4000);
    const index = build(vectors, d, 'IVF{n},Flat');
    const estimate = estimateRecall(index, [1, 2, 4, 8]);
    if (!('points' in estimate)) throw new Error(estimate.reason.text);
    expect(estimate.caveat.code).toBe('estimate_caveat');
    for (const point of estimate.points) {
      const truth = heldOut(index, vectors, queries, d, point.nprobe!);
      expect(point.method).toBe('loo_own_list');
      expect(truth.recall, `recall at n_probe ${point.nprobe}`).toBeGreaterThanOrEqual(point.low);
      expect(truth.recall, `recall at n_probe ${point.nprobe}`).toBeLessThanOrEqual(point.high);
      expect(truth.blend, `blend at n_probe ${point.nprobe}`).toBeGreaterThanOrEqual(point.blend_low);
      expect(truth.blend, `blend at n_probe ${point.nprobe}`).toBeLessThanOrEqual(point.blend_high);
      expect(point.low).toBeLessThanOrEqual(point.recall_at_k);
      expect(point.high).toBeGreaterThanOrEqual(point.recall_at_k);
    }
    // the estimate itself, not only its interval, is close at n_probe 1 (the bias table: within 0.015)
    expect(Math.abs(heldOut(index, vectors, queries, d, 1).recall - estimate.points[0].recall_at_k)).toBeLessThan(0.03);
    index.dispose();
  });
});

describe('recall estimate: small and odd indexes', () => {
  const d = 16;
  it('has no estimate for an empty index (a trained_ file) or one with fewer than k + 1 vectors', () => {
    const empty = addon.Index.create(d, 'IVF4,Flat', 'l2');
    empty.train(randomVectors(400, d, 1));
    const none = estimateRecall(empty);
    expect('reason' in none && none.reason.code).toBe('estimate_index_empty');
    const few = addon.Index.create(d, 'Flat', 'l2');
    few.add(randomVectors(k, d, 2));
    const tooFew = estimateRecall(few);
    expect('reason' in tooFew && tooFew.reason.code).toBe('estimate_too_few_vectors');
    expect('reason' in tooFew && tooFew.reason.params).toEqual({ ntotal: k, k, needed: k + 1 });
    empty.dispose();
    few.dispose();
  });

  it('finds every neighbour where the index searches everything: k + 1 vectors, one list, Flat', () => {
    const exactly = addon.Index.create(d, 'IVF1,Flat', 'l2');
    const nine = randomVectors(k + 1, d, 3);
    exactly.train(nine);
    exactly.add(nine);
    const oneList = build(randomVectors(300, d, 4), d, 'IVF1,Flat');
    const flat = build(randomVectors(300, d, 5), d, 'Flat');
    for (const [index, method, nprobe] of [
      [exactly, 'loo_own_list', 1],
      [oneList, 'loo_own_list', 1],
      [flat, 'loo', null],
    ] as const) {
      const estimate = estimateRecall(index);
      if (!('points' in estimate)) throw new Error(estimate.reason.text);
      expect(estimate.points).toHaveLength(1);
      const [point] = estimate.points;
      expect(point).toMatchObject({ nprobe, method, recall_at_k: 1, high: 1 });
      expect(point.blend_error).toBeLessThan(1e-6);
      expect(point.queries).toBe(index.describe().ntotal);
      index.dispose();
    }
  });

  it('says why when the index cannot give back its vectors', () => {
    const real = build(randomVectors(300, d, 6), d, 'Flat');
    const failing = new Proxy(real, {
      get(target, property) {
        if (property === 'reconstructN')
          return () => {
            const detail = 'reconstruct not implemented for this type of index';
            throw new AppError('FAISS_ERROR', detail, { reason: message('faiss_failed', { detail }) });
          };
        const value = Reflect.get(target, property) as unknown;
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
    const none = estimateRecall(failing);
    expect('reason' in none && none.reason.code).toBe('estimate_not_reconstructable');
    expect('reason' in none && none.reason.text).toMatch(/reconstruct not implemented/);
    real.dispose();
  });

  it('finds the smallest n_probe reaching a target, as a search of every n_probe would', () => {
    const { vectors } = voice(3000, 32, 9, 0);
    const index = build(vectors, 32, 'IVF{n},Flat');
    const estimator = RecallEstimator.create(index, { queries: 400 }) as RecallEstimator;
    const nlist = index.describe().nlist!;
    const every = estimator.at(Array.from({ length: nlist }, (_, i) => i + 1));
    for (let i = 1; i < every.length; i++)
      expect(every[i].recall_at_k).toBeGreaterThanOrEqual(every[i - 1].recall_at_k);
    for (const target of [0.5, 0.9, 0.99, 1]) {
      expect(estimator.smallestNprobe(target)?.nprobe ?? null).toBe(smallestNprobeFor(every, target));
      expect(estimator.smallestNprobe(target, true)?.nprobe ?? null).toBe(smallestNprobeFor(every, target, true));
    }
    expect(estimator.smallestNprobe(1.01)).toBeNull();
    // null: the stored n_probe; more than nlist: every list; not a positive integer: an error
    index.setParameters('nprobe=3');
    const again = RecallEstimator.create(index, { queries: 400 }) as RecallEstimator;
    expect(again.at([null])[0]).toEqual(every[2]);
    expect(again.at([10 * nlist])[0]).toEqual(every[nlist - 1]);
    for (const bad of [0, 1.5, -2]) expect(() => again.at([bad])).toThrow(/n_probe must be a positive integer/);
    index.dispose();
  });
});

describe('recall estimate: pure parts', () => {
  it('budgets pseudo-queries by the exact search cost', () => {
    expect(pseudoQueryCount(500, 768)).toBe(500);
    expect(pseudoQueryCount(30_000, 256)).toBe(RECALL_ESTIMATE.queries);
    expect(pseudoQueryCount(100_000, 768)).toBe(651);
    expect(pseudoQueryCount(10_000_000, 768)).toBe(RECALL_ESTIMATE.minQueries);
  });

  it('moves the own list behind the lists now nearer, and keeps the quantizer distances', () => {
    // one query, own list 7 of 40 vectors at 10: without the query (40/39)² · 10 = 10.52
    const assigned = { labels: Int32Array.from([7, 3, 5, 9]), distances: Float32Array.from([10, 10.4, 10.6, 11]) };
    const sizes = new Uint32Array(10).fill(40);
    expect(Array.from(ownListProbeOrder(assigned, 4, 3, sizes).lists)).toEqual([3, 7, 5]);
    expect(Array.from(ownListProbeOrder(assigned, 4, 3, sizes).distances)).toEqual([
      10.399999618530273, 10, 10.600000381469727,
    ]);
    sizes[7] = 1000; // a big list barely moves: 10.02
    expect(Array.from(ownListProbeOrder(assigned, 4, 2, sizes).lists)).toEqual([7, 3]);
    sizes[7] = 1; // a list of one vector: nothing left without the query, order unchanged
    expect(Array.from(ownListProbeOrder(assigned, 4, 4, sizes).lists)).toEqual([7, 3, 5, 9]);
    sizes[7] = 2; // (2/1)² · 10 = 40: behind every list
    expect(Array.from(ownListProbeOrder(assigned, 4, 4, sizes).lists)).toEqual([3, 5, 9, 7]);
  });

  it('leaves the query and its hole out of both answers', () => {
    const ids = Int32Array.from([4]);
    const exact = { labels: Int32Array.from([4, 8, 2, 6, 1]), distances: Float32Array.from([0, 1, 2, 3, 4]) };
    const hole = holeIds(exact.labels, 5, ids, 2);
    expect(Array.from(hole)).toEqual([8, 2]);
    const approx = { labels: Int32Array.from([8, 6, 1, 9, -1]), distances: Float32Array.from([1, 3, 4, 5, 0]) };
    expect(Array.from(leaveOut(exact, 5, 2, ids, null, 2).labels)).toEqual([8, 2]);
    expect(Array.from(leaveOut(exact, 5, 2, ids, hole, 2).labels)).toEqual([6, 1]);
    expect(Array.from(leaveOut(approx, 5, 3, ids, hole, 2).labels)).toEqual([6, 1, 9]);
    expect(Array.from(leaveOut(approx, 5, 4, ids, hole, 2).labels)).toEqual([6, 1, 9, -1]);
  });

  it('widens the interval by sampling, the hole reading and the measured bias, within [0, 1]', () => {
    const s = (m: number, sd: number) => ({ mean: m, sd, count: 1000 });
    const point: RecallEstimatePoint = estimatePoint(
      1,
      { recall: s(0.7, 0.2), recallHole: s(0.68, 0.2), blend: s(0.1, 0.1), blendHole: s(0.11, 0.1) },
      100_000,
      'loo_own_list',
    );
    const sampling = (1.96 * 0.2 * Math.sqrt(99_000 / 99_999)) / Math.sqrt(1000);
    expect(point.recall_at_k).toBe(0.7);
    // the bias margin: a tenth of the miss rate (0.032), at most 0.015, and the floor
    expect(point.low).toBeCloseTo(0.68 - sampling - 0.015 - 0.002, 12);
    expect(point.high).toBeCloseTo(0.7 + sampling + 0.015 + 0.002, 12);
    expect(point.blend_error).toBe(0.1);
    const blendSampling = (1.96 * 0.1 * Math.sqrt(99_000 / 99_999)) / Math.sqrt(1000);
    expect(point.blend_low).toBeCloseTo(0.1 - blendSampling - 0.01 - 0.0005, 12);
    expect(point.blend_high).toBeCloseTo(0.11 + blendSampling + 0.01 + 0.0005, 12);
    // every stored vector used: no sampling error, only the bias margin
    const all = estimatePoint(
      4,
      { recall: s(1, 0), recallHole: s(1, 0), blend: s(0, 0), blendHole: s(0, 0) },
      1000,
      'loo',
    );
    expect(all).toMatchObject({ recall_at_k: 1, low: 1 - 0.002, high: 1, blend_low: 0, blend_high: 0.0005 });
  });
});
