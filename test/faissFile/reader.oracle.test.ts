// Hand-made damage with known answers: the reader's error type and offsets, limits against
// corrupt lengths and nesting, and partial trees at unsupported type tags.
import { beforeAll, describe, expect, it } from 'vitest';
import { HANG_MS } from '../helpers/hang';
import { AppError } from '../../app/errors';
import { FaissReadError, checkForEngine, inspectFaissBytes } from '../../app/faissFile';
import { type Message, texts } from '../../app/messages';
import { type Corpus, makeCorpus, readBytes } from './corpus';

let corpus: Corpus;
beforeAll(() => {
  corpus = makeCorpus(['flat_l2', 'ivfflat_l2', 'ivfflat_sparse_l2', 'ivfpqr_untrained_l2', 'pca_ivfflat_l2']);
});

const bytesOf = (name: string) => readBytes(corpus.cases[name].file);
const ascii = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
/** Offsets in an IndexIVFFlat (L2) file: tag 4 + header 33, then nlist, nprobe, quantizer. */
const IVF = { nlist: 37, nprobe: 45, quantizer: 53 };

/**
 * Why the reader refuses `bytes`: inspect's error (it returns the partial tree with it) or, for
 * bytes that are no faiss file at all, the error it throws. The engine check must refuse the file
 * for the same reason, naming the file.
 */
function readError(bytes: Uint8Array, name = 'bad.index'): FaissReadError {
  let detail: Message | null;
  try {
    detail = inspectFaissBytes(bytes, name).error;
  } catch (error) {
    expect(error).toBeInstanceOf(FaissReadError);
    return error as FaissReadError;
  }
  expect(detail, 'inspect reports an error').not.toBeNull();
  try {
    checkForEngine(bytes, name);
  } catch (error) {
    expect(error).toBeInstanceOf(FaissReadError);
    expect((error as FaissReadError).detail).toEqual(detail);
    return error as FaissReadError;
  }
  throw new Error('the engine check accepts a file inspect refuses');
}

describe('FaissReadError', () => {
  it('is an AppError INVALID_INPUT naming the file and the byte offset', () => {
    const error = readError(bytesOf('ivfflat_l2').subarray(0, 20), 'voice.index');
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.file).toBe('voice.index');
    expect(error.offset).toBe(16); // the two unused int64 header fields start at 16
    expect(error.message).toBe('voice.index: file ends inside index header (needs 16 bytes, 4 left) at byte 16');
  });

  it('rejects empty and non-faiss files at byte 0', () => {
    expect(readError(new Uint8Array(0)).message).toMatch(/too short for a faiss index \(0 bytes\) at byte 0/);
    expect(readError(ascii('{"not": "an index"}')).message).toMatch(/not a faiss index file .* at byte 0/);
    expect(readError(ascii('hello, not an index')).message).toMatch(
      /not a faiss index file \(it starts with "hell"\) at byte 0/,
    );
    expect(readError(ascii('\x93NUMPY\x01\x00')).offset).toBe(0);
    expect(readError(Uint8Array.of(0x49, 0x78, 0x00, 0xff, 1, 2, 3, 4)).message).toMatch(/not a faiss index file/); // 'Ix' then garbage
  });

  it('fails at every truncation of a small file, at or before the cut', () => {
    const whole = bytesOf('ivfflat_sparse_l2');
    for (let cut = 0; cut < whole.length; cut += 7) {
      const error = readError(whole.subarray(0, cut));
      expect(error.offset).toBeLessThanOrEqual(cut);
    }
  });
});

describe('corrupt length fields', () => {
  it('refuses a vector length beyond the file without allocating it', () => {
    const bytes = bytesOf('flat_l2').slice();
    view(bytes).setBigUint64(37, 2n ** 50n, true); // the flat storage's float count
    const error = readError(bytes);
    expect(error.offset).toBe(37);
    expect(error.message).toMatch(
      /flat vectors claims 1125899906842624 elements of 4 bytes but only \d+ bytes are left/,
    );
  });

  it('refuses an nlist the file cannot describe', () => {
    const bytes = bytesOf('ivfflat_l2').slice();
    view(bytes).setBigUint64(IVF.nlist, 2n ** 40n, true);
    const error = readError(bytes);
    // the quantizer holds one centroid per list: 37
    expect([error.offset, error.message]).toEqual([
      IVF.quantizer + 8,
      expect.stringMatching(/quantizer ntotal = 37, but it must equal nlist = 1099511627776/),
    ]);
    view(bytes).setBigUint64(IVF.nlist, 2n ** 63n, true);
    expect(readError(bytes).message).toMatch(/nlist is impossibly large/);
    view(bytes).setBigUint64(IVF.nlist, 0n, true);
    expect(readError(bytes).offset).toBe(IVF.nlist);
  });

  /** An untrained IVF16 (no centroids, 'sprs' sizes, no pairs) whose two nlist fields claim
   *  `nlist` lists. */
  function emptyIvfClaiming(nlist: number): { bytes: Uint8Array; listsNlistAt: number } {
    const bytes = bytesOf('ivfpqr_untrained_l2').slice();
    const lists = inspectFaissBytes(bytes, 'empty').tree.children[1];
    expect(lists.params).toMatchObject({ encoding: 'sparse', nlist: 16 });
    const listsNlistAt = lists.offset + 4;
    view(bytes).setBigUint64(IVF.nlist, BigInt(nlist), true);
    view(bytes).setBigUint64(listsNlistAt, BigInt(nlist), true);
    return { bytes, listsNlistAt };
  }

  it('refuses a sparse nlist nothing in the file pays for, before allocating per list', () => {
    // 2e8 lists and no pairs: nothing in the file pays for an array of 2e8 sizes
    const { bytes, listsNlistAt } = emptyIvfClaiming(2e8);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const error = readError(bytes);
    expect(performance.now() - started).toBeLessThan(HANG_MS);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 2 ** 20);
    expect(error.offset).toBe(listsNlistAt);
    expect(error.message).toMatch(/nlist = 200000000: more inverted lists than this reader lists \(at most 16777216\)/);
    // fewer than the cap, but more than an untrained quantizer (no centroids) accounts for
    const small = emptyIvfClaiming(100_000);
    const error2 = readError(small.bytes);
    expect(error2.offset).toBe(small.listsNlistAt);
    expect(error2.message).toMatch(
      /nlist = 100000 inverted lists, but the quantizer \(IxF2 at byte 53\) accounts for at most 65536/,
    );
  });

  it('still reads a sparse nlist an untrained-sized file may hold (up to 2^16 without centroids)', () => {
    const result = inspectFaissBytes(emptyIvfClaiming(60_000).bytes, 'wide.index');
    expect(result.error).toBeNull();
    expect([result.nlist, result.list_sizes.length, result.empty_lists, result.imbalance]).toEqual([
      60_000,
      60_000,
      60_000,
      null,
    ]);
  });

  it("refuses a 'full' list count whose sizes are not in the file, before allocating", () => {
    const bytes = bytesOf('ivfflat_l2').slice();
    const lists = inspectFaissBytes(bytes, 'ivf').tree.children[1];
    expect(lists.params.encoding).toBe('full');
    const countAt = lists.offset + 4 + 8 + 8 + 4;
    view(bytes).setBigUint64(countAt, 2n * 10n ** 8n, true);
    const started = performance.now();
    const error = readError(bytes);
    expect(performance.now() - started).toBeLessThan(HANG_MS);
    expect([error.offset, error.message]).toEqual([
      countAt,
      expect.stringMatching(/list sizes claims 200000000 elements of 8 bytes/),
    ]);
  });

  it('refuses a list size larger than the rest of the file', () => {
    const bytes = bytesOf('ivfflat_l2').slice();
    const lists = inspectFaissBytes(bytes, 'ivf').tree.children[1];
    // ilar: tag, nlist, code_size, 'full', count, then sizes; make list 3 enormous
    const sizesAt = lists.offset + 4 + 8 + 8 + 4 + 8;
    view(bytes).setBigUint64(sizesAt + 3 * 8, 10n ** 12n, true);
    expect(readError(bytes).message).toMatch(/inverted list 3 claims 1000000000000 entries of 136 bytes/);
  });

  it('refuses a sparse list number beyond nlist', () => {
    const bytes = bytesOf('ivfflat_sparse_l2').slice();
    const lists = inspectFaissBytes(bytes, 'sparse').tree.children[1];
    expect(lists.params.encoding).toBe('sparse');
    const firstPairAt = lists.offset + 4 + 8 + 8 + 4 + 8;
    view(bytes).setBigUint64(firstPairAt, 64n, true);
    const error = readError(bytes);
    expect([error.offset, error.message]).toEqual([
      firstPairAt,
      expect.stringMatching(/list number = 64 is outside 0…63/),
    ]);
  });

  it('stops a crafted chain of nested indexes instead of exhausting the stack', () => {
    // 5000 IndexPreTransform headers, each with zero transforms, each wrapping the next
    const header = new Uint8Array(4 + 33 + 4);
    header.set(ascii('IxPT'));
    view(header).setInt32(4, 8, true); // d = 8, ntotal 0, metric 0 (IP): fine for every level
    const chain = new Uint8Array(header.length * 5000);
    for (let i = 0; i < 5000; i++) chain.set(header, i * header.length);
    expect(readError(chain).message).toMatch(/nested more than 32 deep/);
  });

  it('fails on bytes that are no type tag where a nested index starts', () => {
    const bytes = bytesOf('ivfflat_l2').slice();
    bytes.set([0x01, 0xff, 0x00, 0x7f], IVF.quantizer);
    const error = readError(bytes);
    expect(error.offset).toBe(IVF.quantizer);
    expect(error.message).toMatch(/unknown index type tag/);
  });
});

describe('unsupported type tags', () => {
  it('an unknown quantizer: partial tree, the IVF header still read', () => {
    const bytes = bytesOf('ivfflat_l2').slice();
    bytes.set(ascii('IxZZ'), IVF.quantizer);
    const result = inspectFaissBytes(bytes, 'ivf.index');
    expect(result.error?.text).toBe(`unsupported IxZZ at byte ${IVF.quantizer}`);
    expect([result.type, result.d, result.ntotal, result.metric, result.nlist, result.nprobe]).toEqual([
      'IndexIVFFlat',
      32,
      2000,
      'l2',
      37,
      5,
    ]);
    expect(result.list_sizes).toEqual([]);
    expect(result.tree.params.partial).toBe(true);
    expect(result.tree.children).toEqual([
      {
        fourcc: 'IxZZ',
        type: 'unknown index',
        offset: IVF.quantizer,
        end: IVF.quantizer + 4,
        params: { unsupported: true },
        children: [],
      },
    ]);
    expect(result.tree.end).toBe(IVF.quantizer + 4);
  });

  it('an unknown transform inside IndexPreTransform', () => {
    const bytes = bytesOf('pca_ivfflat_l2').slice();
    const pca = inspectFaissBytes(bytes, 'pca').tree.children[0];
    expect(pca.fourcc).toBe('Pcam'); // faiss 1.7.3 writes the newest PCA layout
    bytes.set(ascii('Abcd'), pca.offset);
    const result = inspectFaissBytes(bytes, 'pca.index');
    expect(result.error?.text).toBe(`unsupported Abcd at byte ${pca.offset}`);
    expect(result.tree.children[0]).toMatchObject({ fourcc: 'Abcd', type: 'unknown vector transform' });
    expect([result.type, result.d, result.nlist]).toEqual(['IndexPreTransform', 32, null]);
  });

  it('on-disk inverted lists: nlist and nprobe known, sizes not, and what to do', () => {
    const bytes = bytesOf('ivfflat_l2').slice();
    const lists = inspectFaissBytes(bytes, 'ivf').tree.children[1];
    bytes.set(ascii('ilod'), lists.offset);
    const result = inspectFaissBytes(bytes, 'ondisk.index');
    expect(result.error).toMatchObject({ code: 'faiss_lists_on_disk', params: { tag: 'ilod', offset: lists.offset } });
    expect(result.error?.text).toMatch(
      /separate file \('ilod', faiss on-disk lists\).* build the index again .* in-memory lists/,
    );
    expect([result.nlist, result.nprobe, result.list_sizes, result.imbalance, result.empty_lists]).toEqual([
      37,
      5,
      [],
      null,
      null,
    ]);
  });

  it('an unknown but plausible index type at byte 0: unsupported, not "not a faiss file"', () => {
    const bytes = bytesOf('flat_l2').slice();
    bytes.set(ascii('IxZZ'), 0);
    const result = inspectFaissBytes(bytes, 'zz.index');
    expect(result.error?.text).toBe('unsupported IxZZ at byte 0');
    expect(result.tree).toEqual({
      fourcc: 'IxZZ',
      type: 'unknown index',
      offset: 0,
      end: 4,
      params: { unsupported: true },
      children: [],
    });
    expect([result.type, result.nlist, result.list_sizes, result.imbalance]).toEqual(['unknown index', null, [], null]);
  });

  it('a known faiss type this reader does not parse, at the top', () => {
    const bytes = bytesOf('flat_l2').slice();
    bytes.set(ascii('IxRq'), 0); // IndexResidualQuantizer: same header, different body
    const result = inspectFaissBytes(bytes, 'rq.index');
    expect(result.error?.text).toBe('unsupported IxRq at byte 0');
    expect([result.type, result.d, result.ntotal, result.metric]).toEqual(['IndexResidualQuantizer', 32, 2000, 'l2']);
    expect(result.tree).toMatchObject({ fourcc: 'IxRq', offset: 0, end: 37, params: { unsupported: true } });
  });
});

describe('other findings', () => {
  it('warns about bytes after the index', () => {
    const whole = bytesOf('flat_l2');
    const padded = new Uint8Array(whole.length + 10);
    padded.set(whole);
    const { warnings, error } = inspectFaissBytes(padded, 'padded.index');
    expect([error, texts(warnings)]).toEqual([null, ['10 bytes after the end of the index are ignored']]);
    expect(warnings[0]).toMatchObject({ code: 'faiss_trailing_bytes', params: { count: 10 } });
    // faiss never reads past the index: the engine takes the file
    expect(checkForEngine(padded, 'padded.index').reconstructAborts).toBeNull();
  });

  it('names metrics other than L2 and inner product, which carry a float argument', () => {
    const bytes = bytesOf('flat_l2');
    const withArg = new Uint8Array(bytes.length + 4);
    withArg.set(bytes.subarray(0, 37));
    withArg.set(bytes.subarray(37), 41);
    view(withArg).setInt32(33, 4, true); // METRIC_Lp
    view(withArg).setFloat32(37, 3, true);
    expect(inspectFaissBytes(withArg, 'lp.index').metric).toBe('Lp (p=3)');
  });
});
