// Path checks the Backend makes before it hands a request to an engine (docs/ARCHITECTURE.md,
// "Files"): cheap stats that refuse a missing path, a device, FIFO or socket, or an output that
// cannot be written, in milliseconds and before any work. The engine checks again as it reads and
// writes (a path can change in between).
import fs from 'node:fs';
import path from 'node:path';
import { refuse } from '../../app/errors';
import { checkDestination, checkOutputFolder } from './destination';
import { fsReason, nonRegularKind, openRegularFile, type FileRole } from './regularFile';

/** A folder or a regular file: an experiment, a query folder or .npy file, or a model library. */
export function checkInputPath(file: string, what: 'experiment' | 'queries' | 'library'): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw refuse(file, 'file_missing', {}, 'NOT_FOUND');
    throw refuse(file, 'file_unreadable', { reason: fsReason(error) });
  }
  const kind = nonRegularKind(stat);
  if (!stat.isDirectory() && kind !== null) throw refuse(file, 'input_not_regular', { kind, what });
}

/** A regular file that can be opened for reading. */
export function checkInputFile(file: string, role: FileRole): void {
  fs.closeSync(openRegularFile(file, { role }).fd);
}

/** A folder to write into that may not exist yet: then its nearest existing ancestor must be a
 *  writable folder (the rest is created). */
export function checkFolderToCreate(dir: string): void {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(dir, { throwIfNoEntry: false });
  } catch (error) {
    throw refuse(dir, 'output_folder_unusable', { reason: fsReason(error) });
  }
  if (stat !== undefined) return checkOutputFolder(dir);
  let parent = path.dirname(dir);
  while (!fs.existsSync(parent) && path.dirname(parent) !== parent) parent = path.dirname(parent);
  checkOutputFolder(parent);
}

export { checkDestination, checkOutputFolder };
