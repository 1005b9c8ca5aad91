// Reading .npy files from disk: the header alone (cheap: two small reads), and exact byte ranges
// into caller-provided memory. Every failure is an INVALID_INPUT AppError naming the file.
import fs from 'node:fs';
import { AppError, inputError } from '../../app/errors';
import { npyDataOffset, parseNpyHeader, type NpyHeader } from '../../app/npy';

/** A header larger than this is not something NumPy writes for a 2-D array: the file is corrupt. */
const MAX_HEADER_BYTES = 1 << 20;

export function fsErrorMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'EIO') return 'input/output error (bad disk or disconnected drive?)';
  return error instanceof Error ? error.message : String(error);
}

/** Errors from app/npy.ts name the file as given; point their `file` at the absolute path. */
function naming(file: string, error: unknown): unknown {
  if (error instanceof AppError) error.file = file;
  return error;
}

export function openForReading(file: string): number {
  try {
    return fs.openSync(file, 'r');
  } catch (error) {
    throw inputError(file, `${file}: cannot open: ${fsErrorMessage(error)}`);
  }
}

/** Reads exactly target.length bytes at `position`; a short file is a truncated file. */
export function readExactly(fd: number, target: Uint8Array, position: number, file: string): void {
  let done = 0;
  while (done < target.length) {
    let got: number;
    try {
      // 1 GiB per call: Linux caps one read() near 2 GiB.
      got = fs.readSync(fd, target, done, Math.min(target.length - done, 1 << 30), position + done);
    } catch (error) {
      throw inputError(file, `${file}: cannot read: ${fsErrorMessage(error)}`);
    }
    if (got === 0)
      throw inputError(file, `${file}: truncated: ended after ${position + done} bytes (changed while loading?)`);
    done += got;
  }
}

export interface NpyFileHeader {
  header: NpyHeader;
  /** file size in bytes */
  size: number;
}

/** Reads and parses the header of `file` (an absolute path, used in messages). */
export function readNpyFileHeader(file: string): NpyFileHeader {
  const fd = openForReading(file);
  try {
    const size = fs.fstatSync(fd).size;
    if (size === 0)
      throw inputError(
        file,
        `${file}: is empty (0 bytes): feature extraction was probably interrupted; re-run it or delete the file`,
      );
    const prefix = new Uint8Array(Math.min(size, 12));
    readExactly(fd, prefix, 0, file);
    let dataOffset: number;
    try {
      dataOffset = npyDataOffset(prefix, file);
    } catch (error) {
      throw naming(file, error);
    }
    if (dataOffset > MAX_HEADER_BYTES)
      throw inputError(file, `${file}: corrupt .npy header (claims ${dataOffset} bytes)`);
    if (dataOffset > size)
      throw inputError(
        file,
        `${file}: truncated: the file ends inside its .npy header (${size} of ${dataOffset} bytes)`,
      );
    const bytes = new Uint8Array(dataOffset);
    readExactly(fd, bytes, 0, file);
    try {
      return { header: parseNpyHeader(bytes, file), size };
    } catch (error) {
      throw naming(file, error);
    }
  } finally {
    fs.closeSync(fd);
  }
}
