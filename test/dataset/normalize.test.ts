// Metric preparation: L2-normalised rows for cosine / inner product, and the finite-row filter.
import { describe, expect, it } from 'vitest';
import { keepFiniteRows } from '../../app/dataset/finiteRows';
import { l2NormalizedCopy, l2NormalizeRows } from '../../app/dataset/normalize';
import { randomRows } from './fixtures';

describe('l2NormalizeRows', () => {
  it('gives every row norm 1 and keeps its direction', () => {
    const d = 768;
    const original = randomRows(50, d, 3);
    const rows = l2NormalizedCopy(original, d);
    for (let r = 0; r < 50; r++) {
      let norm = 0;
      let dot = 0;
      let originalNorm = 0;
      for (let j = 0; j < d; j++) {
        norm += rows[r * d + j] ** 2;
        dot += rows[r * d + j] * original[r * d + j];
        originalNorm += original[r * d + j] ** 2;
      }
      expect(Math.sqrt(norm)).toBeCloseTo(1, 6);
      expect(dot).toBeCloseTo(Math.sqrt(originalNorm), 3); // x̂·x = ‖x‖
    }
  });

  it('divides by eps, not by a vanishing norm: zero rows stay zero, tiny rows stay finite', () => {
    const rows = Float32Array.from([0, 0, 0, 1e-12, 0, 0, 3, 4, 0]);
    l2NormalizeRows(rows, 3);
    expect(Array.from(rows.subarray(0, 3))).toEqual([0, 0, 0]);
    expect(rows[3]).toBeCloseTo(1e-3, 9); // 1e-12 / max(1e-12, 1e-9)
    expect(Array.from(rows.subarray(6))).toEqual([Math.fround(0.6), Math.fround(0.8), 0]);
    const custom = Float32Array.from([1e-12, 0]);
    l2NormalizeRows(custom, 2, 1e-15);
    expect(custom[0]).toBeCloseTo(1, 6);
  });

  it('refuses a width that does not divide the data', () => {
    expect(() => l2NormalizeRows(new Float32Array(10), 3)).toThrow(/do not form rows of width 3/);
  });
});

describe('keepFiniteRows', () => {
  it('drops rows with NaN, +Inf, -Inf or both infinities; keeps order; odd widths', () => {
    const d = 7;
    const bad = [1, 4, 5, 8];
    const rows = randomRows(10, d, 1);
    rows[1 * d + 6] = NaN;
    rows[4 * d] = Infinity;
    rows[5 * d + 3] = -Infinity;
    rows[8 * d + 1] = Infinity;
    rows[8 * d + 2] = -Infinity;
    const original = rows.slice();
    rows[0] = 3.4e38; // huge but finite: kept
    original[0] = 3.4e38;
    const kept = keepFiniteRows(rows, d, 0, 10, 0);
    expect(kept).toBe(6);
    const want = [...Array(10).keys()].filter((r) => !bad.includes(r));
    want.forEach((r, i) => expect(rows.subarray(i * d, (i + 1) * d)).toEqual(original.subarray(r * d, (r + 1) * d)));
  });
});
