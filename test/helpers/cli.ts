// Runs the real `rvc-index` command (the bundled CLI) in a child process.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../main/paths';

export interface CliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

// rvc-index opens no connection; Node would parse this bundle of certificates at every start
const { NODE_EXTRA_CA_CERTS: _unused, ...baseEnv } = process.env;

export function runCli(args: string[], env: Record<string, string> = {}, timeoutMs?: number): CliRun {
  const child = spawnSync(process.execPath, [path.join(projectRoot(), 'bin', 'rvc-index.cjs'), ...args], {
    encoding: 'utf8',
    env: { ...baseEnv, ...env },
    maxBuffer: 1 << 28,
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
  return { status: child.status, signal: child.signal, stdout: child.stdout, stderr: child.stderr };
}

/** Runs with --json and parses stdout, which must hold exactly one JSON object. */
export function runCliJson<T = Record<string, unknown>>(args: string[]): T {
  const run = runCli([...args, '--json']);
  if (run.status !== 0)
    throw new Error(`rvc-index ${args.join(' ')} exited ${run.status ?? run.signal}: ${run.stderr}`);
  const lines = run.stdout.trim().split('\n');
  if (lines.length !== 1) throw new Error(`--json printed ${lines.length} lines:\n${run.stdout}`);
  return JSON.parse(lines[0]) as T;
}
