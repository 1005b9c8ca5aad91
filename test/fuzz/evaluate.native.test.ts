// The native path under mutated files (driver.ts): a few hundred seeded cases through the engine's
// evaluateFile in a child process, and a few through the real `rvc-index eval --index`. No case
// may crash (a signal), hang, or end in an internal error (exit 2); every refusal of the file must
// name it. The slow tier runs 10 000+ cases: `npm run fuzz`.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { type Workbench, makeCase, prepare, runCases } from './driver';

const SEED = 20_240_611;
const BATCH_CASES = 300;
const CLI_CASES = 8;

let bench: Workbench;
beforeAll(async () => {
  bench = await prepare();
});
afterAll(() => fs.rmSync(bench.dir, { recursive: true, force: true }));

describe('mutated faiss files through the native path', () => {
  it(`${BATCH_CASES} cases through evaluateFile: no signal, hang or exit 2, every refusal names the file`, async () => {
    const { tally, failures } = await runCases(bench, { seed: SEED, first: 0, count: BATCH_CASES, timeoutMs: 60_000 });
    // replay one with: npm run fuzz -- --seed SEED --first ID --cases 1
    expect(
      failures.map((f) => `case ${f.id} of seed ${SEED} (${f.original}: ${f.description}): ${f.verdict} ${f.detail}`),
    ).toEqual([]);
    const rows = Object.values(tally);
    expect(rows.reduce((sum, row) => sum + row.cases, 0)).toBe(BATCH_CASES);
    // the mutations reach both sides: files refused, and files faiss reads and searches
    expect(rows.reduce((sum, row) => sum + row.exit1, 0)).toBeGreaterThan(BATCH_CASES / 2);
    expect(rows.reduce((sum, row) => sum + row.exit0, 0)).toBeGreaterThan(BATCH_CASES / 20);
    expect(Object.keys(tally)).toHaveLength(10); // every type of the corpus
  });

  it(`${CLI_CASES} cases through rvc-index eval --index: exit 0 or 1 naming the file`, () => {
    for (let index = 0; index < CLI_CASES; index++) {
      const { bytes, original, description } = makeCase(bench, SEED + 1, index);
      const file = path.join(bench.dir, `cli-${index}.index`);
      fs.writeFileSync(file, bytes);
      const run = runCli(['eval', bench.queries, '--index', file, '--queries', bench.queries, '--nprobe', '1,2,4']);
      const label = `cli case ${index} (${original}: ${description})`;
      expect({ label, signal: run.signal, status: run.status === 0 || run.status === 1 }).toEqual({
        label,
        signal: null,
        status: true,
      });
      if (run.status === 1) expect(run.stderr, label).toContain(file);
    }
  });
});
