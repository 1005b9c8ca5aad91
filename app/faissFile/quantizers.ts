// Vector codecs embedded in indexes: the product quantizer and the scalar quantizer. They are
// not polymorphic in the file (no type tag), so they become parameters of their index's node.
import type { FaissNode } from '../contract';
import type { ParseContext } from './context';

/** ProductQuantizer: d, M, nbits (uint64 each), then the centroids (float32 vector). */
export function readProductQuantizer(ctx: ParseContext, node: FaissNode, prefix = 'pq'): void {
  const c = ctx.cursor;
  const d = c.u64('PQ d');
  const mAt = c.pos;
  const m = c.u64('PQ M');
  const nbits = c.u64('PQ nbits');
  if (m === 0 || nbits === 0 || nbits > 24)
    c.fail(`product quantizer M = ${m}, nbits = ${nbits} is impossible (corrupt file?)`, mAt);
  c.skipVector(4, 'PQ centroids');
  node.params[`${prefix}_m`] = m;
  node.params[`${prefix}_nbits`] = nbits;
  if (d !== node.d) node.params[`${prefix}_d`] = d;
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

/** ScalarQuantizer: qtype, rangestat (int32 each), rangestat_arg (float32), d, code_size
 *  (uint64 each), trained ranges (float32 vector). */
export function readScalarQuantizer(ctx: ParseContext, node: FaissNode): void {
  const c = ctx.cursor;
  const qtype = c.i32('SQ type');
  c.i32('SQ rangestat');
  c.f32('SQ rangestat_arg');
  c.u64('SQ d');
  const codeSize = c.u64('SQ code_size');
  c.skipVector(4, 'SQ trained values');
  node.params.sq_type = SQ_TYPES[qtype] ?? `QT ${qtype}`;
  node.params.sq_code_size = codeSize;
}
