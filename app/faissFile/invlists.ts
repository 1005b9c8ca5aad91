// Inverted lists, the bulk of an IVF file. Only the list sizes are read; codes and ids are
// skipped in place, so inspecting a 1 GB index costs a few reads per list.
import type { FaissNode } from '../contract';
import { type ParseContext, unknownTag } from './context';

export interface ListsRead {
  /** null when the file does not store the lists ('il00') */
  sizes: number[] | null;
}

/**
 * Reads the inverted lists that end an IVF index. `nlist` comes from the IVF header (faiss checks
 * both agree); `codeSize` is the IVF's bytes per vector when known, to catch shifted fields.
 */
export function readInvertedLists(ctx: ParseContext, ivf: FaissNode, nlist: number, codeSize: number | null): ListsRead {
  const c = ctx.cursor;
  const offset = c.pos;
  const tag = c.fourcc('inverted lists type');
  switch (tag) {
    case 'il00': {
      const node = ctx.open(tag, 'null (lists not stored)', offset, ivf);
      ctx.close(node);
      ctx.warn('the inverted lists are not stored in this file: faiss can read it but not search it');
      return { sizes: null };
    }
    case 'ilar':
      return { sizes: readArrayLists(ctx, ctx.open(tag, 'ArrayInvertedLists', offset, ivf), nlist, codeSize) };
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
 * ArrayInvertedLists ('ilar'): nlist, code_size, then the sizes either 'full' (one uint64 per
 * list) or 'sprs' (pairs list_no, size for the non-empty lists; faiss picks it when at most half
 * the lists are used), then for each non-empty list its codes and its int64 ids.
 */
function readArrayLists(ctx: ParseContext, node: FaissNode, nlist: number, ivfCodeSize: number | null): number[] {
  const c = ctx.cursor;
  const codeSizeAt = c.pos + 8;
  const codeSize = readListsHeader(ctx, node, nlist);
  if (codeSize === null) return c.fail('array inverted lists without a code size (corrupt file?)', codeSizeAt);
  if (ivfCodeSize !== null && codeSize !== ivfCodeSize) {
    c.fail(`inverted lists code_size ${codeSize} differs from the index's ${ivfCodeSize}`, codeSizeAt);
  }
  const encodingAt = c.pos;
  const encoding = c.fourcc('list size encoding');
  const sizes = new Array<number>(nlist).fill(0);
  if (encoding === 'full') {
    const countAt = c.pos;
    const count = c.vectorLength(8, 'list sizes');
    if (count !== nlist) c.fail(`${count} list sizes for ${nlist} lists`, countAt);
    for (let i = 0; i < nlist; i++) sizes[i] = c.u64('list size');
  } else if (encoding === 'sprs') {
    const countAt = c.pos;
    const count = c.vectorLength(8, 'sparse list sizes');
    if (count % 2 !== 0) c.fail(`sparse list sizes hold an odd number (${count}) of values`, countAt);
    for (let j = 0; j < count; j += 2) {
      const listAt = c.pos;
      const list = c.u64('list number');
      if (list >= nlist) c.fail(`list number ${list} is beyond nlist = ${nlist}`, listAt);
      sizes[list] = c.u64('list size');
    }
  } else {
    c.fail(`list size encoding ${JSON.stringify(encoding)} is neither "full" nor "sprs"`, encodingAt);
  }
  node.params.encoding = encoding === 'full' ? 'full' : 'sparse';
  // Codes then ids of each non-empty list, back to back. Checked per list so that a corrupt size
  // fails at its own list, without multiplying huge numbers.
  const entryBytes = codeSize + 8;
  for (let i = 0; i < nlist; i++) {
    if (sizes[i] === 0) continue;
    if (sizes[i] > c.remaining / entryBytes) {
      c.fail(`inverted list ${i} claims ${sizes[i]} entries of ${entryBytes} bytes but only ${c.remaining} bytes are left`);
    }
    c.pos += sizes[i] * entryBytes;
  }
  ctx.close(node);
  return sizes;
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
  const sizes = new Array<number>(nlist);
  for (let i = 0; i < nlist; i++) {
    sizes[i] = c.skipVector(8, `ids of list ${i}`);
    c.skipVector(1, `codes of list ${i}`);
  }
  ctx.close(node);
  return sizes;
}
