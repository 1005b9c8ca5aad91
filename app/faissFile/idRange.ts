// The ids a search returns, followed through wrappers: positions 0..ntotal-1 for indexes that
// store vectors in order, the stored ids of IVF lists and IDMaps. Wrappers that look vectors up by
// those ids (IndexRefine, IndexIDMap, IndexIVFPQR) need them in range, or faiss reads outside its
// tables (or aborts on an assert).
import type { FaissNode } from '../contract';
import type { IdRange, ParseContext } from './context';

/** The stored ids a search of `node` can return; null for positions (or no ids at all). */
function storedIds(ctx: ParseContext, node: FaissNode): IdRange | null {
  for (let at: FaissNode | undefined = node; at;) {
    const facts = ctx.facts.get(at);
    if (facts?.ids !== undefined) return facts.ids;
    at = facts?.wrapped;
  }
  return null;
}

/** Fails unless every stored id `child` returns lies in [min, max]; `user` is who needs it. */
export function expectIdsWithin(
  ctx: ParseContext,
  child: FaissNode,
  min: number | null,
  max: number,
  user: string,
): void {
  const ids = storedIds(ctx, child);
  if (!ids) return;
  if (min !== null && ids.min < min)
    ctx.cursor.fail('faiss_id_out_of_range', { field: ids.minField, id: ids.min, user, max }, ids.minAt);
  if (ids.max > max)
    ctx.cursor.fail('faiss_id_out_of_range', { field: ids.maxField, id: ids.max, user, max }, ids.maxAt);
}

/** The union of two id ranges (either may be null). */
export function joinIds(a: IdRange | null, b: IdRange | null): IdRange | null {
  if (!a || !b) return a ?? b;
  return {
    ...(a.min <= b.min
      ? { min: a.min, minAt: a.minAt, minField: a.minField }
      : { min: b.min, minAt: b.minAt, minField: b.minField }),
    ...(a.max >= b.max
      ? { max: a.max, maxAt: a.maxAt, maxField: a.maxField }
      : { max: b.max, maxAt: b.maxAt, maxField: b.maxField }),
  };
}

/** The range of `count` int64 ids stored at `at` (bounds already checked); null when empty. */
export function scanIds(ctx: ParseContext, at: number, count: number, field: string): IdRange | null {
  if (count === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  let minAt = at;
  let maxAt = at;
  for (let where = at, end = at + 8 * count; where < end; where += 8) {
    const id = ctx.cursor.int64At(where);
    if (id < min) [min, minAt] = [id, where];
    if (id > max) [max, maxAt] = [id, where];
  }
  return { min, max, minAt, maxAt, minField: field, maxField: field };
}
