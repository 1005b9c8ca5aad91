// `rvc-index`: the CLI over the same Backend the app uses. --json prints one JSON object on
// stdout and nothing else; exit 0 on success, 1 for user errors (message on stderr names the
// file/field), 2 for internal errors. Signals cancel the running job; the process always exits
// with a status of its own.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ProgressEvent } from '../../app/contract';
import { argumentError, exitCodeFor, toErrorInfo } from '../../app/errors';
import { formatDuration, formatEngine, printable } from '../../app/format';
import { Backend, validatedApi } from '../backend';
import { projectRoot } from '../paths';
import { parseArgs } from './args';
import { commands } from './commands';

/** After Ctrl-C / SIGTERM, how long a job may take to stop by itself before its engine is killed
 *  (a native write polls no cancel flag); the CLI exits 1 within a second either way. */
const SIGNAL_GRACE_MS = 600;

function usage(): string {
  return [
    'usage: rvc-index <command> [options]',
    '',
    ...commands.map((c) => `  ${c.usage}\n      ${c.summary}`),
    '',
    "Run 'rvc-index <command> --help' for a command's options, 'rvc-index --version [--json]' for the",
    'version and the faiss build the engine runs.',
  ].join('\n');
}

function commandHelp(name: string): string {
  const command = commands.find((c) => c.name === name)!;
  const options = Object.entries(command.options).map(
    ([option, spec]) => `  --${option}${spec.kind === 'flag' ? '' : ' <value>'}\n      ${spec.help}`,
  );
  return [`usage: rvc-index ${command.usage}`, '', command.summary, '', ...options].join('\n');
}

function progressPrinter(): (event: ProgressEvent) => void {
  let lastPhase = '';
  let lastLine = 0;
  const tty = process.stderr.isTTY;
  return (event) => {
    const now = Date.now();
    const percent = event.total > 0 ? ` ${Math.floor((100 * event.done) / event.total)}%` : '';
    const eta = event.eta_ms !== null && event.done < event.total ? `, ETA ${formatDuration(event.eta_ms)}` : '';
    const line = `[${event.phase}]${percent} ${printable(event.message)}${eta}`;
    if (tty) {
      process.stderr.write(`\r\x1b[K${line}`);
      if (event.done >= event.total) process.stderr.write('\n');
    } else if (event.phase !== lastPhase || now - lastLine > 2000 || event.done >= event.total) {
      process.stderr.write(`${line}\n`);
      lastLine = now;
    }
    lastPhase = event.phase;
  };
}

const dataDir = () => path.join(os.homedir(), '.rvc-index-studio');

/** The app's version and the engine that runs: a worker is started, so this is what jobs use. */
async function printVersion(asJson: boolean): Promise<number> {
  const manifest = JSON.parse(fs.readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { version: string };
  const backend = new Backend({ dataDir: dataDir() });
  try {
    const { faiss_version, faiss_variant, threads } = await backend.engineStatus();
    const version = { version: manifest.version, faiss_version, faiss_variant, threads };
    process.stdout.write(
      asJson ? JSON.stringify(version) + '\n' : `rvc-index ${version.version} · ${formatEngine(version)}\n`,
    );
    return 0;
  } catch (error) {
    const info = toErrorInfo(error);
    process.stderr.write(`error: ${info.message}\n`);
    return exitCodeFor(info.code);
  } finally {
    await backend.shutdown();
  }
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') return printVersion(rest.includes('--json'));
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name === undefined ? 1 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`error: unknown command '${printable(name)}'\n\n${usage()}\n`);
    return 1;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(commandHelp(name) + '\n');
    return 0;
  }
  const asJson = rest.includes('--json');
  const backend = new Backend({ dataDir: dataDir() });
  const jobId = `cli-${process.pid}`;
  let interrupted = false;
  const onSignal = (signal: string) => {
    // a second signal: stop now (the engine is killed and its temp files removed)
    if (interrupted) void backend.interrupt(0).finally(() => process.exit(1));
    interrupted = true;
    process.stderr.write(`\n${signal}: cancelling…\n`);
    void backend.interrupt(SIGNAL_GRACE_MS);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => onSignal(signal));
  if (!asJson) backend.onProgress(progressPrinter());
  try {
    const args = parseArgs(rest, command.options, name);
    if (args.positional.length !== command.positional.length) {
      throw argumentError(command.positional[0], 'arg_positional', {
        command: name,
        needs: command.positional.map((p) => `<${p}>`).join(' '),
        count: args.positional.length,
        usage: command.usage,
      });
    }
    const result = await command.run(validatedApi(backend), args, jobId);
    if (interrupted) {
      process.stderr.write('interrupted: the command had already finished; its output is complete\n');
      return 1;
    }
    // human lines are escaped one by one: a name cannot end its line and forge the next
    const lines = asJson
      ? [JSON.stringify(command.json ? command.json(result as never) : result)]
      : command.human(result as never).map(printable);
    process.stdout.write(lines.join('\n') + '\n');
    const failure = command.failure?.(result as never);
    if (failure) {
      process.stderr.write(`error: ${printable(failure)}\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    const info = toErrorInfo(error);
    process.stderr.write(`error: ${printable(info.message)}\n`);
    return exitCodeFor(info.code);
  } finally {
    await backend.shutdown();
  }
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // the message escaped (it may hold a file name); the stack frames are our own code
    const frames = error instanceof Error ? (error.stack ?? '').split('\n').slice(1) : [];
    process.stderr.write(
      `internal error: ${printable(error instanceof Error ? error.message : String(error))}\n${frames.map((f) => `${f}\n`).join('')}`,
    );
    process.exitCode = 2;
  },
);
