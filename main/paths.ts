// Where the project's files are at run time: bundles live in out/, the native addons in
// build/native/Release/ (inside app.asar.unpacked when packaged by electron-builder).
import fs from 'node:fs';
import path from 'node:path';
import { addonFileName, chooseFaissVariant } from './native/variant';

const PACKED = 'app.asar';
const UNPACKED = 'app.asar.unpacked';

const isOurManifest = (dir: string) => {
  const manifest = path.join(dir, 'package.json');
  try {
    return (
      fs.existsSync(manifest) &&
      (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'rvc-index-studio'
    );
  } catch {
    return false;
  }
};

/** The folder holding our package.json, searched upwards from `start`. A packaged app's worker
 *  runs from resources/app.asar.unpacked/out/, next to no package.json: the manifest is inside
 *  app.asar, so the search also looks at the app.asar twin of every app.asar.unpacked path. */
export function findRoot(start: string): string | null {
  const packed = start
    .split(path.sep)
    .map((part) => (part === UNPACKED ? PACKED : part))
    .join(path.sep);
  for (const from of packed === start ? [start] : [packed, start]) {
    for (let dir = from; ; dir = path.dirname(dir)) {
      if (isOurManifest(dir)) return dir;
      if (path.dirname(dir) === dir) break;
    }
  }
  return null;
}

let root: string | null = null;
export const projectRoot = () =>
  (root ??= findRoot(typeof __dirname === 'string' ? __dirname : process.cwd()) ?? process.cwd());

const unpacked = (file: string) => file.replace(`${PACKED}${path.sep}`, `${UNPACKED}${path.sep}`);

export const nativeAddonDir = () => unpacked(path.join(projectRoot(), 'build', 'native', 'Release'));
/** The faiss addon this process loads: RVC_FAISS_ADDON (a file), else the variant for this CPU
 *  (or RVC_FAISS_VARIANT). */
export const nativeAddonPath = () =>
  process.env.RVC_FAISS_ADDON ?? path.join(nativeAddonDir(), addonFileName(chooseFaissVariant(nativeAddonDir())));
// Worker threads cannot start from inside app.asar: electron-builder unpacks the engine's bundles.
export const workerScriptPath = () => unpacked(path.join(projectRoot(), 'out', 'engine-worker.cjs'));
export const engineProcessScriptPath = () => unpacked(path.join(projectRoot(), 'out', 'engine-process.cjs'));
export const rendererDir = () => path.join(projectRoot(), 'out', 'renderer');

let version: string | null = null;
/** Our package.json's version (what share zips' model cards record). */
export const appVersion = () =>
  (version ??= (JSON.parse(fs.readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { version: string })
    .version);
