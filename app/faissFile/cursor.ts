// A bounds-checked little-endian reader over the bytes of a faiss file. faiss writes its structs
// field by field in the machine's byte order; every platform that writes RVC indexes is
// little-endian. Every read checks the remaining length first, so a truncated or corrupt file
// ends in a FaissReadError naming the byte offset, never in a RangeError or a huge allocation.
import { AppError } from '../errors';

export class FaissReadError extends AppError {
  /** byte offset in the file where reading failed */
  offset: number;

  constructor(file: string, offset: number, detail: string) {
    super('INVALID_INPUT', `${file}: ${detail} at byte ${offset}`, { file });
    this.name = 'FaissReadError';
    this.offset = offset;
  }
}

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

  fail(detail: string, offset = this.pos): never {
    throw new FaissReadError(this.file, offset, detail);
  }

  /** Throws unless `count` more bytes exist; `what` names the field for the message. */
  need(count: number, what: string): void {
    if (count > this.remaining) {
      this.fail(`file ends inside ${what} (needs ${count} bytes, ${this.remaining} left)`);
    }
  }

  u8(what: string): number {
    this.need(1, what);
    return this.bytes[this.pos++];
  }

  bool(what: string): boolean {
    return this.u8(what) !== 0;
  }

  i32(what: string): number {
    this.need(4, what);
    const value = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return value;
  }

  u32(what: string): number {
    this.need(4, what);
    const value = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return value;
  }

  f32(what: string): number {
    this.need(4, what);
    const value = this.view.getFloat32(this.pos, true);
    this.pos += 4;
    return value;
  }

  /** A size_t / uint64 count. Values beyond 2^53 cannot describe anything inside a file. */
  u64(what: string): number {
    this.need(8, what);
    const at = this.pos;
    const low = this.view.getUint32(at, true);
    const high = this.view.getUint32(at + 4, true);
    if (high > MAX_SAFE_HIGH_WORD) this.fail(`${what} is impossibly large (corrupt file?)`, at);
    this.pos += 8;
    return high * TWO_32 + low;
  }

  /** A size_t that may hold faiss's "no such value" marker, (size_t)-1, returned as null. */
  u64OrUnset(what: string): number | null {
    this.need(8, what);
    if (this.view.getUint32(this.pos, true) === 0xffffffff && this.view.getUint32(this.pos + 4, true) === 0xffffffff) {
      this.pos += 8;
      return null;
    }
    return this.u64(what);
  }

  /** An int64 (faiss's idx_t) that must be a non-negative count, e.g. ntotal. */
  count64(what: string): number {
    this.need(8, what);
    const at = this.pos;
    const high = this.view.getInt32(at + 4, true);
    if (high < 0) this.fail(`${what} is negative (corrupt file?)`, at);
    return this.u64(what);
  }

  /** Four ASCII characters: the type tag faiss writes before every polymorphic object. */
  fourcc(what: string): string {
    this.need(4, what);
    const b = this.bytes;
    const p = this.pos;
    this.pos += 4;
    return String.fromCharCode(b[p], b[p + 1], b[p + 2], b[p + 3]);
  }

  skip(count: number, what: string): void {
    this.need(count, what);
    this.pos += count;
  }

  /**
   * The length prefix of a std::vector (uint64 element count), checked against the bytes left so
   * that nothing downstream ever trusts a corrupt length. Leaves the cursor on the first element.
   */
  vectorLength(elementBytes: number, what: string): number {
    const at = this.pos;
    const count = this.u64(`length of ${what}`);
    if (count > this.remaining / elementBytes) {
      this.fail(
        `${what} claims ${count} elements of ${elementBytes} bytes but only ${this.remaining} bytes are left`,
        at,
      );
    }
    return count;
  }

  /** Skips a whole std::vector without copying it; returns its element count. */
  skipVector(elementBytes: number, what: string): number {
    const count = this.vectorLength(elementBytes, what);
    this.pos += count * elementBytes;
    return count;
  }

  /** The first `keep` elements of a std::vector<int32> (skipping the rest) and its length. */
  int32VectorHead(keep: number, what: string): { count: number; head: number[] } {
    const count = this.vectorLength(4, what);
    const end = this.pos + count * 4;
    const head: number[] = [];
    for (let i = 0; i < Math.min(keep, count); i++) head.push(this.i32(what));
    this.pos = end;
    return { count, head };
  }

  /** int64 at an absolute offset (already bounds-checked by the caller via vectorLength). */
  int64At(offset: number): number {
    return this.view.getInt32(offset + 4, true) * TWO_32 + this.view.getUint32(offset, true);
  }
}
