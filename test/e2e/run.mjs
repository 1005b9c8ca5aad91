// `npm run test:e2e` (after `npm run build`): drives browser mode in Debian's Chromium through a
// newcomer's flow, then the desktop app through Playwright's _electron where Electron's binary
// exists. Screenshots land in test/e2e/screenshots/ (git-ignored).
//   --latency-n N     also time n_probe → chart on an N-frame sample (e.g. 100000; slow)
//   --update-assets   copy the 1280×800 panel screenshots to assets/ for the README
//   E2E_VERBOSE=1     echo the server's stderr
import fs from 'node:fs';
import path from 'node:path';
import { electronFlow } from './electron.mjs';
import { layoutScreenshots, newcomerFlow } from './flow.mjs';
import { hostileFilesFlow } from './hostile.mjs';
import { localeScreens } from './locales.mjs';
import { modelsFlow } from './models.mjs';
import { latencyAtScale } from './latency.mjs';
import {
  launchBrowser,
  log,
  mainThreadTasks,
  removeTempDirs,
  root,
  screenshot,
  screenshotDir,
  startServer,
  tempDir,
} from './lib.mjs';

// a main-thread task this long is a freeze whatever the machine is doing
const MAIN_THREAD_FREEZE_MS = 250;
const args = process.argv.slice(2);
const latencyN = args.includes('--latency-n') ? Number(args[args.indexOf('--latency-n') + 1]) : null;
const ASSETS = {
  '01-experiment': 'experiment.png',
  '03-results-rvc': 'results.png',
  '05-compare': 'compare.png',
  '06-export': 'export.png',
  '07-inspect': 'inspect.png',
  '05-realtime-planner': 'realtime.png',
  '08-models': 'models.png',
};

async function main() {
  const home = tempDir('rvc-e2e-home-');
  const lagFile = path.join(home, 'lag.jsonl');
  const profileDir = path.join(home, 'cpu-profiles');
  const server = await startServer({ home, lagFile, profileDir });
  log(`server: ${server.url.replace(/token=.*/, 'token=…')}`);
  const context = await launchBrowser();
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  let report;
  try {
    await page.goto(server.url);
    report = await newcomerFlow({ page, lagFile });
    report.models = await modelsFlow({ page });
    await layoutScreenshots(context, server.url);
    report.hostile = await hostileFilesFlow({ context, url: server.url, server });
    report.locales = await localeScreens({ context, page, url: server.url });
    if (latencyN) report.latency = await latencyAtScale({ page, url: server.url, n: latencyN });
    const relevant = consoleErrors.filter((text) => !/favicon/.test(text));
    if (relevant.length > 0) throw new Error(`the page logged errors:\n${relevant.join('\n')}`);
  } catch (error) {
    await screenshot(page, 'failure', { fullPage: true }).catch(() => undefined);
    process.stderr.write(`\nserver stderr (last 4000 chars):\n${server.stderr().slice(-4000)}\n`);
    throw error;
  } finally {
    await context.close();
    await server.stop();
  }
  // written when the server exits
  report.mainThread = mainThreadTasks(profileDir, lagFile, report.buildWindow.from, report.buildWindow.to);
  if (report.mainThread) {
    const { longest_task_ms: task, longest_script_ms: script } = report.mainThread;
    log(
      `  server main thread during the build (CPU profile): longest task ${task.toFixed(1)} ms (${report.mainThread.longest_task_top.join(', ')}), longest without the garbage collector ${script.toFixed(1)} ms, busy ${report.mainThread.busy_ms.toFixed(0)} ms of ${report.mainThread.span_ms} ms; largest gap between profiler samples ${report.mainThread.max_sample_gap_ms.toFixed(1)} ms`,
    );
    // our code's tasks stay short; any task at all (collector included) is a hang detector
    if (script >= 50 || task >= MAIN_THREAD_FREEZE_MS)
      throw new Error(
        `a task blocked the server's main thread for ${task.toFixed(1)} ms (${script.toFixed(1)} ms of it our code) during the build (goal: our code < 50 ms, any task < ${MAIN_THREAD_FREEZE_MS} ms)`,
      );
  } else log('  (no CPU profile of the server main thread was written)');

  const electron = await electronFlow();

  if (args.includes('--update-assets')) {
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    for (const [shot, asset] of Object.entries(ASSETS))
      fs.copyFileSync(path.join(screenshotDir, `${shot}.png`), path.join(root, 'assets', asset));
    log(`copied ${Object.keys(ASSETS).length} screenshots to assets/`);
  }

  const summary = {
    n: report.n,
    recall_rvc_nprobe1: report.rvcRecallAt1,
    recall_rvc_nprobe8: report.rvcRecallAt8,
    recall_fastscan: report.fastscanRecall,
    recall_fastscan_by_k_factor: report.kFactorEffect,
    event_loop_lag_during_build_ms: Object.fromEntries(
      Object.entries(report.lag).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v]),
    ),
    server_main_thread_during_build:
      report.mainThread &&
      Object.fromEntries(Object.entries(report.mainThread).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v])),
    slider_to_chart_ms: {
      median: round(report.sliderMedianMs),
      samples: [...report.sliderFastscan, ...report.sliderRvc].map((s) => round(s.ms)),
    },
    ...(report.latency ? { at_scale: report.latency } : {}),
    electron,
  };
  log(`summary ${JSON.stringify(summary, null, 2)}`);
}

const round = (x) => Math.round(x * 10) / 10;

main()
  .then(() => {
    removeTempDirs();
    log('end-to-end: passed');
  })
  .catch((error) => {
    removeTempDirs();
    process.stderr.write(`\nend-to-end: FAILED — ${error.stack ?? error}\n`);
    process.exitCode = 1;
  });
