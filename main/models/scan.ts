// Opening a model library: a folder (RVC's assets/weights + logs/<name>, Applio's logs/<name>, a
// downloads folder) or one .zip, with zips inside the folder and folders inside zips. Every .pth
// is read for its metadata (torchFile.ts), every .index inspected by the pure-TypeScript faiss
// reader; nothing is written anywhere.
//
// Folders: symbolic links are followed only to places inside the chosen folder (by real path),
// each real folder and file is visited once (no loops, no duplicates), at most SCAN_LIMITS.depth
// folders deep and SCAN_LIMITS.entries names in all. Only regular files are read; a FIFO, device
// or socket named like a model file is refused by name. Training checkpoints (G_*.pth, D_*.pth)
// are skipped, as Applio's model list skips them.
// Zips: a zip inside the folder is opened as a folder of its entries; a zip inside that zip is
// opened too (one level: model sites sometimes wrap a model's zip in another), a zip three levels
// deep is skipped. Zip entries are read into memory within the per-kind limits below and a byte
// budget for the whole scan. A hostile zip is refused whole (zipArchive.ts) and the scan goes on
// with the other files; when the chosen path itself is a refused zip, opening the library fails.
import fs from 'node:fs';
import path from 'node:path';
import { inspectFaissBytes } from '../../app/faissFile';
import type { IndexRecord, ModelRecord } from '../../app/models/doctor';
import { indexFacts } from '../../app/models/indexFacts';
import type { LibraryScan, SkippedItem } from '../../app/models/library';
import { AppError, cancelledError, Refusal, refuse } from '../../app/errors';
import { message } from '../../app/messages';
import { nonRegularKind, openRegularFile, readRegularFile } from '../fsx/regularFile';
import { readPthBuffer, readPthFile } from './torchFile';
import { ByteBudget, openZipBuffer, openZipFd, readZipEntry, type ZipArchive } from './zipArchive';

const GIB = 1024 ** 3;

export const SCAN_LIMITS = {
  depth: 32,
  entries: 200_000,
  /** zips inside zips: the outer one is level 1 */
  zipLevels: 2,
  /** bytes read into memory per file (an RVC model is about 55 MB, big indexes ~600 MB) */
  pthBytes: 1 * GIB,
  indexBytes: 2 * GIB,
  zipBytes: 2 * GIB,
  /** bytes inflated out of zips in one scan */
  budgetBytes: 16 * GIB,
};

export interface ScanOptions {
  /** overrides SCAN_LIMITS.budgetBytes */
  budgetBytes?: number;
  signal?: AbortSignal;
  /** throws to stop the scan (an engine job's cancel) */
  checkCancel?: () => void;
  /** hears each index the scan read, with its bytes (only while the call lasts) */
  onIndex?: (record: IndexRecord, bytes: Uint8Array) => void;
}

type Kind = 'pth' | 'index' | 'zip';

function kindOfName(name: string): Kind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.pth')) return 'pth';
  if (lower.endsWith('.index')) return 'index';
  return lower.endsWith('.zip') ? 'zip' : null;
}

const isTrainingCheckpoint = (name: string) => /^[GD]_/.test(name);
const baseName = (name: string) => name.slice(name.lastIndexOf('/') + 1);

class Scan {
  readonly models: ModelRecord[] = [];
  readonly indexes: IndexRecord[] = [];
  readonly refused: SkippedItem[] = [];
  readonly skipped: SkippedItem[] = [];
  readonly budget: ByteBudget;
  /** the zip file on disk being read (the outermost), while one is */
  private container: string | null = null;

  constructor(private readonly options: ScanOptions) {
    this.budget = new ByteBudget(options.budgetBytes ?? SCAN_LIMITS.budgetBytes);
  }

  checkCancelled(): void {
    if (this.options.signal?.aborted) throw cancelledError('library_scan_cancelled');
    this.options.checkCancel?.();
  }

  skip(where: string, code: Parameters<typeof message>[0], params = {}): void {
    this.skipped.push({ path: where, reason: message(code, params) });
  }

  /** Runs one file's reading; a refusal is recorded and the scan goes on. */
  async attempt(where: string, read: () => Promise<void> | void): Promise<void> {
    this.checkCancelled();
    try {
      await read();
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      this.refused.push({ path: error.file ?? where, reason: error.reason });
    }
  }

  addIndex(bytes: Uint8Array, where: string, rel: string): void {
    let facts: IndexRecord['facts'] = null;
    let refusal: IndexRecord['refusal'] = null;
    try {
      const inspected = inspectFaissBytes(bytes, where);
      // an unsupported part still leaves facts worth telling; a corrupt file leaves none
      if (inspected.error && inspected.error.code !== 'faiss_unsupported')
        refusal = message('index_not_faiss', { reason: inspected.error.text });
      else facts = indexFacts(inspected);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'INVALID_INPUT') throw error;
      refusal = message('index_not_faiss', { reason: error.reason?.text ?? error.message });
    }
    const record = { path: where, rel, zip: this.container, bytes: bytes.length, facts, refusal };
    this.indexes.push(record);
    this.options.onIndex?.(record, bytes);
  }

  /** A zip's entries, as a folder at `rel`; `level` counts the zips around them. */
  async zip(archive: ZipArchive, rel: string, level: number): Promise<void> {
    const entries = archive.entries.filter((entry) => !entry.isDirectory).sort((a, b) => compare(a.name, b.name));
    for (const entry of entries) {
      const kind = kindOfName(entry.name);
      if (!kind) continue;
      const where = `${archive.display}!/${entry.name}`;
      const entryRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (kind === 'pth' && isTrainingCheckpoint(baseName(entry.name))) {
        this.skip(where, 'training_checkpoint_skipped');
        continue;
      }
      if (kind === 'zip' && level >= SCAN_LIMITS.zipLevels) {
        this.skip(where, 'zip_too_deep');
        continue;
      }
      await this.attempt(where, async () => {
        const limit =
          kind === 'pth' ? SCAN_LIMITS.pthBytes : kind === 'index' ? SCAN_LIMITS.indexBytes : SCAN_LIMITS.zipBytes;
        const bytes = await readZipEntry(archive, entry, limit, this.budget);
        if (kind === 'pth') {
          const { metadata } = await readPthBuffer(bytes, where, this.budget);
          this.models.push({ path: where, rel: entryRel, zip: this.container, bytes: entry.size, metadata });
        } else if (kind === 'index') this.addIndex(bytes, where, entryRel);
        else {
          const inner = await openZipBuffer(bytes, where);
          try {
            await this.zip(inner, entryRel, level + 1);
          } finally {
            inner.zip.close();
          }
        }
      });
    }
  }

  /** A file found in a folder walk, by its real path. */
  async file(real: string, where: string, rel: string, size: number): Promise<void> {
    const name = path.basename(where);
    const kind = kindOfName(name);
    if (!kind) return;
    if (kind === 'pth' && isTrainingCheckpoint(name)) return this.skip(where, 'training_checkpoint_skipped');
    await this.attempt(where, async () => {
      if (kind === 'pth') {
        const { metadata } = await readPthFile(real, where, this.budget);
        this.models.push({ path: where, rel, zip: null, bytes: size, metadata });
      } else if (kind === 'index')
        this.addIndex(
          readRegularFile(real, { display: where, role: 'index', noFollow: true, maxBytes: SCAN_LIMITS.indexBytes }),
          where,
          rel,
        );
      else await this.zipFile(real, where, rel);
    });
  }

  async zipFile(real: string, where: string, rel: string): Promise<void> {
    const { fd, size } = openRegularFile(real, { display: where, role: 'zip', noFollow: true });
    this.container = where;
    try {
      const archive = await openZipFd(fd, size, where);
      try {
        await this.zip(archive, rel, 1);
      } finally {
        archive.zip.close();
      }
    } finally {
      this.container = null;
      fs.closeSync(fd);
    }
  }

  async folder(root: string): Promise<void> {
    const rootReal = fs.realpathSync(root);
    const inside = (real: string) => real === rootReal || real.startsWith(rootReal + path.sep);
    const rootStat = fs.statSync(rootReal);
    const seen = new Set([`${rootStat.dev}:${rootStat.ino}`]);
    const pending = [{ real: rootReal, where: root, rel: '', depth: 0 }];
    let names = 0;
    while (pending.length) {
      const folder = pending.pop()!;
      let children: string[];
      try {
        children = fs.readdirSync(folder.real).sort(compare);
      } catch (error) {
        this.refused.push({
          path: folder.where,
          reason: message('file_unreadable', { reason: (error as Error).message }),
        });
        continue;
      }
      const subfolders: typeof pending = [];
      for (const name of children) {
        if (++names > SCAN_LIMITS.entries) {
          this.skip(root, 'scan_limit', { limit: SCAN_LIMITS.entries });
          return;
        }
        const where = path.join(folder.where, name);
        const rel = folder.rel ? `${folder.rel}/${name}` : name;
        const found = this.resolve(path.join(folder.real, name), where, inside);
        if (!found) continue;
        const { real, stat } = found;
        const key = `${stat.dev}:${stat.ino}`;
        if (stat.isDirectory()) {
          if (seen.has(key)) this.skip(where, 'folder_loop');
          else if (folder.depth + 1 > SCAN_LIMITS.depth)
            this.skip(where, 'folder_too_deep', { limit: SCAN_LIMITS.depth });
          else {
            seen.add(key);
            subfolders.push({ real, where, rel, depth: folder.depth + 1 });
          }
        } else if (!kindOfName(name) || seen.has(key)) continue;
        else if (!stat.isFile()) {
          this.refused.push({
            path: where,
            reason: message('file_not_regular', { kind: nonRegularKind(stat) ?? 'special', what: 'file' }),
          });
        } else {
          seen.add(key);
          await this.file(real, where, rel, stat.size);
        }
      }
      pending.push(...subfolders.reverse()); // depth first, in name order
    }
  }

  /** The real path and stat of a folder entry; links are followed only inside the root. */
  private resolve(full: string, where: string, inside: (real: string) => boolean) {
    try {
      const stat = fs.lstatSync(full);
      if (!stat.isSymbolicLink()) return { real: full, stat };
      let real: string;
      try {
        real = fs.realpathSync(full);
      } catch {
        this.skip(where, 'link_broken');
        return null;
      }
      if (!inside(real)) {
        this.skip(where, 'link_outside_root');
        return null;
      }
      return { real, stat: fs.statSync(real) };
    } catch (error) {
      this.refused.push({ path: where, reason: message('file_unreadable', { reason: (error as Error).message }) });
      return null;
    }
  }
}

/** Python's sorted() order (code points), as RVC and Applio list files. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Scans a folder or one .zip for models and indexes. */
export async function scanLibrary(root: string, options: ScanOptions = {}): Promise<LibraryScan> {
  const chosen = path.resolve(root);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(chosen);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw refuse(chosen, 'file_missing', {}, 'NOT_FOUND');
    throw refuse(chosen, 'file_unreadable', { reason: (error as Error).message });
  }
  const scan = new Scan(options);
  if (stat.isDirectory()) await scan.folder(chosen);
  else if (stat.isFile() && kindOfName(chosen) === 'zip') await scan.zipFile(chosen, chosen, '');
  else throw refuse(chosen, 'library_not_folder_or_zip');
  return { root: chosen, models: scan.models, indexes: scan.indexes, refused: scan.refused, skipped: scan.skipped };
}
