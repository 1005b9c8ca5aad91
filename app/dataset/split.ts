// The evaluation split. Queries are held-out WHOLE files (utterances): adjacent frames
// are strongly correlated (≈0.6), so holding out single frames of files that stay in the index
// would find their neighbours in the index and inflate recall. Evaluation builds leave every
// held-out frame out of the index; exports add them back, so the split is computed once, here,
// and both sides use it.
import type { HeldOutSplit } from '../contract';
import { message, type Message } from '../messages';
import { seededRandom } from '../random';
import { complementRanges, gatherRanges, gatherRows, rangeRows, type RowRange } from './rows';

export const SPLIT_RULES = {
  /** hold out about this fraction of the files */
  fileFraction: 0.05,
  minQueryFrames: 256,
  /** more held-out frames than this: the queries are a seeded sample of them */
  maxQueryFrames: 2000,
  /** the index keeps at least 75% of the frames, so evaluation measures (nearly) the real index */
  maxHeldOutFraction: 0.25,
  /** frame-block fallback: frames on each side of the block kept out of the index and of the
   *  queries (0.5 s at 50 frames/s), so no query's immediate neighbour is in the index */
  guardFrames: 25,
} as const;

/** Fewest frames with which a frame-block split (queries + guards within 25%) is possible. */
export const MIN_FRAMES_FOR_SPLIT = Math.ceil(
  (SPLIT_RULES.minQueryFrames + 2 * SPLIT_RULES.guardFrames) / SPLIT_RULES.maxHeldOutFraction,
);

export interface EvaluationSplit {
  /** false: too few frames; nothing is held out and evaluation needs a query file or folder */
  possible: boolean;
  /** the contract's summary (ExperimentInfo.split) */
  summary: HeldOutSplit;
  /** rows (in loaded order) that evaluation builds leave out of the index; sorted, disjoint */
  heldOut: RowRange[];
  /** rows used as queries: ascending, all inside heldOut (or, for 'external', rows of the query set) */
  queryRows: Uint32Array;
  warnings: Message[];
}

export interface SplitFile {
  name: string;
  frames: number;
}

const randomInt = (random: () => number, n: number) => Math.floor(random() * n);

/** Fisher-Yates shuffle of [0, n). */
function shuffledIndices(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** Sorted sample of `count` of the given rows (all of them when there are not more). */
function sampleRows(rows: number[], count: number, random: () => number): Uint32Array {
  if (rows.length > count) {
    for (let i = 0; i < count; i++) {
      const j = i + randomInt(random, rows.length - i);
      [rows[i], rows[j]] = [rows[j], rows[i]];
    }
    rows = rows.slice(0, count);
  }
  return Uint32Array.from(rows).sort();
}

const rowsOf = (ranges: RowRange[]) =>
  ranges.flatMap(({ start, end }) => Array.from({ length: end - start }, (_, i) => start + i));

/**
 * Chooses the evaluation queries of an experiment whose files (in load order) have these frame
 * counts. Same files and seed -> same split. Whole files when the experiment has several
 * (≈5% of them, at least 256 frames, at most 25% of all frames); otherwise a contiguous block of
 * frames with guard frames around it; otherwise (fewer than MIN_FRAMES_FOR_SPLIT) no split.
 */
export function heldOutSplit(files: readonly SplitFile[], seed: number): EvaluationSplit {
  const starts: number[] = [];
  let n = 0;
  for (const file of files) {
    starts.push(n);
    n += file.frames;
  }
  const nonEmpty = files.map((_, i) => i).filter((i) => files[i].frames > 0);
  const random = seededRandom(seed);
  const maxHeld = Math.floor(n * SPLIT_RULES.maxHeldOutFraction);
  const warnings: Message[] = [];

  if (nonEmpty.length >= 2) {
    const targetFiles = Math.max(1, Math.round(SPLIT_RULES.fileFraction * nonEmpty.length));
    const chosen: number[] = [];
    let held = 0;
    for (const k of shuffledIndices(nonEmpty.length, random)) {
      if (chosen.length >= targetFiles && held >= SPLIT_RULES.minQueryFrames) break;
      const i = nonEmpty[k];
      if (held + files[i].frames > maxHeld) continue;
      chosen.push(i);
      held += files[i].frames;
    }
    if (held >= SPLIT_RULES.minQueryFrames) {
      chosen.sort((a, b) => a - b);
      const heldOut = chosen.map((i) => ({ start: starts[i], end: starts[i] + files[i].frames }));
      const queryRows = sampleRows(rowsOf(heldOut), SPLIT_RULES.maxQueryFrames, random);
      if (queryRows.length < held) {
        warnings.push(message('split_files_sampled', { files: chosen.length, held, queries: queryRows.length }));
      }
      return {
        possible: true,
        summary: {
          mode: 'files',
          query_files: chosen.map((i) => files[i].name),
          query_frames: queryRows.length,
          index_frames: n - held,
          seed,
        },
        heldOut,
        queryRows,
        warnings,
      };
    }
    warnings.push(
      message('split_no_file_set', {
        min: SPLIT_RULES.minQueryFrames,
        keep: 100 * (1 - SPLIT_RULES.maxHeldOutFraction),
        n,
      }),
    );
  }

  if (n < MIN_FRAMES_FOR_SPLIT) {
    warnings.push(
      message('split_too_few_frames', { n, needed: MIN_FRAMES_FOR_SPLIT, min: SPLIT_RULES.minQueryFrames }),
    );
    return {
      possible: false,
      summary: { mode: 'none', query_files: [], query_frames: 0, index_frames: n, seed },
      heldOut: [],
      queryRows: new Uint32Array(0),
      warnings,
    };
  }

  // Frame-block fallback: one contiguous block of queries at a seeded position, guard frames around it.
  const { guardFrames } = SPLIT_RULES;
  const queries = Math.min(
    SPLIT_RULES.maxQueryFrames,
    Math.max(SPLIT_RULES.minQueryFrames, Math.round(SPLIT_RULES.fileFraction * n)),
    maxHeld - 2 * guardFrames,
  );
  const start = randomInt(random, n - queries + 1);
  const held = { start: Math.max(0, start - guardFrames), end: Math.min(n, start + queries + guardFrames) };
  const queryFiles = nonEmpty
    .filter((i) => starts[i] < start + queries && starts[i] + files[i].frames > start)
    .map((i) => files[i].name);
  warnings.push(
    message('split_frame_block', {
      single: nonEmpty.length <= 1 ? 'yes' : 'no',
      file: files[nonEmpty[0]]?.name ?? '?',
      first: start,
      last: start + queries - 1,
      guard: guardFrames,
    }),
  );
  return {
    possible: true,
    summary: {
      mode: 'frames',
      query_files: queryFiles,
      query_frames: queries,
      index_frames: n - (held.end - held.start),
      seed,
    },
    heldOut: [held],
    queryRows: Uint32Array.from({ length: queries }, (_, i) => start + i),
    warnings,
  };
}

/**
 * The split for user-chosen queries (a query file or folder): nothing is held out of the index;
 * the queries are all query frames, or a seeded sample of 2000 of them.
 */
export function externalQuerySplit(
  indexFrames: number,
  queryFiles: readonly SplitFile[],
  seed: number,
): EvaluationSplit {
  const total = queryFiles.reduce((sum, file) => sum + file.frames, 0);
  const queryRows = sampleRows(
    Array.from({ length: total }, (_, i) => i),
    SPLIT_RULES.maxQueryFrames,
    seededRandom(seed),
  );
  const warnings =
    queryRows.length < total ? [message('split_queries_sampled', { total, queries: queryRows.length })] : [];
  return {
    possible: total > 0,
    summary: {
      mode: 'external',
      query_files: queryFiles.map((file) => file.name),
      query_frames: queryRows.length,
      index_frames: indexFrames,
      seed,
    },
    heldOut: [],
    queryRows,
    warnings,
  };
}

/** The rows an evaluation build indexes: everything outside the held-out ranges. */
export const indexRanges = (split: EvaluationSplit, n: number) => complementRanges(n, split.heldOut);

/** Number of held-out rows. */
export const heldOutRows = (split: EvaluationSplit) => rangeRows(split.heldOut);

/**
 * Gets an evaluation build's inputs out of the loaded features without a second full copy: the
 * queries are copied out (≤ 2000 rows), then `vectors` is reordered IN PLACE so the indexed rows
 * come first and the held-out rows last (each in their original order); only the held-out rows
 * are buffered on the way. `index` and `heldOut` are views into `vectors`: build on `index`, and
 * an export adds `heldOut` after it. Not for 'external' splits (their queries are another array).
 */
export function separateHeldOut(
  vectors: Float32Array,
  d: number,
  split: EvaluationSplit,
): { index: Float32Array; heldOut: Float32Array; queries: Float32Array } {
  if (split.summary.mode === 'external')
    throw new Error('separateHeldOut: external queries are not rows of the experiment');
  const n = vectors.length / d;
  const queries = gatherRows(vectors, d, split.queryRows);
  const held = gatherRanges(vectors, d, split.heldOut);
  let at = 0;
  for (const { start, end } of indexRanges(split, n)) {
    if (start !== at) vectors.copyWithin(at * d, start * d, end * d);
    at += end - start;
  }
  vectors.set(held, at * d);
  return { index: vectors.subarray(0, at * d), heldOut: vectors.subarray(at * d, n * d), queries };
}
