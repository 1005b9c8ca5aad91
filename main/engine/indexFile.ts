// Index files on disk: written atomically, read only after the pure-TypeScript reader has checked
// every field faiss trusts (app/faissFile/engineCheck.ts): no byte of a corrupt or hostile file
// reaches faiss's reader.
import { Refusal, refuse } from '../../app/errors';
import { checkForEngine } from '../../app/faissFile';
import { writeFilesAtomic } from '../fsx/atomicWrite';
import { readRegularFile } from '../fsx/regularFile';
import { loadAddon, type NativeIndex } from '../native/addon';

export function writeIndexFile(index: NativeIndex, file: string, overwrite: boolean): void {
  writeFilesAtomic([{ file, writeTo: (temp) => index.write(temp) }], { overwrite });
}

export const readFileBytes = (file: string): Uint8Array => readRegularFile(file, { role: 'index' });

/**
 * Reads an index file into faiss, after the engine check. An index whose stored vectors faiss
 * cannot return without aborting the process gets a reconstructN that refuses instead.
 */
export function readIndexFile(file: string): NativeIndex {
  return loadIndexBytes(readFileBytes(file), file);
}

/** An index file's bytes (read from disk or a zip) into faiss, after the engine check; `file` names it. */
export function loadIndexBytes(bytes: Uint8Array, file: string): NativeIndex {
  const { reconstructAborts } = checkForEngine(bytes, file);
  let index: NativeIndex;
  try {
    index = loadAddon().Index.fromBuffer(bytes);
  } catch (error) {
    throw refuse(file, 'faiss_engine_unreadable', { reason: (error as Error).message });
  }
  if (reconstructAborts) {
    // the addon's methods are read-only on its prototype: shadow this one on the instance
    Object.defineProperty(index, 'reconstructN', {
      value: () => {
        throw new Refusal(file, reconstructAborts);
      },
    });
  }
  return index;
}
