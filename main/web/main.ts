// `npm run web -- [--port N] [--host H] [--no-open]`: prints the URL (with its token) as the
// first line of stdout, then serves until interrupted.
import { exitCodeFor, toErrorInfo } from '../../app/errors';
import { parseArgs } from '../cli/args';
import { openInBrowser } from './openBrowser';
import { startWebServer } from './server';

async function main(): Promise<void> {
  const { options } = parseArgs(
    process.argv.slice(2),
    {
      port: { kind: 'string', help: 'port (0 = any free port; default 5178)' },
      host: { kind: 'string', help: 'address to bind (default 127.0.0.1)' },
      'no-open': { kind: 'flag', help: 'do not open a browser' },
    },
    'web',
  );
  const port = options.port === undefined ? 5178 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0-65535 (got ${String(options.port)})`);
  const server = await startWebServer({ port, host: options.host as string | undefined });
  process.stdout.write(`${server.url}\n`);
  if (options.host !== undefined && options.host !== '127.0.0.1' && options.host !== 'localhost') {
    process.stderr.write(
      `warning: listening on ${String(options.host)}: anyone who can reach it and has the URL's token can use this machine's files\n`,
    );
  }
  if (!options['no-open']) openInBrowser(server.url);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  const info = toErrorInfo(error);
  process.stderr.write(`error: ${info.message}\n`);
  process.exit(exitCodeFor(info.code));
});
