// `npm run fuzz -- [--cases N] [--seed S] [--first F] [--timeout MS]`: bundles the fuzz driver
// (test/fuzz/main.ts) and runs it. Needs `npm run build` (the native addon) and Python faiss.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const out = 'out/fuzz.cjs';
await build({
  entryPoints: ['test/fuzz/main.ts'],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  external: ['esbuild'],
  // the corpus finds its Python script next to its own source
  define: { 'import.meta.url': JSON.stringify(pathToFileURL('test/faissFile/corpus.ts').href) },
});
const run = spawnSync(process.execPath, [out, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
