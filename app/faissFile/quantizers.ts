// Vector codecs embedded in indexes: the product quantizer and the scalar quantizer. They are
// not polymorphic in the file (no type tag), so they become parameters of their index's node.
// faiss's search and decoding index their tables with the sizes derived from M, nbits, qtype and
// d, so the stored tables must have exactly those sizes.
import type { FaissNode } from '../contract';
import type { ParseContext } from './context';
import type { ByteCursor } from './cursor';

export interface PqRead {
  d: number;
  m: number;
  nbits: number;
  /** bytes per encoded vector: ceil(M · nbits / 8) */
  codeSize: number;
  nbitsAt: number;
}

/** The most bits per sub-quantizer index: 2^24 centroids per sub-space is already 64 MB × d. */
const MAX_PQ_NBITS = 24;

/** Fails at the first NaN or infinity among `count` float32 values starting at `at`. */
function expectFinite(c: ByteCursor, field: string, count: number, at: number): void {
  for (let i = 0; i < count; i++) {
    const value = c.float32At(at + 4 * i);
    if (!Number.isFinite(value))
      c.fail('faiss_not_finite', { field: `${field}[${i}]`, value: String(value) }, at + 4 * i);
  }
}

/** ProductQuantizer: d, M, nbits (uint64 each), then the centroids (float32 vector) of d × 2^nbits
 *  floats. `d` is the dimension of the index that owns it. */
export function readProductQuantizer(ctx: ParseContext, node: FaissNode, d: number, prefix = 'pq'): PqRead {
  const c = ctx.cursor;
  const dAt = c.pos;
  const pqD = c.u64(`${prefix}.d`);
  c.expectEqual(`${prefix}.d`, pqD, 'd', d, dAt);
  const mAt = c.pos;
  const m = c.u64(`${prefix}.M`);
  const nbitsAt = c.pos;
  const nbits = c.u64(`${prefix}.nbits`);
  c.expectRange(`${prefix}.M`, m, 1, Math.max(1, d), mAt);
  // faiss refuses (throws) a d that M does not divide; the sub-vector length is d / M
  if (d % m !== 0)
    c.fail('faiss_not_multiple', { field: `${prefix}.d`, value: d, divisorField: `${prefix}.M`, divisor: m }, dAt);
  c.expectRange(`${prefix}.nbits`, nbits, 1, MAX_PQ_NBITS, nbitsAt);
  const centroids = c.skipVector(4, `${prefix} centroids`);
  c.expectEqual(`${prefix}.centroids length`, centroids.count, 'd × 2^nbits', d * 2 ** nbits, centroids.at - 8);
  expectFinite(c, `${prefix}.centroids`, centroids.count, centroids.at);
  node.params[`${prefix}_m`] = m;
  node.params[`${prefix}_nbits`] = nbits;
  return { d, m, nbits, codeSize: Math.ceil((m * nbits) / 8), nbitsAt };
}

/** faiss ScalarQuantizer::QuantizerType, in enum order (QT_bf16 and later arrived after 1.7.3). */
const SQ_TYPES = [
  'QT_8bit',
  'QT_4bit',
  'QT_8bit_uniform',
  'QT_4bit_uniform',
  'QT_fp16',
  'QT_8bit_direct',
  'QT_6bit',
  'QT_bf16',
  'QT_8bit_direct_signed',
];

/** Bytes per vector of each quantizer type (faiss ScalarQuantizer::set_derived_sizes). */
const sqCodeSize = (qtype: number, d: number): number =>
  [d, Math.ceil(d / 2), d, Math.ceil(d / 2), 2 * d, d, Math.ceil((6 * d) / 8), 2 * d, d][qtype];

/** Trained floats: a range per dimension (non-uniform), one shared range (uniform), or none. */
const sqTrainedCount = (qtype: number, d: number): number => [2 * d, 2 * d, 2, 2, 0, 0, 2 * d, 0, 0][qtype];

export interface SqRead {
  qtype: number;
  codeSize: number;
}

/** ScalarQuantizer: qtype, rangestat (int32 each), rangestat_arg (float32), d, code_size
 *  (uint64 each), trained ranges (float32 vector). `isTrained` is the owning index's flag. */
export function readScalarQuantizer(ctx: ParseContext, node: FaissNode, d: number, isTrained: boolean): SqRead {
  const c = ctx.cursor;
  const qtypeAt = c.pos;
  const qtype = c.i32('sq.qtype');
  if (!(qtype >= 0 && qtype < SQ_TYPES.length))
    c.fail('faiss_not_one_of', { field: 'sq.qtype', value: qtype, allowed: `0…${SQ_TYPES.length - 1}` }, qtypeAt);
  c.i32('sq.rangestat');
  c.f32('sq.rangestat_arg');
  const dAt = c.pos;
  c.expectEqual('sq.d', c.u64('sq.d'), 'd', d, dAt);
  const codeSizeAt = c.pos;
  const codeSize = sqCodeSize(qtype, d);
  c.expectEqual('sq.code_size', c.u64('sq.code_size'), `code size of ${SQ_TYPES[qtype]}`, codeSize, codeSizeAt);
  const trained = c.skipVector(4, 'sq.trained');
  const expected = sqTrainedCount(qtype, d);
  if (!(trained.count === expected || (trained.count === 0 && !isTrained)))
    c.expectEqual('sq.trained length', trained.count, `trained values of ${SQ_TYPES[qtype]}`, expected, trained.at - 8);
  expectFinite(c, 'sq.trained', trained.count, trained.at);
  node.params.sq_type = SQ_TYPES[qtype];
  node.params.sq_code_size = codeSize;
  ctx.keep(node, 'sq.qtype', qtype, qtypeAt);
  return { qtype, codeSize };
}
