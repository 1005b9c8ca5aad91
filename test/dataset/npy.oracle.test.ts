// The .npy reader against NumPy's own writer: header versions, every float16 bit pattern, byte
// order, Fortran order decoded in arbitrary chunks.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../app/errors';
import {
  decodeNpyFloats,
  encodeNpyFloat32,
  encodeNpyHeader,
  float16ToFloat32,
  npyDataOffset,
  parseDtype,
  parseNpyHeader,
} from '../../app/npy';
import { runPython } from '../helpers/python';
import { expectedRows, freshDir, numpyWrite } from './fixtures';

const readNpy = (file: string) => {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const header = parseNpyHeader(bytes, file);
  return { bytes, header, data: bytes.subarray(header.dataOffset) };
};

function decodeWhole(file: string) {
  const { header, data } = readNpy(file);
  const [rows, cols] = header.shape.length === 3 ? header.shape.slice(1) : header.shape;
  const out = new Float32Array(rows * cols);
  decodeNpyFloats(data, header.dtype, 0, { rows, cols, fortranOrder: header.fortranOrder }, out, 0);
  return out;
}

describe('npy headers', () => {
  const dir = freshDir();
  const expected = freshDir();
  numpyWrite(
    dir,
    expected,
    `
a = rng.standard_normal((5, 7)).astype('<f4')
save('v1.npy', a, version=(1, 0))
save('v2.npy', a, version=(2, 0))
save('v3.npy', a, version=(3, 0))
`,
  );

  it.each(['v1', 'v2', 'v3'])('parses NumPy format %s headers', (version) => {
    const { bytes, header } = readNpy(path.join(dir, `${version}.npy`));
    expect(header.version).toBe(Number(version[1]));
    expect(header.shape).toEqual([5, 7]);
    expect(header.dtype).toMatchObject({ kind: 'f', size: 4, littleEndian: true });
    expect(header.fortranOrder).toBe(false);
    expect(npyDataOffset(bytes.subarray(0, 12), 'x')).toBe(header.dataOffset);
    expect(header.dataOffset % 16).toBe(0); // NumPy aligns the data
    expect(decodeWhole(path.join(dir, `${version}.npy`))).toEqual(expectedRows(expected, 'v1.npy'));
  });

  it('refuses bytes without the magic, naming the file', () => {
    const error = (() => {
      try {
        npyDataOffset(new TextEncoder().encode('PK\x03\x04 a zip file'), 'x.npy');
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', file: 'x.npy' });
    expect(error!.message).toMatch(/x\.npy: not a \.npy file/);
  });

  it('keeps the writer working: our float32 files parse back (and NumPy reads them)', () => {
    const data = Float32Array.from({ length: 12 }, (_, i) => i / 3);
    const file = path.join(dir, 'ours.npy');
    fs.writeFileSync(file, encodeNpyFloat32(data, [3, 4]));
    expect(decodeWhole(file)).toEqual(data);
    expect(encodeNpyHeader([3, 4]).length % 64).toBe(0);
    const back = runPython<{ shape: number[]; values: number[] }>(
      'import json, sys\nimport numpy as np\na = np.load(sys.argv[1])\nprint(json.dumps({"shape": list(a.shape), "values": a.ravel().tolist()}))',
      [file],
    );
    expect(back.shape).toEqual([3, 4]);
    expect(Float32Array.from(back.values)).toEqual(data);
  });

  it('parses dtype descriptors', () => {
    expect(parseDtype('>f8')).toMatchObject({ kind: 'f', size: 8, littleEndian: false });
    expect(parseDtype('<f2')).toMatchObject({ kind: 'f', size: 2, littleEndian: true });
    expect(parseDtype('|u1')).toMatchObject({ kind: 'u', size: 1 });
    expect(parseDtype('<c8').kind).toBe('other');
  });
});

describe('decoding to float32', () => {
  const dir = freshDir();
  const expected = freshDir();
  numpyWrite(
    dir,
    expected,
    `
bits = np.arange(65536, dtype='<u2')
with np.errstate(all='ignore'):
    halves = bits.view('<f2').reshape(256, 256)
save('f16.npy', halves)
save('f16be.npy', halves.astype('>f2'))
b = rng.standard_normal((37, 11))
save('f8.npy', b)
save('f8be_fortran.npy', np.asfortranarray(b.astype('>f8')))
save('f4be.npy', b.astype('>f4'))
save('f4_fortran.npy', np.asfortranarray(b.astype('<f4')))
save('f2_fortran_3d.npy', np.asfortranarray(b.astype('<f2')[None]))
`,
  );

  it('converts all 65 536 float16 bit patterns exactly as NumPy does (either byte order)', () => {
    const want = expectedRows(expected, 'f16.npy');
    for (const name of ['f16.npy', 'f16be.npy']) {
      const got = decodeWhole(path.join(dir, name));
      let mismatches = 0;
      for (let i = 0; i < want.length; i++)
        if (!Object.is(got[i], want[i]) && !(Number.isNaN(got[i]) && Number.isNaN(want[i]))) mismatches++;
      expect(mismatches, name).toBe(0);
    }
    expect(float16ToFloat32(0x3c00)).toBe(1);
    expect(float16ToFloat32(0xc000)).toBe(-2);
    expect(float16ToFloat32(0x0001)).toBe(2 ** -24);
    expect(float16ToFloat32(0x7c00)).toBe(Infinity);
  });

  it.each(['f8.npy', 'f8be_fortran.npy', 'f4be.npy', 'f4_fortran.npy', 'f2_fortran_3d.npy'])(
    "%s decodes to NumPy's float32 values",
    (name) => {
      expect(decodeWhole(path.join(dir, name))).toEqual(expectedRows(expected, name));
    },
  );

  it('decodes Fortran-order data the same in chunks of any size', () => {
    const { header, data } = readNpy(path.join(dir, 'f8be_fortran.npy'));
    const layout = { rows: 37, cols: 11, fortranOrder: true };
    for (const chunkElements of [1, 5, 36, 37, 100, 407]) {
      const out = new Float32Array(37 * 11 + 11).fill(-99);
      for (let e = 0; e < 37 * 11; e += chunkElements) {
        const end = Math.min(37 * 11, e + chunkElements);
        decodeNpyFloats(data.subarray(e * 8, end * 8), header.dtype, e, layout, out, 11);
      }
      expect(out.subarray(0, 11).every((v) => v === -99)).toBe(true); // outOffset respected
      expect(out.subarray(11)).toEqual(expectedRows(expected, 'f8be_fortran.npy'));
    }
  });
});
