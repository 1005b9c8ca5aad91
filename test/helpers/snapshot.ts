import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Every file under `dir` with its content hash, size and mtime, plus every folder's mtime. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    out[`${path.relative(dir, folder)}/`] = String(fs.statSync(folder).mtimeMs);
    for (const name of fs.readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      const stat = fs.statSync(full);
      if (stat.isDirectory()) walk(full);
      else
        out[path.relative(dir, full)] =
          `${crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex')} ${stat.size} ${stat.mtimeMs}`;
    }
  };
  walk(dir);
  return out;
}
