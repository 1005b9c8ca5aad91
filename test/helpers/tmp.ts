import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Test files share a worker process (vitest `isolate: false`), so one exit hook removes them all.
const made = new Set<string>();
process.once('exit', () => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed when the process exits. */
export function tempDir(prefix = 'rvc-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.add(dir);
  return dir;
}
