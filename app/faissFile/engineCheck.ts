// What the engine checks before any byte reaches faiss's reader: the file must read completely and
// consistently (readIndex.ts and the node readers), and beyond that every part must be one the
// engine's faiss (1.7.3) can load, search and reconstruct without reading outside its tables,
// aborting on an assert, or throwing inside an OpenMP region (which aborts too). Limits mirror
// the native addon's (main/native/src/preconditions.h, parameters.cc).
import type { FaissNode } from '../contract';
import { LIMITS } from '../contract/constants';
import type { Message } from '../messages';
import type { NodeFacts } from './context';
import { FaissReadError, fieldMessage } from './cursor';
import { METRIC_IP, METRIC_L2 } from './header';
import { parseFaissFile } from './readIndex';

/** The addon's kMaxDimension: queries and vectors are sized by d. */
const ENGINE_MAX_D = 65536;
/** The addon hands labels to JS as Int32Array. */
const ENGINE_MAX_VECTORS = 2 ** 31 - 1;
/** The addon's efSearch bound; HNSW sizes its candidate heaps by efSearch and upper_beam. */
const MAX_BEAM = 1_000_000;
/** The addon's k_factor bound (IndexRefine searches k × k_factor candidates). */
const MAX_K_FACTOR = LIMITS.k_factor;
/** faiss's own cap on derived tables (precomputed_table_max_bytes); the HNSW-PQ distance table
 *  faiss builds on loading has no cap of its own. */
const MAX_TABLE_BYTES = 2 ** 31;
/** faiss allocates two vectors per inverted list on reading, whatever the file pays for (an IMI
 *  quantizer of a few KB spans millions of lists): IMI2x10 is the largest the engine takes. */
const ENGINE_MAX_LISTS = LIMITS.nlist;

const FLAT = ['IxF2', 'IxFI', 'IxFl'];
const PQ = ['IxPq', 'IxPo', 'IxPQ'];
const SQ = ['IxSQ'];
/** The types that can play each role (faiss 1.7.3 search paths that neither throw nor abort). */
const ROLES = {
  // IVF searches its quantizer for list numbers
  quantizer: [...FLAT, 'IHNf', 'Imiq'],
  // IndexRefine asks the refine index for a distance computer inside an OpenMP region
  refine: [...FLAT, ...PQ, ...SQ],
  // HNSW computes distances to its storage's vectors
  storage: [...FLAT, ...PQ, ...SQ],
  index: [
    ...FLAT,
    ...PQ,
    ...SQ,
    'IPfs',
    'IxHe',
    'IxHE',
    'Imiq',
    'IwFl',
    'IwFd',
    'IwPQ',
    'IwQR',
    'IwPf',
    'IwSq',
    'IwSQ',
    'IxPT',
    'IxRF',
    'IxMp',
    'IxM2',
    'IHNf',
    'IHNp',
    'IHNs',
  ],
};
type Role = keyof typeof ROLES;

export interface EngineCheck {
  /** set when faiss would abort the process if asked for the stored vectors (reconstruct_n) */
  reconstructAborts: Message | null;
}

/**
 * Checks `bytes` for the engine. Throws FaissReadError (AppError INVALID_INPUT naming the file,
 * the field and its byte offset) for anything faiss must not be given.
 */
export function checkForEngine(bytes: Uint8Array, file: string): EngineCheck {
  const parsed = parseFaissFile(bytes, file);
  if (parsed.error || !parsed.root) throw parsed.error!;
  const check = new Checker(file, parsed.facts, parsed.root.params.is_trained === true);
  check.node(parsed.root, 'index');
  return { reconstructAborts: reconstructHazard(parsed.root, parsed.facts) };
}

class Checker {
  constructor(
    private readonly file: string,
    private readonly facts: Map<FaissNode, NodeFacts>,
    private readonly trained: boolean,
  ) {}

  private fail(message: Message): never {
    throw new FaissReadError(this.file, message);
  }

  private field(node: FaissNode, name: string): { value: number; at: number } {
    return this.facts.get(node)?.fields.get(name) ?? { value: NaN, at: node.offset };
  }

  private unsupportedValue(node: FaissNode, name: string, allowed: string): never {
    const { value, at } = this.field(node, name);
    return this.fail(fieldMessage('faiss_engine_unsupported_value', { field: name, value, allowed }, at));
  }

  node(node: FaissNode, role: Role): void {
    if (!ROLES[role].includes(node.fourcc)) {
      if (node.fourcc === 'IRMf' || node.fourcc === 'IRMh')
        this.fail(
          fieldMessage(
            'faiss_engine_cannot_search',
            { type: node.type, reason: 'faiss 1.7.3 implements no search for it' },
            node.offset,
          ),
        );
      this.fail(
        fieldMessage('faiss_engine_unsupported_type', { type: node.type, fourcc: node.fourcc, role }, node.offset),
      );
    }
    this.header(node);
    this.own(node);
    const wrapped = this.facts.get(node)?.wrapped;
    for (const child of node.children) {
      if (!child.fourcc.startsWith('I') || child.fourcc === 'null') {
        if (child.fourcc === 'null')
          this.fail(
            fieldMessage(
              'faiss_engine_unsupported_type',
              { type: 'none (null)', fourcc: 'null', role: node.fourcc.startsWith('IH') ? 'storage' : 'index' },
              child.offset,
            ),
          );
        if (node.fourcc === 'IxPT') this.transform(child);
        continue;
      }
      this.node(child, child === wrapped ? 'index' : childRole(node));
    }
  }

  /** d, ntotal and metric every index has; an untrained part inside a trained index. */
  private header(node: FaissNode): void {
    this.limit(node, 'd', 1, ENGINE_MAX_D);
    this.limit(node, 'ntotal', 0, ENGINE_MAX_VECTORS);
    const metric = this.field(node, 'metric_type');
    if (metric.value !== METRIC_L2 && metric.value !== METRIC_IP)
      this.fail(
        fieldMessage(
          'faiss_engine_metric',
          { type: node.type, metric: node.metric ?? String(metric.value) },
          metric.at,
        ),
      );
    if (this.trained && node.params.is_trained !== true)
      this.fail(fieldMessage('faiss_engine_untrained_part', { type: node.type }, node.offset));
  }

  /** The fields of each type that faiss 1.7.3 reads at search time without checking them. */
  private own(node: FaissNode): void {
    const { params } = node;
    if (node.fourcc.startsWith('Iw')) this.limit(node, 'nlist', 1, ENGINE_MAX_LISTS);
    switch (node.fourcc) {
      case 'IxPq':
      case 'IxPo':
        return this.pqSearchType(node);
      case 'IxSQ':
      case 'IwSq':
      case 'IwSQ':
        // QT_bf16 and later are newer than the engine's faiss: it would throw inside a search
        if (this.field(node, 'sq.qtype').value > 6) this.unsupportedValue(node, 'sq.qtype', 'QT_8bit … QT_6bit (0…6)');
        return;
      case 'IPfs':
        return this.pqFastScan(node);
      case 'IwPf':
        return this.ivfFastScan(node);
      case 'IHNp': {
        // faiss builds M × ksub² floats of symmetric distances while reading an HNSW-PQ storage
        const storage = node.children.find((child) => PQ.includes(child.fourcc));
        const bytes = storage ? Number(storage.params.pq_m) * 4 ** Number(storage.params.pq_nbits) * 4 : 0;
        if (storage && bytes > MAX_TABLE_BYTES)
          this.fail(
            fieldMessage(
              'faiss_engine_limit',
              { field: 'PQ distance table bytes', value: bytes, min: 0, max: MAX_TABLE_BYTES },
              storage.offset,
            ),
          );
        return this.hnsw(node);
      }
      case 'IHNf':
      case 'IHNs':
        return this.hnsw(node);
      case 'IxRF':
      case 'IwQR':
        if (node.fourcc === 'IwQR' && params.is_trained !== true) return;
        return this.range(node, 'k_factor', 1, MAX_K_FACTOR);
    }
  }

  private limit(node: FaissNode, name: string, min: number, max: number): void {
    const { value, at } = this.field(node, name);
    if (!(value >= min && value <= max))
      this.fail(fieldMessage('faiss_engine_limit', { field: name, value, min, max }, at));
  }

  private range(node: FaissNode, name: string, min: number, max: number): void {
    const { value } = this.field(node, name);
    if (!(value >= min && value <= max)) this.unsupportedValue(node, name, `${min}…${max}`);
  }

  /** HNSW searches with max(efSearch, k) candidates (a smaller efSearch is harmless). */
  private hnsw(node: FaissNode): void {
    if (this.field(node, 'hnsw.efSearch').value > MAX_BEAM)
      this.unsupportedValue(node, 'hnsw.efSearch', `at most ${MAX_BEAM}`);
    this.range(node, 'hnsw.upper_beam', 1, MAX_BEAM);
  }

  /** IndexPQ's search modes: SDC needs a table faiss does not load; the Hamming and polysemous
   *  modes have conditions faiss asserts or throws on. */
  private pqSearchType(node: FaissNode): void {
    const type = this.field(node, 'search_type').value;
    const m = Number(node.params.pq_m);
    const nbits = Number(node.params.pq_nbits);
    const signs = this.field(node, 'encode_signs').value === 1;
    const codeSize = Math.ceil((m * nbits) / 8);
    const signsFit = !signs || node.d === m * nbits; // faiss throws otherwise
    const polysemous = nbits === 8 && this.field(node, 'metric_type').value === METRIC_L2;
    const ok = [
      true, // ST_PQ
      signsFit, // ST_HE
      signsFit && codeSize % 8 === 0, // ST_generalized_HE (an assert otherwise)
      false, // ST_SDC: its table is not stored in the file, and faiss does not rebuild it
      polysemous && codeSize % 4 === 0, // ST_polysemous
      polysemous && codeSize % 8 === 0, // ST_polysemous_generalize
    ][type];
    if (!ok)
      this.unsupportedValue(
        node,
        'search_type',
        'ST_PQ, ST_HE, ST_generalized_HE or polysemous search with the codes they need',
      );
  }

  /** IndexPQFastScan: the kernels implem selects exist for some block sizes and query batches. */
  private pqFastScan(node: FaissNode): void {
    const implem = this.field(node, 'implem').value;
    const bbs = this.field(node, 'bbs').value;
    const qbs = this.field(node, 'qbs').value;
    if (![0, 12, 13, 14, 15].includes(implem)) this.unsupportedValue(node, 'implem', '0, 12, 13, 14 or 15');
    const impl = implem === 0 ? (bbs === 32 ? 12 : 14) : implem;
    if (impl <= 13) {
      if (bbs !== 32) this.unsupportedValue(node, 'bbs', '32 (implem 12 and 13)');
      if (!validQbs(qbs)) this.unsupportedValue(node, 'qbs', 'query batches of 1 to 4 queries, 24 in all');
    } else {
      // implem 14 searches batches of qbs queries (4 when 0) with a kernel per batch size and bbs
      const batch = qbs === 0 ? 4 : qbs;
      if (!(batch >= 1 && batch <= 4)) this.unsupportedValue(node, 'qbs', '0 to 4 (implem 14 and 15)');
      if (bbs / 32 > BLOCKS_PER_BATCH[Math.min(batch, 4)])
        this.unsupportedValue(
          node,
          'bbs',
          `at most ${32 * BLOCKS_PER_BATCH[Math.min(batch, 4)]} for batches of ${batch}`,
        );
    }
  }

  /** IndexIVFPQFastScan: implem 10/11 scan one query at a time (blocks of 32 to 160), 12 to 15
   *  batch up to qbs2 queries per list (24 at most) in blocks of 32. */
  private ivfFastScan(node: FaissNode): void {
    const implem = this.field(node, 'implem').value;
    const bbs = this.field(node, 'bbs').value;
    if (![0, 10, 11, 12, 13, 14, 15].includes(implem)) this.unsupportedValue(node, 'implem', '0 or 10 to 15');
    const impl = implem === 0 ? (bbs === 32 ? 12 : 10) : implem;
    if (impl >= 12) {
      if (bbs !== 32) this.unsupportedValue(node, 'bbs', '32 (implem 12 to 15)');
      this.range(node, 'qbs2', 0, 24);
    } else if (bbs > 32 * BLOCKS_PER_BATCH[1]) {
      this.unsupportedValue(node, 'bbs', `32 to ${32 * BLOCKS_PER_BATCH[1]}`);
    }
  }

  /** A transform of an IndexPreTransform chain: trained, and applicable by faiss. */
  private transform(node: FaissNode): void {
    if (this.trained && node.params.is_trained !== true)
      this.fail(fieldMessage('faiss_engine_untrained_part', { type: node.type }, node.offset));
    if (node.fourcc === 'VNrm' && node.params.norm !== 2)
      this.fail(
        fieldMessage(
          'faiss_engine_unsupported_value',
          { field: 'norm', value: String(node.params.norm), allowed: 'the L2 norm (2)' },
          node.end - 13,
        ),
      );
  }
}

/** pq4_accumulate_loop's kernels: blocks of 32 vectors a batch of n queries may span. */
const BLOCKS_PER_BATCH = [0, 5, 2, 1, 1];

/** A FastScan query-batch code: 0, 5 or 6 (dedicated kernels), or 4-bit batch sizes of 1 to 4
 *  from the lowest nibble up, 24 queries in all (faiss packs them per nibble). */
function validQbs(qbs: number): boolean {
  if (qbs === 0 || qbs === 5 || qbs === 6) return true;
  if (qbs < 0) return false;
  let total = 0;
  for (let rest = qbs; rest > 0; rest = Math.floor(rest / 16)) {
    const batch = rest % 16;
    if (batch < 1 || batch > 4) return false;
    total += batch;
  }
  return total <= 24;
}

/** The role of a non-wrapped index child: IVF quantizer, HNSW storage, IndexRefine refine index. */
function childRole(parent: FaissNode): Role {
  if (parent.fourcc.startsWith('Iw')) return 'quantizer';
  if (parent.fourcc.startsWith('IHN')) return 'storage';
  if (parent.fourcc === 'IxRF') return 'refine';
  return 'index';
}

/**
 * faiss's generic reconstruct_n calls reconstruct(i) for each i inside an OpenMP region (above
 * 1000 vectors): an index whose reconstruct throws there aborts the process. On the path faiss
 * takes to reconstruct (IndexPreTransform → its index, IndexRefine → its refine index, HNSW → its
 * storage), IndexIDMap has no reconstruct and IndexIDMap2 throws for an id it does not hold.
 */
function reconstructHazard(root: FaissNode, facts: Map<FaissNode, NodeFacts>): Message | null {
  for (let node: FaissNode | undefined = root; node;) {
    const known = facts.get(node);
    if (node.fourcc === 'IxMp')
      return fieldMessage('faiss_engine_no_reconstruct', { type: node.type, reason: 'idmap' }, node.offset);
    if (node.fourcc === 'IxM2' && known?.fields.get('covers_positions')?.value !== 1)
      return fieldMessage(
        'faiss_engine_no_reconstruct',
        { type: node.type, reason: 'missing', max: (node.ntotal ?? 0) - 1 },
        node.offset,
      );
    if (node.fourcc === 'IxPT') node = known?.wrapped;
    else if (node.fourcc === 'IxRF') node = node.children[1];
    else if (node.fourcc.startsWith('IHN')) node = node.children.find((child) => child.fourcc.startsWith('I'));
    else node = undefined;
  }
  return null;
}
