// `set-params`: change the search parameters stored in a faiss file without rebuilding it. RVC
// never sets nprobe or k_factor itself, so the stored values are the ones its searches use.
import { argumentError } from '../errors';
import { parseFaissFile } from './readIndex';
import { searchPath } from './searchPath';

export interface SearchParams {
  nprobe?: number;
  k_factor?: number;
}

const TWO_32 = 2 ** 32;

/**
 * Returns a copy of `bytes` with the IVF's nprobe (uint64) and/or the IndexRefine's k_factor
 * (float32) replaced; every other byte is identical. The fields are the ones inspect reports:
 * on the search path through IndexPreTransform / IndexRefine / IndexIDMap wrappers.
 * Throws FaissReadError for a corrupt or inconsistent file, AppError INVALID_ARGUMENT for a
 * parameter the file has no place for or a value out of range. A file whose reading stops at a
 * type this reader does not parse is patched when the field was read before that.
 */
export function patchSearchParams(bytes: Uint8Array, params: SearchParams, name: string): Uint8Array {
  const parsed = parseFaissFile(bytes, name);
  if (!parsed.root || (parsed.error && !parsed.unsupported)) throw parsed.error!;
  const { ivf, refine } = searchPath(parsed.root, parsed.facts);
  const stoppedEarly = parsed.error
    ? { stopped: 'yes', detail: parsed.error.detail.text }
    : { stopped: 'no', detail: '' };
  const { nprobe, k_factor: kFactor } = params;
  if (nprobe !== undefined) {
    if (!ivf) throw argumentError('nprobe', 'set_params_no_ivf', { name, ...stoppedEarly });
    if (!Number.isInteger(nprobe) || nprobe < 1 || nprobe > ivf.nlist) {
      throw argumentError('nprobe', 'set_params_nprobe_range', { nlist: ivf.nlist, name, nprobe });
    }
  }
  if (kFactor !== undefined) {
    if (!refine) throw argumentError('k_factor', 'set_params_no_refine', { name, ...stoppedEarly });
    // stored as float32; faiss re-ranks k × k_factor candidates, so below 1 it would drop results
    if (!Number.isFinite(kFactor) || kFactor < 1 || kFactor > 3.4e38) {
      throw argumentError('k_factor', 'set_params_k_factor_min', { name, kFactor });
    }
  }
  const patched = bytes.slice();
  const view = new DataView(patched.buffer, patched.byteOffset, patched.byteLength);
  if (nprobe !== undefined && ivf) {
    view.setUint32(ivf.nprobeOffset, nprobe % TWO_32, true);
    view.setUint32(ivf.nprobeOffset + 4, Math.floor(nprobe / TWO_32), true);
  }
  if (kFactor !== undefined && refine) view.setFloat32(refine.kFactorOffset, kFactor, true);
  return patched;
}
