// Atomic file writes (DESIGN §6): write a temp file beside the target, fsync, rename. A failure
// (read-only folder, full disk) leaves no partial file behind.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../app/errors';

export interface AtomicWriteOptions {
  /** refuse to replace an existing file unless true */
  overwrite?: boolean;
}

function describeWriteError(file: string, error: NodeJS.ErrnoException): AppError {
  const reason =
    error.code === 'ENOSPC' || error.code === 'EDQUOT' ? 'the disk is full'
    : error.code === 'EFBIG' ? 'the file is larger than this disk or account allows'
    : error.code === 'EACCES' || error.code === 'EPERM' || error.code === 'EROFS' ? 'the folder is not writable'
    : error.code === 'ENOENT' ? 'the folder does not exist'
    : error.message;
  return new AppError('INVALID_INPUT', `cannot write ${file}: ${reason}`, { file });
}

/** Writes `chunks` (in order) to `file` atomically. */
export function writeFileAtomic(file: string, chunks: Uint8Array | Uint8Array[], options: AtomicWriteOptions = {}): void {
  if (!options.overwrite && fs.existsSync(file)) {
    throw new AppError('ALREADY_EXISTS', `${file} already exists (use --force to overwrite)`, { file });
  }
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(temp, 'wx');
    for (const chunk of Array.isArray(chunks) ? chunks : [chunks]) {
      let written = 0;
      while (written < chunk.byteLength) written += fs.writeSync(fd, chunk, written, chunk.byteLength - written);
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(temp, file);
  } catch (error) {
    if (fd !== null) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    if (error instanceof AppError) throw error;
    throw describeWriteError(file, error as NodeJS.ErrnoException);
  }
}
