// writeSampleExperiment (main/sample): RVC's folder layout, readable .npy files, never overwrites.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNpyHeader } from '../../app/npy';
import { generateSampleExperiment } from '../../app/sample';
import { writeSampleExperiment } from '../../main/sample/writeSample';
import { tempDir } from '../helpers/tmp';

const npyNames = (folder: string) =>
  fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.npy'))
    .sort();

const thrown = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('writeSampleExperiment', () => {
  it('writes <dir>/3_feature768/{source}_{piece}.npy, float32 [T, 768], creating the folders', () => {
    const dir = path.join(tempDir(), 'logs', 'sample'); // neither folder exists yet
    const result = writeSampleExperiment(dir, { n: 2500, d: 768, seed: 2 });
    const folder = path.join(dir, '3_feature768');
    const names = npyNames(folder);
    expect(result).toEqual({ path: dir, n: 2500, d: 768, files: names.length });
    expect(fs.readdirSync(folder).length).toBe(names.length); // no temporary files left behind

    let total = 0;
    const expected = generateSampleExperiment({ n: 2500, d: 768, seed: 2 });
    for (const name of names) {
      const bytes = fs.readFileSync(path.join(folder, name));
      const header = parseNpyHeader(bytes, name);
      expect(header.dtype).toMatchObject({ kind: 'f', size: 4, littleEndian: true });
      expect(header.fortranOrder).toBe(false);
      expect(header.shape[1]).toBe(768);
      expect(header.dataOffset % 64).toBe(0);
      expect(bytes.length).toBe(header.dataOffset + header.shape[0] * 768 * 4);
      total += header.shape[0];
      // the same bytes the in-memory generator gives
      const frames = expected.files.find((file) => file.name === name)!.frames;
      expect(
        Buffer.from(bytes.subarray(header.dataOffset)).equals(
          Buffer.from(frames.buffer, frames.byteOffset, frames.byteLength),
        ),
      ).toBe(true);
    }
    expect(total).toBe(2500);
  });

  it('writes 3_feature256 for d = 256 (RVC v1)', () => {
    const dir = tempDir();
    const result = writeSampleExperiment(dir, { n: 600, d: 256, seed: 0 });
    expect(fs.readdirSync(dir)).toEqual(['3_feature256']);
    expect(npyNames(path.join(dir, '3_feature256')).length).toBe(result.files);
  });

  it('refuses (ALREADY_EXISTS) a feature folder that already holds .npy files, and changes nothing', () => {
    const dir = tempDir();
    writeSampleExperiment(dir, { n: 800, d: 768, seed: 1 });
    const folder = path.join(dir, '3_feature768');
    const before = npyNames(folder).map((name) => [name, fs.statSync(path.join(folder, name)).mtimeMs]);
    const error = thrown(() => writeSampleExperiment(dir, { n: 900, d: 768, seed: 5 }));
    expect(error).toMatchObject({ code: 'ALREADY_EXISTS', file: folder });
    expect(npyNames(folder).map((name) => [name, fs.statSync(path.join(folder, name)).mtimeMs])).toEqual(before);
    // a v1 sample beside it is another folder: allowed
    expect(writeSampleExperiment(dir, { n: 300, d: 256, seed: 1 }).files).toBeGreaterThan(0);
  });

  it('writes into an existing feature folder that holds no .npy files', () => {
    const dir = tempDir();
    const folder = path.join(dir, '3_feature768');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'not a feature file');
    const result = writeSampleExperiment(dir, { n: 400, d: 768, seed: 0 });
    expect(npyNames(folder).length).toBe(result.files);
    expect(fs.readFileSync(path.join(folder, 'notes.txt'), 'utf8')).toBe('not a feature file');
  });

  it('rejects bad options before creating anything', () => {
    const dir = path.join(tempDir(), 'never');
    expect(thrown(() => writeSampleExperiment(dir, { n: 0, d: 768, seed: 0 }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      field: 'n',
    });
    expect(thrown(() => writeSampleExperiment(dir, { n: 100, d: 768, seed: -3 }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      field: 'seed',
    });
    expect(fs.existsSync(dir)).toBe(false);
  });
});
