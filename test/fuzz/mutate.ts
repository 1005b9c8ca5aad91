// Seeded mutations of valid faiss files: byte flips, truncations and targeted field edits. Case i
// of seed s depends on (s, i) only, so any failing case replays on its own.
import { seededRandom } from '../../app/random';
import type { Field } from './fields';

export interface Original {
  /** corpus case name, e.g. "hnsw_flat_l2" */
  name: string;
  bytes: Uint8Array;
  fields: Field[];
  /** offsets of structural bytes: node starts and ends, and every field */
  structure: number[];
}

export interface Mutant {
  bytes: Uint8Array;
  /** what was done, for the report ("set hnsw.levels[3] (i32 @1234) to -1") */
  description: string;
}

/** The generator of case `index` under `seed`. */
export const caseRandom = (seed: number, index: number) =>
  seededRandom((Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca77)) >>> 0);

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

function interestingValue(random: () => number, field: Field, current: number): number | bigint {
  switch (field.kind) {
    case 'u8':
      return pick(random, [0, 1, 2, 3, 127, 255, Math.floor(random() * 256)]);
    case 'i32':
      return pick(random, [
        0,
        1,
        -1,
        2,
        7,
        32,
        64,
        current + 1,
        current - 1,
        current * 2,
        2 ** 16,
        2 ** 31 - 1,
        -(2 ** 31),
        Math.floor(random() * 2 ** 32) - 2 ** 31,
      ]);
    case 'f32':
      return pick(random, [0, -1, 0.5, NaN, Infinity, -Infinity, 1e38, 1024.5, current * 2]);
    case 'u64':
      return pick(random, [
        0n,
        1n,
        2n,
        BigInt(current) + 1n,
        BigInt(Math.max(0, current - 1)),
        BigInt(current) * 2n,
        2n ** 31n,
        2n ** 32n,
        2n ** 40n,
        2n ** 53n,
        2n ** 63n,
        2n ** 64n - 1n,
        BigInt(Math.floor(random() * 2 ** 32)) * 2n ** 32n + BigInt(Math.floor(random() * 2 ** 32)),
      ]);
  }
}

function editField(bytes: Uint8Array, field: Field, value: number | bigint): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (field.kind === 'u8') view.setUint8(field.at, Number(value) & 255);
  else if (field.kind === 'i32') view.setInt32(field.at, Number(value) | 0, true);
  else if (field.kind === 'f32') view.setFloat32(field.at, Number(value), true);
  else view.setBigUint64(field.at, BigInt.asUintN(64, BigInt(value)), true);
}

function readField(bytes: Uint8Array, field: Field): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (field.kind === 'u8') return view.getUint8(field.at);
  if (field.kind === 'i32') return view.getInt32(field.at, true);
  if (field.kind === 'f32') return view.getFloat32(field.at, true);
  return Number(view.getBigUint64(field.at, true));
}

/** One mutation: 40% byte flips (1 to 20 bytes, mostly structural), 15% truncation, 45% edits
 *  of 1 to 3 fields to values that break or stretch them. */
export function mutate(original: Original, random: () => number): Mutant {
  const { bytes: source, fields, structure } = original;
  const roll = random();
  if (roll < 0.15) {
    const cut = random() < 0.5 ? pick(random, structure) : Math.floor(random() * source.length);
    return { bytes: source.slice(0, cut), description: `truncated at ${cut}` };
  }
  const bytes = source.slice();
  if (roll < 0.55) {
    const flips = 1 + Math.floor(random() * 20);
    const where: number[] = [];
    for (let i = 0; i < flips; i++) {
      const at = random() < 0.7 ? pick(random, structure) : Math.floor(random() * bytes.length);
      bytes[at] = random() < 0.5 ? bytes[at] ^ (1 << Math.floor(random() * 8)) : Math.floor(random() * 256);
      where.push(at);
    }
    return { bytes, description: `${flips} bytes changed at ${where.join(',')}` };
  }
  const edits: string[] = [];
  for (let i = 1 + Math.floor(random() * 3); i > 0; i--) {
    const field = pick(random, fields);
    const value = interestingValue(random, field, readField(bytes, field));
    editField(bytes, field, value);
    edits.push(`${field.name} (${field.kind} @${field.at}) = ${value}`);
  }
  return { bytes, description: `set ${edits.join('; ')}` };
}

/** Structural offsets of a file: the first bytes of every field and of every node. */
export function structuralOffsets(fields: Field[], nodeBounds: number[], length: number): number[] {
  const offsets = new Set<number>();
  for (const field of fields) for (let i = 0; i < 8; i++) offsets.add(Math.min(length - 1, field.at + i));
  for (const at of nodeBounds) for (let i = -4; i < 8; i++) offsets.add(Math.max(0, Math.min(length - 1, at + i)));
  return [...offsets];
}
