// Writes the synthetic sample experiment in RVC's layout:
// <dir>/3_feature768/{source}_{piece}.npy (or 3_feature256 for d = 256), float32 [T, d].
// Files are generated and written one at a time, so memory stays at one file whatever n is. They
// go to a hidden folder that becomes the feature folder only when every file is there: an
// interrupted write never leaves a sample that looks complete.
import fs from 'node:fs';
import path from 'node:path';
import { AppError, appError, refuse } from '../../app/errors';
import { encodeNpyFloat32 } from '../../app/npy';
import { sampleFiles, type SampleOptions } from '../../app/sample';
import { writeFileAtomic } from '../fsx/atomicWrite';

export interface WrittenSample {
  /** the experiment folder (`dir`), ready to open */
  path: string;
  n: number;
  d: number;
  /** number of .npy files written */
  files: number;
}

/** RVC's feature folder for a feature size: 3_feature256 (v1) or 3_feature768 (v2, and any other d). */
export const sampleFeatureFolder = (d: number) => (d === 256 ? '3_feature256' : '3_feature768');

function createFolder(folder: string): void {
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOSPC' ? 'full' : 'other';
    const params = { folder, why, reason: (error as Error).message };
    throw appError('INVALID_INPUT', 'folder_not_creatable', params, { file: folder });
  }
}

export function writeSampleExperiment(dir: string, options: SampleOptions): WrittenSample {
  const featureDir = path.join(dir, sampleFeatureFolder(options.d));
  if (fs.existsSync(featureDir) && fs.readdirSync(featureDir).some((name) => name.toLowerCase().endsWith('.npy'))) {
    throw refuse(featureDir, 'sample_folder_not_empty', {}, 'ALREADY_EXISTS');
  }
  const staging = path.join(dir, `.${path.basename(featureDir)}.${process.pid}.partial`);
  let files = 0;
  try {
    // the generator validates n, d and seed before the first folder is created
    for (const file of sampleFiles(options)) {
      if (files === 0) createFolder(staging);
      writeFileAtomic(path.join(staging, file.name), encodeNpyFloat32(file.frames, [file.T, options.d]));
      files++;
    }
    if (fs.existsSync(featureDir)) {
      // a feature folder without .npy files (checked above): the files move in one by one
      for (const name of fs.readdirSync(staging)) fs.renameSync(path.join(staging, name), path.join(featureDir, name));
      fs.rmdirSync(staging);
    } else fs.renameSync(staging, featureDir);
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    if (error instanceof AppError) throw error;
    const params = { folder: featureDir, reason: (error as Error).message };
    throw appError('INVALID_INPUT', 'sample_not_written', params, { file: featureDir });
  }
  return { path: dir, n: options.n, d: options.d, files };
}
