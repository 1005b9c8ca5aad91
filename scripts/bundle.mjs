// Bundles the Node-side entry points into out/ (CommonJS: Electron's sandboxed preload and the
// worker need it). The native addon and electron stay external; the renderer is built by Vite.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron'],
};
const entries = {
  cli: 'main/cli/main.ts',
  'engine-worker': 'main/engine/worker.ts',
  'engine-process': 'main/engine/engineProcess.ts',
  'web-server': 'main/web/main.ts',
  bench: 'test/bench/bench.ts',
  'electron/main': 'main/electron/main.ts',
  'electron/preload': 'main/electron/preload.ts',
};
await Promise.all(
  Object.entries(entries).map(([name, source]) =>
    // the sandboxed preload is evaluated in every window: keep it small
    build({ ...common, entryPoints: [source], outfile: `out/${name}.cjs`, minify: name === 'electron/preload' }),
  ),
);
