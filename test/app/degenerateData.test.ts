import { describe, expect, it } from 'vitest';
import { buildNotices, distinctRows, evaluationNotices } from '../../app/degenerateData';
import { seededRandom } from '../../app/random';

const random = (n: number, d: number, seed = 1) => {
  const next = seededRandom(seed);
  return Float32Array.from({ length: n * d }, () => next() - 0.5);
};

describe('degenerate data', () => {
  it('counts distinct rows in an even sample', () => {
    expect(distinctRows(random(5000, 16), 16)).toEqual({ sampled: 4096, distinct: 4096 });
    const copies = new Float32Array(5000 * 16).fill(0.25);
    expect(distinctRows(copies, 16)).toEqual({ sampled: 4096, distinct: 1 });
    // three vectors repeated
    const three = random(3, 16);
    const repeated = new Float32Array(300 * 16);
    for (let r = 0; r < 300; r++) repeated.set(three.subarray((r % 3) * 16, (r % 3) * 16 + 16), r * 16);
    expect(distinctRows(repeated, 16)).toEqual({ sampled: 300, distinct: 3 });
    // -0 and 0 differ in bits, as faiss stores them
    expect(distinctRows(Float32Array.of(0, -0), 1).distinct).toBe(2);
  });

  it('warns with codes when rows are copies or most lists are empty, and not otherwise', () => {
    const sizes = [5000, ...new Array<number>(127).fill(0)];
    const notices = buildNotices({ sampled: 4096, distinct: 1 }, sizes);
    expect(notices.map((m) => [m.code, m.params])).toEqual([
      ['few_distinct_rows', { sampled: 4096, distinct: 1 }],
      ['lists_mostly_empty', { empty: 127, nlist: 128 }],
    ]);
    expect(notices[1].text).toMatch(/^127 of 128 inverted lists are empty/);
    expect(buildNotices({ sampled: 4096, distinct: 4000 }, [10, 0, 12, 9])).toEqual([]);
    expect(buildNotices({ sampled: 4096, distinct: 409 }, null).map((m) => m.code)).toEqual(['few_distinct_rows']);
    expect(buildNotices({ sampled: 4096, distinct: 410 }, [0, 0, 1, 1])).toEqual([]);
    // too few rows to judge
    expect(buildNotices({ sampled: 50, distinct: 1 }, null)).toEqual([]);
    expect(evaluationNotices({ sampled: 4096, distinct: 1 })[0]).toMatchObject({
      code: 'recall_trivial',
      text: expect.stringMatching(/recall is trivially 100%/),
    });
    expect(evaluationNotices({ sampled: 4096, distinct: 4096 })).toEqual([]);
  });
});
