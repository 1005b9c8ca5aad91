// inspect and set-params: pure-TypeScript work on index files (no faiss), run in the worker so a
// large file never blocks the main thread.
import path from 'node:path';
import type { InspectResult, SetParamsResult } from '../../../app/contract';
import { argumentError } from '../../../app/errors';
import { inspectFaissBytes, patchSearchParams } from '../../../app/faissFile';
import { writeFileAtomic } from '../../fsx/atomicWrite';
import { readFileBytes } from '../indexFile';
import type { JobTypes } from '../protocol';

export function runInspect(params: JobTypes['inspect']['params']): InspectResult {
  const file = path.resolve(params.path);
  return { path: file, ...inspectFaissBytes(readFileBytes(file), file) };
}

export function runSetParams(params: JobTypes['setParams']['params']): SetParamsResult {
  if (params.nprobe === undefined && params.k_factor === undefined) throw argumentError('nprobe', 'set_params_nothing');
  const source = path.resolve(params.path);
  const output = path.resolve(params.out);
  const patched = patchSearchParams(
    readFileBytes(source),
    { nprobe: params.nprobe, k_factor: params.k_factor },
    source,
  );
  writeFileAtomic(output, patched, { overwrite: params.force ?? false });
  const result = inspectFaissBytes(patched, output);
  return { output, nprobe: result.nprobe, k_factor: result.k_factor };
}
