// `rvc-index --version`: the app's version and the faiss build its engine runs, chosen by the CPU
// or forced with RVC_FAISS_VARIANT.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { avx2Usable, builtFaissVariants } from '../../main/native/variant';
import { nativeAddonDir, projectRoot } from '../../main/paths';
import { runCli } from '../helpers/cli';

const version = (JSON.parse(fs.readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { version: string })
  .version;
const built = builtFaissVariants(nativeAddonDir());
const unforced = { RVC_FAISS_VARIANT: '' };

describe('rvc-index --version', () => {
  it('names the app version, faiss version, variant and threads', () => {
    const run = runCli(['--version'], unforced);
    expect(run.status).toBe(0);
    const variant = built.includes('avx2') && avx2Usable(nativeAddonDir()) ? 'AVX2' : 'generic';
    expect(run.stdout).toMatch(new RegExp(`^rvc-index ${version} · faiss 1\\.7\\.3 · ${variant} · \\d+ threads?\\n$`));
  });

  it.each(built)('RVC_FAISS_VARIANT=%s runs that build (--json)', (variant) => {
    if (variant === 'avx2' && !avx2Usable(nativeAddonDir())) return;
    const run = runCli(['--version', '--json'], { RVC_FAISS_VARIANT: variant });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      version,
      faiss_version: '1.7.3',
      faiss_variant: variant,
      threads: expect.any(Number) as number,
    });
  });

  it('refuses an unknown variant, naming the variable (exit 1)', () => {
    const run = runCli(['--version'], { RVC_FAISS_VARIANT: 'sse4' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('RVC_FAISS_VARIANT is "sse4"');
  });
});
