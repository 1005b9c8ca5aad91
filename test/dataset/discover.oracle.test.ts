// Discovery: every layout users point at, RVC's file order, and errors that say what to do.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { texts } from '../../app/messages';
import { compareCodePoints } from '../../app/dataset/order';
import { discoverExperiment } from '../../main/dataset/discover';
import { runPython } from '../helpers/python';
import { freshDir, thrown, writeFloat32 } from './fixtures';

const names = (files: string[]) => files.map((file) => path.basename(file));

describe('discoverExperiment', () => {
  it('finds an RVC v2 experiment (logs/<exp>/3_feature768) and lists what it ignores', () => {
    const exp = freshDir('myvoice');
    writeFloat32(path.join(exp, '3_feature768', '0_1.npy'), 3, 768);
    writeFloat32(path.join(exp, '3_feature768', '0_0.npy'), 3, 768);
    fs.writeFileSync(path.join(exp, '3_feature768', 'notes.txt'), 'x');
    fs.writeFileSync(path.join(exp, '3_feature768', '._0_0.npy'), 'Mac OS X AppleDouble');
    fs.mkdirSync(path.join(exp, '3_feature768', 'sub'));
    fs.mkdirSync(path.join(exp, '0_gt_wavs'));
    fs.writeFileSync(path.join(exp, 'train.log'), '');
    const layout = discoverExperiment(exp);
    expect(layout).toMatchObject({
      root: exp,
      name: 'myvoice',
      layout: 'rvc',
      version: 'v2',
      experimentDir: exp,
      featureDir: path.join(exp, '3_feature768'),
    });
    expect(names(layout.files)).toEqual(['0_0.npy', '0_1.npy']);
    expect(layout.ignored).toEqual(['._0_0.npy', 'notes.txt', 'sub/']);
    expect(layout.warnings).toEqual([]);
  });

  it('takes v2 when both 3_feature768 and 3_feature256 exist, and says so; v1 on request', () => {
    const exp = freshDir('both');
    writeFloat32(path.join(exp, '3_feature768', 'a.npy'), 2, 768);
    writeFloat32(path.join(exp, '3_feature256', 'a.npy'), 2, 256);
    const layout = discoverExperiment(exp);
    expect(layout.version).toBe('v2');
    expect(layout.featureDir).toBe(path.join(exp, '3_feature768'));
    expect(texts(layout.warnings)).toEqual([
      `both 3_feature768 and 3_feature256 exist: using 3_feature768 (v2) (open ${path.join(exp, '3_feature256')} for the v1 features)`,
    ]);
    const v1 = discoverExperiment(exp, { version: 'v1' });
    expect(v1.featureDir).toBe(path.join(exp, '3_feature256'));
    expect(texts(v1.warnings)).toEqual([
      `both 3_feature256 and 3_feature768 exist: using 3_feature256 (v1) (open ${path.join(exp, '3_feature768')} for the v2 features)`,
    ]);
    // the way to the v1 features the warning names: the feature folder itself, named after its experiment
    const opened = discoverExperiment(path.join(exp, '3_feature256'));
    expect(opened).toMatchObject({ version: 'v1', name: 'both', experimentDir: exp });
  });

  it('uses 3_feature256 (v1) when 3_feature768 is empty, and says so', () => {
    const exp = freshDir('old');
    fs.mkdirSync(path.join(exp, '3_feature768'), { recursive: true });
    writeFloat32(path.join(exp, '3_feature256', 'a.npy'), 2, 256);
    const layout = discoverExperiment(exp);
    expect(layout).toMatchObject({ layout: 'rvc', version: 'v1' });
    expect(texts(layout.warnings)).toEqual(['3_feature768 has no .npy files: using 3_feature256 (v1)']);
  });

  it("finds Applio's extracted/ folder", () => {
    const exp = freshDir('applio-voice');
    writeFloat32(path.join(exp, 'extracted', 'x.npy'), 2, 768);
    fs.mkdirSync(path.join(exp, 'f0'));
    expect(discoverExperiment(exp)).toMatchObject({
      layout: 'applio',
      version: 'v2',
      name: 'applio-voice',
      featureDir: path.join(exp, 'extracted'),
    });
  });

  it('accepts the feature folder itself; the experiment is its parent', () => {
    const exp = freshDir('v1voice');
    writeFloat32(path.join(exp, '3_feature256', 'a.npy'), 2, 256);
    const layout = discoverExperiment(path.join(exp, '3_feature256'));
    expect(layout).toMatchObject({ layout: 'rvc', version: 'v1', name: 'v1voice', experimentDir: exp });
  });

  it('accepts a bare folder of .npy files (version from d)', () => {
    const dir = freshDir('feats');
    writeFloat32(path.join(dir, 'b.npy'), 2, 256);
    writeFloat32(path.join(dir, 'a.npy'), 2, 256);
    fs.writeFileSync(path.join(dir, 'README'), '');
    const layout = discoverExperiment(dir);
    expect(layout).toMatchObject({
      layout: 'folder',
      version: 'v1',
      name: 'feats',
      featureDir: dir,
      ignored: ['README'],
    });
    expect(names(layout.files)).toEqual(['a.npy', 'b.npy']);
  });

  it('accepts total_fea.npy as a file or as the only .npy of a folder', () => {
    const exp = freshDir('oldexp');
    const file = path.join(exp, 'total_fea.npy');
    writeFloat32(file, 4, 768);
    fs.writeFileSync(path.join(exp, 'added_IVF1_Flat_nprobe_1_oldexp_v2.index'), '');
    expect(discoverExperiment(file)).toMatchObject({
      layout: 'total_fea',
      name: 'oldexp',
      files: [file],
      version: 'v2',
      featureDir: exp,
    });
    expect(discoverExperiment(exp)).toMatchObject({
      layout: 'total_fea',
      files: [file],
      ignored: ['added_IVF1_Flat_nprobe_1_oldexp_v2.index'],
    });
  });

  it('ignores total_fea.npy beside per-file features (it repeats their frames)', () => {
    const dir = freshDir();
    writeFloat32(path.join(dir, 'a.npy'), 2, 8);
    writeFloat32(path.join(dir, 'total_fea.npy'), 2, 8);
    const layout = discoverExperiment(dir);
    expect(names(layout.files)).toEqual(['a.npy']);
    expect(layout.ignored).toEqual(['total_fea.npy']);
    expect(layout.warnings[0].text).toMatch(/total_fea\.npy ignored/);
  });

  it('accepts any single .npy file, saying that its neighbours are not loaded', () => {
    const exp = freshDir('song');
    writeFloat32(path.join(exp, '3_feature768', 'a.npy'), 2, 768);
    writeFloat32(path.join(exp, '3_feature768', 'b.npy'), 2, 768);
    const layout = discoverExperiment(path.join(exp, '3_feature768', 'b.npy'));
    expect(layout).toMatchObject({ layout: 'folder', name: 'song', experimentDir: exp, version: 'v2' });
    expect(names(layout.files)).toEqual(['b.npy']);
    expect(layout.warnings[0].text).toMatch(/using only b\.npy; 1 other \.npy files/);
  });

  it('follows symlinks to .npy files; lists broken links as ignored', () => {
    const dir = freshDir('links');
    const target = path.join(freshDir('elsewhere'), 'real.npy');
    writeFloat32(target, 1, 4);
    fs.symlinkSync(target, path.join(dir, 'a.npy'));
    fs.symlinkSync(path.join(dir, 'missing.npy'), path.join(dir, 'b.npy'));
    const layout = discoverExperiment(dir);
    expect(names(layout.files)).toEqual(['a.npy']);
    expect(layout.ignored).toEqual(['b.npy']);
  });

  it("orders files like Python's sorted(os.listdir()) (code points, not UTF-16 units or locale)", () => {
    const dir = freshDir();
    const fileNames = [
      'b.npy',
      'B.npy',
      '10.npy',
      '2.npy',
      '_x.npy',
      'é.npy',
      '\u{1F600}.npy',
      '\uFF5E.npy',
      'a b.npy',
      'a.npy',
      'a-b.npy',
    ];
    for (const name of fileNames) writeFloat32(path.join(dir, name), 1, 4);
    const python = runPython<string[]>('import json, os, sys\nprint(json.dumps(sorted(os.listdir(sys.argv[1]))))', [
      dir,
    ]);
    expect(names(discoverExperiment(dir).files)).toEqual(python);
    // UTF-16 order would put the emoji (surrogates 0xD83D...) before U+FF5E; code points do not.
    expect(compareCodePoints('\u{1F600}', '\uFF5E')).toBeGreaterThan(0);
    expect('\u{1F600}' < '\uFF5E').toBe(true);
  });

  it('missing path: NOT_FOUND naming it', () => {
    const missing = path.join(freshDir(), 'nope');
    const error = thrown(() => discoverExperiment(missing));
    expect(error).toMatchObject({ code: 'NOT_FOUND', file: missing });
    expect(error.message).toBe(`${missing}: no such file or folder`);
  });

  it('empty folder: says to run feature extraction', () => {
    const dir = freshDir();
    const error = thrown(() => discoverExperiment(dir));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', file: dir });
    expect(error.message).toMatch(
      /is empty: run feature extraction first \(RVC WebUI: Train tab, step 2b 'Feature extraction'/,
    );
  });

  it('experiment without a feature folder: names the folder and the step to run', () => {
    const exp = freshDir('unextracted');
    fs.mkdirSync(path.join(exp, '0_gt_wavs'), { recursive: true });
    fs.mkdirSync(path.join(exp, '1_16k_wavs'));
    const error = thrown(() => discoverExperiment(exp));
    expect(error.message).toBe(
      `${exp}: has no feature folder (3_feature768, 3_feature256 or extracted) and no .npy files: run feature extraction first (RVC WebUI: Train tab, step 2b 'Feature extraction'; Applio: Train tab, 'Extract'), or choose a folder of .npy feature files`,
    );
  });

  it('feature folder without .npy files: names the feature folder', () => {
    const exp = freshDir('halfway');
    fs.mkdirSync(path.join(exp, '3_feature768'), { recursive: true });
    fs.writeFileSync(path.join(exp, '3_feature768', 'x.tmp'), '');
    const error = thrown(() => discoverExperiment(exp));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', file: path.join(exp, '3_feature768') });
    expect(error.message).toMatch(/3_feature768: has no \.npy files: run feature extraction first/);
  });

  it('a file that is not .npy: says what to open', () => {
    const file = path.join(freshDir(), 'model.pth');
    fs.writeFileSync(file, '');
    expect(thrown(() => discoverExperiment(file)).message).toMatch(/model\.pth: is not a \.npy file or a folder/);
  });
});
