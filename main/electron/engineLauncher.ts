// The desktop app's engine process: an Electron utility process (a Node environment of its own
// that Electron supervises), running the same engine bundle the CLI forks with Node. A crash in
// it ends with a non-zero exit code; the EngineClient reports it and starts a new one.
import { utilityProcess } from 'electron';
import { engineEnvironment, type EngineChannel } from '../engine/launch';
import type { EngineMessage } from '../engine/protocol';
import { engineProcessScriptPath } from '../paths';

export function utilityEngine(script = engineProcessScriptPath()): EngineChannel {
  const child = utilityProcess.fork(script, [], {
    env: engineEnvironment(),
    serviceName: 'RVC Index Studio engine',
    stdio: 'inherit',
  });
  return {
    get pid() {
      return child.pid;
    },
    send: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', (message) => listener(message as EngineMessage)),
    onExit: (listener) => child.once('exit', (code) => listener(`exit code ${code}`)),
    kill: () => void child.kill(),
    // the app's lifetime does not depend on it
    hold: () => undefined,
  };
}
