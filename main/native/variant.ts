// Which faiss build the engine loads. On x86-64 Linux the build makes two addons over the same
// pinned faiss: rvc_faiss_avx2.node (faiss's FAISS_OPT_LEVEL=avx2) and rvc_faiss_generic.node.
// As faiss's own Python loader does, the AVX2 one runs when the CPU has AVX2 and the OS saves the
// AVX registers; rvc_cpu_probe.node (built without any -m flag, so it loads anywhere) checks that
// with cpuid and xgetbv. Elsewhere only the generic addon exists. RVC_FAISS_VARIANT forces one.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { faissVariants, type FaissVariant } from '../../app/contract/constants';
import { AppError } from '../../app/errors';
import { message, type MessageCode, type MessageParams } from '../../app/messages';

export const addonFileName = (variant: FaissVariant) => `rvc_faiss_${variant}.node`;
const PROBE_FILE = 'rvc_cpu_probe.node';

const isVariant = (value: string): value is FaissVariant => (faissVariants as readonly string[]).includes(value);

/** Whether this CPU and OS can run the AVX2 addon (false where the probe is not built). */
export function avx2Usable(addonDir: string): boolean {
  const probe = path.join(addonDir, PROBE_FILE);
  if (!fs.existsSync(probe)) return false;
  return (createRequire(__filename)(probe) as { avx2Usable: boolean }).avx2Usable;
}

/** The variants built in `addonDir`. */
export const builtFaissVariants = (addonDir: string): FaissVariant[] =>
  faissVariants.filter((variant) => fs.existsSync(path.join(addonDir, addonFileName(variant))));

function variantError(code: MessageCode, params: MessageParams): AppError {
  const reason = message(code, params);
  return new AppError('INVALID_ARGUMENT', reason.text, { field: 'RVC_FAISS_VARIANT', reason });
}

/** `forced` (RVC_FAISS_VARIANT) when set — refused when unknown, not built, or AVX2 on a CPU
 *  without it (it would die of SIGILL) — else AVX2 when built and usable, else generic. */
export function chooseFaissVariant(addonDir: string, forced = process.env.RVC_FAISS_VARIANT): FaissVariant {
  const built = builtFaissVariants(addonDir);
  if (!forced) return built.includes('avx2') && avx2Usable(addonDir) ? 'avx2' : 'generic';
  if (!isVariant(forced)) throw variantError('faiss_variant_unknown', { value: forced });
  if (!built.includes(forced)) {
    const file = path.join(addonDir, addonFileName(forced));
    throw variantError('faiss_variant_not_built', { variant: forced, file, built: built.join(', ') || 'none' });
  }
  if (forced === 'avx2' && !avx2Usable(addonDir)) throw variantError('faiss_variant_cpu_unsupported', {});
  return forced;
}
