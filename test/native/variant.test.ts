// The loader's choice between the faiss builds, on folders of stand-in addon files (the probe is
// absent here, so AVX2 counts as unusable; the real probe is checked in 50.variants).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addonFileName, builtFaissVariants, chooseFaissVariant } from '../../main/native/variant';
import { tempDir } from '../helpers/tmp';

function addonDir(...variants: ('generic' | 'avx2')[]): string {
  const dir = tempDir();
  for (const variant of variants) fs.writeFileSync(path.join(dir, addonFileName(variant)), '');
  return dir;
}

const refusal = (code: string, params?: object) =>
  expect.objectContaining({
    code: 'INVALID_ARGUMENT',
    field: 'RVC_FAISS_VARIANT',
    reason: expect.objectContaining({ code, ...(params ? { params: expect.objectContaining(params) } : {}) }),
  });

describe('faiss variant choice', () => {
  it('lists the variants built', () => {
    expect(builtFaissVariants(addonDir('generic', 'avx2'))).toEqual(['generic', 'avx2']);
    expect(builtFaissVariants(addonDir())).toEqual([]);
  });

  it('takes generic unless AVX2 is both built and usable', () => {
    expect(chooseFaissVariant(addonDir('generic'), '')).toBe('generic');
    // no rvc_cpu_probe.node: nothing says the CPU runs AVX2
    expect(chooseFaissVariant(addonDir('generic', 'avx2'), undefined)).toBe('generic');
  });

  it('obeys RVC_FAISS_VARIANT, and refuses one it cannot load', () => {
    expect(chooseFaissVariant(addonDir('generic', 'avx2'), 'generic')).toBe('generic');
    expect(() => chooseFaissVariant(addonDir('generic'), 'sse4')).toThrow(
      refusal('faiss_variant_unknown', { value: 'sse4' }),
    );
    expect(() => chooseFaissVariant(addonDir('generic'), 'avx2')).toThrow(
      refusal('faiss_variant_not_built', { variant: 'avx2', built: 'generic' }),
    );
    expect(() => chooseFaissVariant(addonDir('generic', 'avx2'), 'avx2')).toThrow(
      refusal('faiss_variant_cpu_unsupported'),
    );
  });
});
