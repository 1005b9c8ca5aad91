import { describe, expect, it } from 'vitest';
import { blendErrors, mean, percentile, recallAt1, recallAtK, rvcBlend, rvcBlends } from '../../app/evaluation';

const labels = (rows: number[][]) => Int32Array.from(rows.flat());
const dists = (rows: number[][]) => Float32Array.from(rows.flat());

describe('recall', () => {
  it('recall@1 counts queries whose exact nearest neighbour is ranked first', () => {
    expect(
      recallAt1(
        labels([
          [1, 2],
          [5, 6],
          [9, 8],
        ]),
        2,
        labels([
          [1, 3],
          [6, 5],
          [9, 7],
        ]),
        2,
        3,
      ),
    ).toBeCloseTo(2 / 3);
  });

  it('recall@k is the mean overlap of the top-k sets, ignoring order and -1 padding', () => {
    const approx = labels([
      [1, 2, 3, -1],
      [4, 3, 2, 1],
    ]);
    const exact = labels([
      [3, 2, 1, 0],
      [1, 2, 3, 4],
    ]);
    expect(recallAtK(approx, exact, 4, 2)).toBeCloseTo((3 / 4 + 1) / 2);
  });
});

describe("RVC's blend", () => {
  const vectors = Float32Array.from([0, 0, 2, 0, 0, 4]); // three 2-d vectors
  it('weights neighbours by 1/d² and normalises', () => {
    const out = new Float64Array(2);
    rvcBlend(dists([[1, 2]]), labels([[1, 2]]), 0, 2, vectors, 2, out);
    // w = [1, 1/4] / 1.25
    expect(out[0]).toBeCloseTo((1 / 1.25) * 2);
    expect(out[1]).toBeCloseTo((0.25 / 1.25) * 4);
  });

  it('treats distance 0 as a tiny distance (no NaN) and skips -1 labels', () => {
    const out = new Float64Array(2);
    rvcBlend(dists([[0, 5, 3.4e38]]), labels([[1, 2, -1]]), 0, 3, vectors, 2, out);
    expect(out[0]).toBeCloseTo(2);
    expect(out[1]).toBeCloseTo(0);
    expect(Number.isFinite(out[0])).toBe(true);
  });

  it('blend error is 0 for the exact neighbours and grows when they are wrong', () => {
    const truth = { distances: dists([[1, 2]]), labels: labels([[1, 2]]) };
    const exact = rvcBlends(truth, vectors, 2, 2, 1);
    expect(mean(blendErrors(truth, vectors, exact, 2, 2, 1).errors)).toBe(0);
    const wrong = { distances: dists([[1, 2]]), labels: labels([[0, 2]]) };
    expect(mean(blendErrors(wrong, vectors, exact, 2, 2, 1).errors)).toBeGreaterThan(0.1);
  });

  it("takes unchanged queries' errors from an earlier point and recomputes the others", () => {
    const truth = {
      distances: dists([
        [1, 2],
        [1, 2],
      ]),
      labels: labels([
        [1, 2],
        [1, 2],
      ]),
    };
    const exact = rvcBlends(truth, vectors, 2, 2, 2);
    const before = blendErrors(
      {
        distances: dists([
          [1, 2],
          [1, 2],
        ]),
        labels: labels([
          [0, 2],
          [0, 2],
        ]),
      },
      vectors,
      exact,
      2,
      2,
      2,
    );
    expect(before.errors[0]).toBeGreaterThan(0.1);
    // query 0 keeps its neighbours, query 1 gets the exact ones
    const after = {
      distances: dists([
        [1, 2],
        [1, 2],
      ]),
      labels: labels([
        [0, 2],
        [1, 2],
      ]),
    };
    const reused = blendErrors(after, vectors, exact, 2, 2, 2, before);
    expect(Array.from(reused.errors)).toEqual([before.errors[0], 0]);
    expect(Array.from(reused.errors)).toEqual(Array.from(blendErrors(after, vectors, exact, 2, 2, 2).errors));
    // a marked copy shows the reused value really came from `before`
    const marked = { ...before, errors: Float64Array.from([7, 7]) };
    expect(Array.from(blendErrors(after, vectors, exact, 2, 2, 2, marked).errors)).toEqual([7, 0]);
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
  });
});
