// An IVF's direct map (id → where the vector sits in the lists), used by faiss's reconstruct(key):
// each entry packs list number (high 32 bits) and offset in the list (low 32 bits), and faiss
// reads that code without checking it (an assert at best).
import type { ParseContext } from './context';
import type { DirectMapRead } from './header';

const ARRAY = 1;

/** Checks every entry of the direct map against the list sizes just read. */
export function checkDirectMap(ctx: ParseContext, map: DirectMapRead, ntotal: number, sizes: readonly number[]): void {
  const c = ctx.cursor;
  if (map.type === ARRAY) {
    c.expectEqual('direct map array length', map.array.count, 'ntotal', ntotal, map.array.at - 8);
    for (let i = 0; i < map.array.count; i++) checkEntry(ctx, `direct map array[${i}]`, map.array.at + 8 * i, sizes);
  }
  if (map.hashtable) {
    // (id, entry) pairs: only the entry says where the vector is
    for (let i = 0; i < map.hashtable.count; i++)
      checkEntry(ctx, `direct map hashtable[${i}]`, map.hashtable.at + 16 * i + 8, sizes);
  }
}

/** A negative entry makes faiss throw (no vector under that id); any other must point at a vector. */
function checkEntry(ctx: ParseContext, field: string, at: number, sizes: readonly number[]): void {
  const c = ctx.cursor;
  const high = c.int32At(at + 4);
  if (high < 0) return;
  const offset = c.int32At(at) >>> 0;
  if (high >= sizes.length || offset >= sizes[high])
    c.fail(
      'faiss_dangling_entry',
      { field, list: high, position: offset, nlist: sizes.length, size: sizes[high] ?? 0 },
      at,
    );
}
