// A device, a FIFO, a socket or a folder given as any path argument of any command: exit 1 with a
// message naming the path, nothing read or written, and never a hang (bounded by the test's
// hang detector; how fast is measured by `npm run bench`). Where a folder is the expected input
// (an experiment), an empty folder stands for the folder case; `sample <dir>` writes into folders.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { HANG_MS } from '../helpers/hang';
import { tempDir } from '../helpers/tmp';

let dir: string;
let experiment: string;
let index: string;
let fifo: string;
let socketPath: string;
let server: net.Server;

beforeAll(async () => {
  dir = tempDir();
  experiment = path.join(dir, 'exp');
  expect(runCli(['sample', experiment, '--n', '2000', '--d', '256']).status).toBe(0);
  index = path.join(dir, 'flat.index');
  expect(runCli(['build', experiment, '--factory', 'Flat', '--out', index]).status).toBe(0);
  fifo = path.join(dir, 'fifo');
  execFileSync('mkfifo', [fifo]);
  socketPath = path.join(dir, 'socket');
  server = net.createServer();
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const specials = () => ({ '/dev/zero': '/dev/zero', '/dev/full': '/dev/full', FIFO: fifo, socket: socketPath });

describe('hostile paths', () => {
  const cases: [string, (p: string) => string[]][] = [
    ['info <exp>', (p) => ['info', p]],
    ['build <exp>', (p) => ['build', p]],
    ['build --out', (p) => ['build', experiment, '--factory', 'Flat', '--out', p, '--force']],
    ['eval --index', (p) => ['eval', experiment, '--index', p]],
    ['eval --queries', (p) => ['eval', experiment, '--index', index, '--queries', p]],
    ['inspect', (p) => ['inspect', p]],
    ['set-params <file>', (p) => ['set-params', p, '--out', path.join(dir, 'x.index'), '--nprobe', '2']],
    ['set-params --out', (p) => ['set-params', index, '--out', p, '--force', '--nprobe', '2']],
    ['export --out-dir', (p) => ['export', experiment, '--factory', 'Flat', '--out-dir', p]],
    ['sample <dir>', (p) => ['sample', p, '--n', '200']],
  ];
  it.each(cases)('%s: a device, FIFO or socket is refused with exit 1, naming it', (_name, argv) => {
    for (const [kind, special] of Object.entries(specials())) {
      const started = Date.now();
      const run = runCli(argv(special), {}, HANG_MS);
      expect(run.signal, `${kind}: ${run.stderr}`).toBeNull();
      expect(run.status, `${kind}: ${run.stderr}`).toBe(1);
      expect(run.stderr, kind).toContain(special);
      expect(Date.now() - started).toBeLessThan(HANG_MS);
    }
    // nothing appeared next to the experiment and nothing was replaced
    expect(fs.statSync('/dev/full').isCharacterDevice()).toBe(true);
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
  });

  it('a folder as any path argument: exit 1 naming it, before any work', () => {
    const folder = path.join(dir, 'a folder');
    const empty = path.join(dir, 'empty');
    fs.mkdirSync(path.join(folder, 'inside'), { recursive: true });
    fs.mkdirSync(empty, { recursive: true });
    const outDir = fs.mkdtempSync(path.join(dir, 'out-'));
    const cases: [string, string[], string][] = [
      ['info <exp>', ['info', empty], empty],
      ['build <exp>', ['build', empty, '--factory', 'Flat', '--out', path.join(dir, 'y.index')], empty],
      ['build --out', ['build', experiment, '--factory', 'Flat', '--out', folder, '--force'], folder],
      ['eval <exp>', ['eval', empty, '--index', index], empty],
      ['eval --index', ['eval', experiment, '--index', folder], folder],
      ['eval --queries', ['eval', experiment, '--index', index, '--queries', empty], empty],
      ['inspect', ['inspect', folder], folder],
      ['set-params <file>', ['set-params', folder, '--out', path.join(dir, 'z.index'), '--nprobe', '2'], folder],
      ['set-params --out', ['set-params', index, '--out', folder, '--force', '--nprobe', '2'], folder],
      ['export <exp>', ['export', empty, '--factory', 'Flat', '--out-dir', outDir], empty],
    ];
    for (const [name, argv, named] of cases) {
      const run = runCli(argv, {}, HANG_MS);
      expect(run.signal, `${name}: ${run.stderr}`).toBeNull();
      expect(run.status, `${name}: ${run.stderr}`).toBe(1);
      expect(run.stderr, name).toContain(named);
      expect(run.stderr, name).not.toMatch(/\[(train|add)\]/);
    }
    // nothing was written into or over the folders
    expect(fs.readdirSync(folder)).toEqual(['inside']);
    expect(fs.readdirSync(empty)).toEqual([]);
  });

  it('a folder where a file is expected, and a file where a folder is expected, are refused before any work', () => {
    expect(runCli(['inspect', dir]).stderr).toMatch(/is a folder, not a regular index file/);
    const run = runCli(['export', experiment, '--factory', 'Flat', '--out-dir', index]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/flat\.index: the output folder is a file, not a folder/);
    expect(run.stderr).not.toMatch(/\[load\]/);
    const inside = runCli(['build', experiment, '--factory', 'Flat', '--out', path.join(index, 'x.index')]);
    expect(inside.status).toBe(1);
    expect(inside.stderr).toMatch(/flat\.index: the output folder is a file, not a folder/);
  });
});
