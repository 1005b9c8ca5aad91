// Formats (--write) or checks (--check) the addon's C++ with clang-format (.clang-format).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const mode = process.argv[2];
if (mode !== '--check' && mode !== '--write') {
  console.error('usage: node scripts/clang-format.mjs --check|--write');
  process.exit(2);
}
const files = ['main/native/src', 'main/native/probe'].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => /\.(cc|h)$/.test(name))
    .map((name) => path.join(dir, name)),
);
const args = mode === '--check' ? ['--dry-run', '-Werror', ...files] : ['-i', ...files];
const run = spawnSync(process.env.CLANG_FORMAT ?? 'clang-format', args, { stdio: 'inherit' });
if (run.error) {
  console.error(
    `clang-format is needed to ${mode === '--check' ? 'check' : 'format'} the C++ sources (${run.error.message}): install it (Debian/Ubuntu: apt install clang-format; macOS: brew install clang-format) or set CLANG_FORMAT`,
  );
  process.exit(1);
}
if (run.status !== 0) {
  if (mode === '--check') console.error('C++ formatting differs from .clang-format: run npm run format');
  process.exit(run.status ?? 1);
}
