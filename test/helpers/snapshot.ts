import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Every file under `dir` with its content hash, size and mtime, every link and special file as
 * such (never followed), and every folder's mtime unless `folderTimes` is false (a test that
 * expects new files beside the old ones compares the old entries only).
 */
export function snapshot(dir: string, { folderTimes = true } = {}): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    if (folderTimes) out[`${path.relative(dir, folder)}/`] = String(fs.statSync(folder).mtimeMs);
    for (const name of fs.readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      const key = path.relative(dir, full);
      const stat = fs.lstatSync(full);
      if (stat.isDirectory()) walk(full);
      else if (stat.isFile())
        out[key] =
          `${crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex')} ${stat.size} ${stat.mtimeMs}`;
      else out[key] = stat.isSymbolicLink() ? `link ${fs.readlinkSync(full)}` : 'special';
    }
  };
  walk(dir);
  return out;
}
