// Reading files from strangers' folders: only regular files are read, a FIFO or a device never
// blocks or streams forever (opened non-blocking, then refused by fstat), a symbolic link swapped
// in after the folder walk is not followed, and reads stop at the size fstat reported.
import fs from 'node:fs';
import { refuse } from '../../app/models/refusal';

const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);

export interface OpenFile {
  fd: number;
  size: number;
}

/** What kind of thing a stat describes, for messages. */
export function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'folder';
  if (stat.isFIFO()) return 'FIFO (named pipe)';
  if (stat.isSocket()) return 'socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isSymbolicLink()) return 'symbolic link';
  return 'special file';
}

/** Opens a regular file; `display` names it in refusals. The caller closes the fd. */
export function openRegularFile(file: string, display = file): OpenFile {
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw refuse(display, 'file_not_regular', { kind: 'symbolic link' });
    if (code === 'EISDIR') throw refuse(display, 'file_not_regular', { kind: 'folder' });
    throw refuse(display, 'file_unreadable', { reason: (error as Error).message });
  }
  const stat = fs.fstatSync(fd);
  if (!stat.isFile()) {
    fs.closeSync(fd);
    throw refuse(display, 'file_not_regular', { kind: kindOf(stat) });
  }
  return { fd, size: stat.size };
}

/** Reads exactly `length` bytes at `position`; a file that shrank meanwhile is refused. */
export function readExactly(fd: number, position: number, length: number, display: string): Buffer {
  const out = Buffer.allocUnsafe(length);
  let filled = 0;
  while (filled < length) {
    const read = fs.readSync(fd, out, filled, length - filled, position + filled);
    if (read === 0) throw refuse(display, 'file_truncated', { expected: length, actual: filled });
    filled += read;
  }
  return out;
}

/** Reads a whole regular file of at most `limit` bytes. */
export function readRegularFile(file: string, display: string, limit: number): Buffer {
  const { fd, size } = openRegularFile(file, display);
  try {
    if (size > limit) throw refuse(display, 'file_too_large', { size, limit });
    return readExactly(fd, 0, size, display);
  } finally {
    fs.closeSync(fd);
  }
}
