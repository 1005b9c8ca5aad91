// The Models panel in browser mode: a small generated library (torch.save checkpoints and
// Python-faiss indexes, written by test/models/fixtures.py) opens with the doctor's finding badges
// and a recall estimate shown as an estimate; re-tuning one model writes its RVC-named copy.
// Call from run.mjs after the newcomer flow: `report.models = await modelsFlow({ page });`
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { check, root, screenshot, step, tempDir } from './lib.mjs';
import { byTestId, showPanel, waitForAttr } from './ui.mjs';

const PYTHON = process.env.RVC_ORACLE_PYTHON ?? '/usr/bin/python3';

function writeLibrary(lib) {
  const at = (...parts) => path.join(lib, ...parts);
  const ivf = (file, d, nprobe, extra = {}) => ({
    op: 'index',
    path: file,
    d,
    nprobe,
    factory: 'IVF16,Flat',
    ...extra,
  });
  const jobs = [
    { op: 'rvc', path: at('assets', 'weights', 'alice.pth'), version: 'v2' },
    ivf(at('logs', 'alice', 'added_IVF16_Flat_nprobe_1_alice_v2.index'), 768, 1),
    { op: 'rvc', path: at('assets', 'weights', 'carol.pth'), version: 'v2' },
    ivf(at('logs', 'carol', 'trained_IVF16_Flat_nprobe_1_carol_v2.index'), 768, 1, { trained_only: true }),
    { op: 'rvc', path: at('assets', 'weights', 'dave.pth'), version: 'v1' },
    ivf(at('logs', 'dave', 'added_IVF16_Flat_nprobe_8_dave_v2.index'), 768, 8),
    { op: 'rvc', path: at('assets', 'weights', 'gina.pth'), version: 'v2' },
  ];
  const script = fs.readFileSync(path.join(root, 'test', 'models', 'fixtures.py'), 'utf8');
  const result = spawnSync(PYTHON, ['-', JSON.stringify(jobs)], { input: script, encoding: 'utf8' });
  check(result.status === 0, `writing the model library failed: ${result.stderr}`);
}

const badgesOf = async (page, name) =>
  page
    .locator(`[data-testid="model-row"][data-name="${name}"] [data-testid="finding-badge"]`)
    .evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-code')));

export async function modelsFlow({ page }) {
  const report = {};
  const lib = tempDir('rvc-e2e-models-');
  await step('generate a library of four voice models', async () => writeLibrary(lib));

  await step('open it in the Models panel: finding badges and an estimated recall', async () => {
    await showPanel(page, 'models');
    await byTestId(page, 'models-path').fill(lib);
    await byTestId(page, 'models-open').click();
    await byTestId(page, 'models-table').waitFor({ timeout: 180_000 });
    const expected = { alice: ['nprobe_1'], carol: ['index_empty'], dave: ['dim_mismatch'], gina: ['index_missing'] };
    for (const [name, codes] of Object.entries(expected)) {
      const shown = await badgesOf(page, name);
      check(JSON.stringify(shown) === JSON.stringify(codes), `${name}: badges ${shown.join(', ')} (want ${codes})`);
    }
    const recall = page.locator('[data-testid="model-row"][data-name="alice"] [data-testid="model-recall"]');
    const value = Number(await recall.getAttribute('data-recall'));
    check(value > 0 && value < 1, `alice has an estimated recall at n_probe 1 (${value})`);
    check(/≈\d+%/.test(await recall.innerText()), 'the recall is shown as approximate, with its interval');
    const caveat = await byTestId(page, 'models-caveat').innerText();
    check(/not a held-out measurement/.test(caveat), `the caveat says what the estimate is: ${caveat}`);
    report.alice_recall_estimate = value;
    await byTestId(page, 'models-table').scrollIntoViewIfNeeded();
    await screenshot(page, '08-models');
  });

  await step('re-tune alice to n_probe 8: an RVC-named copy beside the original', async () => {
    const original = path.join(lib, 'logs', 'alice', 'added_IVF16_Flat_nprobe_1_alice_v2.index');
    const before = fs.readFileSync(original);
    await page.getByRole('checkbox', { name: 'select alice' }).check();
    await byTestId(page, 'retune-nprobe').fill('8');
    await byTestId(page, 'retune-button').click();
    await waitForAttr(page, 'retune-result', 'data-files', (v) => v === '1', 120_000);
    const copy = path.join(lib, 'logs', 'alice', 'added_IVF16_Flat_nprobe_8_alice_v2.index');
    check(fs.existsSync(copy), `${copy} was written`);
    check(fs.readFileSync(original).equals(before), 'the original index is byte-identical');
    report.retuned = path.basename(copy);
  });
  return report;
}
