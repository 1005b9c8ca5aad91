// Reading .npy headers from disk (cheap: two small reads; regular files only, bounded by their
// size). Every failure is an INVALID_INPUT AppError naming the file.
import fs from 'node:fs';
import { AppError, refuse } from '../../app/errors';
import { openRegularFile, readExactly } from '../fsx/regularFile';
import { npyDataOffset, parseNpyHeader, type NpyHeader } from '../../app/npy';

/** A header larger than this is not something NumPy writes for a 2-D array: the file is corrupt. */
const MAX_HEADER_BYTES = 1 << 20;

/** Errors from app/npy.ts name the file as given; point their `file` at the absolute path. */
function naming(file: string, error: unknown): unknown {
  if (error instanceof AppError) error.file = file;
  return error;
}

export interface NpyFileHeader {
  header: NpyHeader;
  /** file size in bytes */
  size: number;
}

/** Reads and parses the header of `file` (an absolute path, used in messages). */
export function readNpyFileHeader(file: string): NpyFileHeader {
  const { fd, size } = openRegularFile(file, { role: 'npy' });
  try {
    if (size === 0) throw refuse(file, 'npy_empty_file');
    const prefix = new Uint8Array(Math.min(size, 12));
    readExactly(fd, prefix, 0, file);
    let dataOffset: number;
    try {
      dataOffset = npyDataOffset(prefix, file);
    } catch (error) {
      throw naming(file, error);
    }
    if (dataOffset > MAX_HEADER_BYTES) throw refuse(file, 'npy_header_corrupt', { bytes: dataOffset });
    if (dataOffset > size) throw refuse(file, 'npy_header_cut', { size, needed: dataOffset });
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
