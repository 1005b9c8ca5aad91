// Inverted lists, the bulk of an IVF file. Only the list sizes are read; codes and ids are
// skipped in place, so inspecting a 1 GB index costs a few reads per list.
import type { FaissNode } from '../contract';
import { type ParseContext, unknownTag } from './context';
import type { ByteCursor } from './cursor';

export interface ListsRead {
  /** null when the file does not store the lists ('il00') */
  sizes: number[] | null;
}

/**
 * The most lists a sparse encoding may describe: 2^24, IMI2x12. Beyond it the sizes alone would
 * be a 128 MB array here (faiss itself needs ~800 MB to open such a file), so the file is refused
 * with a clear error instead. The 'full' encoding needs no cap: it stores 8 bytes per list.
 */
export const MAX_SPARSE_LISTS = 2 ** 24;
/** Lists a sparse encoding may declare without its quantizer accounting for them, e.g. an
 *  untrained IVF65536 (empty quantizer, no vectors): at most a 512 KB array. */
const LISTS_WITHOUT_CENTROIDS = 2 ** 16;

/**
 * Reads the inverted lists that end an IVF index. `nlist` comes from the IVF header (faiss checks
 * both agree); `codeSize` is the IVF's bytes per vector when known, to catch shifted fields;
 * `quantizer` (the IVF's coarse quantizer, already read) bounds a sparse list count.
 */
export function readInvertedLists(
  ctx: ParseContext,
  ivf: FaissNode,
  nlist: number,
  codeSize: number | null,
  quantizer: FaissNode,
): ListsRead {
  const c = ctx.cursor;
  const offset = c.pos;
  const tag = c.fourcc('inverted lists type');
  switch (tag) {
    case 'il00': {
      // faiss wrote the index without its lists (replace_invlists(None)): nlist stays as stored,
      // but there is no size to report, so list_sizes comes out [] while nlist > 0.
      const node = ctx.open(tag, 'null (lists not stored)', offset, ivf);
      node.params.stored = false;
      ctx.close(node);
      ctx.warn(
        `the inverted lists are not stored in this file ('il00'): faiss can read it but not search it, and list_sizes is empty although nlist = ${nlist}`,
      );
      return { sizes: null };
    }
    case 'ilar':
      return {
        sizes: readArrayLists(ctx, ctx.open(tag, 'ArrayInvertedLists', offset, ivf), nlist, codeSize, quantizer),
      };
    case 'ilbl':
      return { sizes: readBlockLists(ctx, ctx.open(tag, 'BlockInvertedLists', offset, ivf), nlist) };
    default:
      return unknownTag(ctx, tag, offset, 'inverted lists', ivf);
  }
}

/** nlist and code_size; code_size is null for block lists, whose codes are packed per block
 *  (faiss writes InvertedLists::INVALID_CODE_SIZE there). */
function readListsHeader(ctx: ParseContext, node: FaissNode, nlist: number): number | null {
  const c = ctx.cursor;
  const nlistAt = c.pos;
  const listCount = c.u64('inverted lists nlist');
  if (listCount !== nlist) c.fail(`inverted lists hold ${listCount} lists but the index has nlist = ${nlist}`, nlistAt);
  const codeSize = c.u64OrUnset('inverted lists code_size');
  node.params.nlist = listCount;
  node.params.code_size = codeSize;
  return codeSize;
}

/**
 * How many lists the coarse quantizer accounts for. A stored centroid costs at least one byte
 * (a flat centroid 4·d, an HNSW node more), so the quantizer's byte size bounds its centroids;
 * a multi-index quantizer's M × 2^nbits stored sub-centroids span 2^(M·nbits) lists.
 */
function listsOfQuantizer(quantizer: FaissNode): number {
  const { pq_m: m, pq_nbits: nbits } = quantizer.params;
  if (quantizer.fourcc === 'Imiq' && typeof m === 'number' && typeof nbits === 'number') return 2 ** (m * nbits);
  return quantizer.end - quantizer.offset;
}

/**
 * ArrayInvertedLists ('ilar'): nlist, code_size, then the sizes either 'full' (one uint64 per
 * list) or 'sprs' (pairs list_no, size for the non-empty lists; faiss picks it when at most half
 * the lists are used), then for each non-empty list its codes and its int64 ids.
 */
function readArrayLists(
  ctx: ParseContext,
  node: FaissNode,
  nlist: number,
  ivfCodeSize: number | null,
  quantizer: FaissNode,
): number[] {
  const c = ctx.cursor;
  const nlistAt = c.pos;
  const codeSizeAt = c.pos + 8;
  const codeSize = readListsHeader(ctx, node, nlist);
  if (codeSize === null) return c.fail('array inverted lists without a code size (corrupt file?)', codeSizeAt);
  if (ivfCodeSize !== null && codeSize !== ivfCodeSize) {
    c.fail(`inverted lists code_size ${codeSize} differs from the index's ${ivfCodeSize}`, codeSizeAt);
  }
  const entryBytes = codeSize + 8;
  const encodingAt = c.pos;
  const encoding = c.fourcc('list size encoding');
  let sizes: number[];
  if (encoding === 'full') {
    const countAt = c.pos;
    const count = c.vectorLength(8, 'list sizes');
    if (count !== nlist) c.fail(`${count} list sizes for ${nlist} lists`, countAt);
    // vectorLength has checked the nlist × 8 bytes are there: the array is paid for
    sizes = new Array<number>(nlist);
    for (let i = 0; i < nlist; i++) sizes[i] = c.u64('list size');
    for (let i = 0; i < nlist; i++) skipList(c, i, sizes[i], entryBytes);
  } else if (encoding === 'sprs') {
    const nonEmpty = readSparseSizes(c, nlist);
    // Only the pairs are paid for; the nlist-long array of sizes must be vouched for too.
    const bound = Math.max(LISTS_WITHOUT_CENTROIDS, listsOfQuantizer(quantizer));
    if (nlist > MAX_SPARSE_LISTS) {
      c.fail(`nlist = ${nlist}: more inverted lists than this reader lists (at most ${MAX_SPARSE_LISTS})`, nlistAt);
    }
    if (nlist > bound) {
      c.fail(
        `nlist = ${nlist} inverted lists, but the quantizer (${quantizer.fourcc} at byte ${quantizer.offset}) accounts for at most ${bound} (corrupt file?)`,
        nlistAt,
      );
    }
    // faiss reads the lists' contents in list order, whatever the order of the pairs
    const lists = [...nonEmpty.keys()].sort((a, b) => a - b);
    for (const list of lists) skipList(c, list, nonEmpty.get(list)!, entryBytes);
    sizes = new Array<number>(nlist).fill(0);
    for (const [list, size] of nonEmpty) sizes[list] = size;
  } else {
    return c.fail(`list size encoding ${JSON.stringify(encoding)} is neither "full" nor "sprs"`, encodingAt);
  }
  node.params.encoding = encoding === 'full' ? 'full' : 'sparse';
  ctx.close(node);
  return sizes;
}

/** The (list number, size) pairs of the 'sprs' encoding, as faiss applies them: a repeated list
 *  number keeps its last size. Held in a Map, so only the pairs present cost memory. */
function readSparseSizes(c: ByteCursor, nlist: number): Map<number, number> {
  const countAt = c.pos;
  const count = c.vectorLength(8, 'sparse list sizes');
  if (count % 2 !== 0) c.fail(`sparse list sizes hold an odd number (${count}) of values`, countAt);
  const sizes = new Map<number, number>();
  for (let j = 0; j < count; j += 2) {
    const listAt = c.pos;
    const list = c.u64('list number');
    if (list >= nlist) c.fail(`list number ${list} is beyond nlist = ${nlist}`, listAt);
    const size = c.u64('list size');
    if (size > 0) sizes.set(list, size);
    else sizes.delete(list);
  }
  return sizes;
}

/** Codes then ids of one list, back to back. Checked per list so that a corrupt size fails at
 *  its own list, without multiplying huge numbers. */
function skipList(c: ByteCursor, list: number, size: number, entryBytes: number): void {
  if (size === 0) return;
  if (size > c.remaining / entryBytes) {
    c.fail(
      `inverted list ${list} claims ${size} entries of ${entryBytes} bytes but only ${c.remaining} bytes are left`,
    );
  }
  c.pos += size * entryBytes;
}

/**
 * BlockInvertedLists ('ilbl', the lists of IVF FastScan indexes): nlist, code_size, n_per_block,
 * block_size, then per list its ids (int64 vector, the list size) and its block-packed codes.
 */
function readBlockLists(ctx: ParseContext, node: FaissNode, nlist: number): number[] {
  const c = ctx.cursor;
  readListsHeader(ctx, node, nlist);
  node.params.n_per_block = c.u64('n_per_block');
  node.params.block_size = c.u64('block_size');
  // grown list by list: every list costs 16 bytes of lengths, so the array is paid as it grows
  const sizes: number[] = [];
  for (let i = 0; i < nlist; i++) {
    sizes.push(c.skipVector(8, `ids of list ${i}`));
    c.skipVector(1, `codes of list ${i}`);
  }
  ctx.close(node);
  return sizes;
}
