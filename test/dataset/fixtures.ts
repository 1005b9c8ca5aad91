// Test fixtures for the dataset tests: experiment folders written in temp dirs, by our own
// float32 writer or by NumPy (an independent writer for float16, float64, big-endian, Fortran
// order and 3-D files). Tests make their own inputs: the product needs nothing outside the repository.
import fs from 'node:fs';
import path from 'node:path';
import { encodeNpyFloat32 } from '../../app/npy';
import { runPython } from '../helpers/python';
import { tempDir } from '../helpers/tmp';
import { randomVectors } from '../helpers/vectors';
import { AppError } from '../../app/errors';
import { expect } from 'vitest';

export { snapshot } from '../helpers/snapshot';

/** Deterministic pseudo-random float32 rows, values in [-2, 2). */
export const randomRows = (rows: number, d: number, seed = 1): Float32Array =>
  randomVectors(rows, d, seed).map((v) => v * 4 - 2);

/** Writes a float32 C-order .npy (what RVC writes) and returns its rows. */
export function writeFloat32(
  file: string,
  rows: number,
  d: number,
  seed = 1,
  shape: number[] = [rows, d],
): Float32Array {
  const data = randomRows(rows, d, seed);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, encodeNpyFloat32(data, shape));
  return data;
}

const NUMPY_PRELUDE = `
import json, os, sys
import numpy as np
out, expected_dir = sys.argv[1], sys.argv[2]
rng = np.random.default_rng(7)

def save(rel, array, **kwargs):
    """Writes array to out/rel with NumPy's own writer, and the float32 C-order matrix the
    loader must produce (3-D (1, T, d) squeezed) as raw little-endian bytes in expected_dir."""
    target = os.path.join(out, rel)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, 'wb') as f:
        np.lib.format.write_array(f, array, **kwargs)
    matrix = array[0] if array.ndim == 3 and array.shape[0] == 1 else array
    if matrix.ndim == 2 and matrix.dtype.kind == 'f':
        exp = os.path.join(expected_dir, rel + '.f32')
        os.makedirs(os.path.dirname(exp), exist_ok=True)
        np.ascontiguousarray(matrix, dtype='<f4').tofile(exp)
`;

/** Runs a NumPy script with save(rel, array, **write_array_kwargs) and rng available. */
export function numpyWrite(dir: string, expectedDir: string, body: string): void {
  runPython(`${NUMPY_PRELUDE}\n${body}\nprint(json.dumps({}))`, [dir, expectedDir]);
}

/** The float32 matrix NumPy says a file holds (written by save()). */
export function expectedRows(expectedDir: string, rel: string): Float32Array {
  const bytes = fs.readFileSync(path.join(expectedDir, `${rel}.f32`));
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

let scratch: string | null = null;
let made = 0;
/** A fresh folder (under one temp dir per test file, so tests do not pile up exit hooks). */
export function freshDir(name = 'dir'): string {
  scratch ??= tempDir('rvc-dataset-');
  const dir = path.join(scratch, `${made++}`, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** The AppError `fn` throws (fails the test when it throws something else, or nothing). */
export function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected an AppError');
}
