// Where the fields faiss trusts sit in a valid faiss file, for targeted edits: worked out here from
// the node byte ranges the reader reports and faiss's write order (index_write.cpp), independently
// of the reader's own checks. Vectors contribute their length and a few elements.
import type { FaissNode } from '../../app/contract';

export type FieldKind = 'u8' | 'i32' | 'f32' | 'u64';

export interface Field {
  name: string;
  at: number;
  kind: FieldKind;
}

/** Elements of a vector listed as fields: the first, the last and a few in between. */
const SAMPLED_ELEMENTS = 6;

class FieldMap {
  readonly fields: Field[] = [];
  private readonly view: DataView;

  constructor(bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  add(name: string, at: number, kind: FieldKind): number {
    this.fields.push({ name, at, kind });
    return at + { u8: 1, i32: 4, f32: 4, u64: 8 }[kind];
  }

  i32(at: number): number {
    return this.view.getInt32(at, true);
  }

  u64(at: number): number {
    return Number(this.view.getBigUint64(at, true));
  }

  /** A std::vector at `at`: its length and sampled elements; returns the offset after it. */
  vector(name: string, at: number, elementBytes: number, kind: FieldKind | null): number {
    const count = this.u64(at);
    this.add(`${name} length`, at, 'u64');
    const first = at + 8;
    if (kind && count > 0) {
      const picks = new Set([0, count - 1]);
      for (let i = 1; i < SAMPLED_ELEMENTS; i++) picks.add(Math.floor((i * count) / SAMPLED_ELEMENTS));
      for (const i of picks) this.add(`${name}[${i}]`, first + i * elementBytes, kind);
    }
    return first + count * elementBytes;
  }

  /** d, ntotal, is_trained, metric; returns where the index's own fields start. */
  header(node: FaissNode): number {
    const at = node.offset + 4;
    this.add('d', at, 'i32');
    this.add('ntotal', at + 4, 'u64');
    this.add('is_trained', at + 28, 'u8');
    this.add('metric_type', at + 29, 'i32');
    return at + 33 + (this.i32(at + 29) > 1 ? 4 : 0);
  }

  pq(prefix: string, at: number): number {
    at = this.add(`${prefix}.d`, at, 'u64');
    at = this.add(`${prefix}.M`, at, 'u64');
    at = this.add(`${prefix}.nbits`, at, 'u64');
    return this.vector(`${prefix}.centroids`, at, 4, 'f32');
  }

  sq(at: number): number {
    at = this.add('sq.qtype', at, 'i32');
    at = this.add('sq.rangestat', at, 'i32');
    at = this.add('sq.rangestat_arg', at, 'f32');
    at = this.add('sq.d', at, 'u64');
    at = this.add('sq.code_size', at, 'u64');
    return this.vector('sq.trained', at, 4, 'f32');
  }

  /** An IVF's own fields between its quantizer and its lists. */
  ivf(node: FaissNode, at: number): void {
    at = this.add('nlist', at, 'u64');
    this.add('nprobe', at, 'u64');
    at = node.children[0].end;
    const mapType = this.view.getUint8(at);
    at = this.add('direct_map.type', at, 'u8');
    at = this.vector('direct_map.array', at, 8, 'u64');
    if (mapType === 2) at = this.vector('direct_map.hashtable', at, 16, 'u64');
    switch (node.fourcc) {
      case 'IwFd':
        at = this.vector('dedup instances', at, 8, 'u64');
        break;
      case 'IwPQ':
      case 'IwQR':
        at = this.add('by_residual', at, 'u8');
        at = this.add('code_size', at, 'u64');
        at = this.pq('pq', at);
        break;
      case 'IwSq':
        at = this.sq(at);
        at = this.add('code_size', at, 'u64');
        this.add('by_residual', at, 'u8');
        break;
      case 'IwPf':
        at = this.add('by_residual', at, 'u8');
        at = this.add('code_size', at, 'u64');
        at = this.add('bbs', at, 'i32');
        at = this.add('M2', at, 'u64');
        at = this.add('implem', at, 'i32');
        at = this.add('qbs2', at, 'u64');
        this.pq('pq', at);
        break;
    }
  }

  lists(node: FaissNode): void {
    let at = this.add('invlists.nlist', node.offset + 4, 'u64');
    const codeSize = this.u64(at);
    at = this.add('invlists.code_size', at, 'u64');
    if (node.fourcc === 'ilbl') {
      at = this.add('invlists.n_per_block', at, 'u64');
      at = this.add('invlists.block_size', at, 'u64');
      const nlist = this.u64(node.offset + 4);
      for (let list = 0; list < nlist && at < node.end; list++) {
        at = this.vector(`ids of list ${list}`, at, 8, list % 7 === 0 ? 'u64' : null);
        at = this.vector(`codes of list ${list}`, at, 1, null);
      }
      return;
    }
    const full = String.fromCharCode(...new Uint8Array(this.view.buffer, this.view.byteOffset + at, 4)) === 'full';
    at += 4;
    const count = this.u64(at);
    const sizesAt = at + 8;
    this.vector(full ? 'list sizes' : 'sparse list sizes', at, 8, 'u64');
    const sizes = new Map<number, number>();
    for (let i = 0; i < count; i += full ? 1 : 2) {
      if (full) sizes.set(i, this.u64(sizesAt + 8 * i));
      else sizes.set(this.u64(sizesAt + 8 * i), this.u64(sizesAt + 8 * i + 8));
    }
    at = sizesAt + 8 * count;
    for (const list of [...sizes.keys()].sort((a, b) => a - b)) {
      const size = sizes.get(list)!;
      if (size === 0) continue;
      const idsAt = at + size * codeSize;
      if (list % 5 === 0) {
        this.add(`ids of list ${list}[0]`, idsAt, 'u64');
        this.add(`ids of list ${list}[${size - 1}]`, idsAt + 8 * (size - 1), 'u64');
      }
      at = idsAt + 8 * size;
    }
  }

  hnsw(at: number): void {
    at = this.vector('hnsw.assign_probas', at, 8, null);
    at = this.vector('hnsw.cum_nneighbor_per_level', at, 4, 'i32');
    at = this.vector('hnsw.levels', at, 4, 'i32');
    at = this.vector('hnsw.offsets', at, 8, 'u64');
    at = this.vector('hnsw.neighbors', at, 4, 'i32');
    for (const name of ['entry_point', 'max_level', 'efConstruction', 'efSearch', 'upper_beam'])
      at = this.add(`hnsw.${name}`, at, 'i32');
  }

  node(node: FaissNode): void {
    const { fourcc } = node;
    if (fourcc.startsWith('il')) return this.lists(node);
    if (!fourcc.startsWith('I')) {
      // a vector transform: d_in, d_out, is_trained end it
      this.add(`${fourcc} d_in`, node.end - 9, 'i32');
      this.add(`${fourcc} d_out`, node.end - 5, 'i32');
      this.add(`${fourcc} is_trained`, node.end - 1, 'u8');
      return;
    }
    const at = this.header(node);
    if (fourcc.startsWith('Iw')) this.ivf(node, at);
    else if (fourcc.startsWith('IHN')) this.hnsw(at);
    else if (['IxF2', 'IxFI', 'IxFl'].includes(fourcc)) this.vector('flat vectors', at, 4, 'f32');
    else if (['IxPq', 'IxPo'].includes(fourcc)) {
      const end = this.vector('PQ codes', this.pq('pq', at), 1, null);
      this.add('search_type', end, 'i32');
    } else if (fourcc === 'IxSQ') this.vector('SQ codes', this.sq(at), 1, null);
    else if (fourcc === 'IPfs') {
      let rest = this.pq('pq', at);
      for (const [name, kind] of [
        ['implem', 'i32'],
        ['bbs', 'i32'],
        ['qbs', 'i32'],
        ['ntotal2', 'u64'],
        ['M2', 'u64'],
      ] as const)
        rest = this.add(name, rest, kind);
    } else if (fourcc === 'IxHe' || fourcc === 'IxHE') {
      let rest = this.add('nbits', at, 'i32');
      rest = this.add('rotate_data', rest, 'u8');
      rest = this.add('train_thresholds', rest, 'u8');
      this.add('code_size', this.vector('thresholds', rest, 4, 'f32'), 'i32');
      this.vector('LSH codes', node.children[0].end, 1, null);
    } else if (fourcc === 'IxRF') this.add('k_factor', node.end - 4, 'f32');
    else if (fourcc === 'IxMp' || fourcc === 'IxM2') this.vector('id_map', node.children[0].end, 8, 'u64');
    else if (fourcc === 'IxPT') this.add('number of transforms', at, 'i32');
  }
}

/** The fields of every node of `tree`, a valid file's tree. */
export function fieldsOf(bytes: Uint8Array, tree: FaissNode): Field[] {
  const map = new FieldMap(bytes);
  const visit = (node: FaissNode) => {
    map.node(node);
    node.children.forEach(visit);
  };
  visit(tree);
  return map.fields;
}
