// Helpers for the end-to-end run: the browser-mode server in a throw-away HOME, Debian's
// Chromium through playwright-core, steps with timings, screenshots, and plain assertions.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '..', '..');
export const screenshotDir = path.join(here, 'screenshots');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// the machine's network is closed: background networking only produces refused connections
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const temporary = [];
export function tempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}
export function removeTempDirs() {
  for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export class AssertionError extends Error {}
export function check(condition, message) {
  if (!condition) throw new AssertionError(message);
}

const started = Date.now();
export function log(message) {
  process.stdout.write(`[e2e ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}\n`);
}

export async function step(name, fn) {
  const t0 = Date.now();
  log(`▶ ${name}`);
  const value = await fn();
  log(`✓ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return value;
}

/** Starts `node out/web-server.cjs --port 0 --no-open` with its own HOME; resolves with the URL it prints first. */
export async function startServer({ home, lagFile, profileDir }) {
  const entry = path.join(root, 'out', 'web-server.cjs');
  check(fs.existsSync(entry), `${entry} is missing: run \`npm run build\` first`);
  const args = [
    ...(lagFile ? ['--import', pathToFileURL(path.join(here, 'lagProbe.mjs')).href] : []),
    // the main thread's CPU profile shows every task it ran, whatever else the machine does
    ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
    entry,
    '--port',
    '0',
    '--no-open',
  ];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, HOME: home, USERPROFILE: home, ...(lagFile ? { RVC_LAG_FILE: lagFile } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    if (process.env.E2E_VERBOSE) process.stderr.write(chunk);
  });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`the server printed no URL within 20 s; stderr:\n${stderr}`)),
      20_000,
    );
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const newline = out.indexOf('\n');
      if (newline >= 0) {
        clearTimeout(timer);
        resolve(out.slice(0, newline).trim());
      }
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}; stderr:\n${stderr}`)));
  });
  check(/^http:\/\/127\.0\.0\.1:\d+\/\?token=\S+$/.test(url), `unexpected first line from the server: ${url}`);
  return {
    url,
    child,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          resolve();
        }, 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}

/** Chromium with a fresh user-data dir, 1280×800 by default. */
export async function launchBrowser({ viewport = { width: 1280, height: 800 }, colorScheme = 'light' } = {}) {
  check(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: install Debian's chromium package`);
  const profile = tempDir('rvc-e2e-chromium-');
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport,
    colorScheme,
    acceptDownloads: true,
  });
}

export async function screenshot(page, name, options = {}) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, ...options });
  log(`  screenshot ${path.relative(root, file)}`);
  return file;
}

function lagLines(file) {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/** One line per 250 ms window written by lagProbe.mjs, for windows ending in [from, to + 250]. */
export function readLag(file, from, to) {
  return lagLines(file).filter((w) => w.t >= from && w.t <= to + 250);
}

/**
 * The server main thread's work between two wall-clock times, from its CPU profile: the longest
 * uninterrupted stretch of non-idle samples (a task that blocked the event loop) and the total.
 * The profiler samples every ~1 ms; a longer gap between two samples means the sampler itself was
 * not scheduled (a loaded machine), so one sample counts for at most SAMPLE_CAP_MS.
 */
const SAMPLE_CAP_MS = 5;

export function mainThreadTasks(profileDir, lagFile, from, to) {
  const clock = lagLines(lagFile).find((line) => line.clock)?.clock;
  // CPU.<date>.<time>.<pid>.<thread id>.<seq>.cpuprofile; thread 0 is the main thread
  const file = fs.existsSync(profileDir)
    ? fs.readdirSync(profileDir).find((name) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(name))
    : undefined;
  if (!clock || !file) return null;
  const profile = JSON.parse(fs.readFileSync(path.join(profileDir, file), 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const idle = new Set(profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id));
  const toWall = (us) => clock.date_ms + (us - clock.mono_us) / 1000;
  let time = profile.startTime;
  let stretch = { ms: 0, script: 0, frames: new Map() };
  let longest = stretch;
  let longestScript = 0;
  let total = 0;
  let maxGap = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i];
    const wall = toWall(time);
    if (wall < from || wall > to) continue;
    if (idle.has(profile.samples[i])) stretch = { ms: 0, script: 0, frames: new Map() };
    else {
      const gap = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      maxGap = Math.max(maxGap, gap);
      const delta = Math.min(gap, SAMPLE_CAP_MS);
      const frame = nodes.get(profile.samples[i]).callFrame;
      const name = `${frame.functionName || '(anonymous)'}${frame.url ? ` ${path.basename(frame.url)}:${frame.lineNumber + 1}` : ''}`;
      stretch.ms += delta;
      if (frame.functionName !== '(garbage collector)') stretch.script += delta;
      longestScript = Math.max(longestScript, stretch.script);
      stretch.frames.set(name, (stretch.frames.get(name) ?? 0) + delta);
      total += delta;
      if (stretch.ms > longest.ms) longest = stretch;
    }
  }
  const top = [...longest.frames.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name, ms]) => `${name} ${ms.toFixed(1)} ms`);
  return {
    longest_task_ms: longest.ms,
    // the same without V8's collector: on a ~10 MB heap its pauses are a few ms of work, and what
    // the profile shows beyond that is time the OS gave the engine's threads
    longest_script_ms: longestScript,
    longest_task_top: top,
    busy_ms: total,
    span_ms: to - from,
    max_sample_gap_ms: maxGap,
  };
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor((sorted.length - 1) / 2)];
};
