// Inputs that must neither pass silently nor fail late: 5 000 copies of one vector (build and eval
// say so, with codes), an ID map in the factory, out-of-range numbers (the right limit, before any
// work), and repeated n_probe values.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult, EvalResult } from '../../app/contract';
import type { Message, MessageCode } from '../../app/messages';
import { encodeNpyFloat32 } from '../../app/npy';
import { runCli, runCliJson } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

/** the codes of the data's own warnings (app/degenerateData.ts) */
const DEGENERATE: MessageCode[] = ['few_distinct_rows', 'lists_mostly_empty', 'recall_trivial'];

const D = 256;
let dir: string;
let copies: string;
let sample: string;

beforeAll(() => {
  dir = tempDir();
  copies = path.join(dir, 'copies');
  const features = path.join(copies, '3_feature256');
  fs.mkdirSync(features, { recursive: true });
  const row = Float32Array.from({ length: D }, (_, j) => Math.sin(j + 1));
  for (const name of ['a', 'b']) {
    const data = new Float32Array(2500 * D);
    for (let r = 0; r < 2500; r++) data.set(row, r * D);
    fs.writeFileSync(path.join(features, `${name}.npy`), encodeNpyFloat32(data, [2500, D]));
  }
  sample = path.join(dir, 'sample');
  expect(runCli(['sample', sample, '--n', '2000', '--d', '256']).status).toBe(0);
});

describe('degenerate data and late failures', () => {
  it('5 000 identical rows: build warns with codes, eval says recall is trivially 100%', () => {
    const index = path.join(dir, 'copies.index');
    const built = runCliJson<BuildResult>(['build', copies, '--out', index]);
    // k-means of one point leaves (nearly) every list empty: which of the equal centroids take
    // the copies depends on the build's float rounding (one list generic, one or two with AVX2)
    const empty = built.clusters!.empty;
    expect(empty).toBeGreaterThanOrEqual(built.nlist! - 2);
    // every warning has a code: the data's are these (the others say other things)
    const degenerate = (list: Message[]) => list.filter((m) => DEGENERATE.includes(m.code));
    expect(degenerate(built.notices).map((m) => [m.code, m.params])).toEqual([
      ['few_distinct_rows', { distinct: 1, sampled: 4096 }],
      ['lists_mostly_empty', { empty, nlist: built.nlist }],
    ]);
    expect(built.warnings).toEqual(built.notices.map((m) => m.text));
    const evaluated = runCliJson<EvalResult>(['eval', copies, '--index', index, '--nprobe', '1']);
    expect(degenerate(evaluated.notices)).toEqual([expect.objectContaining({ code: 'recall_trivial' })]);
    const human = runCli(['eval', copies, '--index', index, '--nprobe', '1']);
    expect(human.stdout).toMatch(/^warning: the index holds only 1 distinct vector among .*trivially 100%/m);
    // real features: no such notice
    const real = runCliJson<BuildResult>([
      'build',
      sample,
      '--factory',
      'IVF16,Flat',
      '--out',
      path.join(dir, 's.index'),
    ]);
    expect(degenerate(real.notices)).toEqual([]);
  });

  it('IDMap,Flat names the ID map as the unsupported part', () => {
    const run = runCli(['build', sample, '--factory', 'IDMap,Flat', '--out', path.join(dir, 'idmap.index')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: factory 'IDMap,Flat': 'IDMap' is not supported: .*reconstruct_n/);
    expect(run.stderr).not.toMatch(/unknown part/);
  });

  it('numbers out of range name their own limit, before any work', () => {
    for (const [argv, message] of [
      [['eval', sample, '--index', 'x.index', '--k', '99999999999999999999'], '--k must be at most 100 '],
      [['build', sample, '--factory', 'HNSW32', '--ef-search', '100000000'], '--ef-search must be at most 1000000 '],
      [['build', sample, '--n-ivf', '99999999999999999999'], '--n-ivf must be at most 1048576 '],
      [
        ['eval', sample, '--index', 'x.index', '--nprobe', '1,99999999999999999999'],
        '--nprobe must be at most 1048576 ',
      ],
    ] as const) {
      const run = runCli([...argv]);
      expect(run.status, argv.join(' ')).toBe(1);
      expect(run.stderr).toContain(`error: ${message}`);
      expect(run.stderr).not.toMatch(/\[load\]/);
    }
  });

  it('eval --nprobe 2,1,2 measures each n_probe once, in order', () => {
    const index = path.join(dir, 's.index');
    const result = runCliJson<EvalResult>(['eval', sample, '--index', index, '--nprobe', '2,1,2']);
    expect(result.points.map((p) => p.nprobe)).toEqual([1, 2]);
  });
});
