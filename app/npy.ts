// The .npy format (NumPy's format spec, versions 1-3): header parsing and writing, and decoding of
// the data into float32. Isomorphic: works on byte ranges, so the Node side (main/dataset/load.ts)
// reads headers first, preallocates one Float32Array for every file, and then reads each file's
// data straight into it.
//
// Why our own reader rather than the `npyjs` package: npyjs parses a whole file from one
// ArrayBuffer into a new typed array per file, so loading an experiment would hold every file twice
// (bytes + array, then the concatenation); its dtype table only knows little-endian descrs; and it
// hands Fortran-order data back untransposed. We need each file's rows decoded (float16/float64 ->
// float32, either byte order, C or Fortran order) straight into its place in one shared
// Float32Array. That takes ~100 lines, tested against NumPy-written files (test/dataset/).
import { refuse } from './errors';

export const NPY_MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // "\x93NUMPY"
/** Enough bytes for any header RVC or NumPy writes (headers are padded to 64 bytes). */
export const NPY_HEADER_PROBE_BYTES = 64 * 1024;

export interface NpyDtype {
  descr: string;
  kind: 'f' | 'i' | 'u' | 'b' | 'other';
  /** bytes per element */
  size: number;
  littleEndian: boolean;
}

export interface NpyHeader {
  version: number;
  /** byte offset of the data */
  dataOffset: number;
  dtype: NpyDtype;
  fortranOrder: boolean;
  shape: number[];
}

export function parseDtype(descr: string): NpyDtype {
  const match = /^([<>|=]?)([a-zA-Z])(\d+)$/.exec(descr);
  if (!match) return { descr, kind: 'other', size: 0, littleEndian: true };
  const [, order, letter, digits] = match;
  const kind = ['f', 'i', 'u', 'b'].includes(letter) ? (letter as NpyDtype['kind']) : 'other';
  // '=' is native order; every platform RVC runs on is little-endian.
  return { descr, kind, size: Number(digits), littleEndian: order !== '>' };
}

const decodeLatin1 = (bytes: Uint8Array) => {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
};

/** Parses the header dict, e.g. {'descr': '<f4', 'fortran_order': False, 'shape': (149, 768), } */
function parseHeaderDict(text: string, file: string): { descr: string; fortranOrder: boolean; shape: number[] } {
  const descr = /['"]descr['"]\s*:\s*['"]([^'"]+)['"]/.exec(text)?.[1];
  const fortran = /['"]fortran_order['"]\s*:\s*(True|False)/.exec(text)?.[1];
  const shapeText = /['"]shape['"]\s*:\s*\(([^)]*)\)/.exec(text)?.[1];
  if (descr === undefined || fortran === undefined || shapeText === undefined) {
    throw refuse(file, 'npy_bad_header');
  }
  const shape = shapeText
    .split(',')
    .map((part) => part.trim().replace(/L$/, ''))
    .filter((part) => part.length > 0)
    .map((part) => {
      if (!/^\d+$/.test(part)) throw refuse(file, 'npy_bad_shape', { part });
      return Number(part);
    });
  return { descr, fortranOrder: fortran === 'True', shape };
}

/**
 * Byte offset of the data (= total header size), from the first 12 bytes of a file. Lets a reader
 * fetch exactly the header before calling parseNpyHeader. `file` names the file in errors.
 */
export function npyDataOffset(prefix: Uint8Array, file: string): number {
  if (prefix.length < 10 || NPY_MAGIC.some((byte, i) => prefix[i] !== byte)) {
    throw refuse(file, 'npy_no_magic');
  }
  const version = prefix[6];
  if (version < 1 || version > 3) throw refuse(file, 'npy_version', { major: version, minor: prefix[7] });
  const lengthBytes = version === 1 ? 2 : 4;
  if (prefix.length < 8 + lengthBytes) throw refuse(file, 'npy_header_truncated');
  const view = new DataView(prefix.buffer, prefix.byteOffset, prefix.byteLength);
  const headerLength = version === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  return 8 + lengthBytes + headerLength;
}

/** Parses the header at the start of `bytes`. `file` names the file in error messages. */
export function parseNpyHeader(bytes: Uint8Array, file: string): NpyHeader {
  const dataOffset = npyDataOffset(bytes, file);
  const version = bytes[6];
  const lengthBytes = version === 1 ? 2 : 4;
  if (bytes.length < dataOffset) throw refuse(file, 'npy_header_short', { needed: dataOffset });
  const dict = parseHeaderDict(decodeLatin1(bytes.subarray(8 + lengthBytes, dataOffset)), file);
  return { version, dataOffset, dtype: parseDtype(dict.descr), fortranOrder: dict.fortranOrder, shape: dict.shape };
}

/** Number of elements of an array of this shape (1 for a 0-d scalar, as NumPy). */
export const npyElementCount = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

// ---------------------------------------------------------------- decoding to float32

let halfTable: Float32Array | null = null;

/** float16 bit pattern -> value, for all 65 536 patterns (256 KiB, built on first use). */
function float16Table(): Float32Array {
  if (halfTable) return halfTable;
  halfTable = new Float32Array(65536);
  for (let bits = 0; bits < 65536; bits++) {
    const sign = bits & 0x8000 ? -1 : 1;
    const exponent = (bits >> 10) & 0x1f;
    const mantissa = bits & 0x3ff;
    halfTable[bits] =
      exponent === 0
        ? sign * mantissa * 2 ** -24 // subnormal: mantissa/1024 · 2^-14
        : exponent === 31
          ? mantissa
            ? NaN
            : sign * Infinity
          : sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
  }
  return halfTable;
}

export const float16ToFloat32 = (bits: number) => float16Table()[bits & 0xffff];

/** True for the dtypes decodeNpyFloats understands: float16, float32, float64, either byte order. */
export const isDecodableFloat = (dtype: NpyDtype) =>
  dtype.kind === 'f' && (dtype.size === 2 || dtype.size === 4 || dtype.size === 8);

/** The element layout of a 2-D [rows, cols] array (a squeezed (1, rows, cols) has the same layout). */
export interface NpyMatrixLayout {
  rows: number;
  cols: number;
  fortranOrder: boolean;
}

/** Decodes `count` consecutive elements into out[at ...]. One tight loop per dtype and byte order
 *  (typed-array views when the bytes are little-endian and aligned): 2-3x faster than a
 *  per-element reader function. */
function decodeRun(bytes: Uint8Array, dtype: NpyDtype, count: number, out: Float32Array, at: number): void {
  const { size, littleEndian } = dtype;
  const aligned = bytes.byteOffset % size === 0;
  if (littleEndian && aligned) {
    if (size === 4) {
      out.set(new Float32Array(bytes.buffer, bytes.byteOffset, count), at);
    } else if (size === 8) {
      const values = new Float64Array(bytes.buffer, bytes.byteOffset, count);
      for (let i = 0; i < count; i++) out[at + i] = values[i];
    } else {
      const table = float16Table();
      const halves = new Uint16Array(bytes.buffer, bytes.byteOffset, count);
      for (let i = 0; i < count; i++) out[at + i] = table[halves[i]];
    }
    return;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (size === 4) {
    if (littleEndian) for (let i = 0; i < count; i++) out[at + i] = view.getFloat32(i * 4, true);
    else for (let i = 0; i < count; i++) out[at + i] = view.getFloat32(i * 4, false);
  } else if (size === 8) {
    if (littleEndian) for (let i = 0; i < count; i++) out[at + i] = view.getFloat64(i * 8, true);
    else for (let i = 0; i < count; i++) out[at + i] = view.getFloat64(i * 8, false);
  } else {
    const table = float16Table();
    if (littleEndian) for (let i = 0; i < count; i++) out[at + i] = table[view.getUint16(i * 2, true)];
    else for (let i = 0; i < count; i++) out[at + i] = table[view.getUint16(i * 2, false)];
  }
}

let fortranScratch = new Float32Array(0);

/**
 * Decodes a run of raw .npy elements into a row-major float32 matrix. `bytes` holds whole
 * elements, starting with element number `firstElement` of the file's data (in the file's own
 * order); each lands at out[outOffset + row·cols + col]. Fortran-order data is transposed on the
 * way (element e is row e % rows, column ⌊e / rows⌋), so callers can stream a file in chunks.
 */
export function decodeNpyFloats(
  bytes: Uint8Array,
  dtype: NpyDtype,
  firstElement: number,
  layout: NpyMatrixLayout,
  out: Float32Array,
  outOffset: number,
): void {
  if (!isDecodableFloat(dtype)) throw new Error(`decodeNpyFloats: unsupported dtype ${dtype.descr}`);
  const count = Math.floor(bytes.byteLength / dtype.size);
  if (!layout.fortranOrder) {
    decodeRun(bytes, dtype, count, out, outOffset + firstElement);
    return;
  }
  // Decode contiguously first (fast loops), then scatter the column-major run into rows.
  if (fortranScratch.length < count) fortranScratch = new Float32Array(count);
  const values = fortranScratch;
  decodeRun(bytes, dtype, count, values, 0);
  const { rows, cols } = layout;
  let row = firstElement % rows;
  let col = (firstElement - row) / rows;
  for (let i = 0; i < count; i++) {
    out[outOffset + row * cols + col] = values[i];
    if (++row === rows) {
      row = 0;
      col++;
    }
  }
}

/** A version 1.0 header for a C-order array, padded so the data starts on a 64-byte boundary. */
export function encodeNpyHeader(shape: number[], descr = '<f4'): Uint8Array {
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  let dict = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${shapeText}, }`;
  const unpadded = 10 + dict.length + 1;
  dict += ' '.repeat((64 - (unpadded % 64)) % 64) + '\n';
  const header = new Uint8Array(10 + dict.length);
  header.set(NPY_MAGIC, 0);
  header[6] = 1;
  header[7] = 0;
  new DataView(header.buffer).setUint16(8, dict.length, true);
  for (let i = 0; i < dict.length; i++) header[10 + i] = dict.charCodeAt(i);
  return header;
}

/** A complete little-endian float32 .npy file. */
export function encodeNpyFloat32(data: Float32Array, shape: number[]): Uint8Array {
  const count = shape.reduce((a, b) => a * b, 1);
  if (count !== data.length) throw new Error(`shape ${shape.join('x')} does not match ${data.length} values`);
  const header = encodeNpyHeader(shape);
  const out = new Uint8Array(header.length + data.byteLength);
  out.set(header, 0);
  out.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), header.length);
  return out;
}
