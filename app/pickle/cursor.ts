// The operands of pickle instructions, read with every length checked against the bytes left
// before anything is allocated (a declared 2^60-byte string fails here, it is never allocated).
import type { Fail } from './torchGlobals';
import { decodeUtf8 } from './utf8';

/** longest line GLOBAL may read (module or name) */
const MAX_GLOBAL_LINE = 256;
/** LONG1 integers wider than this are refused (torch's widest is the legacy format's 10-byte magic number) */
const MAX_INT_BYTES = 16;

export class PickleCursor {
  pos: number;
  private readonly view: DataView;

  constructor(
    readonly bytes: Uint8Array,
    start: number,
    private readonly fail: Fail,
  ) {
    this.pos = start;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get atEnd(): boolean {
    return this.pos >= this.bytes.length;
  }

  need(count: number): void {
    if (count > this.bytes.length - this.pos) this.fail('pickle_truncated');
  }

  private take<T>(count: number, read: (at: number) => T): T {
    this.need(count);
    const value = read(this.pos);
    this.pos += count;
    return value;
  }

  u8(): number {
    return this.take(1, (at) => this.bytes[at]);
  }

  u16(): number {
    return this.take(2, (at) => this.view.getUint16(at, true));
  }

  i32(): number {
    return this.take(4, (at) => this.view.getInt32(at, true));
  }

  u32(): number {
    return this.take(4, (at) => this.view.getUint32(at, true));
  }

  /** BINFLOAT is big-endian */
  f64(): number {
    return this.take(8, (at) => this.view.getFloat64(at, false));
  }

  length32(signed: boolean): number {
    const length = signed ? this.i32() : this.u32();
    if (length < 0) this.fail('pickle_malformed', { detail: `negative length ${length}` });
    this.need(length);
    return length;
  }

  /** A 64-bit length, refused when it reaches past the end of the data. */
  length64(): number {
    const low = this.u32();
    const high = this.u32();
    const length = high * 2 ** 32 + low;
    this.need(length);
    return length;
  }

  /** LONG1's little-endian two's complement integer: a number when it fits exactly. */
  long(size: number): number | bigint {
    if (size > MAX_INT_BYTES) this.fail('pickle_limit', { what: 'bytes in one integer', limit: MAX_INT_BYTES });
    return this.take(size, (at) => {
      let value = 0n;
      for (let i = size - 1; i >= 0; i--) value = (value << 8n) | BigInt(this.bytes[at + i]);
      if (size > 0 && this.bytes[at + size - 1] & 0x80) value -= 1n << BigInt(8 * size);
      const exact = value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER);
      return exact ? Number(value) : value;
    });
  }

  text(length: number): string {
    this.need(length);
    const text = decodeUtf8(this.bytes, this.pos, this.pos + length);
    if (text === null) this.fail('pickle_malformed', { detail: 'a string is not valid UTF-8' });
    this.pos += length;
    return text;
  }

  raw(length: number): Uint8Array {
    this.need(length);
    const copy = this.bytes.slice(this.pos, this.pos + length);
    this.pos += length;
    return copy;
  }

  /** GLOBAL's operands: one line of printable ASCII. */
  line(): string {
    const limit = Math.min(this.bytes.length, this.pos + MAX_GLOBAL_LINE + 1);
    let end = this.pos;
    while (end < limit && this.bytes[end] !== 0x0a) end++;
    if (end === this.bytes.length) this.fail('pickle_truncated');
    if (end === limit) this.fail('pickle_limit', { what: 'characters in a global name', limit: MAX_GLOBAL_LINE });
    let text = '';
    for (let i = this.pos; i < end; i++) {
      const byte = this.bytes[i];
      if (byte < 0x20 || byte > 0x7e) this.fail('pickle_malformed', { detail: 'a global name is not printable ASCII' });
      text += String.fromCharCode(byte);
    }
    this.pos = end + 1;
    return text;
  }
}
