// A bounds-checked little-endian reader over the bytes of a faiss file. faiss writes its structs
// field by field in the machine's byte order; every platform that writes RVC indexes is
// little-endian. Every read checks the remaining length first, so a truncated or corrupt file
// ends in a FaissReadError naming the byte offset, never in a RangeError or a huge allocation.
import { AppError } from '../errors';
import { type Message, type MessageCode, type MessageParams, message } from '../messages';

/** A file the reader refuses: `detail` says why (its text ends with the byte offset). */
export class FaissReadError extends AppError {
  /** byte offset in the file where the offending field starts */
  readonly offset: number;
  readonly detail: Message;

  constructor(file: string, detail: Message) {
    super('INVALID_INPUT', `${file}: ${detail.text}`, { file, reason: detail });
    this.name = 'FaissReadError';
    this.offset = Number(detail.params.offset);
    this.detail = detail;
  }
}

/** A message about the field at `offset`. */
export const fieldMessage = (code: MessageCode, params: MessageParams, offset: number): Message =>
  message(code, { ...params, offset });

const TWO_32 = 2 ** 32;
/** Largest high word of a uint64 that still fits a JS number exactly (2^53 - 1). */
const MAX_SAFE_HIGH_WORD = 0x1fffff;

export class ByteCursor {
  readonly bytes: Uint8Array;
  readonly file: string;
  pos = 0;
  private readonly view: DataView;

  constructor(bytes: Uint8Array, file: string) {
    this.bytes = bytes;
    this.file = file;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.length;
  }

  get remaining(): number {
    return this.bytes.length - this.pos;
  }

  fail(code: MessageCode, params: MessageParams, offset = this.pos): never {
    throw new FaissReadError(this.file, fieldMessage(code, params, offset));
  }

  /** Fails unless `value` equals `expected` (`rule` says how faiss relates them). */
  expectEqual(field: string, value: number, rule: string, expected: number, offset: number): void {
    if (value !== expected) this.fail('faiss_not_equal', { field, value, rule, expected }, offset);
  }

  /** Fails unless min ≤ value ≤ max. */
  expectRange(field: string, value: number, min: number, max: number, offset: number): void {
    if (!(value >= min && value <= max)) this.fail('faiss_out_of_range', { field, value, min, max }, offset);
  }

  /** Throws unless `count` more bytes exist; `field` names what is being read. */
  need(count: number, field: string): void {
    if (count > this.remaining) this.fail('faiss_truncated', { field, needed: count, left: this.remaining });
  }

  u8(field: string): number {
    this.need(1, field);
    return this.bytes[this.pos++];
  }

  bool(field: string): boolean {
    return this.u8(field) !== 0;
  }

  i32(field: string): number {
    this.need(4, field);
    const value = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return value;
  }

  /** An int32 that must not be negative (a count or a dimension). */
  count32(field: string): number {
    const at = this.pos;
    const value = this.i32(field);
    if (value < 0) this.fail('faiss_too_small', { field, value, min: 0 }, at);
    return value;
  }

  f32(field: string): number {
    this.need(4, field);
    const value = this.view.getFloat32(this.pos, true);
    this.pos += 4;
    return value;
  }

  /** A size_t / uint64 count. Values beyond 2^53 cannot describe anything inside a file. */
  u64(field: string): number {
    this.need(8, field);
    const at = this.pos;
    const low = this.view.getUint32(at, true);
    const high = this.view.getUint32(at + 4, true);
    if (high > MAX_SAFE_HIGH_WORD) this.fail('faiss_impossibly_large', { field }, at);
    this.pos += 8;
    return high * TWO_32 + low;
  }

  /** A size_t that may hold faiss's "no such value" marker, (size_t)-1, returned as null. */
  u64OrUnset(field: string): number | null {
    this.need(8, field);
    if (this.view.getUint32(this.pos, true) === 0xffffffff && this.view.getUint32(this.pos + 4, true) === 0xffffffff) {
      this.pos += 8;
      return null;
    }
    return this.u64(field);
  }

  /** An int64 (faiss's idx_t) that must be a non-negative count, e.g. ntotal. */
  count64(field: string): number {
    this.need(8, field);
    const at = this.pos;
    const high = this.view.getInt32(at + 4, true);
    if (high < 0) this.fail('faiss_too_small', { field, value: this.int64At(at), min: 0 }, at);
    return this.u64(field);
  }

  /** Four ASCII characters: the type tag faiss writes before every polymorphic object. */
  fourcc(field: string): string {
    this.need(4, field);
    const b = this.bytes;
    const p = this.pos;
    this.pos += 4;
    return String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3]);
  }

  skip(count: number, field: string): void {
    this.need(count, field);
    this.pos += count;
  }

  /**
   * The length prefix of a std::vector (uint64 element count), checked against the bytes left so
   * that nothing downstream ever trusts a corrupt length. Leaves the cursor on the first element.
   */
  vectorLength(elementBytes: number, field: string): number {
    const at = this.pos;
    const count = this.u64(`length of ${field}`);
    if (count > this.remaining / elementBytes) {
      this.fail('faiss_vector_too_long', { field, count, elementBytes, left: this.remaining }, at);
    }
    return count;
  }

  /** Skips a whole std::vector without copying it; returns its element count and where its
   *  elements start. */
  skipVector(elementBytes: number, field: string): { count: number; at: number } {
    const count = this.vectorLength(elementBytes, field);
    const at = this.pos;
    this.pos += count * elementBytes;
    return { count, at };
  }

  /** int32 at an absolute offset (already bounds-checked by the caller via vectorLength). */
  int32At(offset: number): number {
    return this.view.getInt32(offset, true);
  }

  /** float32 at an absolute offset (already bounds-checked by the caller). */
  float32At(offset: number): number {
    return this.view.getFloat32(offset, true);
  }

  /** int64 at an absolute offset (already bounds-checked by the caller), exact below 2^53. */
  int64At(offset: number): number {
    return this.view.getInt32(offset + 4, true) * TWO_32 + this.view.getUint32(offset, true);
  }
}
