import { defineConfig } from 'vitest/config';

// Test tiers (docs/ARCHITECTURE.md, "Tests"), by file name:
//   unit    *.test.ts          pure: no build, no Python — the fast loop
//   native  *.native.test.ts   the built addon and engine bundles (and Python faiss as the oracle)
//           *.oracle.test.ts   Python faiss / NumPy / torch as the oracle, no build
//   cli     test/cli/          the built rvc-index command
//   slow    *.slow.test.ts     long runs kept out of `npm test` (a small-N equivalent stays in)
//   generic the Python-faiss comparisons again on the generic faiss build: where the CPU has AVX2
//           the tiers above run the AVX2 build (test/native/50.variants compares both directly)
const slow = '**/*.slow.test.ts';
const genericAgain = ['test/cli/20.eval-export.test.ts', 'test/engine/20.expand-compress.native.test.ts'];
// Two files at a time: most of a file's time is process start-up and Python, not faiss. faiss's
// threads then share the cores, so they wait passively instead of spinning. Files share their
// worker process (isolate: false), so test modules load once per worker, not once per file.
const threads = { OMP_WAIT_POLICY: process.env.OMP_WAIT_POLICY ?? 'passive' };
const heavy = { testTimeout: 120_000, hookTimeout: 300_000, env: threads, isolate: false };

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          isolate: false,
          include: ['test/**/*.test.ts'],
          exclude: ['test/cli/**', 'test/e2e/**', '**/*.native.test.ts', '**/*.oracle.test.ts', slow],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'native',
          include: ['test/**/*.native.test.ts', 'test/**/*.oracle.test.ts'],
          exclude: ['test/cli/**', slow],
          ...heavy,
        },
      },
      { test: { name: 'cli', include: ['test/cli/**/*.test.ts'], exclude: [slow], ...heavy } },
      {
        test: {
          name: 'generic',
          include: genericAgain,
          // a representative comparison each: offline eval numbers, k-means centroids (vitest 4 applies
          // a project's testNamePattern; its ProjectConfig type does not declare it)
          ...({ testNamePattern: /offline: matches Python faiss|identical to Python faiss/ } as object),
          ...heavy,
          env: { ...threads, RVC_FAISS_VARIANT: 'generic' },
        },
      },
      { test: { name: 'slow', include: [slow], ...heavy, testTimeout: 1_200_000 } },
    ],
  },
});
