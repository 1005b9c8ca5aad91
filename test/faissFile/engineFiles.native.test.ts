// Files this app writes itself pass the engine check and load: exports of every preset family
// (with RVC's trained_ file, ntotal 0) and set-params copies.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportResult, SetParamsResult } from '../../app/contract';
import { checkForEngine, inspectFaissBytes } from '../../app/faissFile';
import { readIndexFile } from '../../main/engine/indexFile';
import { runCli, runCliJson } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';
import { randomVectors } from '../helpers/vectors';
import { readBytes } from './corpus';

const FACTORIES = [
  'IVF{n},Flat',
  'IVF{n},PQ32x4fs,RFlat',
  'IVF{n},SQ8',
  'IVF{n},PQ16x4np',
  'HNSW16',
  'PCA64,IVF{n},Flat',
];

let dir: string;
const files: string[] = [];

beforeAll(() => {
  dir = tempDir();
  const experiment = path.join(dir, 'exp');
  expect(runCli(['sample', experiment, '--n', '4000', '--d', '256', '--seed', '5']).status).toBe(0);
  for (const [i, factory] of FACTORIES.entries()) {
    const out = path.join(dir, `out-${i}`);
    fs.mkdirSync(out);
    const lists = factory.includes('{n}') ? ['--n-ivf', '40'] : [];
    const result = runCliJson<ExportResult>([
      'export',
      experiment,
      '--factory',
      factory,
      ...lists,
      '--out-dir',
      out,
      '--trained',
    ]);
    files.push(...result.files.filter((file) => file.endsWith('.index')));
  }
  const added = files.find((file) => path.basename(file).startsWith('added_IVF'))!;
  const copy = path.join(dir, 'copy.index');
  runCliJson<SetParamsResult>(['set-params', added, '--out', copy, '--nprobe', '7']);
  files.push(copy);
});

describe('files the engine writes', () => {
  it('read without error or warning, pass the engine check and load', () => {
    expect(files.filter((file) => path.basename(file).startsWith('trained_'))).toHaveLength(FACTORIES.length);
    for (const file of files) {
      const bytes = readBytes(file);
      const inspected = inspectFaissBytes(bytes, file);
      expect([file, inspected.error, inspected.warnings]).toEqual([file, null, []]);
      expect(checkForEngine(bytes, file).reconstructAborts, file).toBeNull();
      const index = readIndexFile(file);
      try {
        const { ntotal, d } = index.describe();
        if (ntotal > 0) {
          expect(index.search(randomVectors(4, d, 1), 8).labels.length, file).toBe(32);
          expect(index.reconstructN(0, ntotal).length, file).toBe(ntotal * d);
        }
      } finally {
        index.dispose();
      }
    }
  });
});
