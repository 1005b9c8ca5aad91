// Atomic file writes (docs/ARCHITECTURE.md, "Files"): write a temp file beside the target, fsync,
// then move it into place. A failure (read-only folder, full disk, a cancel) leaves no partial
// file behind; a file set (an export) is staged completely before the first file appears, so it
// lands whole or not at all. Temp files carry the writing process's id: one left by a killed run
// is removed by the next write to its folder, and the engine's parent, which may have to kill the
// engine mid-write, is told about each one (observeTempFiles).
import fs from 'node:fs';
import path from 'node:path';
import { AppError, appError, cancelledError } from '../../app/errors';
import { alreadyExists, checkDestination } from './destination';

export interface AtomicWriteOptions {
  /** refuse to replace an existing file unless true */
  overwrite?: boolean;
  /** polled after staging: true → the temps are removed and the write ends CANCELLED */
  shouldCancel?: () => boolean;
}

/** Temp files: `.<target name>.rvc-index-<pid>-<random>.tmp` beside the target. */
const TEMP_PATTERN = /^\..+\.rvc-index-(\d+)-[0-9a-z]+\.tmp$/;

type TempObserver = (temp: string, live: boolean) => void;
let observer: TempObserver | null = null;

/** Reports every temp file this process creates (live) and moves or removes (not live). */
export function observeTempFiles(next: TempObserver | null): void {
  observer = next;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes temp files of our naming in `dir` whose process is gone (a killed run's leftovers). */
export function removeStaleTemps(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMP_PATTERN.exec(name);
    if (!match || Number(match[1]) === process.pid || isAlive(Number(match[1]))) continue;
    fs.rmSync(path.join(dir, name), { force: true });
  }
}

/** Removes a temp file of our naming (anything else is left alone: the path came in a message). */
export function removeTempFile(temp: string): void {
  if (TEMP_PATTERN.test(path.basename(temp))) fs.rmSync(temp, { force: true });
}

function tempPathFor(file: string): string {
  const random = Math.random().toString(36).slice(2, 10);
  return path.join(path.dirname(file), `.${path.basename(file)}.rvc-index-${process.pid}-${random}.tmp`);
}

function dropTemp(temp: string): void {
  fs.rmSync(temp, { force: true });
  observer?.(temp, false);
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
  const why =
    error.code === 'ENOSPC' || error.code === 'EDQUOT'
      ? 'full'
      : error.code === 'EFBIG'
        ? 'too_large'
        : error.code === 'EACCES' || error.code === 'EPERM' || error.code === 'EROFS'
          ? 'not_writable'
          : error.code === 'ENOENT'
            ? 'no_folder'
            : error.code === 'EISDIR'
              ? 'folder_in_way'
              : 'other';
  return appError('INVALID_INPUT', 'write_failed', { file, why, reason: error.message }, { file });
}

/** Writes the content to a temp file beside its target and fsyncs it; returns the temp path. */
function stage(content: FileContent): string {
  const { file } = content;
  const temp = tempPathFor(file);
  observer?.(temp, true);
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
    dropTemp(temp);
    throw describeWriteError(file, error as NodeJS.ErrnoException);
  }
}

/** Moves a staged temp file into place. Without overwrite, a hard link refuses an existing target
 *  atomically (no check-then-rename race); where links are unsupported, a checked rename. */
function commit(temp: string, file: string, overwrite: boolean): void {
  try {
    if (overwrite) {
      fs.renameSync(temp, file);
      observer?.(temp, false);
      return;
    }
    try {
      fs.linkSync(temp, file);
      dropTemp(temp);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw alreadyExists(file);
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
      if (fs.existsSync(file)) throw alreadyExists(file);
      fs.renameSync(temp, file);
      observer?.(temp, false);
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
    checkDestination(file, overwrite);
    if (fs.existsSync(file)) existed.add(file);
  }
  for (const dir of new Set(contents.map(({ file }) => path.dirname(file)))) removeStaleTemps(dir);
  const cancelled = () => options.shouldCancel?.() ?? false;
  const staged: { temp: string; file: string }[] = [];
  const placed: string[] = [];
  try {
    for (const content of contents) {
      if (cancelled()) throw cancelledError('cancelled_nothing_written');
      staged.push({ temp: stage(content), file: content.file });
    }
    if (cancelled()) throw cancelledError('cancelled_nothing_written');
    for (const { temp, file } of staged) {
      commit(temp, file, overwrite);
      placed.push(file);
    }
  } catch (error) {
    for (const { temp } of staged) dropTemp(temp);
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
