// Path checks the Backend makes before it hands a request to an engine (docs/ARCHITECTURE.md,
// "Files"): cheap stats that refuse a missing path, a device, FIFO or socket, or an output that
// cannot be written, in milliseconds and before any work. The engine checks again as it reads and
// writes (a path can change in between).
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../app/errors';
import { checkDestination, checkOutputFolder } from './destination';
import { fsReason, nonRegularKind, openRegularFile } from './regularFile';

/** A folder or a regular file (an experiment, a query folder or .npy file). */
export function checkInputPath(file: string, what: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AppError(code === 'ENOENT' ? 'NOT_FOUND' : 'INVALID_INPUT', `${file}: ${fsReason(error)}`, { file });
  }
  const kind = nonRegularKind(stat);
  if (!stat.isDirectory() && kind !== null)
    throw new AppError('INVALID_INPUT', `${file} is ${kind}, not a ${what}: nothing was read`, { file });
}

/** A regular file that can be opened for reading. */
export function checkInputFile(file: string, what: string): void {
  fs.closeSync(openRegularFile(file, what).fd);
}

/** A folder to write into that may not exist yet: then its parent must be a writable folder. */
export function checkFolderToCreate(dir: string): void {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(dir, { throwIfNoEntry: false });
  } catch (error) {
    throw new AppError('INVALID_INPUT', `${dir}: ${fsReason(error)}`, { file: dir });
  }
  if (stat === undefined) {
    // the nearest existing ancestor must be a writable folder (mkdir -p makes the rest)
    let parent = path.dirname(dir);
    while (!fs.existsSync(parent) && path.dirname(parent) !== parent) parent = path.dirname(parent);
    checkOutputFolder(parent);
    return;
  }
  checkOutputFolder(dir);
}

export { checkDestination, checkOutputFolder };
