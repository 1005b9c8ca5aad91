// Where the project's files are at run time: bundles live in out/, the native addon in
// build/native/Release/ (inside app.asar.unpacked when packaged by electron-builder).
import fs from 'node:fs';
import path from 'node:path';

function findRoot(): string {
  let dir = typeof __dirname === 'string' ? __dirname : process.cwd();
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'rvc-index-studio') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

let root: string | null = null;
export const projectRoot = () => (root ??= findRoot());

const unpacked = (file: string) => file.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);

export const nativeAddonPath = () =>
  process.env.RVC_FAISS_ADDON ?? unpacked(path.join(projectRoot(), 'build', 'native', 'Release', 'rvc_faiss.node'));
// Worker threads cannot start from inside app.asar: electron-builder unpacks the worker bundle.
export const workerScriptPath = () => unpacked(path.join(projectRoot(), 'out', 'engine-worker.cjs'));
export const rendererDir = () => path.join(projectRoot(), 'out', 'renderer');
