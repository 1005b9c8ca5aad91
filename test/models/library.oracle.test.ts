// A library of 15 generated models in RVC's, Applio's and a downloads folder's layouts (zips,
// a zip inside a zip, the legacy torch format), with the doctor's expected findings.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DoctorModel } from '../../app/models/doctor';
import { findingsJson } from '../../app/models/doctor';
import type { LibraryReport } from '../../app/models/library';
import { openLibrary } from '../../main/models/library';
import { tempDir } from '../helpers/tmp';
import { EXPECTED_CODES, writeTestLibrary } from './testLibrary';

const work = tempDir('rvc-library-');
const lib = path.join(work, 'library');
const at = (...parts: string[]) => path.join(lib, ...parts);

let report: LibraryReport;
const model = (name: string): DoctorModel => {
  const found = report.models.filter((m) => m.name === name);
  expect(found, name).toHaveLength(1);
  return found[0];
};
const codes = (name: string) => model(name).findings.map((f) => f.code);

beforeAll(async () => {
  await writeTestLibrary(lib, path.join(work, 'staging'));
  report = await openLibrary(lib);
});

describe('model library', () => {
  it('finds every model, and skips training checkpoints', () => {
    expect(report.models.map((m) => m.name).sort()).toEqual(
      [
        'alice',
        'bob',
        'carol',
        'dave',
        'erin',
        'frank',
        'gina',
        'hank',
        'ivan',
        'judy',
        'kate_100e_2000s',
        'kate_300e_6000s',
        'leo',
        'model',
        'nina',
      ].sort(),
    );
    expect(report.refused).toEqual([]);
    expect(report.skipped.map((s) => [path.basename(s.path), s.reason.code])).toEqual([
      ['G_2333333.pth', 'training_checkpoint_skipped'],
    ]);
  });

  it('gives each model the findings its pair deserves', () => {
    for (const [name, want] of Object.entries(EXPECTED_CODES)) expect(codes(name), name).toEqual(want);
  });

  it('pairs the way RVC and Applio do, and lists ambiguity and orphans instead of guessing', () => {
    expect(model('alice')).toMatchObject({
      index: at('logs', 'alice', 'added_IVF16_Flat_nprobe_1_alice_v2.index'),
      pairing: 'name',
      version: 'v2',
      dim: 768,
      index_type: 'IndexIVFFlat',
      ntotal: 2000,
      nprobe: 1,
      metric: 'l2',
      recall_estimate: null,
    });
    expect(model('carol')).toMatchObject({ pairing: 'trained', ntotal: 0 });
    expect(model('kate_300e_6000s')).toMatchObject({
      pairing: 'name_and_folder',
      index: at('logs', 'kate', 'kate.index'),
    });
    expect(model('hank').index).toBeNull();
    expect(model('hank').candidates).toHaveLength(2);
    expect(model('gina')).toMatchObject({ index: null, candidates: [], pairing: null, size_bytes: null });
    expect(model('leo')).toMatchObject({
      pth: `${at('downloads', 'leo.zip')}!/leo.pth`,
      index: `${at('downloads', 'leo.zip')}!/added_IVF16_Flat_nprobe_8_leo_v2.index`,
    });
    expect(model('model')).toMatchObject({
      pth: `${at('downloads', 'outer.zip')}!/inner/mia.zip!/voice/model.pth`,
      pairing: 'folder',
      version: 'v1',
      dim: 256,
    });
    expect(report.unpairedIndexes.map((index) => path.basename(index.path)).sort()).toEqual([
      'stray_added_IVF16_Flat.index',
      'trained_IVF16_Flat_nprobe_1_alice_v2.index',
    ]);
  });

  it('says what is wrong and how to fix it, in JSON the CLI can print', () => {
    const dave = findingsJson(model('dave').findings);
    expect(dave).toEqual([
      { code: 'dim_mismatch', severity: 'error', message: expect.stringMatching(/768.*256.*Fix:/) },
    ]);
    const ivan = model('ivan').findings[0];
    expect(ivan.params).toMatchObject({ type: 'IndexIDMap', crashes: 'yes' });
    expect(ivan.text).toMatch(/RVC crashes/);
    expect(model('frank').findings[0].params).toMatchObject({ kFactor: 4, candidates: 32 });
    expect(model('judy').findings[0].text).toMatch(/says v1.*256.*768/);
    expect(model('kate_300e_6000s').metadata).toMatchObject({ epoch: 300, step: 6000, embedder: 'contentvec' });
  });
});
