// The independent oracle: Debian's /usr/bin/python3 with python3-faiss and python3-numpy
// (what RVC itself uses). Scripts are passed on stdin; results come back as JSON on stdout.
import { spawnSync } from 'node:child_process';

export const PYTHON = process.env.RVC_ORACLE_PYTHON ?? '/usr/bin/python3';

/**
 * The oracle's environment. faiss 1.7.3's loader imports distutils; with setuptools installed that
 * import goes through setuptools and pkg_resources, half of `import faiss` (0.47 → 0.23 s here).
 * The standard library's distutils answers the loader's version check the same way.
 */
export const pythonEnv = (): NodeJS.ProcessEnv => ({ ...process.env, SETUPTOOLS_USE_DISTUTILS: 'stdlib' });

/** Runs a Python script and parses the JSON it prints last. Throws with stderr on failure. */
export function runPython<T = unknown>(script: string, args: string[] = []): T {
  const result = spawnSync(PYTHON, ['-', ...args], {
    input: script,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: pythonEnv(),
  });
  if (result.status !== 0) throw new Error(`python failed (${result.status ?? result.signal}):\n${result.stderr}`);
  const lines = result.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]) as T;
}
