// n_probe → chart latency on a larger experiment (goal: within ~150 ms at N = 100k).
// The sample generator writes an N-frame experiment through the API; the UI opens it from the
// typed path, builds the RVC preset, and the n_probe slider is moved through uncached values.
import path from 'node:path';
import { check, log, median, step, tempDir } from './lib.mjs';
import { attr, buildPreset, byTestId, timeSliderToChart, waitForAttr } from './ui.mjs';

async function api(url, method, body) {
  const page = new URL(url);
  const response = await fetch(new URL(`/api/${method}`, page.origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-rvc-token': page.searchParams.get('token') },
    body: JSON.stringify(body),
  });
  const envelope = await response.json();
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value;
}

export async function latencyAtScale({ page, url, n }) {
  const dir = path.join(tempDir('rvc-e2e-big-'), `sample-${n}`);
  await step(`write a ${n}-frame sample experiment`, () => api(url, 'createSample', { dir, n, d: 768, seed: 1 }));
  await step('open it from the typed path', async () => {
    await page.bringToFront();
    await byTestId(page, 'experiment-path').fill(dir);
    await byTestId(page, 'experiment-open').click();
    await waitForAttr(page, 'experiment-summary', 'data-n', (v) => v === String(n), 600_000);
  });
  const buildStart = Date.now();
  await step(`build the RVC preset on N = ${n}`, () => buildPreset(page, 'rvc', { timeout: 3_600_000 }));
  const buildMs = Date.now() - buildStart;
  const nlist = Number(await attr(page, 'histogram-chart', 'data-lists'));
  const samples = await step('move n_probe 1 → 16 with the keyboard', () => timeSliderToChart(page, 'ArrowRight', 15));
  const uncached = samples.filter((s) => (s.nprobe & (s.nprobe - 1)) !== 0);
  const result = {
    n,
    nlist,
    build_and_sweep_ms: buildMs,
    slider_to_chart_ms_uncached: {
      median: Math.round(median(uncached.map((s) => s.ms))),
      max: Math.round(Math.max(...uncached.map((s) => s.ms))),
      samples: uncached.map((s) => Math.round(s.ms)),
    },
    slider_to_chart_ms_cached: samples.filter((s) => !uncached.includes(s)).map((s) => Math.round(s.ms)),
  };
  log(
    `  N = ${n}: n_probe → chart median ${result.slider_to_chart_ms_uncached.median} ms, max ${result.slider_to_chart_ms_uncached.max} ms (uncached values)`,
  );
  check(uncached.length > 0, 'some n_probe values needed a search');
  return result;
}
