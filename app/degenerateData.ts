// Data whose numbers mean nothing: thousands of copies of a few vectors. k-means cannot split it
// (most inverted lists stay empty) and every neighbour ties with the others at one distance, so a
// build and its recall look fine while they say nothing. Found from an even sample of rows.
import { message, type Message } from './messages';

/** Rows looked at: enough to tell "a handful of vectors" from real features, cheap at any N. */
const SAMPLE_ROWS = 4096;
/** Fewer distinct rows than this share of the sample is degenerate data. */
const DISTINCT_SHARE = 0.1;
/** More empty lists than this share of nlist is an index k-means could not fill. */
const EMPTY_LIST_SHARE = 0.5;

export interface DistinctRows {
  sampled: number;
  distinct: number;
}

/** Distinct rows (bit for bit) among an even sample of at most 4096 rows of `data`. */
export function distinctRows(data: Float32Array, d: number): DistinctRows {
  const n = Math.floor(data.length / d);
  const sampled = Math.min(n, SAMPLE_ROWS);
  const bits = new Uint32Array(data.buffer, data.byteOffset, n * d);
  const seen = new Set<string>();
  for (let s = 0; s < sampled; s++) {
    const row = Math.floor((s * n) / sampled);
    // two independent 32-bit FNV-1a hashes: a collision would need both to collide
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let j = row * d; j < (row + 1) * d; j++) {
      h1 = Math.imul(h1 ^ bits[j], 0x01000193);
      h2 = Math.imul(h2 ^ bits[j], 0x5bd1e995) ^ (h2 >>> 15);
    }
    seen.add(`${h1 >>> 0}:${h2 >>> 0}`);
  }
  return { sampled, distinct: seen.size };
}

const fewDistinct = (rows: DistinctRows) => rows.sampled >= 100 && rows.distinct < DISTINCT_SHARE * rows.sampled;

/** What a build over these rows and lists should warn about. */
export function buildNotices(rows: DistinctRows, listSizes: ArrayLike<number> | null): Message[] {
  const notices: Message[] = [];
  if (fewDistinct(rows)) notices.push(message('few_distinct_rows', { ...rows }));
  const empty = listSizes === null ? 0 : Array.prototype.filter.call(listSizes, (size) => size === 0).length;
  if (listSizes !== null && listSizes.length > 1 && empty > EMPTY_LIST_SHARE * listSizes.length)
    notices.push(message('lists_mostly_empty', { empty, nlist: listSizes.length }));
  return notices;
}

/** What an evaluation against these stored vectors should warn about. */
export const evaluationNotices = (stored: DistinctRows): Message[] =>
  fewDistinct(stored) ? [message('recall_trivial', { ...stored })] : [];
