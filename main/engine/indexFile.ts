// Index files on disk: written atomically, read only after the pure-TypeScript reader has checked
// the structure (a corrupt length field must not reach faiss's reader).
import fs from 'node:fs';
import { AppError } from '../../app/errors';
import { inspectFaissBytes } from '../../app/faissFile';
import { writeFilesAtomic } from '../fsx/atomicWrite';
import { loadAddon, type NativeIndex } from '../native/addon';

export function writeIndexFile(index: NativeIndex, file: string, overwrite: boolean): void {
  writeFilesAtomic([{ file, writeTo: (temp) => index.write(temp) }], { overwrite });
}

export function readFileBytes(file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('NOT_FOUND', `${file} does not exist`, { file });
    if (code === 'EISDIR') throw new AppError('INVALID_INPUT', `${file} is a folder, not an index file`, { file });
    throw new AppError('INVALID_INPUT', `cannot read ${file}: ${(error as Error).message}`, { file });
  }
}

/** Reads an index file into faiss, after the structural check. */
export function readIndexFile(file: string): NativeIndex {
  const bytes = readFileBytes(file);
  const inspected = inspectFaissBytes(bytes, file);
  try {
    return loadAddon().Index.fromBuffer(bytes);
  } catch (error) {
    const reason = inspected.error ?? (error as Error).message;
    throw new AppError('INVALID_INPUT', `${file}: faiss cannot read this index (${reason})`, { file });
  }
}
