// main/paths.ts in the layout electron-builder produces: package.json inside resources/app.asar
// (a plain folder here, which is what Electron's asar support shows to fs), the worker bundle and
// the addon in resources/app.asar.unpacked. The probe is bundled like out/engine-worker.cjs, so
// its __dirname is the unpacked out/ folder, and run from an unrelated working directory.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { findRoot } from '../../main/paths';
import { tempDir } from '../helpers/tmp';

function packagedLayout() {
  const resources = path.join(tempDir('rvc-packaged-'), 'resources');
  const asar = path.join(resources, 'app.asar');
  const unpacked = path.join(resources, 'app.asar.unpacked');
  fs.mkdirSync(path.join(asar, 'out', 'electron'), { recursive: true });
  fs.mkdirSync(path.join(unpacked, 'out'), { recursive: true });
  fs.writeFileSync(
    path.join(asar, 'package.json'),
    JSON.stringify({ name: 'rvc-index-studio', main: 'out/electron/main.cjs' }),
  );
  return { resources, asar, unpacked };
}

/** Bundles a probe printing the resolved paths to `outfile` and runs it with node. */
function probe(outfile: string): { root: string; addon: string; worker: string; renderer: string } {
  const source = path.join(path.dirname(outfile), 'probe.ts');
  fs.writeFileSync(
    source,
    `import { nativeAddonDir, projectRoot, rendererDir, workerScriptPath } from ${JSON.stringify(path.resolve('main/paths.ts'))};\n` +
      'console.log(JSON.stringify({ root: projectRoot(), addon: nativeAddonDir(), worker: workerScriptPath(), renderer: rendererDir() }));\n',
  );
  buildSync({ entryPoints: [source], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'silent' });
  fs.rmSync(source);
  const env = { ...process.env };
  delete env.RVC_FAISS_ADDON;
  return JSON.parse(execFileSync(process.execPath, [outfile], { cwd: os.tmpdir(), env, encoding: 'utf8' }));
}

describe('run-time paths in a packaged app', () => {
  it('the worker in app.asar.unpacked/out finds the app and the unpacked addons', () => {
    const { asar, unpacked } = packagedLayout();
    const found = probe(path.join(unpacked, 'out', 'engine-worker.cjs'));
    expect(found.root).toBe(asar);
    expect(found.addon).toBe(path.join(unpacked, 'build', 'native', 'Release'));
    expect(found.worker).toBe(path.join(unpacked, 'out', 'engine-worker.cjs'));
  });

  it('the main process inside app.asar starts the worker from app.asar.unpacked', () => {
    const { asar, unpacked } = packagedLayout();
    const found = probe(path.join(asar, 'out', 'electron', 'main.cjs'));
    expect(found.root).toBe(asar);
    expect(found.worker).toBe(path.join(unpacked, 'out', 'engine-worker.cjs'));
    expect(found.addon).toBe(path.join(unpacked, 'build', 'native', 'Release'));
    // the renderer stays inside the archive (served through Electron's fs)
    expect(found.renderer).toBe(path.join(asar, 'out', 'renderer'));
  });

  it('finds the checkout from its own folders, and nothing outside any project', () => {
    expect(findRoot(path.resolve('out'))).toBe(path.resolve('.'));
    expect(findRoot(path.join(packagedLayout().resources, '..'))).toBeNull();
  });
});
