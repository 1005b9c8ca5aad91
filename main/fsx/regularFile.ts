// Reading files that may come from strangers (docs/ARCHITECTURE.md, "Files"): only regular files,
// opened without blocking (a FIFO must not hang open()), checked with fstat on the open
// descriptor (no race with a path swapped after a stat), and every read bounded by the size fstat
// reported — /dev/zero or a growing file can never make us read or allocate more.
import fs from 'node:fs';
import { AppError } from '../../app/errors';

/** What a non-regular file is, for messages; null for a regular file. */
export function nonRegularKind(stat: fs.Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'ENOTDIR') return 'a part of the path is not a folder';
  if (code === 'ELOOP') return 'too many symbolic links';
  if (code === 'EIO') return 'input/output error (bad disk or disconnected drive?)';
  return error instanceof Error ? error.message : String(error);
}

// O_NONBLOCK makes open() of a FIFO return at once; it does not change reads of regular files.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

export interface OpenedFile {
  fd: number;
  /** bytes fstat reported when the file was opened: every read stays within them */
  size: number;
}

/** Opens `file` for reading if it is a regular file; `what` names it in messages ("index file"). */
export function openRegularFile(file: string, what = 'file'): OpenedFile {
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // a socket cannot be opened at all (ENXIO): say what it is
    const kind = kindOf(file);
    if (kind !== null)
      throw new AppError('INVALID_INPUT', `${file} is ${kind}, not a regular ${what}: nothing was read`, { file });
    throw new AppError(code === 'ENOENT' ? 'NOT_FOUND' : 'INVALID_INPUT', `${file}: cannot open: ${fsReason(error)}`, {
      file,
    });
  }
  try {
    const stat = fs.fstatSync(fd);
    const kind = nonRegularKind(stat);
    if (kind !== null)
      throw new AppError('INVALID_INPUT', `${file} is ${kind}, not a regular ${what}: nothing was read`, { file });
    return { fd, size: stat.size };
  } catch (error) {
    fs.closeSync(fd);
    throw error;
  }
}

/** Reads exactly target.length bytes at `position`; a short read is a truncated (or changing) file. */
export function readExactly(fd: number, target: Uint8Array, position: number, file: string): void {
  let done = 0;
  while (done < target.length) {
    let got: number;
    try {
      // 1 GiB per call: Linux caps one read() near 2 GiB.
      got = fs.readSync(fd, target, done, Math.min(target.length - done, 1 << 30), position + done);
    } catch (error) {
      throw new AppError('INVALID_INPUT', `${file}: cannot read: ${fsReason(error)}`, { file });
    }
    if (got === 0)
      throw new AppError(
        'INVALID_INPUT',
        `${file}: truncated: ended after ${position + done} bytes (changed while reading?)`,
        { file },
      );
    done += got;
  }
}

/** The whole of a regular file, at most `maxBytes` (default: any size that fits in memory). */
export function readRegularFile(file: string, options: { what?: string; maxBytes?: number } = {}): Uint8Array {
  const { fd, size } = openRegularFile(file, options.what);
  try {
    if (options.maxBytes !== undefined && size > options.maxBytes)
      throw new AppError(
        'INVALID_INPUT',
        `${file}: ${size} bytes is more than a ${options.what ?? 'file'} of this kind can be (at most ${options.maxBytes})`,
        { file },
      );
    const bytes = new Uint8Array(size);
    readExactly(fd, bytes, 0, file);
    return bytes;
  } finally {
    fs.closeSync(fd);
  }
}

/** What a path is when it is not a regular file (null for a regular or unreadable one). */
function kindOf(file: string): string | null {
  try {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    return stat ? nonRegularKind(stat) : null;
  } catch {
    return null;
  }
}

/** lstat that returns null for a missing path. */
export function lstatOrNull(file: string): fs.Stats | null {
  try {
    return fs.lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new AppError('INVALID_INPUT', `${file}: ${fsReason(error)}`, { file });
  }
}
