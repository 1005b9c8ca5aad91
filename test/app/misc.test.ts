import { describe, expect, it } from 'vitest';
import { clusterStats, imbalanceFactor, sizeHistogram } from '../../app/clusterStats';
import { etaMs } from '../../app/progress';
import { permuteRowsInPlace, seededPermutation, seededRandom } from '../../app/random';
import { parseArgs } from '../../main/cli/args';

describe('cluster statistics', () => {
  it("imbalance is faiss's nlist·Σsize²/ntotal²", () => {
    expect(imbalanceFactor([5, 5, 5, 5])).toBe(1);
    expect(imbalanceFactor([20, 0, 0, 0])).toBe(4);
    expect(imbalanceFactor([])).toBe(0);
  });
  it('summarises sizes with a histogram that covers every list', () => {
    const stats = clusterStats([0, 3, 3, 10, 0]);
    expect(stats).toMatchObject({ min: 0, max: 10, empty: 2, mean: 3.2 });
    expect(stats.histogram.reduce((a, b) => a + b.count, 0)).toBe(5);
    expect(
      sizeHistogram(
        Array.from({ length: 1000 }, (_, i) => i),
        40,
      ).length,
    ).toBeLessThanOrEqual(40);
  });
});

describe('seeded randomness', () => {
  it('is deterministic and a permutation', () => {
    expect(Array.from({ length: 3 }, seededRandom(4))).toEqual(Array.from({ length: 3 }, seededRandom(4)));
    const order = seededPermutation(1000, 7);
    expect(new Set(order).size).toBe(1000);
    expect(Array.from(order)).toEqual(Array.from(seededPermutation(1000, 7)));
  });
  it('permutes rows in place', () => {
    const d = 3;
    const matrix = Float32Array.from({ length: 5 * d }, (_, i) => Math.floor(i / d));
    const order = [4, 2, 0, 1, 3];
    permuteRowsInPlace(matrix, d, order);
    expect(Array.from(matrix.filter((_, i) => i % d === 0))).toEqual(order);
  });
});

describe('ETA', () => {
  it('extrapolates the rate so far', () => {
    expect(etaMs(1000, 25, 100)).toBe(3000);
    expect(etaMs(1000, 0, 100)).toBeNull();
  });
});

describe('CLI arguments', () => {
  const specs = {
    n: { kind: 'int' as const, help: '' },
    list: { kind: 'int-list' as const, help: '' },
    json: { kind: 'flag' as const, help: '' },
    metric: { kind: 'string' as const, help: '', choices: ['l2', 'ip'] },
  };
  it('parses values, flags and lists', () => {
    expect(parseArgs(['x', '--n', '5', '--list=1,2,4', '--json', '--metric', 'ip'], specs, 'c')).toEqual({
      positional: ['x'],
      options: { n: 5, list: [1, 2, 4], json: true, metric: 'ip' },
    });
  });
  it.each([
    [['--n', '0'], /--n must be a positive integer/],
    [['--n'], /--n needs a value/],
    [['--list', '1,x'], /comma-separated/],
    [['--metric', 'cosine'], /one of l2, ip/],
    [['--bogus'], /unknown option --bogus/],
  ])('%j is refused', (argv, message) => {
    expect(() => parseArgs(argv, specs, 'c')).toThrow(message);
  });
});
