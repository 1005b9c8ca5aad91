// Inverted lists, the bulk of an IVF file. The list sizes are read, codes are skipped in place and
// the ids are scanned for their range (faiss's wrappers look vectors up by id); so inspecting a
// 1 GB index costs a pass over the ids, never a copy.
import type { FaissNode } from '../contract';
import { type IdRange, type ParseContext, stopAtUnsupported, unknownTag } from './context';
import { type ByteCursor, fieldMessage } from './cursor';
import { joinIds, scanIds } from './idRange';

/** How the IVF stores its lists: ArrayInvertedLists of code_size bytes per vector, or (FastScan)
 *  BlockInvertedLists packing bbs vectors into blocks of block_size bytes. */
export type ListLayout =
  { kind: 'array'; codeSize: number } | { kind: 'block'; codeSize: number; perBlock: number; blockSize: number };

export interface ListsRead {
  /** null when the file does not store the lists ('il00') */
  sizes: number[] | null;
  /** the smallest and largest id in the lists; null without any */
  ids: IdRange | null;
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
/** The tag faiss's on-disk inverted lists (OnDiskInvertedLists) write: their data is in another file. */
const ON_DISK_TAGS = new Set(['ilod']);

/**
 * Reads the inverted lists that end an IVF index. `nlist` comes from the IVF header (faiss checks
 * both agree); `layout` is what the IVF type stores; `quantizer` (the IVF's coarse quantizer,
 * already read) bounds a sparse list count.
 */
export function readInvertedLists(
  ctx: ParseContext,
  ivf: FaissNode,
  nlist: number,
  layout: ListLayout,
  quantizer: FaissNode,
): ListsRead {
  const c = ctx.cursor;
  const offset = c.pos;
  const tag = c.fourcc('inverted lists type');
  const expected = layout.kind === 'array' ? 'ilar' : 'ilbl';
  if (tag === 'il00') {
    // faiss wrote the index without its lists (replace_invlists(None)): faiss reads it with a
    // warning, but every search or reconstruction then dereferences the missing lists
    const node = ctx.open(tag, 'null (lists not stored)', offset, ivf);
    node.params.stored = false;
    ctx.close(node);
    ctx.refuse(fieldMessage('faiss_lists_not_stored', {}, offset));
    return { sizes: null, ids: null };
  }
  if (tag === 'ilar' || tag === 'ilbl') {
    if (tag !== expected)
      c.fail(
        'faiss_not_one_of',
        { field: `inverted lists type of ${ivf.type}`, value: tag, allowed: expected },
        offset,
      );
    const node = ctx.open(tag, tag === 'ilar' ? 'ArrayInvertedLists' : 'BlockInvertedLists', offset, ivf);
    return layout.kind === 'array'
      ? readArrayLists(ctx, node, nlist, layout.codeSize, quantizer)
      : readBlockLists(ctx, node, nlist, layout);
  }
  if (ON_DISK_TAGS.has(tag)) {
    const node = ctx.open(tag, 'OnDiskInvertedLists', offset, ivf);
    ctx.refuse(fieldMessage('faiss_lists_on_disk', { tag }, offset));
    return stopAtUnsupported(ctx, node);
  }
  return unknownTag(ctx, tag, offset, 'lists', ivf);
}

/** nlist and code_size; code_size is unset ((size_t)-1) in block lists, whose codes are packed
 *  per block, or the IVF's. */
function readListsHeader(ctx: ParseContext, node: FaissNode, nlist: number, codeSize: number): void {
  const c = ctx.cursor;
  const nlistAt = c.pos;
  c.expectEqual('inverted lists nlist', c.u64('inverted lists nlist'), 'nlist', nlist, nlistAt);
  const codeSizeAt = c.pos;
  const stored = c.u64OrUnset('inverted lists code_size');
  if (stored !== null || node.fourcc === 'ilar')
    c.expectEqual('inverted lists code_size', stored ?? -1, 'code_size', codeSize, codeSizeAt);
  node.params.nlist = nlist;
  node.params.code_size = stored;
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

/** Collects the id range of the lists as they are skipped. */
class IdScan {
  range: IdRange | null = null;

  constructor(private readonly ctx: ParseContext) {}

  scan(at: number, count: number, list: number): void {
    this.range = joinIds(this.range, scanIds(this.ctx, at, count, `ids of inverted list ${list}`));
  }
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
  codeSize: number,
  quantizer: FaissNode,
): ListsRead {
  const c = ctx.cursor;
  const nlistAt = c.pos;
  readListsHeader(ctx, node, nlist, codeSize);
  const ids = new IdScan(ctx);
  const encodingAt = c.pos;
  const encoding = c.fourcc('list size encoding');
  let sizes: number[];
  if (encoding === 'full') {
    const countAt = c.pos;
    const count = c.vectorLength(8, 'list sizes');
    c.expectEqual('list sizes length', count, 'nlist', nlist, countAt);
    // vectorLength has checked the nlist × 8 bytes are there: the array is paid for
    sizes = new Array<number>(nlist);
    for (let i = 0; i < nlist; i++) sizes[i] = c.u64('list size');
    for (let i = 0; i < nlist; i++) skipList(c, ids, i, sizes[i], codeSize);
  } else if (encoding === 'sprs') {
    const nonEmpty = readSparseSizes(c, nlist);
    // Only the pairs are paid for; the nlist-long array of sizes must be vouched for too.
    const bound = Math.max(LISTS_WITHOUT_CENTROIDS, listsOfQuantizer(quantizer));
    if (nlist > MAX_SPARSE_LISTS) c.fail('faiss_sparse_cap', { nlist, max: MAX_SPARSE_LISTS }, nlistAt);
    if (nlist > bound)
      c.fail(
        'faiss_sparse_unaccounted',
        { nlist, fourcc: quantizer.fourcc, quantizerAt: quantizer.offset, bound },
        nlistAt,
      );
    // faiss reads the lists' contents in list order, whatever the order of the pairs
    const lists = [...nonEmpty.keys()].sort((a, b) => a - b);
    for (const list of lists) skipList(c, ids, list, nonEmpty.get(list)!, codeSize);
    sizes = new Array<number>(nlist).fill(0);
    for (const [list, size] of nonEmpty) sizes[list] = size;
  } else {
    return c.fail(
      'faiss_not_one_of',
      { field: 'list size encoding', value: JSON.stringify(encoding), allowed: '"full", "sprs"' },
      encodingAt,
    );
  }
  node.params.encoding = encoding === 'full' ? 'full' : 'sparse';
  ctx.close(node);
  return { sizes, ids: ids.range };
}

/** The (list number, size) pairs of the 'sprs' encoding, as faiss applies them: a repeated list
 *  number keeps its last size. Held in a Map, so only the pairs present cost memory. */
function readSparseSizes(c: ByteCursor, nlist: number): Map<number, number> {
  const countAt = c.pos;
  const count = c.vectorLength(8, 'sparse list sizes');
  if (count % 2 !== 0) c.fail('faiss_odd_count', { field: 'sparse list sizes', count }, countAt);
  const sizes = new Map<number, number>();
  for (let j = 0; j < count; j += 2) {
    const listAt = c.pos;
    const list = c.u64('list number');
    if (list >= nlist) c.expectRange('list number', list, 0, nlist - 1, listAt);
    const size = c.u64('list size');
    if (size > 0) sizes.set(list, size);
    else sizes.delete(list);
  }
  return sizes;
}

/** Codes then ids of one list, back to back. Checked per list so that a corrupt size fails at
 *  its own list, without multiplying huge numbers. */
function skipList(c: ByteCursor, ids: IdScan, list: number, size: number, codeSize: number): void {
  if (size === 0) return;
  const entryBytes = codeSize + 8;
  if (size > c.remaining / entryBytes) c.fail('faiss_list_too_long', { list, size, entryBytes, left: c.remaining });
  ids.scan(c.pos + size * codeSize, size, list);
  c.pos += size * entryBytes;
}

/**
 * BlockInvertedLists ('ilbl', the lists of IVF FastScan indexes): nlist, code_size (unset),
 * n_per_block, block_size, then per list its ids (int64 vector, the list size) and its codes,
 * ceil(size / n_per_block) blocks of block_size bytes.
 */
function readBlockLists(
  ctx: ParseContext,
  node: FaissNode,
  nlist: number,
  layout: Extract<ListLayout, { kind: 'block' }>,
): ListsRead {
  const c = ctx.cursor;
  readListsHeader(ctx, node, nlist, layout.codeSize);
  const perBlockAt = c.pos;
  const perBlock = c.u64('n_per_block');
  c.expectEqual('n_per_block', perBlock, 'bbs', layout.perBlock, perBlockAt);
  const blockSizeAt = c.pos;
  const blockSize = c.u64('block_size');
  c.expectEqual('block_size', blockSize, 'bbs × M2 / 2', layout.blockSize, blockSizeAt);
  node.params.n_per_block = perBlock;
  node.params.block_size = blockSize;
  const ids = new IdScan(ctx);
  // grown list by list: every list costs 16 bytes of lengths, so the array is paid as it grows
  const sizes: number[] = [];
  for (let i = 0; i < nlist; i++) {
    const listIds = c.skipVector(8, `ids of list ${i}`);
    ids.scan(listIds.at, listIds.count, i);
    sizes.push(listIds.count);
    const codes = c.skipVector(1, `codes of list ${i}`);
    c.expectEqual(
      `codes of list ${i} length`,
      codes.count,
      'ceil(size / n_per_block) × block_size',
      Math.ceil(listIds.count / perBlock) * blockSize,
      codes.at - 8,
    );
  }
  ctx.close(node);
  return { sizes, ids: ids.range };
}
