// Dispatch on an index's type tag, and the entry point that reads a whole file into a tree.
import type { FaissNode } from '../contract';
import type { Message } from '../messages';
import { CODEC_INDEXES } from './codecIndexes';
import {
  INCOMPLETE,
  type NodeFacts,
  ParseContext,
  UnsupportedNode,
  looksLikeFourcc,
  stopAtUnsupported,
  unknownTag,
} from './context';
import { ByteCursor, FaissReadError, fieldMessage } from './cursor';
import { readIndexHeader, readIvfNumbers } from './header';
import { HNSW_INDEXES } from './hnswIndexes';
import { IVF_INDEXES } from './ivfIndexes';
import type { IndexKind } from './kinds';
import { WRAPPER_INDEXES } from './wrapperIndexes';

// Maps, not object lookups: a tag read from the file must never reach Object.prototype.
const READERS = new Map<string, IndexKind>(
  Object.entries({ ...CODEC_INDEXES, ...IVF_INDEXES, ...WRAPPER_INDEXES, ...HNSW_INDEXES }),
);

/** A tag read only as far as its header: the class, FastScan or not, and which header it has. */
type UnsupportedKind = Pick<IndexKind, 'type' | 'fastScan'> & { header: 'ivf' | 'index' | 'lattice' };

/**
 * faiss index tags this reader does not parse (faiss index_read.cpp, 1.7.x and later). Their
 * header is still read so the partial tree shows d, ntotal, metric, and for the IVF ones nlist
 * and nprobe (which set-params can still patch). IndexLattice puts its own fields first.
 */
const KNOWN_UNSUPPORTED = new Map<string, UnsupportedKind>(
  Object.entries({
    IwRQ: { type: 'IndexIVFResidualQuantizer', header: 'ivf' },
    IwLS: { type: 'IndexIVFLocalSearchQuantizer', header: 'ivf' },
    IwPR: { type: 'IndexIVFProductResidualQuantizer', header: 'ivf' },
    IwPL: { type: 'IndexIVFProductLocalSearchQuantizer', header: 'ivf' },
    IVRf: { type: 'IndexIVFResidualQuantizerFastScan', header: 'ivf', fastScan: true },
    IVLf: { type: 'IndexIVFLocalSearchQuantizerFastScan', header: 'ivf', fastScan: true },
    NPRf: { type: 'IndexIVFProductResidualQuantizerFastScan', header: 'ivf', fastScan: true },
    NPLf: { type: 'IndexIVFProductLocalSearchQuantizerFastScan', header: 'ivf', fastScan: true },
    IwSh: { type: 'IndexIVFSpectralHash', header: 'ivf' },
    Iwrq: { type: 'IndexIVFRaBitQ', header: 'ivf' },
    IvFl: { type: 'IndexIVFFlat (legacy format)', header: 'ivf' },
    IvFL: { type: 'IndexIVFFlat (legacy format)', header: 'ivf' },
    IvPQ: { type: 'IndexIVFPQ (legacy format)', header: 'ivf' },
    IvQR: { type: 'IndexIVFPQR (legacy format)', header: 'ivf' },
    IvSQ: { type: 'IndexIVFScalarQuantizer (legacy format)', header: 'ivf' },
    IxRQ: { type: 'IndexResidualQuantizer', header: 'index' },
    IxRq: { type: 'IndexResidualQuantizer', header: 'index' },
    IxLS: { type: 'IndexLocalSearchQuantizer', header: 'index' },
    IxPR: { type: 'IndexProductResidualQuantizer', header: 'index' },
    IxPL: { type: 'IndexProductLocalSearchQuantizer', header: 'index' },
    ImRQ: { type: 'ResidualCoarseQuantizer', header: 'index' },
    IRfs: { type: 'IndexResidualQuantizerFastScan', header: 'index', fastScan: true },
    ILfs: { type: 'IndexLocalSearchQuantizerFastScan', header: 'index', fastScan: true },
    IPRf: { type: 'IndexProductResidualQuantizerFastScan', header: 'index', fastScan: true },
    IPLf: { type: 'IndexProductLocalSearchQuantizerFastScan', header: 'index', fastScan: true },
    IwIQ: { type: 'IndexIVFIndependentQuantizer', header: 'index' },
    Ix2L: { type: 'Index2Layer', header: 'index' },
    IHNc: { type: 'IndexHNSWCagra', header: 'index' },
    IHc2: { type: 'IndexHNSWCagra', header: 'index' },
    INSf: { type: 'IndexNSGFlat', header: 'index' },
    INSp: { type: 'IndexNSGPQ', header: 'index' },
    INSs: { type: 'IndexNSGSQ', header: 'index' },
    INNf: { type: 'IndexNNDescentFlat', header: 'index' },
    Ixrq: { type: 'IndexRaBitQ', header: 'index' },
    IxLa: { type: 'IndexLattice', header: 'lattice' },
  }),
);

/** IndexLattice: d, nsq, scale_nbit, r2 (int32 each), then the usual index header. */
function readLatticeHeader(ctx: ParseContext, node: FaissNode): void {
  const c = ctx.cursor;
  c.i32('lattice d');
  node.params.nsq = c.i32('lattice nsq');
  node.params.scale_nbit = c.i32('lattice scale_nbit');
  node.params.r2 = c.i32('lattice r2');
  readIndexHeader(ctx, node);
}

/** Every faiss index tag starts with 'I' (IxF2, IwFl, IHNf, Imiq, IBxF...): a first tag like that
 *  is a faiss type this reader does not know, anything else is not a faiss index file. */
const looksLikeIndexTag = (tag: string) => tag.startsWith('I') && looksLikeFourcc(tag);

/** Opens a node of a known tag, noting whether it is FastScan before anything of it is read. */
function openNode(
  ctx: ParseContext,
  tag: string,
  kind: Pick<IndexKind, 'type' | 'fastScan'>,
  offset: number,
  parent: FaissNode | null,
): FaissNode {
  const node = ctx.open(tag, kind.type, offset, parent);
  if (kind.fastScan) ctx.factsOf(node).fastScan = true;
  return node;
}

function readIndexNode(ctx: ParseContext, parent: FaissNode | null): FaissNode {
  const cursor = ctx.cursor;
  const offset = cursor.pos;
  const tag = cursor.fourcc('index type');
  if (tag === 'null') return ctx.close(ctx.open(tag, 'none', offset, parent)); // e.g. HNSW without storage
  const kind = READERS.get(tag);
  if (kind) {
    const node = openNode(ctx, tag, kind, offset, parent);
    kind.read(ctx, node);
    return ctx.close(node);
  }
  const known = KNOWN_UNSUPPORTED.get(tag);
  if (!known) return unknownTag(ctx, tag, offset, 'index', parent); // parseFaissFile vets a first tag
  const node = openNode(ctx, tag, known, offset, parent);
  if (known.header === 'ivf') readIvfNumbers(ctx, node);
  else if (known.header === 'lattice') readLatticeHeader(ctx, node);
  else readIndexHeader(ctx, node);
  return stopAtUnsupported(ctx, node);
}

export interface ParsedFile {
  /** the tree read, partial when reading stopped; null when not even a type tag was read */
  root: FaissNode | null;
  facts: Map<FaissNode, NodeFacts>;
  /** why the file is refused (corrupt, inconsistent, lists not stored, unsupported); null when
   *  it reads completely and consistently */
  error: FaissReadError | null;
  /** reading stopped at a node type this reader does not parse: not a fault of the file */
  unsupported: boolean;
  warnings: Message[];
}

/** Reads a faiss index file: the tree, or as much of it as could be read and why it stopped. */
export function parseFaissFile(bytes: Uint8Array, file: string): ParsedFile {
  const cursor = new ByteCursor(bytes, file);
  const ctx = new ParseContext(cursor, readIndexNode);
  const parsed: ParsedFile = { root: null, facts: ctx.facts, error: null, unsupported: false, warnings: ctx.warnings };
  const first = bytes.length >= 4 ? String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]) : '';
  if (!READERS.has(first) && !KNOWN_UNSUPPORTED.has(first) && !looksLikeIndexTag(first)) {
    const reason =
      bytes.length < 4
        ? fieldMessage('faiss_too_short', { bytes: bytes.length }, 0)
        : fieldMessage('faiss_not_index', { start: JSON.stringify(first) }, 0);
    return { ...parsed, error: new FaissReadError(file, reason) };
  }
  try {
    ctx.readIndex(null);
  } catch (thrown) {
    if (thrown instanceof UnsupportedNode) {
      parsed.unsupported = true;
      parsed.error = new FaissReadError(file, ctx.refusal ?? thrown.detail);
    } else if (thrown instanceof FaissReadError) {
      parsed.error = thrown;
    } else {
      throw thrown;
    }
    markIncomplete(ctx.root!, cursor.pos); // the first node opened before anything could fail
  }
  parsed.root = ctx.root;
  if (!parsed.error && ctx.refusal) parsed.error = new FaissReadError(file, ctx.refusal);
  // faiss stops reading at the end of the index: bytes after it are never looked at
  if (!parsed.error && cursor.remaining > 0) ctx.warn('faiss_trailing_bytes', { count: cursor.remaining });
  return parsed;
}

/** Ancestors cut short by an error or an unsupported node end where reading stopped, flagged
 *  `partial`. */
function markIncomplete(node: FaissNode, stoppedAt: number): void {
  if (node.end === INCOMPLETE) {
    node.end = stoppedAt;
    node.params.partial = true;
  }
  for (const child of node.children) markIncomplete(child, stoppedAt);
}
