// .pth metadata from real torch.save files (Debian's python3-torch), and malicious ones refused
// without running their payload.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Refusal } from '../../app/errors';
import { readPthFile, type PthRead } from '../../main/models/torchFile';
import { ByteBudget } from '../../main/models/zipArchive';
import { runPython } from '../helpers/python';
import { tempDir } from '../helpers/tmp';
import { writeFixtures } from './fixtures';

const dir = tempDir('rvc-pth-');
const at = (name: string) => path.join(dir, name);
const marker = at('payload-ran');
const read = (name: string): Promise<PthRead> => readPthFile(at(name), name, new ByteBudget(1 << 30));

async function refusalOf(name: string): Promise<Refusal> {
  try {
    await read(name);
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw error;
  }
  throw new Error(`${name} was accepted`);
}

beforeAll(() => {
  writeFixtures([
    { op: 'rvc', path: at('v2.pth'), version: 'v2', sr: '48k', info: '350epoch', name: 'alto' },
    { op: 'rvc', path: at('v1-legacy.pth'), version: 'v1', legacy: true, f0: 0 },
    { op: 'rvc', path: at('v2-protocol4.pth'), version: 'v2', protocol: 4 },
    { op: 'rvc', path: at('no-version.pth'), version: 'v2', omit_version: true },
    { op: 'applio', path: at('applio.pth'), model_name: 'tenor', epoch: 120, step: 2400, author: 'me' },
    { op: 'training', path: at('G_2333333.pth') },
    { op: 'evil_pth', path: at('evil.pth'), marker },
    { op: 'evil_pickle', path: at('evil-raw.pth'), marker },
    { op: 'tamper', path: at('missing-storage.pth'), source: at('v2.pth'), drop: ['/data/1'] },
    { op: 'tamper', path: at('short-storage.pth'), source: at('v2.pth'), truncate: { '/data/0': 10 } },
  ]);
  fs.writeFileSync(at('text.pth'), 'not a model\n');
});

describe('.pth metadata', () => {
  it("reads RVC's checkpoint dict from the pickle, the dimension from the phone embedding's shape", async () => {
    const { metadata, format } = await read('v2.pth');
    expect(format).toBe('zip');
    expect(metadata).toMatchObject({
      versionDeclared: 'v2',
      version: 'v2',
      dim: 768,
      hidden: 8,
      sampleRate: 48000,
      f0: true,
      epoch: 350,
      step: null,
      info: '350epoch',
      name: 'alto',
      tensors: 6,
      dtypes: ['float16'],
      created: '2023-11-14T22:13:20.000Z',
    });
    expect(metadata.parameters).toBe(8 * 768 + 8 + 256 * 8 + 16 * 8 * 7 + 8 * 2 + 16);
  });

  it('reads the legacy (pre-zip) format and protocol 4 pickles', async () => {
    const legacy = await read('v1-legacy.pth');
    expect(legacy.format).toBe('legacy');
    expect(legacy.metadata).toMatchObject({ version: 'v1', dim: 256, f0: false, sampleRate: 40000 });
    expect((await read('v2-protocol4.pth')).metadata).toMatchObject({ version: 'v2', dim: 768 });
  });

  it('loads a model without a version as v1, as RVC and Applio do', async () => {
    const { metadata } = await read('no-version.pth');
    expect(metadata).toMatchObject({ versionDeclared: null, version: 'v1', dim: 768 });
  });

  it("reads Applio's keys", async () => {
    const { metadata } = await read('applio.pth');
    expect(metadata).toMatchObject({
      version: 'v2',
      dim: 768,
      sampleRate: 40000,
      f0: true,
      epoch: 120,
      step: 2400,
      name: 'tenor',
      author: 'me',
      embedder: 'contentvec',
      vocoder: 'HiFi-GAN',
      speakers: 1,
      created: '2024-05-01T10:20:30.123456',
    });
    expect(metadata.extra).toMatchObject({
      overtrain_info: 'Smoothed loss_g 25.000 and loss_d 3.000',
      dataset_length: 1234.5,
      model_hash: 'ab'.repeat(32),
    });
  });

  it('refuses files that are not voice models', async () => {
    expect((await refusalOf('G_2333333.pth')).reason.code).toBe('pth_training_checkpoint');
    expect((await refusalOf('text.pth')).reason.code).toBe('pth_unknown_format');
    const missing = await refusalOf('missing-storage.pth');
    expect(missing.reason).toMatchObject({ code: 'pth_storage_missing' });
    expect(missing.reason.params.record).toMatch(/\/data\/1$/);
    const short = await refusalOf('short-storage.pth');
    expect(short.reason).toMatchObject({ code: 'pth_storage_short', params: { actual: 10, expected: 8 * 768 * 2 } });
  });

  it('refuses malicious pickles without running them (and the payload is real)', async () => {
    const inZip = await refusalOf('evil.pth');
    expect(inZip.reason).toMatchObject({ code: 'pickle_global_refused', params: { name: 'posix.system' } });
    expect(inZip.message).toMatch(/^evil\.pth!\/[^/]+\/data\.pkl: /);
    const raw = await refusalOf('evil-raw.pth');
    expect(raw.reason).toMatchObject({ code: 'pickle_global_refused', params: { name: 'posix.system' } });
    expect(fs.existsSync(marker)).toBe(false);
    // the same file through torch.load runs the command: the refusal above is what kept it from running
    runPython(`import torch, json\ntorch.load(${JSON.stringify(at('evil.pth'))})\nprint(json.dumps(1))`);
    expect(fs.existsSync(marker)).toBe(true);
  });
});
