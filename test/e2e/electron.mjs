// The desktop app through Playwright's _electron, where Electron's binary exists. Here (Electron
// installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1) it reports plainly that it was skipped.
/* global window, document */
import { createRequire } from 'node:module';
import path from 'node:path';
import { _electron } from 'playwright-core';
import { check, log, root, screenshot, step, tempDir } from './lib.mjs';
import { buildPreset, byTestId } from './ui.mjs';

function electronBinary() {
  try {
    return { path: createRequire(import.meta.url)('electron') };
  } catch (error) {
    return {
      skipped: `Electron's binary is not installed (${error.message.split('\n')[0]}); install it without ELECTRON_SKIP_BINARY_DOWNLOAD to run this test`,
    };
  }
}

export async function electronFlow() {
  const binary = electronBinary();
  if (binary.skipped) {
    log(`SKIPPED the desktop (_electron) test: ${binary.skipped}`);
    return { skipped: binary.skipped };
  }
  const home = tempDir('rvc-e2e-electron-');
  const app = await _electron.launch({
    executablePath: binary.path,
    args: [root, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    cwd: root,
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config') },
  });
  try {
    const page = await app.firstWindow();
    await step('desktop: the window is locked down', async () => {
      const facts = await page.evaluate(() => ({
        url: window.location.href,
        api: Object.keys(window.api ?? {}).sort(),
        require: typeof window.require,
        process: typeof window.process,
        csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
      }));
      check(facts.url.startsWith('app://renderer/'), `served from app:// (${facts.url})`);
      check(facts.require === 'undefined' && facts.process === 'undefined', 'no Node in the page');
      check(
        facts.api.includes('build') && facts.api.includes('onProgress') && !facts.api.includes('invoke'),
        `window.api is the contract (${facts.api.join(', ')})`,
      );
      const webPreferences = await app.evaluate(({ BrowserWindow }) => {
        const prefs = BrowserWindow.getAllWindows()[0].webContents.getLastWebPreferences();
        return {
          contextIsolation: prefs.contextIsolation,
          sandbox: prefs.sandbox,
          nodeIntegration: prefs.nodeIntegration,
        };
      });
      check(
        webPreferences.contextIsolation && webPreferences.sandbox && !webPreferences.nodeIntegration,
        `webPreferences ${JSON.stringify(webPreferences)}`,
      );
      await page.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await page.waitForTimeout(500);
      check(page.url().startsWith('app://renderer/'), 'navigation away is blocked');
    });
    await step('desktop: sample experiment → build → results', async () => {
      await byTestId(page, 'experiment-summary').waitFor({ timeout: 180_000 });
      await buildPreset(page, 'rvc');
      check(Number(await byTestId(page, 'compare-table').getAttribute('data-rows')) === 1, 'one build in the table');
      await screenshot(page, '09-desktop');
    });
    return { ran: true };
  } finally {
    await app.close();
  }
}
