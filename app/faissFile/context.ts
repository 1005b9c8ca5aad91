// What every node reader shares: the cursor, the tree being built, and the facts set-params,
// inspect and the engine check need but the public tree does not carry (byte offsets of fields,
// which child a wrapper forwards searches to, the inverted-list sizes, the ids a search returns).
import type { FaissNode } from '../contract';
import { type Message, type MessageCode, type MessageParams, message } from '../messages';
import { ByteCursor, fieldMessage } from './cursor';

export interface IvfFacts {
  nlist: number;
  nprobe: number;
  /** offset of the stored nprobe (uint64) */
  nprobeOffset: number;
  /** null while unknown: lists not stored ('il00'), unsupported list type, or partial tree */
  listSizes: number[] | null;
}

/** The smallest and largest id a search can return, and where they are stored. */
export interface IdRange {
  min: number;
  max: number;
  minAt: number;
  maxAt: number;
  /** what holds them, e.g. "ids of inverted list 3" */
  minField: string;
  maxField: string;
}

/** A field read from the file, kept with its offset for checks made after the node is read. */
export interface FieldAt {
  value: number;
  at: number;
}

export interface NodeFacts {
  /** the index a wrapper (IxPT, IxRF base, IDMap, MinMax) forwards searches to */
  wrapped?: FaissNode;
  /** a FastScan index (decided by its tag, kinds.ts) */
  fastScan?: true;
  ivf?: IvfFacts;
  /** IndexRefine's k_factor (float32) and its offset */
  refine?: { kFactor: number; kFactorOffset: number };
  /**
   * The ids a search of this node returns when they are not its own positions 0..ntotal-1 (IVF
   * list ids, IDMap ids); null when it stores none. Absent: positions.
   */
  ids?: IdRange | null;
  /** fields the engine check (engineCheck.ts) looks at, by faiss field name */
  fields: Map<string, FieldAt>;
}

/**
 * Thrown by a reader that meets a type tag it cannot parse. Not an error of the file: inspect
 * catches it and returns the tree read so far with "unsupported <fourcc> at byte N".
 */
export class UnsupportedNode extends Error {
  readonly fourcc: string;
  readonly offset: number;
  readonly detail: Message;

  constructor(fourcc: string, offset: number) {
    const detail = fieldMessage('faiss_unsupported', { fourcc }, offset);
    super(detail.text);
    this.fourcc = fourcc;
    this.offset = offset;
    this.detail = detail;
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
  readonly warnings: Message[] = [];
  /** the first reason to refuse the file found by a reader that could still read on */
  refusal: Message | null = null;
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
    if (++this.depth > MAX_NESTING) this.cursor.fail('faiss_nesting', { max: MAX_NESTING });
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
      facts = { fields: new Map() };
      this.facts.set(node, facts);
    }
    return facts;
  }

  /** Keeps a field and its offset for the checks made once the whole tree is read. */
  keep(node: FaissNode, name: string, value: number, at: number): void {
    this.factsOf(node).fields.set(name, { value, at });
  }

  /** Refuses the file once reading ends (the rest of the tree is still read and shown). */
  refuse(reason: Message): void {
    this.refusal ??= reason;
  }

  warn(code: MessageCode, params: MessageParams = {}): void {
    this.warnings.push(message(code, params));
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
  kind: 'index' | 'transform' | 'lists',
  parent: FaissNode | null,
): never {
  if (!looksLikeFourcc(tag)) ctx.cursor.fail('faiss_unknown_tag', { kind, tag: JSON.stringify(tag) }, offset);
  const type = { index: 'unknown index', transform: 'unknown vector transform', lists: 'unknown inverted lists' }[kind];
  stopAtUnsupported(ctx, ctx.open(tag, type, offset, parent));
}

/** Ends reading at a node this reader cannot parse past (its known fields already read). */
export function stopAtUnsupported(ctx: ParseContext, node: FaissNode): never {
  node.params.unsupported = true;
  ctx.close(node);
  throw new UnsupportedNode(node.fourcc, node.offset);
}
