// indexFacts on crafted files: FastScan is decided by the type tags on the search path, also for
// FastScan types the reader stops at (their header read, the rest unsupported).
import { describe, expect, it } from 'vitest';
import { inspectFaissBytes } from '../../app/faissFile';
import { indexFacts } from '../../app/models/indexFacts';
import { ascii, flatFile, u64 } from '../faissFile/crafted';

const D = 8;
/** d, ntotal 0, trained, L2: the 33 header bytes after a flat file's tag */
const HEADER = flatFile(D, 0, 1).slice(4, 37);

function file(...parts: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((at, part) => (bytes.set(part, at), at + part.length), 0);
  return bytes;
}

const factsOf = (bytes: Uint8Array) => indexFacts(inspectFaissBytes(bytes, 'crafted.index'));

describe('indexFacts: FastScan', () => {
  it('is false for a flat index and for an unsupported type that is not FastScan', () => {
    expect(factsOf(flatFile(D, 3, 1))).toMatchObject({ fastScan: false, partial: null });
    expect(factsOf(file(ascii('IxRQ'), HEADER))).toMatchObject({ type: 'IndexResidualQuantizer', fastScan: false });
  });

  it('marks FastScan types the reader does not parse past their header', () => {
    const flat = factsOf(file(ascii('IRfs'), HEADER));
    expect(flat).toMatchObject({ type: 'IndexResidualQuantizerFastScan', fastScan: true, d: D });
    expect(flat.partial).toMatch(/IRfs/);
    const ivf = factsOf(file(ascii('IVRf'), HEADER, u64(4), u64(2)));
    expect(ivf).toMatchObject({ type: 'IndexIVFResidualQuantizerFastScan', fastScan: true, nlist: 4, nprobe: 2 });
  });

  it('follows a wrapper to the index it searches', () => {
    expect(factsOf(file(ascii('IxMp'), HEADER, ascii('IRfs'), HEADER))).toMatchObject({
      type: 'IndexIDMap',
      fastScan: true,
    });
    expect(factsOf(file(ascii('IxMp'), HEADER, ascii('IxRQ'), HEADER))).toMatchObject({
      type: 'IndexIDMap',
      fastScan: false,
    });
  });
});
