// The newcomer flow's export part, on the RVC build at n_probe 8: export with the report and
// total_fea.npy (files checked on disk), the chart PNGs, inspect the export on the server and in
// the page, re-save it with n_probe 4, and a second export that must not overwrite the first.
import fs from 'node:fs';
import path from 'node:path';
import { check, log, screenshot, step, tempDir } from './lib.mjs';
import { attr, byTestId, showPanel, waitForAttr } from './ui.mjs';

export async function exportAndInspect({ page, report }) {
  let exported;

  await step('export the RVC build with n_probe 8 baked in', async () => {
    await byTestId(page, 'export-button').scrollIntoViewIfNeeded();
    const downloads = [];
    page.on('download', (download) => downloads.push(download));
    await byTestId(page, 'export-total-fea').check();
    await byTestId(page, 'export-button').click();
    await byTestId(page, 'export-result').waitFor({ timeout: 120_000 });
    const files = await page.locator('[data-testid="export-result"] .files code').allTextContents();
    log(`  exported: ${files.map((f) => path.basename(f)).join(', ')}`);
    const added = files.find((f) => /added_IVF\d+_Flat_nprobe_8_.*\.index$/.test(path.basename(f)));
    check(added, `an RVC-named added_… file with nprobe_8: ${files.join(', ')}`);
    for (const file of files) check(fs.existsSync(file) && fs.statSync(file).size > 0, `${file} exists on disk`);
    const csv = files.find((f) => f.endsWith('.report.csv'));
    check(
      csv &&
        fs
          .readFileSync(csv, 'utf8')
          .startsWith('nprobe,k_factor,ef_search,k,final,queries,recall_at_1,recall_at_k,recall_low,recall_high'),
      'the sweep report CSV is written',
    );
    const json = files.find((f) => f.endsWith('.report.json'));
    const reportJson = json && JSON.parse(fs.readFileSync(json, 'utf8'));
    check(
      reportJson?.nprobe === 8 &&
        reportJson.points.length > 3 &&
        reportJson.points.every((p) => p.recall_at_k > 0 && p.final && p.usage === reportJson.usage),
      'the report JSON holds the engine’s final points, the stored n_probe and the chosen usage',
    );
    const totalFea = files.find((f) => path.basename(f) === 'total_fea.npy');
    const header = totalFea && fs.readFileSync(totalFea).subarray(0, 128).toString('latin1');
    check(
      header && header.includes(`'shape': (${report.n}, 768)`) && header.includes("'descr': '<f4'"),
      `total_fea.npy holds every frame as float32: ${header?.trim()}`,
    );
    const checks = await page.locator('[data-testid="export-result"] .check-list li').allTextContents();
    check(
      checks.length >= 4 && checks.every((c) => c.startsWith('✓')),
      `RVC compatibility checks pass: ${checks.join(' | ')}`,
    );
    exported = added;
    await showPanel(page, 'export');
    await screenshot(page, '06-export');

    // chart PNGs
    await byTestId(page, 'save-pngs').click();
    await byTestId(page, 'png-note').waitFor({ timeout: 20_000 });
    const pngDir = tempDir('rvc-e2e-png-');
    check(downloads.length === 3, `three chart PNGs downloaded (${downloads.length})`);
    for (const download of downloads) {
      const target = path.join(pngDir, download.suggestedFilename());
      await download.saveAs(target);
      const bytes = fs.readFileSync(target);
      check(
        bytes.subarray(1, 4).toString() === 'PNG' && bytes.length > 5000,
        `${download.suggestedFilename()} is a PNG`,
      );
    }
    report.pngs = downloads.map((d) => d.suggestedFilename());
  });

  await step('inspect the exported file', async () => {
    await byTestId(page, 'inspect-path').fill(exported);
    await byTestId(page, 'inspect-open').click();
    await byTestId(page, 'inspect-result').waitFor({ timeout: 60_000 });
    const nprobe = await attr(page, 'inspect-result', 'data-nprobe');
    const ntotal = Number(await attr(page, 'inspect-result', 'data-ntotal'));
    check(nprobe === '8', `the file stores n_probe 8 (inspect shows ${nprobe})`);
    check(ntotal === report.n, `every frame is in the export (${ntotal} of ${report.n})`);
    check(Number(await attr(page, 'inspect-histogram', 'data-lists')) > 1, 'the file’s list sizes are drawn');
    check(/IndexIVFFlat|IVF/.test(await byTestId(page, 'inspect-result').innerText()), 'the tree names the index type');
    await showPanel(page, 'inspect');
    await screenshot(page, '07-inspect');
  });

  await step('inspect a file from this computer (read in the page)', async () => {
    await page.locator('#inspect input[type="file"]').setInputFiles(exported);
    await page.locator('[data-testid="inspect-result"][data-source="local"]').waitFor({ timeout: 30_000 });
    check((await attr(page, 'inspect-result', 'data-nprobe')) === '8', 'the page’s own reader finds n_probe 8');
    check(Number(await attr(page, 'inspect-result', 'data-ntotal')) === report.n, 'and every frame');
    // back to the server-side file, which can be re-saved in place
    await byTestId(page, 'inspect-path').fill(exported);
    await byTestId(page, 'inspect-open').click();
    await page
      .locator('[data-testid="inspect-result"][data-source="local"]')
      .waitFor({ state: 'detached', timeout: 30_000 });
  });

  await step('re-save the exported file with n_probe 4 and inspect the copy', async () => {
    await byTestId(page, 'resave-nprobe').fill('4');
    await byTestId(page, 'resave-button').click();
    await byTestId(page, 'inspect-copy').click();
    await waitForAttr(page, 'inspect-result', 'data-nprobe', (v) => v === '4', 30_000);
    const copy = exported.replace('_nprobe_8_', '_nprobe_4_');
    check(fs.existsSync(copy), `${copy} exists`);
  });

  await step('a second export does not overwrite the first', async () => {
    await showPanel(page, 'export');
    const mtime = fs.statSync(exported).mtimeMs;
    await byTestId(page, 'export-button').click();
    await page.locator('#export .notice.error').waitFor({ timeout: 60_000 });
    check(
      /already exist/.test(await page.locator('#export .notice.error').innerText()),
      'a second export refuses to overwrite',
    );
    check(fs.statSync(exported).mtimeMs === mtime, 'the first export is untouched');
  });
}
