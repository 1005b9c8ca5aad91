// `npm start`: build, then open the desktop app. Without Electron's binary (installed with
// ELECTRON_SKIP_BINARY_DOWNLOAD=1, or its download failed) say what is missing and how to run the
// same app in a browser instead, before spending minutes on a build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Electron's executable, or why there is none. */
function electronBinary() {
  let binary;
  try {
    // the electron package exports its binary's path, and throws when it was never downloaded
    binary = require('electron');
  } catch (error) {
    return { missing: error instanceof Error ? error.message : String(error) };
  }
  return fs.existsSync(binary) ? { binary } : { missing: `${binary} does not exist` };
}

const electron = electronBinary();
if (electron.missing) {
  process.stderr.write(
    [
      "npm start: Electron's binary is not installed, so the desktop app cannot open.",
      `  (${electron.missing})`,
      '',
      'Install it (the download is about 100 MB):',
      '  node node_modules/electron/install.js     (or: npm ci without ELECTRON_SKIP_BINARY_DOWNLOAD)',
      '',
      'Or run the same app in your browser (browser mode):',
      '  npm run build && npm run web',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);
const app = spawnSync(electron.binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(app.status ?? 1);
