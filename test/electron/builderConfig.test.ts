// electron-builder.yml cannot be exercised here (no Electron binary), so check it the way
// electron-builder does (its own schema validation) and check what the app needs at run time.
import { describe, expect, it } from 'vitest';

interface BuilderConfig {
  files: (string | { filter: string[] })[];
  asarUnpack: string[];
  extraResources: { from: string; to: string }[];
  directories: { buildResources: string };
  linux: { target: string[] };
  win: { target: { target: string }[] };
  mac: { target: { target: string }[] };
  electronFuses: Record<string, boolean>;
}

async function loadConfig(): Promise<BuilderConfig> {
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
  const { DebugLogger } = require('builder-util');
  const config = await getConfig(process.cwd(), 'electron-builder.yml', null);
  await validateConfiguration(config, new DebugLogger(false));
  return config as BuilderConfig;
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema validation and targets every desktop OS', async () => {
    const config = await loadConfig();
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg']);
  });

  it('packs the bundles and the addon, and unpacks what cannot run from app.asar', async () => {
    const config = await loadConfig();
    // getConfig normalises `files` into file sets
    const files = config.files.flatMap((set) => (typeof set === 'string' ? [set] : set.filter));
    expect(files).toEqual(expect.arrayContaining(['package.json', 'out/**', 'build/native/Release/*.node']));
    // every path main/paths.ts maps to app.asar.unpacked
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining(['build/native/Release/*.node', 'out/engine-process.cjs', 'out/engine-worker.cjs']),
    );
    // electron-builder never packs its buildResources folder: it must not be build/
    expect(config.directories.buildResources).not.toBe('build');
    expect(config.extraResources[0]).toMatchObject({
      from: 'build/native/runtime/${os}',
      to: 'app.asar.unpacked/build/native/Release',
    });
  });

  it('flips the Electron fuses that would let the binary run other code', async () => {
    expect((await loadConfig()).electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });
});
