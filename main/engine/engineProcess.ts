// The engine process (docs/ARCHITECTURE.md, "Engine"): a child of the app's main process, the web
// server or the CLI, holding the EngineHost and its worker threads. faiss runs only here, so a
// native crash ends this process and never its parent, which reports it and starts a new one.
// The parent talks to it over Node's IPC channel (child_process.fork) or, in the desktop app,
// Electron's utilityProcess port.
import { toErrorInfo } from '../../app/errors';
import { EngineHost } from './host';
import type { EngineMessage, ParentMessage } from './protocol';

interface ParentPort {
  send(message: EngineMessage): void;
  onMessage(listener: (message: ParentMessage) => void): void;
  /** the parent is gone: nothing left to work for */
  onGone(listener: () => void): void;
}

/** What Electron's utility process adds to `process` (structurally: main/engine never imports electron). */
interface UtilityParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

function parentPort(): ParentPort {
  // Electron's utility process: process.parentPort delivers MessageEvents
  const electronPort = (process as { parentPort?: UtilityParentPort }).parentPort;
  if (electronPort) {
    return {
      send: (message) => electronPort.postMessage(message),
      onMessage: (listener) => electronPort.on('message', (event) => listener(event.data as ParentMessage)),
      onGone: () => undefined,
    };
  }
  if (!process.send) throw new Error('the engine process must be started by its parent (fork)');
  return {
    send: (message) => process.send?.(message),
    onMessage: (listener) => process.on('message', (message) => listener(message as ParentMessage)),
    onGone: (listener) => process.on('disconnect', listener),
  };
}

const port = parentPort();
const host = new EngineHost();

// A terminal's Ctrl-C reaches the whole process group: the parent decides what a signal means
// (cancel, then exit), so this process must not die of it first.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => undefined);
port.onGone(() => process.exit(0));

host.onCrash((crash) => port.send({ type: 'worker-lost', crash }));
host.onProgress((event) => port.send({ type: 'progress', event }));
host.onPoints((event) => port.send({ type: 'points', event }));
host.onTempFile((temp) => port.send({ type: 'temp', temp }));
host.engineInfo().then(
  (info) => port.send({ type: 'ready', info }),
  (error: unknown) => port.send({ type: 'failed', error: toErrorInfo(error) }),
);

port.onMessage((message) => {
  if (message.type === 'cancel') {
    host.cancel(message.id);
  } else if (message.type === 'shutdown') {
    void host.shutdown().finally(() => process.exit(0));
  } else {
    host.run(message.kind, message.params as never, { jobId: message.id, indexId: message.indexId }).then(
      (value) => port.send({ type: 'result', id: message.id, value }),
      (error: unknown) => port.send({ type: 'error', id: message.id, error: toErrorInfo(error) }),
    );
  }
});
