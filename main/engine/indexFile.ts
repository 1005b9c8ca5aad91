// Index files on disk: written atomically, read only after the pure-TypeScript reader has checked
// every field faiss trusts (app/faissFile/engineCheck.ts): no byte of a corrupt or hostile file
// reaches faiss's reader.
import fs from 'node:fs';
import { AppError } from '../../app/errors';
import { checkForEngine } from '../../app/faissFile';
import { englishText } from '../../app/messages';
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

/**
 * Reads an index file into faiss, after the engine check. An index whose stored vectors faiss
 * cannot return without aborting the process gets a reconstructN that refuses instead.
 */
export function readIndexFile(file: string): NativeIndex {
  const bytes = readFileBytes(file);
  const { reconstructAborts } = checkForEngine(bytes, file);
  let index: NativeIndex;
  try {
    index = loadAddon().Index.fromBuffer(bytes);
  } catch (error) {
    const reason = (error as Error).message;
    throw new AppError('INVALID_INPUT', `${file}: ${englishText('faiss_engine_unreadable', { reason })}`, { file });
  }
  if (reconstructAborts) {
    // the addon's methods are read-only on its prototype: shadow this one on the instance
    Object.defineProperty(index, 'reconstructN', {
      value: () => {
        throw new AppError('INVALID_INPUT', `${file}: ${reconstructAborts.text}`, { file });
      },
    });
  }
  return index;
}
