// Crafted files for the rule tests: corpus files with fields edited in place (located by
// test/fuzz/fields.ts, independently of the reader), and the two ways a file is refused.
import { expect } from 'vitest';
import type { FaissNode } from '../../app/contract';
import { FaissReadError, checkForEngine, inspectFaissBytes } from '../../app/faissFile';
import { type Field, fieldsOf } from '../fuzz/fields';
import { type Corpus, readBytes } from './corpus';

export const ascii = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));

/** A copy of a corpus file, its tree, and its fields by name (first in tree order, or `nth`). */
export function crafted(corpus: Corpus, name: string) {
  const bytes = readBytes(corpus.cases[name].file).slice();
  const { tree } = inspectFaissBytes(bytes, name);
  const fields = fieldsOf(bytes, tree);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const field = (fieldName: string, nth = 0): Field => {
    const found = fields.filter((f) => f.name === fieldName)[nth];
    if (!found) throw new Error(`${name} has no field ${fieldName} #${nth}`);
    return found;
  };
  const set = (target: Field | { at: number; kind: Field['kind'] }, value: number | bigint) => {
    if (target.kind === 'u8') view.setUint8(target.at, Number(value));
    else if (target.kind === 'i32') view.setInt32(target.at, Number(value), true);
    else if (target.kind === 'f32') view.setFloat32(target.at, Number(value), true);
    else view.setBigInt64(target.at, BigInt(value), true);
    return target.at;
  };
  const get = (target: Field) =>
    target.kind === 'i32' ? view.getInt32(target.at, true) : Number(view.getBigInt64(target.at, true));
  const node = (fourcc: string, nth = 0): FaissNode => {
    const found: FaissNode[] = [];
    const visit = (n: FaissNode) => (n.fourcc === fourcc && found.push(n), n.children.forEach(visit));
    visit(tree);
    return found[nth];
  };
  return { bytes, tree, field, set, get, node, view };
}

/** The reader refuses `bytes`: inspect's error and the engine's FaissReadError agree. */
export function readerRefuses(bytes: Uint8Array, code: string, offset: number, params: Record<string, unknown> = {}) {
  const { error } = inspectFaissBytes(bytes, 'crafted.index');
  expect(error).toMatchObject({ code, params: { ...params, offset } });
  expect(() => checkForEngine(bytes, 'crafted.index')).toThrow(`crafted.index: ${error!.text}`);
}

/** Only the engine refuses `bytes`: inspect reads it without an error. */
export function engineRefuses(bytes: Uint8Array, code: string, offset: number, params: Record<string, unknown> = {}) {
  expect(inspectFaissBytes(bytes, 'crafted.index').error).toBeNull();
  try {
    checkForEngine(bytes, 'crafted.index');
  } catch (error) {
    expect(error).toBeInstanceOf(FaissReadError);
    expect((error as FaissReadError).detail).toMatchObject({ code, params: { ...params, offset } });
    expect((error as FaissReadError).message).toMatch(/^crafted\.index: .* at byte \d+/);
    return;
  }
  throw new Error('the engine check accepted the file');
}

/** `bytes` with `count` bytes at `at` replaced by `insert`. */
export function splice(bytes: Uint8Array, at: number, count: number, insert: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - count + insert.length);
  out.set(bytes.subarray(0, at));
  out.set(insert, at);
  out.set(bytes.subarray(at + count), at + insert.length);
  return out;
}

export const u64 = (value: number) => new Uint8Array(new BigUint64Array([BigInt(value)]).buffer);

/** A minimal IndexFlat file: header, then `ntotal` × d zero floats. */
export function flatFile(d: number, ntotal: number, metric: number): Uint8Array {
  const extra = metric > 1 ? 4 : 0;
  const bytes = new Uint8Array(4 + 33 + extra + 8 + ntotal * d * 4);
  const view = new DataView(bytes.buffer);
  bytes.set(ascii('IxFl'));
  view.setInt32(4, d, true);
  view.setBigInt64(8, BigInt(ntotal), true);
  view.setUint8(32, 1);
  view.setInt32(33, metric, true);
  view.setBigUint64(37 + extra, BigInt(ntotal * d), true);
  return bytes;
}
