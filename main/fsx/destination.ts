// Where outputs may go, checked before any work (a long build must not end in "cannot write"):
// the folder exists, is a folder and is writable; the file is absent, or — with overwrite — a
// regular file. A device, FIFO, socket, folder or link is never replaced, overwrite or not.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../app/errors';
import { fsReason, lstatOrNull, nonRegularKind } from './regularFile';

const cannotWrite = (file: string, reason: string) =>
  new AppError('INVALID_INPUT', `cannot write ${file}: ${reason}`, { file });

export const alreadyExists = (file: string) =>
  new AppError('ALREADY_EXISTS', `${file} already exists (use --force to overwrite)`, { file });

/** The folder outputs go to: it must exist, be a folder (not a file or device) and be writable. */
export function checkOutputFolder(dir: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch (error) {
    throw new AppError('INVALID_INPUT', `output folder ${dir}: ${fsReason(error)}`, { file: dir });
  }
  if (!stat.isDirectory())
    throw new AppError('INVALID_INPUT', `output folder ${dir} is ${nonRegularKind(stat) ?? 'a file'}, not a folder`, {
      file: dir,
    });
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new AppError('INVALID_INPUT', `output folder ${dir} is not writable`, { file: dir });
  }
}

/** Throws unless `file` can be written: see the module comment. */
export function checkDestination(file: string, overwrite: boolean): void {
  checkOutputFolder(path.dirname(file));
  const stat = lstatOrNull(file);
  if (stat === null) return;
  const kind = nonRegularKind(stat);
  if (kind !== null) throw cannotWrite(file, `it is ${kind}; choose a regular file name`);
  if (!overwrite) throw alreadyExists(file);
}

/** ALREADY_EXISTS naming every file that is there (unless overwriting), after checkDestination's
 *  other checks on each. */
export function checkDestinations(files: string[], overwrite: boolean): void {
  for (const file of files) checkDestination(file, true);
  if (overwrite) return;
  const existing = files.filter((file) => lstatOrNull(file) !== null);
  if (existing.length > 0)
    throw new AppError(
      'ALREADY_EXISTS',
      `${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''}: nothing was written (use --force to overwrite)`,
      { file: existing[0] },
    );
}
