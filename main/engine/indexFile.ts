// Index files on disk: written atomically, read only after the pure-TypeScript reader has checked
// the structure (a corrupt length field must not reach faiss's reader).
import { AppError } from '../../app/errors';
import { inspectFaissBytes } from '../../app/faissFile';
import { writeFilesAtomic } from '../fsx/atomicWrite';
import { readRegularFile } from '../fsx/regularFile';
import { loadAddon, type NativeIndex } from '../native/addon';

export function writeIndexFile(index: NativeIndex, file: string, overwrite: boolean): void {
  writeFilesAtomic([{ file, writeTo: (temp) => index.write(temp) }], { overwrite });
}

export const readFileBytes = (file: string): Uint8Array => readRegularFile(file, { role: 'index' });

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
