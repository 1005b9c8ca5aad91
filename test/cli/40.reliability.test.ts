// Reliability: a failed write leaves nothing behind, the experiment folder is never modified, and
// the CLI ends with an exit status of its own — never a signal.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../main/paths';
import { runCli } from '../helpers/cli';
import { snapshot } from '../helpers/snapshot';
import { tempDir } from '../helpers/tmp';

let dir: string;
let experiment: string;
const cli = () => path.join(projectRoot(), 'bin', 'rvc-index.cjs');

beforeAll(() => {
  dir = tempDir();
  fs.chmodSync(dir, 0o755);
  experiment = path.join(dir, 'logs', 'exp');
  expect(runCli(['sample', experiment, '--n', '4000', '--d', '256']).status).toBe(0);
});

describe('reliability', () => {
  it('a full disk (file-size limit) fails the export with exit 1 and leaves no partial file', () => {
    const out = path.join(dir, 'full');
    fs.mkdirSync(out);
    // ulimit -f: writes past 256 KB fail with EFBIG (Node ignores SIGXFSZ), like a full disk
    const run = spawnSync(
      'bash',
      [
        '-c',
        `ulimit -f 512; exec "${process.execPath}" "${cli()}" export "${experiment}" --out-dir "${out}" --total-fea`,
      ],
      { encoding: 'utf8' },
    );
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cannot write .*(disk|larger)/);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('a full disk fails a build written by faiss itself (--out) with exit 1 and no partial file', () => {
    const out = path.join(dir, 'full-build');
    fs.mkdirSync(out);
    const run = spawnSync(
      'bash',
      [
        '-c',
        `ulimit -f 512; exec "${process.execPath}" "${cli()}" build "${experiment}" --out "${path.join(out, 'x.index')}"`,
      ],
      { encoding: 'utf8' },
    );
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cannot write .*x\.index: the file is larger than this disk or account allows/);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('a read-only folder fails the export with exit 1 and leaves nothing', () => {
    const out = path.join(dir, 'readonly');
    fs.mkdirSync(out);
    fs.chmodSync(out, 0o555);
    fs.chmodSync(path.join(dir, 'logs'), 0o755);
    for (const folder of [experiment, path.join(experiment, '3_feature256')]) fs.chmodSync(folder, 0o755);
    // root ignores permissions: run as "nobody" where we can
    const asNobody = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
    const run = spawnSync(
      asNobody[0] ?? process.execPath,
      [
        ...asNobody.slice(1),
        ...(asNobody.length ? [process.execPath] : []),
        cli(),
        'export',
        experiment,
        '--out-dir',
        out,
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, HOME: out },
      },
    );
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/readonly: the output folder is not writable/);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('info, build to another folder, eval and a failed export never modify the experiment folder', () => {
    const before = snapshot(experiment);
    expect(runCli(['info', experiment]).status).toBe(0);
    expect(runCli(['build', experiment, '--out', path.join(dir, 'elsewhere.index')]).status).toBe(0);
    expect(runCli(['eval', experiment, '--index', path.join(dir, 'elsewhere.index'), '--nprobe', '1']).status).toBe(0);
    expect(runCli(['export', experiment, '--factory', 'IVF{n},PQ7', '--out-dir', dir]).status).toBe(1);
    expect(snapshot(experiment)).toEqual(before);
  });

  it('SIGINT during a build cancels it and exits 1 (not killed by the signal)', async () => {
    const big = path.join(dir, 'logs', 'big');
    expect(runCli(['sample', big, '--n', '20000', '--d', '256']).status).toBe(0);
    const child = spawn(
      process.execPath,
      [cli(), 'build', big, '--factory', 'HNSW32', '--out', path.join(dir, 'interrupted.index')],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.on('exit', (code, signal) => resolve([code, signal])),
    );
    let stderr = '';
    // interrupt once vectors are being added (HNSW adds 20 000 vectors for seconds)
    await new Promise<void>((resolve) =>
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
        if (/\[add\]/.test(stderr)) resolve();
      }),
    );
    child.kill('SIGINT');
    const [code, signal] = await exited;
    expect(signal).toBeNull();
    expect(code).toBe(1);
    expect(stderr).toMatch(/SIGINT: cancelling[\s\S]*error: cancelled/);
    expect(fs.existsSync(path.join(dir, 'interrupted.index'))).toBe(false);
  });
});
