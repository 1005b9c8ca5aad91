// Starting the engine process. The Backend gets an EngineLauncher: Node's child_process.fork here
// (CLI, browser mode, tests), Electron's utilityProcess in the desktop app (main/electron).
import { fork } from 'node:child_process';
import { engineProcessScriptPath } from '../paths';
import type { EngineMessage, ParentMessage } from './protocol';

/** One running engine process, as its parent sees it. */
export interface EngineChannel {
  readonly pid: number | undefined;
  send(message: ParentMessage): void;
  onMessage(listener: (message: EngineMessage) => void): void;
  /** called once when the process has ended, with how ("exit code 1", "signal SIGSEGV") */
  onExit(listener: (how: string) => void): void;
  kill(): void;
  /** whether this process keeps its parent alive (it must while jobs run, must not when idle) */
  hold(busy: boolean): void;
}

export type EngineLauncher = () => EngineChannel;

/**
 * The engine process's environment. faiss's OpenMP threads would each get a glibc malloc arena
 * that keeps its freed pages; two arenas keep an export's peak memory near features + index
 * (`npm run bench -- --dataset`). A value the user set wins; other C libraries ignore it.
 * The engine opens no connection, but Node parses NODE_EXTRA_CA_CERTS's certificates at every
 * start (40 ms of CPU for a system bundle), so the engine does not get it.
 */
export const engineEnvironment = (): NodeJS.ProcessEnv => {
  const { NODE_EXTRA_CA_CERTS: _unused, ...env } = process.env;
  return { ...env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' };
};

/** The engine as a Node child process; its stdout goes to our stderr (faiss prints warnings and
 *  the CLI's --json stdout must stay one JSON object). */
export function forkEngine(script = engineProcessScriptPath()): EngineChannel {
  const child = fork(script, [], {
    env: engineEnvironment(),
    serialization: 'advanced',
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  child.stdout?.pipe(process.stderr, { end: false });
  // the parent (a CLI) must be able to exit while the engine idles (see hold)
  child.unref();
  child.channel?.unref();
  let ended = false;
  return {
    pid: child.pid,
    send: (message) => {
      if (!ended && child.connected) child.send(message);
    },
    onMessage: (listener) => child.on('message', (message) => listener(message as EngineMessage)),
    onExit: (listener) =>
      child.once('exit', (code, signal) => {
        ended = true;
        listener(signal ? `signal ${signal}` : `exit code ${code}`);
      }),
    kill: () => child.kill('SIGKILL'),
    hold: (busy) => {
      if (busy) {
        child.ref();
        child.channel?.ref();
      } else {
        child.unref();
        child.channel?.unref();
      }
    },
  };
}
