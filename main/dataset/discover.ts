// Finding the feature files of an experiment. Accepts what users point at:
//   logs/<exp>/                      with 3_feature768/ (v2) and/or 3_feature256/ (v1)   -> 'rvc'
//   logs/<exp>/                      with extracted/ (Applio, 768-wide)                  -> 'applio'
//   logs/<exp>/3_feature768/ etc.    the feature folder itself                           -> 'rvc' / 'applio'
//   any folder of .npy files                                                             -> 'folder'
//   total_fea.npy, or a folder holding only it (older RVC's concatenated matrix)        -> 'total_fea'
//   any other single .npy file                                                           -> 'folder' (that file only)
// Files come in RVC's order: Python's sorted(os.listdir(...)). Nothing is read but directory
// listings and one header (to tell v1 from v2 when the folder name does not).
import fs from 'node:fs';
import path from 'node:path';
import { type AppError, refuse } from '../../app/errors';
import { sortLikePython } from '../../app/dataset/order';
import { message, type Message } from '../../app/messages';
import { fsCause, nonRegularKind } from '../fsx/regularFile';
import { readNpyFileHeader } from './npyFile';

export type ExperimentVersion = 'v1' | 'v2';

export interface ExperimentLayout {
  /** absolute path given by the user (folder or .npy file) */
  root: string;
  /** experiment name (RVC's {exp}: the experiment folder's name) */
  name: string;
  layout: 'rvc' | 'applio' | 'folder' | 'total_fea';
  /** the experiment folder (logs/<exp>): where RVC writes its .index files */
  experimentDir: string;
  /** absolute folder holding the .npy files (or the file's folder) */
  featureDir: string;
  /** 3_feature256 -> v1; 3_feature768 / extracted -> v2; otherwise from d (256 / 768), else null */
  version: ExperimentVersion | null;
  /** absolute paths, in RVC order */
  files: string[];
  /** other entries seen and ignored (names; folders end in '/') */
  ignored: string[];
  warnings: Message[];
}

export interface DiscoverOptions {
  /** when both 3_feature768 and 3_feature256 hold files, use this one (default v2, like RVC's default) */
  version?: ExperimentVersion;
}

interface FeatureFolder {
  dir: string;
  layout: 'rvc' | 'applio';
  version: ExperimentVersion;
}

/** In order of preference (v2 first: RVC's default version). */
const FEATURE_FOLDERS: FeatureFolder[] = [
  { dir: '3_feature768', layout: 'rvc', version: 'v2' },
  { dir: 'extracted', layout: 'applio', version: 'v2' },
  { dir: '3_feature256', layout: 'rvc', version: 'v1' },
];

// '._name.npy' files are macOS AppleDouble metadata (written beside every file on exFAT/FAT
// drives), not arrays: RVC's np.load would choke on them; we list them as ignored.
const isNpyName = (name: string) => name.toLowerCase().endsWith('.npy') && !name.startsWith('._');
const isTotalFea = (name: string) => name.toLowerCase() === 'total_fea.npy';

interface Listing {
  /** .npy files, RVC order */
  npy: string[];
  /** everything else; folders end in '/' */
  other: string[];
  dirs: Set<string>;
}

function listFolder(dir: string): Listing {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw refuse(dir, 'folder_unlistable', fsCause(error));
  }
  const npy: string[] = [];
  const other: string[] = [];
  const dirs = new Set<string>();
  for (const entry of entries) {
    let isFile = entry.isFile();
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      let target: fs.Stats | undefined;
      try {
        target = fs.statSync(path.join(dir, entry.name), { throwIfNoEntry: false });
      } catch {
        target = undefined; // a link we cannot follow is listed as ignored
      }
      isFile = target?.isFile() ?? false;
      isDir = target?.isDirectory() ?? false;
    }
    if (isDir) dirs.add(entry.name);
    if (isFile && isNpyName(entry.name)) npy.push(entry.name);
    else other.push(isDir ? `${entry.name}/` : entry.name);
  }
  return { npy: sortLikePython(npy), other: sortLikePython(other), dirs };
}

/** v1/v2 from the width of the first file, when the folder name does not say. */
function versionFromFirstFile(file: string | undefined): ExperimentVersion | null {
  if (!file) return null;
  try {
    const { shape } = readNpyFileHeader(file).header;
    const d = shape[shape.length - 1];
    return d === 768 ? 'v2' : d === 256 ? 'v1' : null;
  } catch {
    return null; // loading reports what is wrong with the file
  }
}

function noFeatures(where: string, what: 'empty' | 'no_npy' | 'no_folder'): AppError {
  return refuse(where, 'features_not_found', { what });
}

function fromFeatureFolder(
  root: string,
  featureDir: string,
  folder: FeatureFolder,
  warnings: Message[],
  ignoredAtRoot: string[],
): ExperimentLayout {
  const listing = listFolder(featureDir);
  if (listing.npy.length === 0) throw noFeatures(featureDir, listing.other.length ? 'no_npy' : 'empty');
  const experimentDir = path.dirname(featureDir);
  return {
    root,
    name: path.basename(experimentDir),
    layout: folder.layout,
    experimentDir,
    featureDir,
    version: folder.version,
    files: listing.npy.map((name) => path.join(featureDir, name)),
    ignored: [...ignoredAtRoot, ...listing.other],
    warnings,
  };
}

function fromFile(root: string): ExperimentLayout {
  if (!isNpyName(root)) {
    throw refuse(root, 'features_not_npy');
  }
  const featureDir = path.dirname(root);
  const inFeatureFolder = FEATURE_FOLDERS.some((folder) => folder.dir === path.basename(featureDir));
  const experimentDir = inFeatureFolder ? path.dirname(featureDir) : featureDir;
  const warnings: Message[] = [];
  const siblings = listFolder(featureDir).npy.filter((name) => name !== path.basename(root));
  if (!isTotalFea(path.basename(root)) && siblings.length > 0) {
    warnings.push(
      message('features_only_file', { file: path.basename(root), others: siblings.length, folder: featureDir }),
    );
  }
  return {
    root,
    name: path.basename(experimentDir),
    layout: isTotalFea(path.basename(root)) ? 'total_fea' : 'folder',
    experimentDir,
    featureDir,
    version: versionFromFirstFile(root),
    files: [root],
    ignored: [],
    warnings,
  };
}

function fromFolder(root: string, options: DiscoverOptions): ExperimentLayout {
  const own = FEATURE_FOLDERS.find((folder) => folder.dir === path.basename(root));
  if (own) return fromFeatureFolder(root, root, own, [], []);

  const listing = listFolder(root);
  const present = FEATURE_FOLDERS.filter((folder) => listing.dirs.has(folder.dir));
  if (present.length > 0) {
    const counts = new Map(present.map((folder) => [folder, listFolder(path.join(root, folder.dir)).npy.length]));
    const withFiles = present.filter((folder) => counts.get(folder)! > 0);
    const preferred = withFiles.find((folder) => folder.version === options.version) ?? withFiles[0];
    if (!preferred) throw noFeatures(path.join(root, present[0].dir), 'no_npy');
    const warnings: Message[] = [];
    for (const other of withFiles.filter((folder) => folder !== preferred)) {
      warnings.push(
        message('features_both_folders', {
          folder: preferred.dir,
          version: preferred.version,
          other: other.dir,
          otherPath: path.join(root, other.dir),
          otherVersion: other.version,
        }),
      );
    }
    for (const folder of present) {
      if (counts.get(folder) === 0 && FEATURE_FOLDERS.indexOf(folder) < FEATURE_FOLDERS.indexOf(preferred)) {
        warnings.push(
          message('features_folder_empty', { folder: folder.dir, used: preferred.dir, version: preferred.version }),
        );
      }
    }
    // Only .npy files at the experiment's top level are worth listing (e.g. an old total_fea.npy);
    // the rest of logs/<exp> (wavs, pitch, checkpoints) is RVC's business.
    return fromFeatureFolder(root, path.join(root, preferred.dir), preferred, warnings, listing.npy);
  }

  if (listing.npy.length === 0) {
    throw noFeatures(root, listing.other.length === 0 ? 'empty' : 'no_folder');
  }
  const layout: ExperimentLayout = {
    root,
    name: path.basename(root),
    layout: 'folder',
    experimentDir: root,
    featureDir: root,
    version: null,
    files: listing.npy.map((name) => path.join(root, name)),
    ignored: listing.other,
    warnings: [],
  };
  const totalFea = listing.npy.find(isTotalFea);
  if (totalFea && listing.npy.length === 1) {
    layout.layout = 'total_fea';
  } else if (totalFea) {
    // total_fea.npy is the concatenation of the other files: loading both would count every frame twice.
    layout.files = layout.files.filter((file) => path.basename(file) !== totalFea);
    layout.ignored = sortLikePython([...layout.ignored, totalFea]);
    layout.warnings.push(message('features_total_fea_ignored', { file: totalFea, count: layout.files.length }));
  }
  layout.version = versionFromFirstFile(layout.files[0]);
  return layout;
}

/** Finds the feature files behind a user-given path. Throws NOT_FOUND / INVALID_INPUT AppErrors. */
export function discoverExperiment(inputPath: string, options: DiscoverOptions = {}): ExperimentLayout {
  const root = path.resolve(inputPath);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(root, { throwIfNoEntry: false });
  } catch (error) {
    throw refuse(root, 'path_unopenable', fsCause(error));
  }
  if (!stat) throw refuse(root, 'file_missing', {}, 'NOT_FOUND');
  const kind = nonRegularKind(stat);
  if (!stat.isDirectory() && kind !== null) throw refuse(root, 'input_not_regular', { kind, what: 'experiment' });
  return stat.isDirectory() ? fromFolder(root, options) : fromFile(root);
}
