// Where outputs may go, checked before any work (a long build must not end in "cannot write"):
// the folder exists, is a folder and is writable; the file is absent, or — with overwrite — a
// regular file. A device, FIFO, socket, folder or link is never replaced, overwrite or not.
import fs from 'node:fs';
import path from 'node:path';
import { appError, refuse } from '../../app/errors';
import { fsReason, lstatOrNull, nonRegularKind } from './regularFile';

export const alreadyExists = (file: string) => refuse(file, 'output_exists', {}, 'ALREADY_EXISTS');

/** The folder outputs go to: it must exist, be a folder (not a file or device) and be writable. */
export function checkOutputFolder(dir: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch (error) {
    throw refuse(dir, 'output_folder_unusable', { reason: fsReason(error) });
  }
  if (!stat.isDirectory()) throw refuse(dir, 'output_not_folder', { kind: nonRegularKind(stat) ?? 'file' });
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw refuse(dir, 'output_not_writable');
  }
}

/** Throws unless `file` can be written: see the module comment. */
export function checkDestination(file: string, overwrite: boolean): void {
  checkOutputFolder(path.dirname(file));
  const stat = lstatOrNull(file);
  if (stat === null) return;
  const kind = nonRegularKind(stat);
  if (kind !== null) throw refuse(file, 'output_not_regular', { kind });
  if (!overwrite) throw alreadyExists(file);
}

/** ALREADY_EXISTS naming every file that is there (unless overwriting), after checkDestination's
 *  other checks on each; its reason names them all (`file` is the first, for one-file readers). */
export function checkDestinations(files: string[], overwrite: boolean): void {
  for (const file of files) checkDestination(file, true);
  if (overwrite) return;
  const existing = files.filter((file) => lstatOrNull(file) !== null);
  if (existing.length === 0) return;
  const params = { files: existing.join(', '), count: existing.length };
  throw appError('ALREADY_EXISTS', 'outputs_exist', params, { file: existing[0] });
}
