// What every node reader shares: the cursor, the tree being built, and the facts set-params and
// inspect need but the public tree does not carry (byte offsets of patchable fields, which child
// a wrapper forwards searches to, the inverted-list sizes).
import type { FaissNode } from '../contract';
import { ByteCursor } from './cursor';

export interface IvfFacts {
  nlist: number;
  nprobe: number;
  /** offset of the stored nprobe (uint64) */
  nprobeOffset: number;
  /** null while unknown: lists not stored ('il00'), unsupported list type, or partial tree */
  listSizes: number[] | null;
}

export interface NodeFacts {
  /** the index a wrapper (IxPT, IxRF base, IDMap, MinMax) forwards searches to */
  wrapped?: FaissNode;
  ivf?: IvfFacts;
  /** IndexRefine's k_factor (float32) and its offset */
  refine?: { kFactor: number; kFactorOffset: number };
}

/**
 * Thrown by a reader that meets a type tag it cannot parse. Not an error of the file: inspect
 * catches it and returns the tree read so far with "unsupported <fourcc> at byte N".
 */
export class UnsupportedNode extends Error {
  readonly fourcc: string;
  readonly offset: number;

  constructor(fourcc: string, offset: number) {
    super(`unsupported ${fourcc} at byte ${offset}`);
    this.fourcc = fourcc;
    this.offset = offset;
  }
}

/** Real files nest at most ~5 deep (IxRF > IxPT > IVF > quantizer > storage); a deeper chain is
 *  a crafted or corrupt file and must not exhaust the JS stack. */
export const MAX_NESTING = 32;
/** `end` of a node whose reading was interrupted by an unsupported child. */
export const INCOMPLETE = -1;

export type ChildReader = (ctx: ParseContext, parent: FaissNode | null) => FaissNode;

export class ParseContext {
  readonly cursor: ByteCursor;
  readonly facts = new Map<FaissNode, NodeFacts>();
  readonly warnings: string[] = [];
  /** the first node opened: the whole tree, even when reading stops half-way */
  root: FaissNode | null = null;
  private depth = 0;
  private wrapperAwaitingChild: FaissNode | null = null;
  private readonly readIndexNode: ChildReader;

  constructor(cursor: ByteCursor, readIndex: ChildReader) {
    this.cursor = cursor;
    this.readIndexNode = readIndex;
  }

  /** Reads a nested index (quantizer, storage, wrapped index) as a child of `parent`. */
  readIndex(parent: FaissNode | null): FaissNode {
    return this.nested(() => this.readIndexNode(this, parent));
  }

  /** Reads the index a wrapper forwards searches to, recorded as soon as its node opens so that
   *  a partial tree still leads from the wrapper to it. */
  readWrappedIndex(wrapper: FaissNode): FaissNode {
    this.wrapperAwaitingChild = wrapper;
    return this.readIndex(wrapper);
  }

  /** Runs a reader one nesting level deeper, refusing chains no real file has. */
  nested<T>(read: () => T): T {
    if (++this.depth > MAX_NESTING) this.cursor.fail(`objects nested more than ${MAX_NESTING} deep (corrupt file?)`);
    const result = read();
    this.depth--;
    return result;
  }

  /** A node whose type tag starts at `offset`, attached to `parent` before its body is read so
   *  that an interruption still leaves it in the tree. */
  open(fourcc: string, type: string, offset: number, parent: FaissNode | null): FaissNode {
    const node: FaissNode = { fourcc, type, offset, end: INCOMPLETE, params: {}, children: [] };
    if (parent) parent.children.push(node);
    else this.root ??= node;
    if (parent && parent === this.wrapperAwaitingChild) {
      this.factsOf(parent).wrapped = node;
      this.wrapperAwaitingChild = null;
    }
    return node;
  }

  close(node: FaissNode): FaissNode {
    node.end = this.cursor.pos;
    return node;
  }

  factsOf(node: FaissNode): NodeFacts {
    let facts = this.facts.get(node);
    if (!facts) {
      facts = {};
      this.facts.set(node, facts);
    }
    return facts;
  }

  warn(message: string): void {
    this.warnings.push(message);
  }
}

/** faiss type tags are four letters/digits; anything else is not a tag (corrupt bytes). */
export const looksLikeFourcc = (tag: string) => /^[A-Za-z0-9_]{4}$/.test(tag);

/**
 * Stops reading at an unknown-but-plausible tag, leaving it in the tree as an unsupported node,
 * or fails on bytes that are no tag at all.
 */
export function unknownTag(
  ctx: ParseContext,
  tag: string,
  offset: number,
  what: string,
  parent: FaissNode | null,
): never {
  if (!looksLikeFourcc(tag)) ctx.cursor.fail(`unknown ${what} type tag ${JSON.stringify(tag)} (corrupt file?)`, offset);
  stopAtUnsupported(ctx, ctx.open(tag, `unknown ${what}`, offset, parent));
}

/** Ends reading at a node this reader cannot parse past (its known fields already read). */
export function stopAtUnsupported(ctx: ParseContext, node: FaissNode): never {
  node.params.unsupported = true;
  ctx.close(node);
  throw new UnsupportedNode(node.fourcc, node.offset);
}
