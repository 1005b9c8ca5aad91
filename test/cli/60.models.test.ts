// `rvc-index doctor`, `retune` and `share` on a generated library of 15 voice models (torch.save
// checkpoints, Python-faiss indexes, zips inside zips): the JSON findings, the recall estimates,
// re-tuned copies that load the way RVC loads them, originals left byte for byte, and hostile
// zips refused with nothing written.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ModelCard } from '../../app/models/api';
import { runCli, runCliJson } from '../helpers/cli';
import { runPython } from '../helpers/python';
import { snapshot } from '../helpers/snapshot';
import { tempDir } from '../helpers/tmp';
import { writeFixtures } from '../models/fixtures';
import { EXPECTED_CODES, writeTestLibrary } from '../models/testLibrary';

const work = tempDir('rvc-cli-models-');
const lib = path.join(work, 'library');
const at = (...parts: string[]) => path.join(lib, ...parts);

interface DoctorJson {
  models: {
    name: string;
    pth: string;
    index: string | null;
    nprobe: number | null;
    recall_estimate: { recall_at_k: number; low: number; high: number } | null;
    findings: { code: string; severity: string; message: string }[];
  }[];
}
interface RetuneJson {
  files: string[];
  skipped: { name: string; reason: string; code: string }[];
}

/** RVC's load path in Python faiss: read_index, reconstruct_n, search k = 8; the stored n_probe. */
const rvcLoad = (files: string[]) =>
  runPython<{ file: string; ntotal: number; nprobe: number; found: number }[]>(
    `import sys, json, faiss, numpy as np
out = []
for f in json.loads(sys.argv[1]):
    index = faiss.read_index(f)
    big = index.reconstruct_n(0, index.ntotal)
    D, I = index.search(big[:16], 8)
    out.append({"file": f, "ntotal": index.ntotal, "nprobe": faiss.extract_index_ivf(index).nprobe,
                "found": int((I >= 0).sum())})
print(json.dumps(out))`,
    [JSON.stringify(files)],
  );

beforeAll(async () => {
  await writeTestLibrary(lib, path.join(work, 'staging'));
}, 300_000);

describe('rvc-index doctor', () => {
  let doctor: DoctorJson;
  beforeAll(() => {
    doctor = runCliJson<DoctorJson>(['doctor', lib]);
  });

  it('prints the JSON shape of the contract, with every model’s finding codes', () => {
    expect(Object.keys(doctor)).toEqual(['models']);
    for (const m of doctor.models) {
      expect(Object.keys(m).sort()).toEqual(
        [
          'dim',
          'findings',
          'index',
          'index_type',
          'metric',
          'name',
          'nprobe',
          'ntotal',
          'pth',
          'recall_estimate',
          'size_bytes',
          'version',
        ].sort(),
      );
      for (const f of m.findings) expect(Object.keys(f).sort()).toEqual(['code', 'message', 'severity']);
    }
    const codes = Object.fromEntries(doctor.models.map((m) => [m.name, m.findings.map((f) => f.code)]));
    expect(codes).toEqual(EXPECTED_CODES);
  });

  it('estimates recall from the index’s own vectors where there is one index to estimate', () => {
    const estimate = (name: string) => doctor.models.find((m) => m.name === name)!.recall_estimate;
    for (const name of ['alice', 'bob', 'dave', 'erin', 'frank', 'leo', 'model', 'nina', 'kate_300e_6000s']) {
      const e = estimate(name);
      expect(e, name).not.toBeNull();
      expect(e!.low, name).toBeLessThanOrEqual(e!.recall_at_k);
      expect(e!.recall_at_k, name).toBeLessThanOrEqual(e!.high);
      expect(e!.low, name).toBeGreaterThanOrEqual(0);
      expect(e!.high, name).toBeLessThanOrEqual(1);
    }
    // random vectors spread over 16 lists: one list finds few of the true neighbours, eight most
    expect(estimate('alice')!.recall_at_k).toBeLessThan(0.6);
    expect(estimate('bob')!.recall_at_k).toBeGreaterThan(estimate('alice')!.recall_at_k);
    // no index, several, no vectors, an IDMap faiss would abort on: no estimate
    for (const name of ['gina', 'hank', 'carol', 'ivan']) expect(estimate(name), name).toBeNull();
  });

  it('says in its human output that recall is an estimate, and escapes file names', () => {
    const weird = path.join(work, 'weird');
    fs.mkdirSync(weird);
    fs.copyFileSync(at('assets', 'weights', 'gina.pth'), path.join(weird, 'a\nb\x1b[31mc.pth'));
    const run = runCli(['doctor', weird, '--no-estimate']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).not.toContain('\x1b');
    expect(run.stdout).toContain('a\\nb\\x1b[31mc');
    const human = runCli(['doctor', lib]);
    expect(human.stdout).toMatch(/estimated top-8 recall at n_probe 1: \d+% \(\d+%–\d+%\)/);
    expect(human.stdout).toMatch(/recall: Estimated from the index's own vectors .* not measured on held-out audio/);
  });
});

describe('rvc-index retune', () => {
  it('writes RVC-named copies with the new n_probe into --out-dir, and nothing else anywhere', () => {
    const before = snapshot(lib, { folderTimes: false });
    const out = path.join(work, 'retuned');
    fs.mkdirSync(out);
    const result = runCliJson<RetuneJson>(['retune', lib, '--nprobe', '8', '--out-dir', out]);
    expect(result.files.map((f) => path.basename(f)).sort()).toEqual([
      'added_IVF16_Flat_nprobe_8_alice_v2.index',
      'added_IVF16_Flat_nprobe_8_erin_v2.index',
      'added_IVF16_Flat_nprobe_8_kate_v2.index',
      'added_IVF16_Flat_nprobe_8_model_v1.index',
    ]);
    expect(fs.readdirSync(out).sort()).toEqual(result.files.map((f) => path.basename(f)).sort());
    expect(Object.fromEntries(result.skipped.map((s) => [s.name, s.code]))).toEqual({
      bob: 'retune_unchanged',
      carol: 'retune_index_unusable',
      dave: 'retune_index_unusable',
      frank: 'retune_index_unusable',
      gina: 'retune_no_index',
      hank: 'retune_several_indexes',
      ivan: 'retune_index_unusable',
      judy: 'retune_index_unusable',
      kate_300e_6000s: 'retune_same_output',
      leo: 'retune_unchanged',
      nina: 'retune_unchanged',
    });
    for (const loaded of rvcLoad(result.files)) {
      expect(loaded.nprobe, loaded.file).toBe(8);
      expect(loaded.found, loaded.file).toBe(16 * 8);
    }
    expect(snapshot(lib, { folderTimes: false })).toEqual(before);
    // again: every copy exists already, so nothing is written
    const outBefore = snapshot(out, { folderTimes: false });
    const again = runCliJson<RetuneJson>(['retune', lib, '--nprobe', '8', '--out-dir', out]);
    expect(again.files).toEqual([]);
    expect(again.skipped.filter((s) => s.code === 'retune_output_exists').map((s) => s.name)).toHaveLength(4);
    expect(snapshot(out, { folderTimes: false })).toEqual(outBefore);
  });

  it('finds the smallest n_probe for a target recall, writes beside the index or its zip', () => {
    // two of the library's models (estimating every index of the library takes minutes on a busy box)
    const small = path.join(work, 'small');
    const inSmall = (...parts: string[]) => path.join(small, ...parts);
    fs.cpSync(at('assets', 'weights', 'alice.pth'), inSmall('assets', 'weights', 'alice.pth'));
    fs.cpSync(at('logs', 'alice'), inSmall('logs', 'alice'), { recursive: true });
    fs.cpSync(at('downloads', 'outer.zip'), inSmall('downloads', 'outer.zip'));
    const before = snapshot(small, { folderTimes: false });
    const result = runCliJson<
      RetuneJson & { retuned: { name: string; nprobe: number; output: string; estimate: { recall_at_k: number } }[] }
    >(['retune', small, '--target-recall', '0.9']);
    const byName = Object.fromEntries(result.retuned.map((r) => [r.name, r]));
    expect(Object.keys(byName).sort()).toEqual(['alice', 'model']);
    expect(path.dirname(byName.alice.output)).toBe(inSmall('logs', 'alice'));
    // mia's model sits in a zip inside a zip: its copy goes beside the outer zip
    expect(path.dirname(byName.model.output)).toBe(inSmall('downloads'));
    for (const r of result.retuned) {
      expect(r.estimate.recall_at_k, r.name).toBeGreaterThanOrEqual(0.9);
      expect(r.nprobe, r.name).toBeGreaterThan(1);
      expect(path.basename(r.output)).toMatch(new RegExp(`^added_IVF16_Flat_nprobe_${r.nprobe}_`));
    }
    const stored = Object.fromEntries(result.retuned.map((r) => [r.output, r.nprobe]));
    for (const loaded of rvcLoad(result.files)) expect(loaded.nprobe, loaded.file).toBe(stored[loaded.file]);
    const after = snapshot(small, { folderTimes: false });
    for (const [file, hash] of Object.entries(before)) expect(after[file], file).toBe(hash);
    expect(Object.keys(after).length - Object.keys(before).length).toBe(result.files.length);
  }, 300_000);

  it('refuses a hostile zip whole and writes nothing', () => {
    const hostile = path.join(work, 'hostile');
    const out = path.join(work, 'hostile-out');
    fs.mkdirSync(out);
    writeFixtures([
      {
        op: 'zip',
        path: path.join(hostile, 'evil.zip'),
        entries: [
          ['model.pth', at('assets', 'weights', 'alice.pth')],
          [
            '../../added_IVF16_Flat_nprobe_1_model_v2.index',
            at('logs', 'alice', 'added_IVF16_Flat_nprobe_1_alice_v2.index'),
          ],
        ],
      },
    ]);
    const run = runCli(['retune', path.join(hostile, 'evil.zip'), '--nprobe', '8', '--out-dir', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/evil\.zip!\/\.\.\/\.\.\/added_.*\.\./);
    expect(fs.readdirSync(out)).toEqual([]);
    expect(fs.readdirSync(hostile)).toEqual(['evil.zip']);
    expect(fs.existsSync(path.join(work, 'added_IVF16_Flat_nprobe_8_model_v2.index'))).toBe(false);
  });

  it('needs exactly one of --nprobe and --target-recall', () => {
    expect(runCli(['retune', lib]).stderr).toMatch(/exactly one of --nprobe P and --target-recall R/);
    expect(runCli(['retune', lib, '--nprobe', '2', '--target-recall', '0.9']).status).toBe(1);
  });
});

describe('rvc-index share', () => {
  const alicePth = () => at('assets', 'weights', 'alice.pth');
  const aliceIndex = () => at('logs', 'alice', 'added_IVF16_Flat_nprobe_1_alice_v2.index');

  it('writes the model, its added_ index and a model card that says the recall is estimated', () => {
    const out = path.join(work, 'share', 'alice.zip');
    fs.mkdirSync(path.dirname(out));
    const result = runCliJson<{ output: string; entries: string[] }>(['share', alicePth(), aliceIndex(), '--out', out]);
    expect(result.entries).toEqual(['alice.pth', 'added_IVF16_Flat_nprobe_1_alice_v2.index', 'model_card.json']);
    const unpacked = runPython<{
      names: string[];
      card: ModelCard;
      same: boolean[];
      nprobe: number;
      ntotal: number;
    }>(
      `import sys, json, zipfile, faiss, numpy as np
z = zipfile.ZipFile(sys.argv[1])
names = z.namelist()
card = json.loads(z.read("model_card.json"))
same = [z.read(names[0]) == open(sys.argv[2], "rb").read(), z.read(names[1]) == open(sys.argv[3], "rb").read()]
index = faiss.deserialize_index(np.frombuffer(z.read(names[1]), dtype="uint8"))
print(json.dumps({"names": names, "card": card, "same": same, "nprobe": faiss.extract_index_ivf(index).nprobe, "ntotal": index.ntotal}))`,
      [out, alicePth(), aliceIndex()],
    );
    expect(unpacked.names).toEqual(result.entries);
    expect(unpacked.same).toEqual([true, true]);
    expect(unpacked.card).toMatchObject({
      format: 'rvc-index-studio.model-card',
      name: 'alice',
      model: { file: 'alice.pth', version: 'v2', dim: 768, sample_rate: 40000, f0: true, epoch: 200 },
      index: {
        file: 'added_IVF16_Flat_nprobe_1_alice_v2.index',
        type: 'IndexIVFFlat',
        factory: 'IVF16,Flat',
        dim: 768,
        metric: 'l2',
        frames: 2000,
        nlist: 16,
        nprobe: 1,
        k_factor: null,
        bytes: fs.statSync(aliceIndex()).size,
      },
      recall: { kind: 'estimated', k: 8, nprobe: 1, method: 'loo_own_list' },
      recall_missing: null,
      app: { name: 'RVC Index Studio', version: expect.stringMatching(/^\d+\.\d+\.\d+/) },
    });
    expect(unpacked.card.index.audio_minutes).toBeCloseTo(2000 / 50 / 60, 10);
    expect(unpacked.card.recall!.caveat).toMatch(/not measured on held-out audio/);
    expect(unpacked.card.recall!.low).toBeLessThanOrEqual(unpacked.card.recall!.recall_at_k);
    expect(unpacked.nprobe).toBe(1);
    expect(unpacked.ntotal).toBe(2000);
    // never overwrites without --force
    const again = runCli(['share', alicePth(), aliceIndex(), '--out', out]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/alice\.zip/);
  });

  it('refuses a pair RVC could not use', () => {
    const out = path.join(work, 'dave.zip');
    const run = runCli([
      'share',
      at('assets', 'weights', 'dave.pth'),
      at('logs', 'dave', 'added_IVF16_Flat_nprobe_8_dave_v2.index'),
      '--out',
      out,
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/768-dimensional vectors but the model takes 256/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
