// The .npy header (NumPy's format spec, versions 1-3): parsing and writing. Isomorphic: works on
// the first bytes of a file, so the Node side can read headers and then stream the data straight
// into a preallocated Float32Array.
import { inputError } from './errors';

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
    throw inputError(file, `${file}: .npy header is not a valid NumPy header dict`);
  }
  const shape = shapeText
    .split(',')
    .map((part) => part.trim().replace(/L$/, ''))
    .filter((part) => part.length > 0)
    .map((part) => {
      if (!/^\d+$/.test(part)) throw inputError(file, `${file}: .npy shape contains '${part}'`);
      return Number(part);
    });
  return { descr, fortranOrder: fortran === 'True', shape };
}

/** Parses the header at the start of `bytes`. `file` names the file in error messages. */
export function parseNpyHeader(bytes: Uint8Array, file: string): NpyHeader {
  if (bytes.length < 10 || NPY_MAGIC.some((byte, i) => bytes[i] !== byte)) {
    throw inputError(file, `${file}: not a .npy file (missing the \\x93NUMPY magic)`);
  }
  const version = bytes[6];
  if (version < 1 || version > 3) throw inputError(file, `${file}: unsupported .npy version ${version}.${bytes[7]}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lengthBytes = version === 1 ? 2 : 4;
  if (bytes.length < 8 + lengthBytes) throw inputError(file, `${file}: truncated .npy header`);
  const headerLength = version === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const dataOffset = 8 + lengthBytes + headerLength;
  if (bytes.length < dataOffset) throw inputError(file, `${file}: truncated .npy header (needs ${dataOffset} bytes)`);
  const dict = parseHeaderDict(decodeLatin1(bytes.subarray(8 + lengthBytes, dataOffset)), file);
  return { version, dataOffset, dtype: parseDtype(dict.descr), fortranOrder: dict.fortranOrder, shape: dict.shape };
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
