// Test fixtures for the dataset tests: experiment folders written in temp dirs, by our own
// float32 writer or by NumPy (an independent writer for float16, float64, big-endian, Fortran
// order and 3-D files). Tests never read ../shared: the product must not need it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { encodeNpyFloat32 } from '../../app/npy';
import { runPython } from '../helpers/python';
import { tempDir } from '../helpers/tmp';

/** Deterministic pseudo-random float32 rows (xorshift; values in [-2, 2)). */
export function randomRows(rows: number, d: number, seed = 1): Float32Array {
  const out = new Float32Array(rows * d);
  let state = (seed * 2654435761) >>> 0 || 1;
  for (let i = 0; i < out.length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out[i] = ((state >>> 0) / 2 ** 32) * 4 - 2;
  }
  return out;
}

/** Writes a float32 C-order .npy (what RVC writes) and returns its rows. */
export function writeFloat32(file: string, rows: number, d: number, seed = 1, shape: number[] = [rows, d]): Float32Array {
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

/** Every file under `dir` with its content hash, size and mtime, plus every folder's mtime. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    out[`${path.relative(dir, folder)}/`] = String(fs.statSync(folder).mtimeMs);
    for (const name of fs.readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      const stat = fs.statSync(full);
      if (stat.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = `${crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex')} ${stat.size} ${stat.mtimeMs}`;
    }
  };
  walk(dir);
  return out;
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
