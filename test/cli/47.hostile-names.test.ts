// File and folder names with a newline, an ANSI escape and a forged "error:" line: every human
// output and error line shows them escaped (one line each, no escape reaches the terminal), while
// --json keeps the names exact.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliJson, type CliRun } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

const EVIL = 'evil\nerror: forged\x1b[31m';
const ESCAPED = 'evil\\nerror: forged\\x1b[31m';
let dir: string;
let experiment: string;
let index: string;

beforeAll(() => {
  dir = tempDir();
  experiment = path.join(dir, `exp ${EVIL}`);
  expect(runCli(['sample', experiment, '--n', '2000', '--d', '256']).status).toBe(0);
  index = path.join(dir, `${EVIL}.index`);
});

/** Every line of both streams: none forged, no raw escape or control character. */
function expectClean(run: CliRun): void {
  for (const line of `${run.stdout}\n${run.stderr}`.split('\n')) {
    expect(line).not.toMatch(/^error: forged/);
    // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
    expect(line).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
  }
}

describe('hostile file names', () => {
  it('human output of sample, build, info, inspect, set-params and eval shows them escaped', () => {
    const runs = [
      runCli(['sample', path.join(dir, `s ${EVIL}`), '--n', '200', '--d', '256']),
      runCli(['build', experiment, '--factory', 'IVF8,Flat', '--out', index]),
      runCli(['info', experiment]),
      runCli(['inspect', index]),
      runCli(['set-params', index, '--out', path.join(dir, `copy ${EVIL}.index`), '--nprobe', '2']),
      runCli(['eval', experiment, '--index', index, '--k', '4']),
    ];
    for (const run of runs) {
      expect(run.status, run.stderr).toBe(0);
      expectClean(run);
    }
    expect(runs[0].stdout).toContain(`s ${ESCAPED}`);
    expect(runs[1].stdout).toContain(`wrote ${path.join(dir, ESCAPED)}.index`);
    expect(runs[2].stdout).toContain(`exp ${ESCAPED}`);
    expect(runs[3].stdout).toContain(`${ESCAPED}.index: IndexIVFFlat`);
    // eval's warning names the index file too
    expect(runs[5].stdout).toContain(`${ESCAPED}.index`);
  });

  it('error lines show them escaped, on one line', () => {
    const missing = path.join(dir, `missing ${EVIL}.index`);
    for (const argv of [
      ['inspect', missing],
      ['eval', experiment, '--index', missing],
      ['build', path.join(dir, `none ${EVIL}`)],
      ['build', experiment, '--factory', 'Flat', '--out', index],
      [`${EVIL}`],
    ]) {
      const run = runCli(argv);
      expect(run.status, argv.join(' ')).toBe(1);
      expectClean(run);
      expect(run.stderr).toMatch(/^error: .*evil\\nerror: forged\\x1b\[31m/);
    }
  });

  it('--json keeps the names exact', () => {
    const out = path.join(dir, `json ${EVIL}.index`);
    const built = runCliJson<{ output: string }>(['build', experiment, '--factory', 'Flat', '--out', out]);
    expect(built.output).toBe(out);
    expect(fs.existsSync(out)).toBe(true);
    expect(runCliJson<{ path: string }>(['inspect', out]).path).toBe(out);
  });
});
