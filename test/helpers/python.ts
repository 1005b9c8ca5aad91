// The independent oracle: Debian's /usr/bin/python3 with python3-faiss and python3-numpy
// (what RVC itself uses). Scripts are passed on stdin; results come back as JSON on stdout.
import { spawnSync } from 'node:child_process';

export const PYTHON = process.env.RVC_ORACLE_PYTHON ?? '/usr/bin/python3';

/** Runs a Python script and parses the JSON it prints last. Throws with stderr on failure. */
export function runPython<T = unknown>(script: string, args: string[] = []): T {
  const result = spawnSync(PYTHON, ['-', ...args], { input: script, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`python failed (${result.status ?? result.signal}):\n${result.stderr}`);
  const lines = result.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]) as T;
}
