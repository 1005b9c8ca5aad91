// Loading: every bad input the loader converts or refuses, the real shapes RVC and its forks
// write, an untouched experiment folder. (The load speed is measured by `npm run bench`.)
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverExperiment } from '../../main/dataset/discover';
import { loadFeatures, loadQueryFeatures, type LoadedFeatures } from '../../main/dataset/load';
import { encodeNpyFloat32 } from '../../app/npy';
import { texts } from '../../app/messages';
import { randomVectors } from '../helpers/vectors';
import { expectedRows, freshDir, numpyWrite, snapshot, thrown, writeFloat32 } from './fixtures';

const load = (dir: string, options?: Parameters<typeof loadFeatures>[1]) =>
  loadFeatures(discoverExperiment(dir), options);

const rowsOf = (loaded: LoadedFeatures, name: string) => {
  const file = loaded.files.find((f) => f.name === name)!;
  return loaded.vectors.subarray(file.start * loaded.d, (file.start + file.frames) * loaded.d);
};

describe('loadFeatures: RVC float32 files', () => {
  it('concatenates files in RVC order (file order, then rows) into one array', () => {
    const exp = freshDir('exp');
    const b = writeFloat32(path.join(exp, '3_feature768', 'b.npy'), 5, 768, 2);
    const a = writeFloat32(path.join(exp, '3_feature768', 'a.npy'), 3, 768, 1);
    const loaded = load(exp);
    expect(loaded).toMatchObject({ n: 8, d: 768, droppedRows: 0, warnings: [] });
    expect(loaded.layout.version).toBe('v2');
    expect(loaded.files).toEqual([
      { name: 'a.npy', frames: 3, dtype: '<f4', shape: [3, 768], warnings: [], notices: [], start: 0 },
      { name: 'b.npy', frames: 5, dtype: '<f4', shape: [5, 768], warnings: [], notices: [], start: 3 },
    ]);
    expect(loaded.vectors.length).toBe(8 * 768);
    expect(loaded.vectors.subarray(0, 3 * 768)).toEqual(a);
    expect(loaded.vectors.subarray(3 * 768)).toEqual(b);
  });

  it("reads the real shapes: RVC's (T, 768) and the forks' (1, T, 256), written by NumPy with RVC's headers", () => {
    const exp = freshDir('real');
    const expected = freshDir('expected');
    numpyWrite(
      exp,
      expected,
      `
save('3_feature768/mute.npy', rng.standard_normal((149, 768)).astype(np.float32))
save('fork/hubert_features.npy', rng.standard_normal((1, 675, 256)).astype(np.float32))
`,
    );
    const v2 = load(exp);
    expect(v2).toMatchObject({ n: 149, d: 768, warnings: [] });
    expect(v2.vectors).toEqual(expectedRows(expected, '3_feature768/mute.npy'));
    const fork = load(path.join(exp, 'fork'));
    expect(fork).toMatchObject({ n: 675, d: 256 });
    expect(fork.layout.version).toBe('v1');
    expect(texts(fork.warnings)).toEqual(['hubert_features.npy: shape (1, 675, 256) squeezed to (675, 256)']);
    expect(fork.files[0].warnings).toEqual(texts(fork.warnings));
    expect(fork.files[0].notices).toEqual(fork.warnings);
    expect(fork.vectors).toEqual(expectedRows(expected, 'fork/hubert_features.npy'));
  });

  it('loads total_fea.npy (a file path) as one matrix', () => {
    const exp = freshDir('old');
    const data = writeFloat32(path.join(exp, 'total_fea.npy'), 40, 256, 3);
    const loaded = loadFeatures(discoverExperiment(path.join(exp, 'total_fea.npy')));
    expect(loaded).toMatchObject({ n: 40, d: 256, layout: { layout: 'total_fea', version: 'v1' } });
    expect(loaded.vectors).toEqual(data);
  });
});

describe('loadFeatures: conversions (NumPy-written files)', () => {
  const exp = freshDir('mixed');
  const expected = freshDir('expected');
  const feature = path.join(exp, '3_feature768');
  numpyWrite(
    exp,
    expected,
    `
def frames(t): return rng.standard_normal((t, 768)) * 3
save('3_feature768/a_f32.npy', frames(20).astype('<f4'))
save('3_feature768/b_f16.npy', frames(30).astype('<f2'))
save('3_feature768/c_3d.npy', frames(25).astype('<f4')[None])
nan = frames(40).astype('<f4'); nan[[3, 17, 39], 5] = np.nan; nan[8, 0] = np.inf; nan[9, 767] = -np.inf
save('3_feature768/d_nan.npy', nan)
save('3_feature768/e_f64_fortran.npy', np.asfortranarray(frames(35)))
save('3_feature768/f_bigendian.npy', frames(15).astype('>f4'))
save('3_feature768/g_f16_3d_fortran_be.npy', np.asfortranarray(frames(12).astype('>f2')[None]))
save('3_feature768/h_empty.npy', np.zeros((0, 768), '<f4'))
`,
  );
  const loaded = load(exp);

  it("converts float16, float64, big-endian, Fortran order and 3-D into exactly NumPy's float32 values", () => {
    for (const name of [
      'a_f32.npy',
      'b_f16.npy',
      'c_3d.npy',
      'e_f64_fortran.npy',
      'f_bigendian.npy',
      'g_f16_3d_fortran_be.npy',
    ]) {
      expect(rowsOf(loaded, name), name).toEqual(expectedRows(expected, `3_feature768/${name}`));
    }
  });

  it('drops NaN/Inf rows, counts them and names the file', () => {
    const want = expectedRows(expected, '3_feature768/d_nan.npy');
    const keptRows = [...Array(40).keys()].filter((r) => ![3, 8, 9, 17, 39].includes(r));
    const got = rowsOf(loaded, 'd_nan.npy');
    expect(got.length).toBe(keptRows.length * 768);
    keptRows.forEach((r, i) =>
      expect(got.subarray(i * 768, (i + 1) * 768)).toEqual(want.subarray(r * 768, (r + 1) * 768)),
    );
    expect(loaded.droppedRows).toBe(5);
    expect(loaded.files.find((f) => f.name === 'd_nan.npy')).toMatchObject({ frames: 35, shape: [40, 768] });
    expect(loaded.n).toBe(20 + 30 + 25 + 35 + 35 + 15 + 12);
    expect(loaded.vectors.length).toBe(loaded.n * 768);
  });

  it('keeps rows in file order with consistent starts after dropped rows', () => {
    let start = 0;
    for (const file of loaded.files) {
      expect(file.start, file.name).toBe(start);
      start += file.frames;
    }
    expect(start).toBe(loaded.n);
  });

  it('warns once per file and conversion, naming each file; zero-row files are skipped with a warning', () => {
    expect(texts(loaded.warnings)).toEqual([
      'b_f16.npy: float16 converted to float32',
      'c_3d.npy: shape (1, 25, 768) squeezed to (25, 768)',
      'd_nan.npy: 5 of 40 rows contain NaN/Inf; dropped',
      'e_f64_fortran.npy: float64 converted to float32 (precision beyond float32 is dropped)',
      'g_f16_3d_fortran_be.npy: shape (1, 12, 768) squeezed to (12, 768)',
      'g_f16_3d_fortran_be.npy: float16 converted to float32',
      'h_empty.npy: has no frames (shape (0, 768)); skipped',
    ]);
    expect(loaded.warnings.map((warning) => warning.code)).toEqual([
      'feature_float16',
      'feature_squeezed',
      'feature_nonfinite',
      'feature_float64',
      'feature_squeezed',
      'feature_float16',
      'feature_empty',
    ]);
    expect(loaded.files.find((f) => f.name === 'h_empty.npy')).toMatchObject({
      frames: 0,
      warnings: ['h_empty.npy: has no frames (shape (0, 768)); skipped'],
    });
    expect(loaded.files.find((f) => f.name === 'f_bigendian.npy')).toMatchObject({ dtype: '>f4', warnings: [] });
    expect(fs.existsSync(feature)).toBe(true);
  });

  it('groups a warning shared by many files, still naming files', () => {
    const dir = freshDir('many3d');
    for (let i = 0; i < 8; i++) writeFloat32(path.join(dir, `u${i}.npy`), 3, 256, i, [1, 3, 256]);
    const many = load(dir);
    expect(texts(many.warnings)).toEqual([
      "8 files have shape (1, frames, d); squeezed to (frames, d): u0.npy, u1.npy, u2.npy, u3.npy, u4.npy and 3 more (each file's warnings are listed with it)",
    ]);
    expect(many.warnings[0]).toMatchObject({
      code: 'features_grouped',
      params: { kind: 'squeezed', count: 8, more: 3 },
    });
    expect(many.files.every((file) => file.warnings.length === 1)).toBe(true);
  });

  it('names every file whose rows were dropped, however many', () => {
    const dir = freshDir('manynan');
    for (let i = 0; i < 7; i++) {
      const rows = randomVectors(4, 16, i + 1);
      rows[16 * (i % 4)] = Number.NaN;
      fs.writeFileSync(path.join(dir, `n${i}.npy`), encodeNpyFloat32(rows, [4, 16]));
    }
    const loaded = load(dir);
    expect(loaded.droppedRows).toBe(7);
    expect(texts(loaded.warnings)).toEqual(
      Array.from({ length: 7 }, (_, i) => `n${i}.npy: 1 of 4 rows contain NaN/Inf; dropped`),
    );
  });
});

describe('loadFeatures: refused input names the file', () => {
  const bad = (files: Record<string, (file: string) => void>) => {
    const dir = freshDir('bad');
    for (const [name, write] of Object.entries(files)) write(path.join(dir, name));
    return { dir, error: thrown(() => load(dir)) };
  };
  const good =
    (rows = 4, d = 768) =>
    (file: string) =>
      writeFloat32(file, rows, d);
  const numpyFile = (expr: string) => (file: string) =>
    numpyWrite(path.dirname(file), freshDir('unused'), `save('${path.basename(file)}', ${expr})`);

  it('1-D arrays (a pitch file)', () => {
    const { dir, error } = bad({ 'a.npy': good(), 'b.npy': numpyFile("np.zeros(149, '<f8')") });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', file: path.join(dir, 'b.npy') });
    expect(error.message).toBe(
      `${path.join(dir, 'b.npy')}: is 1-D (149,); a feature file is 2-D [frames, d] (1-D arrays in an RVC experiment are pitch files from 2b-f0nsf, not features)`,
    );
  });

  it('other shapes: (2, T, d) and 4-D', () => {
    expect(bad({ 'x.npy': numpyFile("np.zeros((2, 5, 768), '<f4')") }).error.message).toMatch(
      /x\.npy: has shape \(2, 5, 768\); expected \[frames, d\] or \[1, frames, d\]/,
    );
    expect(bad({ 'x.npy': numpyFile("np.zeros((1, 1, 5, 768), '<f4')") }).error.message).toMatch(
      /x\.npy: has shape \(1, 1, 5, 768\)/,
    );
    expect(bad({ 'x.npy': numpyFile("np.zeros((5, 0), '<f4')") }).error.message).toMatch(
      /x\.npy: has shape \(5, 0\): rows of width 0/,
    );
  });

  it('non-float dtypes are refused, not converted', () => {
    const { dir, error } = bad({ 'x.npy': numpyFile("np.zeros((149, 1), '<i8')") });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', file: path.join(dir, 'x.npy') });
    expect(error.message).toMatch(
      /x\.npy: holds int64 values, not float features: RVC writes float32 \[frames, d\] features \(integer arrays .* pitch files from 2a_f0/,
    );
    expect(bad({ 'x.npy': numpyFile("np.zeros((3, 4), '<c8')") }).error.message).toMatch(
      /x\.npy: holds <c8 values, not float features/,
    );
    expect(bad({ 'x.npy': numpyFile('np.zeros((3, 4), bool)') }).error.message).toMatch(/x\.npy: holds bool values/);
  });

  it('mismatched d between files: names both files', () => {
    const { dir, error } = bad({ 'a.npy': good(4, 768), 'b.npy': good(4, 768), 'c.npy': good(4, 256) });
    expect(error.file).toBe(path.join(dir, 'c.npy'));
    expect(error.message).toBe(
      `${path.join(dir, 'c.npy')}: has d = 256 but ${path.join(dir, 'a.npy')} has d = 768: feature width differs between files; all files of an experiment must come from the same feature extractor (v1 = 256, v2 = 768)`,
    );
    expect(error.reason).toMatchObject({
      code: 'feature_width_differs',
      params: { d: 256, first: path.join(dir, 'a.npy'), firstD: 768 },
    });
  });

  it('truncated data', () => {
    const { dir, error } = bad({
      'a.npy': good(),
      'b.npy': (file) => {
        good(149, 768)(file);
        fs.truncateSync(file, 300_000);
      },
    });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', file: path.join(dir, 'b.npy') });
    expect(error.message).toMatch(
      /b\.npy: truncated: its header promises \(149, 768\) <f4 = 457728 bytes of data but only 299872 follow/,
    );
  });

  it('truncated inside the header, empty (0 bytes), not a .npy, garbage header', () => {
    const cut = bad({
      'a.npy': (file) => {
        writeFloat32(file, 2, 4);
        fs.truncateSync(file, 40);
      },
    });
    expect(cut.error.message).toMatch(/a\.npy: truncated: the file ends inside its \.npy header \(40 of 128 bytes\)/);
    const empty = bad({ 'a.npy': (file) => fs.writeFileSync(file, '') });
    expect(empty.error).toMatchObject({ code: 'INVALID_INPUT', file: path.join(empty.dir, 'a.npy') });
    expect(empty.error.message).toMatch(/a\.npy: is empty \(0 bytes\)/);
    const text = bad({ 'a.npy': (file) => fs.writeFileSync(file, 'version https://git-lfs.github.com/spec/v1\n') });
    expect(text.error.message).toMatch(/a\.npy: not a \.npy file \(missing the \\x93NUMPY magic\)/);
    expect(text.error.file).toBe(path.join(text.dir, 'a.npy'));
    const garbage = bad({
      'a.npy': (file) => {
        writeFloat32(file, 2, 4);
        const bytes = fs.readFileSync(file);
        bytes.write('{"oops": 1}', 10, 'latin1');
        fs.writeFileSync(file, bytes);
      },
    });
    expect(garbage.error.message).toMatch(/a\.npy: \.npy header is not a valid NumPy header dict/);
  });

  it('a folder whose files are all empty, or all NaN', () => {
    const empty = bad({ 'a.npy': numpyFile("np.zeros((0, 768), '<f4')") });
    expect(empty.error.message).toMatch(/every feature file is empty \(0 frames\)/);
    expect(empty.error.file).toBe(empty.dir);
    expect(bad({ 'a.npy': numpyFile("np.full((3, 4), np.nan, '<f4')") }).error.message).toMatch(
      /every row of every feature file contains NaN\/Inf/,
    );
  });

  it('warns about bytes after the data', () => {
    const dir = freshDir('trailing');
    const file = path.join(dir, 'a.npy');
    writeFloat32(file, 2, 4);
    fs.appendFileSync(file, Buffer.alloc(6));
    expect(texts(load(dir).warnings)).toEqual(['a.npy: 6 bytes after the data ignored']);
  });

  it('warns when a v2 folder holds 256-wide features', () => {
    const exp = freshDir('exp');
    writeFloat32(path.join(exp, '3_feature768', 'a.npy'), 2, 256);
    expect(texts(load(exp).warnings)).toEqual([
      `${path.join(exp, '3_feature768')}: holds 256-wide features, but v2 features are 768-wide`,
    ]);
  });
});

describe('loadFeatures: memory, progress, cancel, read-only', () => {
  const exp = freshDir('exp');
  for (let i = 0; i < 4; i++) writeFloat32(path.join(exp, '3_feature768', `${i}.npy`), 50, 768, i);
  const bytes = 200 * 768 * 4;

  it('refuses with OUT_OF_MEMORY before allocating when the features cannot fit', () => {
    const error = thrown(() => load(exp, { memory: { usableBytes: bytes, freeBytes: bytes, freeIsReliable: true } }));
    expect(error).toMatchObject({ code: 'OUT_OF_MEMORY', file: path.join(exp, '3_feature768') });
    expect(error.message).toMatch(
      /features of .*3_feature768 \(200 × 768 float32\) need 614 KB, more than 75% of this computer's 614 KB of memory: use a computer with more memory, or fewer feature files$/,
    );
    const reserved = thrown(() =>
      load(exp, {
        reserveBytes: () => bytes,
        memory: { usableBytes: 2 * bytes, freeBytes: 2 * bytes, freeIsReliable: true },
      }),
    );
    expect(reserved.message).toMatch(/and the index need 1\.2 MB, more than 75% of this computer's 1\.2 MB/);
    const notFree = thrown(() =>
      load(exp, { memory: { usableBytes: 100 * bytes, freeBytes: bytes / 2, freeIsReliable: true } }),
    );
    expect(notFree.message).toMatch(/need 614 KB but only 307 KB of memory is available now: close other programs/);
  });

  it('only warns about low free memory where the OS under-reports it (macOS, Windows)', () => {
    const loaded = load(exp, { memory: { usableBytes: 100 * bytes, freeBytes: bytes / 2, freeIsReliable: false } });
    expect(texts(loaded.warnings)).toEqual([
      expect.stringMatching(/need 614 KB but the system reports 307 KB free: loading may be slow/),
    ]);
  });

  it('reports progress up to the total and honours cancel', () => {
    const seen: [number, number][] = [];
    load(exp, { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.length).toBe(4);
    expect(seen[seen.length - 1]).toEqual([bytes, bytes]);
    let calls = 0;
    const error = thrown(() => load(exp, { shouldCancel: () => ++calls > 2 }));
    expect(error.code).toBe('CANCELLED');
  });

  it('never modifies the experiment folder (contents, sizes, mtimes)', () => {
    const mixed = freshDir('mixed');
    writeFloat32(path.join(mixed, '3_feature768', 'a.npy'), 10, 768);
    numpyWrite(
      mixed,
      freshDir('unused'),
      "save('3_feature768/b.npy', np.asfortranarray(rng.standard_normal((10, 768))).astype('>f2'))\nsave('total_fea.npy', np.zeros((3, 768), '<f4'))",
    );
    fs.writeFileSync(path.join(mixed, 'train.log'), 'log');
    const before = snapshot(mixed);
    const loaded = load(mixed);
    expect(loaded.n).toBe(20);
    loadQueryFeatures(mixed, 768);
    expect(snapshot(mixed)).toEqual(before);
  });
});

describe('loadQueryFeatures', () => {
  it('loads any .npy file or folder of queries (any names)', () => {
    const dir = freshDir('song');
    const data = writeFloat32(path.join(dir, 'My Song (vocals).npy'), 7, 768);
    expect(loadQueryFeatures(path.join(dir, 'My Song (vocals).npy'), 768).vectors).toEqual(data);
    expect(loadQueryFeatures(dir, 768).n).toBe(7);
  });

  it('refuses queries of another width, naming the path', () => {
    const dir = freshDir('song');
    writeFloat32(path.join(dir, 'q.npy'), 7, 256);
    const error = thrown(() => loadQueryFeatures(dir, 768));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', file: dir });
    expect(error.message).toMatch(/the query features have d = 256 but the experiment's have d = 768/);
  });

  it("picks the experiment's version from an RVC folder holding both", () => {
    const exp = freshDir('exp');
    writeFloat32(path.join(exp, '3_feature768', 'a.npy'), 2, 768);
    writeFloat32(path.join(exp, '3_feature256', 'a.npy'), 3, 256);
    expect(loadQueryFeatures(exp, 256)).toMatchObject({ n: 3, d: 256 });
  });

  it('missing path: NOT_FOUND', () => {
    expect(thrown(() => loadQueryFeatures(path.join(freshDir(), 'none.npy'), 768)).code).toBe('NOT_FOUND');
  });
});
