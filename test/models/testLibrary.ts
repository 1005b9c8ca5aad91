// A library of 15 generated voice models in RVC's, Applio's and a downloads folder's layouts
// (zips, a zip inside a zip, the legacy torch format), written with the real tools, and the
// doctor's expected findings for each model.
import fs from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import { writeFixtures, type FixtureJob } from './fixtures';

/** Writes a zip with yazl. */
export function writeZip(out: string, entries: [string, string][]): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, source] of entries) zip.addFile(source, name);
  zip.end();
  fs.mkdirSync(path.dirname(out), { recursive: true });
  return new Promise((resolve, reject) => {
    zip.outputStream.pipe(fs.createWriteStream(out)).on('close', resolve).on('error', reject);
  });
}

const ivf = (file: string, d: number, nprobe: number, extra: Record<string, unknown> = {}): FixtureJob => ({
  op: 'index',
  path: file,
  d,
  nprobe,
  factory: 'IVF16,Flat',
  ...extra,
});

/** The doctor's finding codes per model name. */
export const EXPECTED_CODES: Record<string, string[]> = {
  alice: ['nprobe_1'],
  bob: [],
  carol: ['index_empty'],
  dave: ['dim_mismatch'],
  erin: ['metric_ip'],
  frank: ['fastscan_k_factor'],
  gina: ['index_missing'],
  hank: ['several_indexes'],
  ivan: ['not_reconstructable'],
  judy: ['version_shape_mismatch'],
  kate_100e_2000s: ['nprobe_1'],
  kate_300e_6000s: ['nprobe_1'],
  leo: [],
  model: [],
  nina: ['index_centroids'],
};

/** Writes the library into `lib` (files to zip are staged in `staging`). */
export async function writeTestLibrary(lib: string, staging: string): Promise<void> {
  const at = (...parts: string[]) => path.join(lib, ...parts);
  const staged = (name: string) => path.join(staging, name);
  const weights = (name: string) => at('assets', 'weights', `${name}.pth`);
  const logs = (...parts: string[]) => at('logs', ...parts);
  writeFixtures([
    // RVC: assets/weights/<name>.pth, logs/<name>/added_….index (+ trained_…)
    { op: 'rvc', path: weights('alice'), version: 'v2' },
    ivf(logs('alice', 'added_IVF16_Flat_nprobe_1_alice_v2.index'), 768, 1),
    ivf(logs('alice', 'trained_IVF16_Flat_nprobe_1_alice_v2.index'), 768, 1, { trained_only: true }),
    { op: 'rvc', path: weights('bob'), version: 'v1' },
    ivf(logs('bob', 'added_IVF16_Flat_nprobe_8_bob_v1.index'), 256, 8),
    { op: 'rvc', path: weights('carol'), version: 'v2' },
    ivf(logs('carol', 'trained_IVF16_Flat_nprobe_1_carol_v2.index'), 768, 1, { trained_only: true }),
    { op: 'rvc', path: weights('dave'), version: 'v1' },
    ivf(logs('dave', 'added_IVF16_Flat_nprobe_8_dave_v2.index'), 768, 8),
    { op: 'rvc', path: weights('erin'), version: 'v2' },
    ivf(logs('erin', 'added_IVF16_Flat_nprobe_4_erin_v2.index'), 768, 4, { metric: 'ip' }),
    { op: 'rvc', path: weights('frank'), version: 'v2' },
    ivf(logs('frank', 'added_IVF16_PQ96x4fs_RFlat_nprobe_8_frank_v2.index'), 768, 8, {
      factory: 'IVF16,PQ96x4fs,RFlat',
      k_factor: 4,
    }),
    { op: 'rvc', path: weights('gina'), version: 'v2' },
    { op: 'rvc', path: weights('hank'), version: 'v2' },
    ivf(logs('hank', 'added_IVF16_Flat_nprobe_8_hank_v2.index'), 768, 8),
    ivf(logs('hank', 'added_IVF32_Flat_nprobe_8_hank_v2.index'), 768, 8, { factory: 'IVF32,Flat' }),
    { op: 'rvc', path: weights('ivan'), version: 'v2' },
    { op: 'index', path: logs('ivan', 'added_IDMap_Flat_ivan_v2.index'), d: 768, factory: 'IDMap,Flat' },
    { op: 'rvc', path: weights('judy'), version: 'v1', dim: 768 },
    ivf(logs('judy', 'added_IVF16_Flat_nprobe_8_judy_v2.index'), 768, 8),
    { op: 'rvc', path: weights('nina'), version: 'v1' },
    ivf(logs('nina', 'added_IVF16_Flat_nprobe_8_nina_v1.index'), 256, 8, { n: 10000 }),
    // Applio: logs/<name>/<name>_<E>e_<S>s.pth beside logs/<name>/<name>.index, and its G_/D_ files
    { op: 'applio', path: logs('kate', 'kate_300e_6000s.pth'), model_name: 'kate' },
    { op: 'applio', path: logs('kate', 'kate_100e_2000s.pth'), model_name: 'kate', epoch: 100, step: 2000 },
    { op: 'training', path: logs('kate', 'G_2333333.pth') },
    ivf(logs('kate', 'kate.index'), 768, 1),
    // downloads: a model zip, and a zip holding another model's zip (legacy torch format)
    { op: 'rvc', path: staged('leo.pth'), version: 'v2' },
    ivf(staged('added_IVF16_Flat_nprobe_8_leo_v2.index'), 768, 8),
    { op: 'rvc', path: staged('mia.pth'), version: 'v1', legacy: true },
    ivf(staged('some.index'), 256, 2),
    ivf(at('downloads', 'stray_added_IVF16_Flat.index'), 768, 8),
  ]);
  await writeZip(at('downloads', 'leo.zip'), [
    ['leo.pth', staged('leo.pth')],
    ['added_IVF16_Flat_nprobe_8_leo_v2.index', staged('added_IVF16_Flat_nprobe_8_leo_v2.index')],
  ]);
  await writeZip(staged('mia.zip'), [
    ['voice/model.pth', staged('mia.pth')],
    ['voice/some.index', staged('some.index')],
  ]);
  await writeZip(at('downloads', 'outer.zip'), [['inner/mia.zip', staged('mia.zip')]]);
}
