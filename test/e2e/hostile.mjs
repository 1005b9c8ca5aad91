// Hostile files in browser mode: a crafted (truncated, then overwritten) index file is opened in
// the Inspect panel and evaluated through the API from the page. Each answers with an error (the
// panel shows it), the server keeps running, and a second tab still opens the app, lists the
// recent experiments and inspects a good file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { check, log, root, step, tempDir } from './lib.mjs';
import { byTestId, showPanel, waitForAttr } from './ui.mjs';

/** A slow answer here is a hang: the engine check reads a few KB before any faiss call. */
const ANSWER_MS = 20_000;

function cli(args) {
  const run = spawnSync(process.execPath, [path.join(root, 'bin', 'rvc-index.cjs'), ...args], { encoding: 'utf8' });
  check(run.status === 0, `rvc-index ${args.join(' ')} exited ${run.status ?? run.signal}: ${run.stderr}`);
}

/** A good IVF index and two crafted copies: cut in half, and 0xff over its list table. */
function craftFiles() {
  const dir = tempDir('rvc-e2e-hostile-');
  const experiment = path.join(dir, 'exp');
  const good = path.join(dir, 'good.index');
  cli(['sample', experiment, '--n', '3000', '--d', '256']);
  cli(['build', experiment, '--factory', 'IVF16,Flat', '--out', good]);
  const bytes = fs.readFileSync(good);
  const truncated = path.join(dir, 'truncated.index');
  fs.writeFileSync(truncated, bytes.subarray(0, bytes.length >> 1));
  const stomped = path.join(dir, 'stomped.index');
  const copy = Buffer.from(bytes);
  // the inverted lists' nlist, code size and list sizes: what faiss trusts when it reads them
  const lists = copy.indexOf('ilar');
  check(lists > 0, 'the IVF file has its inverted lists');
  copy.fill(0xff, lists + 4, lists + 4 + 64);
  fs.writeFileSync(stomped, copy);
  return { experiment, good, ntotal: 3000, crafted: [truncated, stomped] };
}

/** Calls the API from inside the page, as the app's own client does (same origin, the token). */
async function callFromPage(page, token, method, request) {
  return page.evaluate(
    async ({ token, method, request }) => {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-rvc-token': token },
        body: JSON.stringify(request),
      });
      return { status: response.status, body: await response.json() };
    },
    { token, method, request },
  );
}

async function inspectInUi(page, file) {
  await showPanel(page, 'inspect');
  await byTestId(page, 'inspect-path').fill(file);
  await byTestId(page, 'inspect-open').click();
}

async function inspectGood(page, files) {
  await inspectInUi(page, files.good);
  await waitForAttr(page, 'inspect-result', 'data-ntotal', (v) => Number(v) === files.ntotal, ANSWER_MS);
  await page.locator('#inspect [role="alert"]').waitFor({ state: 'detached', timeout: ANSWER_MS });
}

/**
 * The step: `context` is the browser context of the run, `url` the server's URL with its token,
 * `server` what startServer returned (its process must still be running at the end).
 */
export async function hostileFilesFlow({ context, url, server }) {
  const token = new URL(url).searchParams.get('token');
  const files = await step('hostile files: craft a truncated and an overwritten index', async () => craftFiles());
  const page = await context.newPage();
  const report = { answers: [] };
  try {
    await page.goto(url);
    await byTestId(page, 'experiment-summary').waitFor({ timeout: 180_000 });

    for (const file of files.crafted) {
      const name = path.basename(file);
      await step(`hostile files: the Inspect panel shows an error for ${name}`, async () => {
        await inspectInUi(page, file);
        const alert = page.locator('#inspect [role="alert"]').first();
        await alert.waitFor({ timeout: ANSWER_MS });
        log(`  ${name}: ${(await alert.innerText()).slice(0, 160)}`);
      });
      await step(`hostile files: evaluating ${name} answers with an error`, async () => {
        const t0 = Date.now();
        const answer = await callFromPage(page, token, 'evaluateFile', { experiment: files.experiment, index: file });
        const ms = Date.now() - t0;
        check(answer.status === 200 && answer.body.ok === false, `evaluateFile ${name}: ${JSON.stringify(answer)}`);
        check(
          answer.body.error.code === 'INVALID_INPUT',
          `evaluateFile ${name} is refused as a bad file, not ${answer.body.error.code}: ${answer.body.error.message}`,
        );
        check(ms < ANSWER_MS, `evaluateFile ${name} answered after ${ms} ms`);
        report.answers.push({ file: name, code: answer.body.error.code, ms });
        log(`  ${name}: ${answer.body.error.code} in ${ms} ms — ${answer.body.error.message.slice(0, 160)}`);
      });
      await step('hostile files: the same tab then inspects the good file, without an error', async () => {
        await inspectGood(page, files);
      });
    }

    await step('hostile files: the server and a second tab keep working', async () => {
      check(server.child.exitCode === null && server.child.signalCode === null, 'the server process is running');
      const second = await context.newPage();
      try {
        await second.goto(url);
        await byTestId(second, 'experiment-summary').waitFor({ timeout: 60_000 });
        const recent = await callFromPage(second, token, 'recentList', {});
        check(recent.body.ok === true && Array.isArray(recent.body.value.experiments), 'the second tab lists recents');
        await inspectGood(second, files);
        // and the good file still evaluates in the engine that refused the crafted ones
        const answer = await callFromPage(second, token, 'evaluateFile', {
          experiment: files.experiment,
          index: files.good,
          nprobes: [4],
        });
        check(answer.body.ok === true, `evaluateFile on the good file: ${JSON.stringify(answer.body.error)}`);
        report.goodRecall = answer.body.value.points[0].recall_at_k;
      } finally {
        await second.close();
      }
    });
  } finally {
    await page.close();
  }
  return report;
}
