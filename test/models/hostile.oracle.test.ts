// Hostile zips, files and folders: refused with the file or entry named, in bounded time and
// memory, and nothing written anywhere.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Refusal } from '../../app/errors';
import { openLibrary } from '../../main/models/library';
import { scanLibrary } from '../../main/models/scan';
import { readPthFile } from '../../main/models/torchFile';
import { ByteBudget } from '../../main/models/zipArchive';
import { snapshot } from '../helpers/snapshot';
import { tempDir } from '../helpers/tmp';
import { writeFixtures, type FixtureJob } from './fixtures';

const work = tempDir('rvc-hostile-');
const zips = path.join(work, 'zips');
const folder = path.join(work, 'folder');
const outside = path.join(work, 'outside');
const marker = path.join(work, 'payload-ran');
const z = (name: string) => path.join(zips, name);
const text = (value: string) => ({ text: value });

const zipJob = (name: string, entries: [string, unknown][], extra: Record<string, unknown> = {}): FixtureJob => ({
  op: 'zip',
  path: z(name),
  entries,
  ...extra,
});

async function refusalOf(run: () => Promise<unknown>): Promise<Refusal> {
  try {
    await run();
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw error;
  }
  throw new Error('accepted');
}

beforeAll(() => {
  fs.mkdirSync(path.join(folder, 'nested'), { recursive: true });
  fs.mkdirSync(outside, { recursive: true });
  writeFixtures([
    { op: 'rvc', path: path.join(outside, 'outside.pth'), version: 'v2' },
    { op: 'index', path: path.join(work, 'small.index'), d: 8, n: 200, factory: 'IVF4,Flat' },
    { op: 'evil_pth', path: path.join(work, 'evil.pth'), marker },
    zipJob('traversal.zip', [['../../escaped.pth', text('x')]]),
    zipJob('absolute.zip', [['/tmp/absolute.index', text('x')]]),
    zipJob('drive.zip', [['C:/models/x.index', text('x')]]),
    zipJob('backslash.zip', [['..\\..\\x.pth', text('x')]]),
    zipJob('symlink.zip', [['link.pth', { symlink: '/etc/passwd' }]]),
    zipJob('duplicate.zip', [
      ['a.index', text('x')],
      ['a.index', text('y')],
    ]),
    zipJob('encrypted.zip', [['secret.pth', text('x')]], { patch: { or_flags: 1 } }),
    zipJob(
      'overlap.zip',
      [
        ['one.index', text('1'.repeat(100))],
        ['two.index', text('2'.repeat(100))],
      ],
      { patch: { entry: 1, offset_of: 0 } },
    ),
    { op: 'many_entries', path: z('many.zip'), count: 10_000 },
    // in the folder: the scan goes on past each refused entry
    zipJob('bomb.zip', [['bomb.index', { zeros: 60 << 20 }]]),
    zipJob('lying.zip', [['lying.index', { zeros: 100_000 }]], { patch: { uncompressed: 1000 } }),
    zipJob('evil.zip', [['evil.pth', path.join(work, 'evil.pth')]]),
    zipJob('level3.zip', [['x.index', path.join(work, 'small.index')]]),
    zipJob('level2.zip', [['level3.zip', z('level3.zip')]]),
    zipJob('level1.zip', [['level2.zip', z('level2.zip')]]),
  ]);
  for (const name of ['bomb.zip', 'lying.zip', 'evil.zip', 'level1.zip'])
    fs.copyFileSync(z(name), path.join(folder, name));
  spawnSync('mkfifo', [path.join(folder, 'pipe.pth')]);
  fs.symlinkSync(outside, path.join(folder, 'out-link'));
  fs.symlinkSync('/dev/zero', path.join(folder, 'zero.index'));
  fs.symlinkSync(folder, path.join(folder, 'nested', 'loop'));
});

describe('hostile zips given as the library', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['traversal.zip', 'zip_entry_traversal', {}],
    ['absolute.zip', 'zip_entry_absolute', {}],
    ['drive.zip', 'zip_entry_absolute', {}],
    ['backslash.zip', 'zip_entry_backslash', {}],
    ['symlink.zip', 'zip_entry_not_regular', { kind: 'symbolic link' }],
    ['duplicate.zip', 'zip_entry_duplicate', {}],
    ['encrypted.zip', 'zip_entry_encrypted', {}],
    ['overlap.zip', 'zip_entries_overlap', { other: 'one.index' }],
    ['many.zip', 'zip_too_many_entries', { count: 10_000 }],
  ];
  for (const [name, code, params] of cases) {
    it(`refuses ${name} (${code}), naming the zip and the entry`, async () => {
      const error = await refusalOf(() => scanLibrary(z(name)));
      expect(error.reason.code).toBe(code);
      expect(error.reason.params).toMatchObject(params);
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message.startsWith(z(name))).toBe(true);
    });
  }

  it('never writes what a traversal name points at', () => {
    expect(fs.existsSync(path.join(zips, '..', '..', 'escaped.pth'))).toBe(false);
  });
});

describe('hostile files in a folder', () => {
  it('refuses each bad file or entry by name, skips what it must not follow, and reads the rest', async () => {
    const before = snapshot(work, { folderTimes: false });
    const report = await openLibrary(folder);
    const refused = Object.fromEntries(report.refused.map((item) => [path.relative(folder, item.path), item.reason]));
    expect(refused['bomb.zip!/bomb.index']).toMatchObject({ code: 'zip_entry_ratio', params: { limit: 100 } });
    expect(refused['lying.zip!/lying.index']).toMatchObject({
      code: 'zip_entry_size_mismatch',
      params: { size: 1000 },
    });
    expect(refused['pipe.pth']).toMatchObject({ code: 'file_not_regular', params: { kind: 'fifo' } });
    const evil = Object.entries(refused).find(([where]) => where.startsWith('evil.zip!/evil.pth'));
    expect(evil?.[1]).toMatchObject({ code: 'pickle_global_refused', params: { name: 'posix.system' } });
    const skipped = Object.fromEntries(
      report.skipped.map((item) => [path.relative(folder, item.path), item.reason.code]),
    );
    expect(skipped).toEqual({
      'level1.zip!/level2.zip!/level3.zip': 'zip_too_deep',
      'nested/loop': 'folder_loop',
      'out-link': 'link_outside_root',
      'zero.index': 'link_outside_root',
    });
    expect(report.models).toEqual([]);
    expect(fs.existsSync(marker)).toBe(false);
    expect(snapshot(work, { folderTimes: false })).toEqual(before);
  });

  it('stops at the byte budget for data read out of zips', async () => {
    const report = await scanLibrary(path.join(folder), { budgetBytes: 1000 });
    const reasons = report.refused.map((item) => item.reason.code);
    expect(reasons).toContain('zip_budget');
  });

  it('refuses a FIFO, a device or a folder given as a model file, without blocking', async () => {
    const budget = new ByteBudget(1 << 20);
    const fifo = await refusalOf(() => readPthFile(path.join(folder, 'pipe.pth'), 'pipe.pth', budget));
    expect(fifo.reason).toMatchObject({ code: 'file_not_regular', params: { kind: 'fifo' } });
    const device = await refusalOf(() => readPthFile('/dev/zero', '/dev/zero', budget));
    expect(device.reason.params.kind).toBe('device');
    const dir = await refusalOf(() => readPthFile(folder, folder, budget));
    expect(dir.reason.params.kind).toBe('folder');
    const root = await refusalOf(() => scanLibrary(path.join(folder, 'pipe.pth')));
    expect(root.reason.code).toBe('library_not_folder_or_zip');
  });
});
