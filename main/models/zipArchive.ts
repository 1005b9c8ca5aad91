// Zip files from strangers, read with yauzl (random access: only the central directory and the
// entries asked for are read). A zip is refused whole, naming the entry, when any entry is
// hostile: a name that climbs out of the folder (`..`), is absolute or has a drive letter, holds
// a backslash or control characters; a symbolic link or other special file; an encrypted entry;
// two entries with one name; entries whose data overlap (the overlapping-file bomb); more entries
// than ZIP_LIMITS.entries. Entries that are read must also declare a size within the limit, a
// compression ratio within ZIP_LIMITS.ratio, stored or deflated data, and then inflate to exactly
// the declared size, all counted against the scan's byte budget. Nothing is ever written.
import fs from 'node:fs';
import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { AppError } from '../../app/errors';
import { Refusal, refuse } from '../../app/errors';

export const ZIP_LIMITS = {
  /** entries in one zip (an RVC model's own torch zip has about 500) */
  entries: 5000,
  /** largest declared compression ratio of an entry that is read, above 1 MiB (real model and
   *  index data compress less than 2:1; deflate's own maximum is about 1032:1) */
  ratio: 100,
  ratioFloorBytes: 1 << 20,
};

/** Bytes inflated from zip entries, shared by a whole scan. */
export class ByteBudget {
  left: number;

  constructor(readonly total: number) {
    this.left = total;
  }
}

export interface ZipEntry {
  name: string;
  size: number;
  compressedSize: number;
  isDirectory: boolean;
  raw: yauzl.Entry;
}

export interface ZipArchive {
  /** how refusals name the zip */
  display: string;
  /** size of the zip itself */
  bytes: number;
  entries: ZipEntry[];
  zip: yauzl.ZipFile;
}

const OPTIONS: yauzl.Options = {
  lazyEntries: true,
  autoClose: false,
  decodeStrings: false,
  // readZipEntry checks every entry's bytes against its declared size itself (one refusal code)
  validateEntrySizes: false,
  strictFileNames: true,
};

const S_IFMT = 0o170000;
const UNIX_KINDS: Record<number, string> = {
  0o120000: 'symbolic link',
  0o010000: 'FIFO (named pipe)',
  0o020000: 'device',
  0o060000: 'device',
  0o140000: 'socket',
};

/** Reads ranges of a file we opened, with fs.read: the fd stays ours (destroying an fs stream, as
 *  yauzl does with the streams it is done with, would close it). */
class FdReader extends yauzl.RandomAccessReader {
  constructor(private readonly fd: number) {
    super();
  }

  /** headers: one fs.read each (the default makes a stream per header, slow for 500 entries) */
  override read(buffer: Buffer, offset: number, length: number, position: number, done: (error: Error | null) => void) {
    fs.read(this.fd, buffer, offset, length, position, (error, count) => {
      if (error) return done(error);
      if (count === length) return done(null);
      if (count === 0) return done(new Error('the file ends before the zip does'));
      this.read(buffer, offset + count, length - count, position + count, done);
    });
  }

  override _readStreamForRange(start: number, end: number): Readable {
    const fd = this.fd;
    let position = start;
    return new Readable({
      read() {
        const length = Math.min(1 << 20, end - position);
        if (length <= 0) return void this.push(null);
        const buffer = Buffer.allocUnsafe(length);
        fs.read(fd, buffer, 0, length, position, (error, count) => {
          if (error) return this.destroy(error);
          if (count === 0) return this.destroy(new Error('the file ends before the zip does'));
          position += count;
          this.push(buffer.subarray(0, count));
        });
      },
    });
  }
}

/** Opens a zip held in a file descriptor the caller opened, and closes after the archive. */
export async function openZipFd(fd: number, bytes: number, display: string): Promise<ZipArchive> {
  return openWith(() => yauzl.fromRandomAccessReaderPromise(new FdReader(fd), bytes, OPTIONS), bytes, display);
}

/** Opens a zip held in memory (a zip inside a zip, or a .pth read from one). */
export async function openZipBuffer(buffer: Buffer, display: string): Promise<ZipArchive> {
  return openWith(() => yauzl.fromBufferPromise(buffer, OPTIONS), buffer.length, display);
}

async function openWith(open: () => Promise<yauzl.ZipFile>, bytes: number, display: string): Promise<ZipArchive> {
  let zip: yauzl.ZipFile;
  try {
    zip = await open();
  } catch (error) {
    throw refuse(display, 'zip_unreadable', { reason: (error as Error).message });
  }
  try {
    if (zip.entryCount > ZIP_LIMITS.entries) {
      throw refuse(display, 'zip_too_many_entries', { count: zip.entryCount, limit: ZIP_LIMITS.entries });
    }
    const entries: ZipEntry[] = [];
    const names = new Set<string>();
    for await (const raw of zip.eachEntry()) {
      const name = yauzl.getFileNameLowLevel(raw.generalPurposeBitFlag, raw.fileNameRaw, raw.extraFields, true);
      checkName(name, display);
      const where = `${display}!/${name}`;
      if (names.has(name)) throw refuse(where, 'zip_entry_duplicate');
      names.add(name);
      const madeOnUnix = raw.versionMadeBy >> 8 === 3;
      const kind = madeOnUnix ? UNIX_KINDS[(raw.externalFileAttributes >>> 16) & S_IFMT] : undefined;
      if (kind) throw refuse(where, 'zip_entry_not_regular', { kind });
      if (raw.isEncrypted()) throw refuse(where, 'zip_entry_encrypted');
      if (raw.compressedSize > bytes) throw refuse(where, 'zip_entry_corrupt', { reason: 'it is larger than the zip' });
      const isDirectory = name.endsWith('/');
      entries.push({ name, size: raw.uncompressedSize, compressedSize: raw.compressedSize, isDirectory, raw });
    }
    checkNoOverlap(entries, display);
    return { display, bytes, entries, zip };
  } catch (error) {
    zip.close();
    if (error instanceof AppError) throw error;
    throw refuse(display, 'zip_unreadable', { reason: (error as Error).message });
  }
}

function checkName(name: string, display: string): void {
  const where = `${display}!/${name}`;
  // eslint-disable-next-line no-control-regex
  if (name === '' || /[\u0000-\u001f\u007f]/.test(name)) throw refuse(where, 'zip_entry_bad_name');
  if (name.includes('\\')) throw refuse(where, 'zip_entry_backslash');
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) throw refuse(where, 'zip_entry_absolute');
  if (name.split('/').includes('..')) throw refuse(where, 'zip_entry_traversal');
}

/** Every entry's data must start after the previous entry's header and data end. */
function checkNoOverlap(entries: ZipEntry[], display: string): void {
  const LOCAL_HEADER = 30;
  const sorted = [...entries].sort((a, b) => a.raw.relativeOffsetOfLocalHeader - b.raw.relativeOffsetOfLocalHeader);
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1];
    const end =
      before.raw.relativeOffsetOfLocalHeader + LOCAL_HEADER + before.raw.fileNameLength + before.compressedSize;
    if (end > sorted[i].raw.relativeOffsetOfLocalHeader) {
      throw refuse(`${display}!/${sorted[i].name}`, 'zip_entries_overlap', { other: before.name });
    }
  }
}

/** Inflates one entry into memory, within `limit` declared bytes and the scan's budget. */
export async function readZipEntry(
  archive: ZipArchive,
  entry: ZipEntry,
  limit: number,
  budget: ByteBudget,
): Promise<Buffer> {
  const zip = entry.raw;
  const where = `${archive.display}!/${entry.name}`;
  if (entry.size > limit) throw refuse(where, 'file_too_large', { size: entry.size, limit });
  const ratio = entry.size / Math.max(1, entry.compressedSize);
  if (entry.size > ZIP_LIMITS.ratioFloorBytes && ratio > ZIP_LIMITS.ratio) {
    throw refuse(where, 'zip_entry_ratio', { ratio: Math.round(ratio), limit: ZIP_LIMITS.ratio });
  }
  if (zip.compressionMethod !== 0 && zip.compressionMethod !== 8) {
    throw refuse(where, 'zip_entry_method', { method: zip.compressionMethod });
  }
  if (entry.size > budget.left) throw refuse(where, 'zip_budget', { limit: budget.total });
  budget.left -= entry.size;
  const out = Buffer.allocUnsafe(entry.size);
  let filled = 0;
  try {
    const stream = await archive.zip.openReadStreamPromise(zip);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (filled + chunk.length > entry.size) throw refuse(where, 'zip_entry_size_mismatch', { size: entry.size });
      chunk.copy(out, filled);
      filled += chunk.length;
    }
  } catch (error) {
    if (error instanceof Refusal) throw error;
    throw refuse(where, 'zip_entry_corrupt', { reason: (error as Error).message });
  }
  if (filled !== entry.size) throw refuse(where, 'zip_entry_size_mismatch', { size: entry.size });
  return out;
}
