// Reading files that may come from strangers (docs/ARCHITECTURE.md, "Files"): only regular files,
// opened without blocking (a FIFO must not hang open()), checked with fstat on the open
// descriptor (no race with a path swapped after a stat), and every read bounded by the size fstat
// reported — /dev/zero or a growing file can never make us read or allocate more. Refusals are
// structured (app/messages/en/files.ts) and name the file.
import fs from 'node:fs';
import { refuse } from '../../app/errors';
import { englishText } from '../../app/messages';

/** What a non-regular path is (the `kind` of the files area's messages); null for a regular file. */
export type NonRegularKind = 'folder' | 'fifo' | 'socket' | 'device' | 'link' | 'special';

export function nonRegularKind(stat: fs.Stats): NonRegularKind | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'folder';
  if (stat.isFIFO()) return 'fifo';
  if (stat.isSocket()) return 'socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isSymbolicLink()) return 'link';
  return 'special';
}

/** What a file is for, in messages ("not a regular index file"). */
export type FileRole = 'index' | 'npy' | 'pth' | 'zip' | 'file';

const FS_WHY: Record<string, string> = {
  ENOENT: 'missing',
  EACCES: 'denied',
  EPERM: 'denied',
  EISDIR: 'folder',
  ENOTDIR: 'notdir',
  ELOOP: 'loop',
  EIO: 'io',
};

/** The system's reason for a failed file operation, as message parameters (`why` selects the
 *  words of the files area's messages; `reason` is the system's text for the rest). */
export function fsCause(error: unknown): { why: string; reason: string } {
  const code = (error as NodeJS.ErrnoException)?.code;
  return {
    why: (code !== undefined && FS_WHY[code]) || 'other',
    reason: error instanceof Error ? error.message : String(error),
  };
}

/** The system's reason for a failed file operation, in words. */
export const fsReason = (error: unknown): string => englishText('path_unusable', fsCause(error));

/** What a path is when it is not a regular file (null for a regular or unreachable one). */
function kindOfPath(file: string): NonRegularKind | null {
  try {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    return stat ? nonRegularKind(stat) : null;
  } catch {
    return null;
  }
}

export interface OpenOptions {
  /** names the file in refusals (default: the path; a zip entry is written `a.zip!/entry`) */
  display?: string;
  role?: FileRole;
  /** refuse a symbolic link instead of following it (a folder walk that checked its links) */
  noFollow?: boolean;
}

export interface OpenedFile {
  fd: number;
  /** bytes fstat reported when the file was opened: every read stays within them */
  size: number;
}

/** Opens `file` for reading if it is a regular file. The caller closes the fd. */
export function openRegularFile(file: string, options: OpenOptions = {}): OpenedFile {
  const display = options.display ?? file;
  const what = options.role ?? 'file';
  // O_NONBLOCK makes open() of a FIFO return at once; it does not change reads of regular files
  const flags =
    fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (options.noFollow ? (fs.constants.O_NOFOLLOW ?? 0) : 0);
  let fd: number;
  try {
    fd = fs.openSync(file, flags);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw refuse(display, 'file_missing', {}, 'NOT_FOUND');
    if (code === 'ELOOP' && options.noFollow) throw refuse(display, 'file_not_regular', { kind: 'link', what });
    // a socket cannot be opened at all (ENXIO): say what it is
    const kind = kindOfPath(file);
    if (kind !== null) throw refuse(display, 'file_not_regular', { kind, what });
    throw refuse(display, 'file_unreadable', { reason: fsReason(error) });
  }
  try {
    const kind = nonRegularKind(fs.fstatSync(fd));
    if (kind !== null) throw refuse(display, 'file_not_regular', { kind, what });
    return { fd, size: fs.fstatSync(fd).size };
  } catch (error) {
    fs.closeSync(fd);
    throw error;
  }
}

/** Fills `target` from `position`; a short read means the file shrank while it was read. */
export function readExactly(fd: number, target: Uint8Array, position: number, display: string): void {
  let done = 0;
  while (done < target.length) {
    let got: number;
    try {
      // 1 GiB per call: Linux caps one read() near 2 GiB.
      got = fs.readSync(fd, target, done, Math.min(target.length - done, 1 << 30), position + done);
    } catch (error) {
      throw refuse(display, 'file_unreadable', { reason: fsReason(error) });
    }
    if (got === 0) throw refuse(display, 'file_truncated', { actual: done, expected: target.length });
    done += got;
  }
}

/** `length` bytes at `position`, in a new buffer. */
export function readBytes(fd: number, position: number, length: number, display: string): Buffer {
  const out = Buffer.allocUnsafe(length);
  readExactly(fd, out, position, display);
  return out;
}

/** The whole of a regular file, refused above `maxBytes`. */
export function readRegularFile(file: string, options: OpenOptions & { maxBytes?: number } = {}): Buffer {
  const display = options.display ?? file;
  const { fd, size } = openRegularFile(file, options);
  try {
    if (options.maxBytes !== undefined && size > options.maxBytes)
      throw refuse(display, 'file_too_large', { size, limit: options.maxBytes });
    return readBytes(fd, 0, size, display);
  } finally {
    fs.closeSync(fd);
  }
}

/** lstat that returns null for a missing path. */
export function lstatOrNull(file: string): fs.Stats | null {
  try {
    return fs.lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw refuse(file, 'path_unusable', fsCause(error));
  }
}
