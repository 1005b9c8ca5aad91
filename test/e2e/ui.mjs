// Page-level helpers: wait for what the UI shows, build a preset, and time n_probe → chart.
/* global document, window, requestAnimationFrame, MutationObserver */
import { check, log } from './lib.mjs';

export const byTestId = (page, id) => page.getByTestId(id);

/** Scrolls a panel (#experiment, #results, …) to the top of the window, below the header. */
export async function showPanel(page, id) {
  await page.locator(`#${id}`).evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(150);
}

export async function attr(page, id, name) {
  return page.getByTestId(id).getAttribute(name);
}

/** Polls an attribute of a test id until `predicate(value)` holds (the page's CSP forbids eval, so this polls from here). */
export async function waitForAttr(page, id, name, predicate, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  let value = null;
  for (;;) {
    value = await page
      .getByTestId(id)
      .getAttribute(name, { timeout: Math.max(1, deadline - Date.now()) })
      .catch(() => null);
    if (value !== null && predicate(value)) return value;
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${timeout} ms waiting for ${id} [${name}] (last value ${JSON.stringify(value)})`,
      );
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Chooses a preset, presses Build, waits for build + sweep to finish; returns the job's text. The
 * page records the job line's kinds: a quick build can end, and the measuring job that follows it
 * take its place, between two polls.
 */
export async function buildPreset(page, presetId, { timeout = 600_000 } = {}) {
  await byTestId(page, 'preset-select').selectOption(presetId);
  const button = byTestId(page, 'build-button');
  check(
    await button.isEnabled(),
    `Build is disabled for preset ${presetId}: ${await page.locator('#factory-check').innerText()}`,
  );
  await page.evaluate(() => {
    // every kind the job line shows; it may be re-mounted (a panel change), not only re-rendered
    const kinds = new Set();
    const record = () => kinds.add(document.querySelector('[data-testid="build-progress"]')?.dataset.kind);
    window.__buildJobs?.observer.disconnect();
    const observer = new MutationObserver(record);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    window.__buildJobs = { kinds, observer };
  });
  await button.click();
  await page
    .waitForFunction(() => window.__buildJobs.kinds.has('build'), null, { timeout: 10_000 })
    .catch(() => {
      throw new Error(`no build job within 10 s of pressing Build for preset ${presetId}`);
    });
  // the build, then the measuring job that follows it
  const state = await waitForAttr(page, 'build-progress', 'data-state', (v) => v !== 'running', timeout);
  const text = await byTestId(page, 'build-progress').innerText();
  check(state === 'done', `build of ${presetId} ended '${state}': ${text}`);
  return text;
}

export async function currentRecall(page) {
  const value = await attr(page, 'recall-chart', 'data-recall');
  return value ? Number(value) : null;
}

/**
 * Presses a key on the n_probe slider `presses` times; each time measures, in the page, the
 * time from the keydown to the frame after the recall chart shows the point for the new n_probe.
 */
export async function timeSliderToChart(page, key, presses) {
  await page.evaluate(() => {
    const state = { t0: null, samples: [] };
    window.__sliderTiming = state;
    const slider = () => document.querySelector('[data-testid="nprobe-slider"]');
    const chart = () => document.querySelector('[data-testid="recall-chart"]');
    slider().addEventListener('keydown', () => (state.t0 = performance.now()), true);
    const observer = new MutationObserver(() => {
      if (state.t0 === null) return;
      const wanted = slider()?.getAttribute('aria-valuenow');
      if (
        wanted &&
        chart()?.getAttribute('data-point-nprobe') === wanted &&
        chart()?.getAttribute('data-nprobe') === wanted
      ) {
        const t0 = state.t0;
        state.t0 = null;
        requestAnimationFrame(() => state.samples.push({ nprobe: Number(wanted), ms: performance.now() - t0 }));
      }
    });
    observer.observe(document.querySelector('.charts'), { attributes: true, subtree: true });
    state.stop = () => observer.disconnect();
  });
  const slider = byTestId(page, 'nprobe-slider');
  await slider.focus();
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press(key);
    await page.waitForFunction((n) => window.__sliderTiming.samples.length >= n, i + 1, {
      timeout: 60_000,
      polling: 20,
    });
  }
  const samples = await page.evaluate(() => {
    window.__sliderTiming.stop();
    return window.__sliderTiming.samples;
  });
  log(`  n_probe → chart: ${samples.map((s) => `${s.nprobe}: ${s.ms.toFixed(0)} ms`).join(', ')}`);
  return samples;
}
