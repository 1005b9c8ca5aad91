// Atomic file writes (DESIGN §6): write a temp file beside the target, fsync, then move it into
// place. A failure (read-only folder, full disk) leaves no partial file behind; a file set (an
// export) is staged completely before the first file appears, so it lands whole or not at all.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../app/errors';

export interface AtomicWriteOptions {
  /** refuse to replace an existing file unless true */
  overwrite?: boolean;
}

/** What to write: bytes, or a writer that creates the file at the path it is given (the native
 *  index writer streams a large index to disk without a second copy in memory). */
export type FileContent =
  { file: string; chunks: Uint8Array | Uint8Array[] } | { file: string; writeTo(path: string): void };

/** Native writers report the C library's reason (strerror) in their message. */
function nativeWriteError(error: unknown): NodeJS.ErrnoException {
  const message = (error as Error).message ?? String(error);
  const code = /No space left/i.test(message)
    ? 'ENOSPC'
    : /File too large/i.test(message)
      ? 'EFBIG'
      : /Permission denied|Read-only file system/i.test(message)
        ? 'EACCES'
        : /No such file/i.test(message)
          ? 'ENOENT'
          : undefined;
  return Object.assign(new Error(message), { code });
}

function describeWriteError(file: string, error: NodeJS.ErrnoException): AppError {
  const reason =
    error.code === 'ENOSPC' || error.code === 'EDQUOT'
      ? 'the disk is full'
      : error.code === 'EFBIG'
        ? 'the file is larger than this disk or account allows'
        : error.code === 'EACCES' || error.code === 'EPERM' || error.code === 'EROFS'
          ? 'the folder is not writable'
          : error.code === 'ENOENT'
            ? 'the folder does not exist'
            : error.code === 'EISDIR'
              ? 'a folder of that name is in the way'
              : error.message;
  return new AppError('INVALID_INPUT', `cannot write ${file}: ${reason}`, { file });
}

const alreadyExists = (file: string) =>
  new AppError('ALREADY_EXISTS', `${file} already exists (use --force to overwrite)`, { file });

/** Writes the content to a temp file beside its target and fsyncs it; returns the temp path. */
function stage(content: FileContent): string {
  const { file } = content;
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | null = null;
  try {
    if ('writeTo' in content) {
      try {
        content.writeTo(temp);
      } catch (error) {
        throw nativeWriteError(error);
      }
      fd = fs.openSync(temp, 'r+');
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      return temp;
    }
    fd = fs.openSync(temp, 'wx');
    for (const chunk of Array.isArray(content.chunks) ? content.chunks : [content.chunks]) {
      let written = 0;
      while (written < chunk.byteLength) written += fs.writeSync(fd, chunk, written, chunk.byteLength - written);
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    return temp;
  } catch (error) {
    if (fd !== null) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw describeWriteError(file, error as NodeJS.ErrnoException);
  }
}

/** Moves a staged temp file into place. Without overwrite, a hard link refuses an existing target
 *  atomically (no check-then-rename race); where links are unsupported, a checked rename. */
function commit(temp: string, file: string, overwrite: boolean): void {
  try {
    if (overwrite) {
      fs.renameSync(temp, file);
      return;
    }
    try {
      fs.linkSync(temp, file);
      fs.rmSync(temp, { force: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw alreadyExists(file);
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
      if (fs.existsSync(file)) throw alreadyExists(file);
      fs.renameSync(temp, file);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw describeWriteError(file, error as NodeJS.ErrnoException);
  }
}

/**
 * Writes every file or none: all are staged first; then each temp is moved into place. If a move
 * fails, the files this call already placed are removed again (files it replaced cannot come
 * back, which is why --force is explicit).
 */
export function writeFilesAtomic(contents: FileContent[], options: AtomicWriteOptions = {}): void {
  const overwrite = options.overwrite ?? false;
  const existed = new Set<string>();
  for (const { file } of contents) {
    if (!fs.existsSync(file)) continue;
    if (!overwrite) throw alreadyExists(file);
    if (fs.statSync(file).isDirectory())
      throw describeWriteError(file, Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
    existed.add(file);
  }
  const staged: { temp: string; file: string }[] = [];
  const placed: string[] = [];
  try {
    for (const content of contents) staged.push({ temp: stage(content), file: content.file });
    for (const { temp, file } of staged) {
      commit(temp, file, overwrite);
      placed.push(file);
    }
  } catch (error) {
    for (const { temp } of staged) fs.rmSync(temp, { force: true });
    for (const file of placed) if (!existed.has(file)) fs.rmSync(file, { force: true });
    throw error;
  }
}

/** Writes `chunks` (in order) to `file` atomically. */
export function writeFileAtomic(
  file: string,
  chunks: Uint8Array | Uint8Array[],
  options: AtomicWriteOptions = {},
): void {
  writeFilesAtomic([{ file, chunks }], options);
}
