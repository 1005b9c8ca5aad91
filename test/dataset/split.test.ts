// The evaluation split: held-out whole files, ≈5% of files, 256-2000 query frames,
// seeded; the frame-block fallback; and "no split possible".
import { describe, expect, it } from 'vitest';
import { texts } from '../../app/messages';
import { gatherRanges, gatherRows, rangeRows } from '../../app/dataset/rows';
import {
  externalQuerySplit,
  heldOutRows,
  heldOutSplit,
  indexRanges,
  MIN_FRAMES_FOR_SPLIT,
  separateHeldOut,
  type EvaluationSplit,
  type SplitFile,
} from '../../app/dataset/split';

/** Utterance-sized files like RVC's 3.7 s slices: 100-300 frames, deterministic. */
const utterances = (count: number, seed = 1): SplitFile[] =>
  Array.from({ length: count }, (_, i) => ({ name: `${i}.npy`, frames: 100 + ((i * 7919 + seed * 104729) % 201) }));

const starts = (files: SplitFile[]) => {
  let at = 0;
  return files.map((file) => ((at += file.frames), at - file.frames));
};

function expectConsistent(split: EvaluationSplit, files: SplitFile[]) {
  const n = files.reduce((sum, file) => sum + file.frames, 0);
  expect(split.summary.index_frames).toBe(n - heldOutRows(split));
  expect(split.summary.query_frames).toBe(split.queryRows.length);
  // queries ascending, unique, all held out of the index
  for (let i = 1; i < split.queryRows.length; i++) expect(split.queryRows[i]).toBeGreaterThan(split.queryRows[i - 1]);
  for (const row of split.queryRows)
    expect(split.heldOut.some((range) => row >= range.start && row < range.end)).toBe(true);
  expect(rangeRows(indexRanges(split, n)) + heldOutRows(split)).toBe(n);
}

describe('heldOutSplit: whole files', () => {
  const files = utterances(160); // ≈ 10 minutes of audio
  const split = heldOutSplit(files, 42);

  it('holds out about 5% of the files, whole, with 256-2000 query frames', () => {
    expect(split.possible).toBe(true);
    expect(split.summary.mode).toBe('files');
    expect(split.summary.query_files.length).toBe(8);
    expect(split.summary.query_frames).toBeGreaterThanOrEqual(256);
    expect(split.summary.query_frames).toBeLessThanOrEqual(2000);
    const fileStart = starts(files);
    const byName = new Map(files.map((file, i) => [file.name, i]));
    expect(split.heldOut).toEqual(
      split.summary.query_files.map((name) => ({
        start: fileStart[byName.get(name)!],
        end: fileStart[byName.get(name)!] + files[byName.get(name)!].frames,
      })),
    );
    expect(split.warnings).toEqual([]);
    expectConsistent(split, files);
  });

  it('is seeded: same seed -> same split, other seeds -> other files', () => {
    expect(heldOutSplit(files, 42)).toEqual(split);
    const others = [1, 2, 3].map((seed) => heldOutSplit(files, seed).summary.query_files.join());
    expect(new Set([...others, split.summary.query_files.join()]).size).toBe(4);
    expect(split.summary.seed).toBe(42);
  });

  it('samples 2000 query frames when the held-out files hold more, keeping all of them out of the index', () => {
    const big = utterances(1000); // ≈ 60 minutes: 50 files held out
    const result = heldOutSplit(big, 7);
    expect(result.summary.query_files.length).toBe(50);
    expect(heldOutRows(result)).toBeGreaterThan(5000);
    expect(result.queryRows.length).toBe(2000);
    expect(texts(result.warnings)).toEqual([
      `the 50 held-out files hold ${heldOutRows(result)} frames: using a seeded sample of 2000 of them as queries`,
    ]);
    expectConsistent(result, big);
  });

  it('takes more than 5% of the files when they are short, to reach 256 frames', () => {
    const short = Array.from({ length: 200 }, (_, i) => ({ name: `${i}.npy`, frames: 20 }));
    const result = heldOutSplit(short, 3);
    expect(result.summary.query_files.length).toBe(13); // 10 files (5%) = 200 frames < 256
    expect(result.summary.query_frames).toBe(260);
    expectConsistent(result, short);
  });

  it('never holds out zero-frame files', () => {
    const withEmpty = utterances(40).map((file, i) => (i % 2 ? { ...file, frames: 0 } : file));
    for (let seed = 0; seed < 20; seed++) {
      const result = heldOutSplit(withEmpty, seed);
      for (const name of result.summary.query_files)
        expect(withEmpty.find((file) => file.name === name)!.frames).toBeGreaterThan(0);
      expectConsistent(result, withEmpty);
    }
  });
});

describe('heldOutSplit: fallbacks', () => {
  it('a single file (total_fea.npy) falls back to a contiguous block with guard frames, and warns', () => {
    const files = [{ name: 'total_fea.npy', frames: 30_000 }];
    const split = heldOutSplit(files, 5);
    expect(split.summary).toMatchObject({ mode: 'frames', query_files: ['total_fea.npy'], query_frames: 1500 });
    const first = split.queryRows[0];
    expect(Array.from(split.queryRows)).toEqual(Array.from({ length: 1500 }, (_, i) => first + i));
    expect(split.heldOut).toEqual([{ start: Math.max(0, first - 25), end: Math.min(30_000, first + 1500 + 25) }]);
    expect(split.warnings[0].text).toMatch(
      /^only one feature file \(total_fea\.npy\): the queries are frames \d+-\d+, a contiguous block, with 25 frames on each side also left out of the index/,
    );
    expect(heldOutSplit(files, 5)).toEqual(split);
    expectConsistent(split, files);
  });

  it('a few long files that cannot be held out whole also fall back to a block', () => {
    const files = [
      { name: 'a.npy', frames: 10_000 },
      { name: 'b.npy', frames: 10_000 },
    ];
    const split = heldOutSplit(files, 1);
    expect(split.summary.mode).toBe('frames');
    expect(split.summary.query_frames).toBe(1000);
    expect(split.warnings[0].text).toMatch(
      /no set of whole files gives 256\+ query frames while the index keeps 75% of the 20000 frames/,
    );
    expect(split.warnings[1].text).toMatch(/^whole-file hold-out impossible: the queries are frames/);
    expectConsistent(split, files);
  });

  it('too few frames: no split, and says to use --queries', () => {
    for (const files of [[{ name: 'mute.npy', frames: 149 }], utterances(5)]) {
      const split = heldOutSplit(files, 0);
      const n = files.reduce((sum, file) => sum + file.frames, 0);
      expect(split.possible).toBe(false);
      expect(split.summary).toMatchObject({ mode: 'none', query_files: [], query_frames: 0, index_frames: n });
      expect(split.heldOut).toEqual([]);
      expect(split.warnings[split.warnings.length - 1].text).toBe(
        `${n} frames are too few for an evaluation split (${MIN_FRAMES_FOR_SPLIT} needed: 256 query frames while the index keeps 75%); evaluate with a query file or folder (--queries) instead`,
      );
    }
    expect(MIN_FRAMES_FOR_SPLIT).toBe(1224);
    expect(heldOutSplit([{ name: 'x.npy', frames: 1224 }], 0).possible).toBe(true);
  });
});

describe('externalQuerySplit', () => {
  it('uses every query frame, or a seeded sample of 2000', () => {
    const small = externalQuerySplit(30_000, [{ name: 'song.npy', frames: 500 }], 1);
    expect(small.summary).toEqual({
      mode: 'external',
      query_files: ['song.npy'],
      query_frames: 500,
      index_frames: 30_000,
      seed: 1,
    });
    expect(small.heldOut).toEqual([]);
    const song = externalQuerySplit(
      30_000,
      [
        { name: 'a.npy', frames: 6000 },
        { name: 'b.npy', frames: 6000 },
      ],
      1,
    );
    expect(song.queryRows.length).toBe(2000);
    expect(song.queryRows[1999]).toBeLessThan(12_000);
    expect(texts(song.warnings)).toEqual(['the query set holds 12000 frames: using a seeded sample of 2000 of them']);
    expect(
      externalQuerySplit(
        30_000,
        [
          { name: 'a.npy', frames: 6000 },
          { name: 'b.npy', frames: 6000 },
        ],
        1,
      ),
    ).toEqual(song);
  });
});

describe('separateHeldOut', () => {
  it('moves the held-out rows to the end in place; index, held-out and query rows are the right ones', () => {
    const d = 3;
    const files = utterances(30).map((file) => ({ ...file, frames: 40 + (file.frames % 13) }));
    const n = files.reduce((sum, file) => sum + file.frames, 0);
    const vectors = Float32Array.from({ length: n * d }, (_, i) => Math.floor(i / d) + (i % d) / 10);
    const original = vectors.slice();
    const split = heldOutSplit(files, 9);
    expect(split.summary.mode).toBe('files');
    const { index, heldOut, queries } = separateHeldOut(vectors, d, split);
    expect(index.buffer).toBe(vectors.buffer);
    expect(index).toEqual(gatherRanges(original, d, indexRanges(split, n)));
    expect(heldOut).toEqual(gatherRanges(original, d, split.heldOut));
    expect(queries).toEqual(gatherRows(original, d, split.queryRows));
    expect(index.length + heldOut.length).toBe(n * d);
  });
});
