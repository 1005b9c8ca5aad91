// A .pth file's metadata, read without running it. torch.save (torch ≥ 1.6, every RVC and Applio
// model) writes a zip of stored records: <name>/data.pkl (the pickle), <name>/data/<key> (one per
// storage), <name>/version. Only data.pkl is read; each storage the pickle names must have its
// record, at least as large as the storage, or torch.load would fail. Files from torch < 1.6 (the
// "legacy" format: pickles of a magic number, the protocol version 1001 and sys_info, then the
// object, then raw storages) are read too; anything else (torch's tar format, other pickles) is
// refused.
import fs from 'node:fs';
import { modelMetadata, type ModelMetadata } from '../../app/models/checkpoint';
import { refuse } from '../../app/errors';
import { readPickle } from '../../app/pickle';
import { openRegularFile, readBytes } from '../fsx/regularFile';
import { openZipBuffer, openZipFd, readZipEntry, type ByteBudget, type ZipArchive } from './zipArchive';

export const PTH_LIMITS = {
  /** data.pkl of an RVC model is about 50 KB */
  pickleBytes: 64 << 20,
};

export type PthFormat = 'zip' | 'legacy';

export interface PthRead {
  metadata: ModelMetadata;
  format: PthFormat;
}

const LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn;
const LEGACY_PROTOCOL = 1001;

const isZip = (head: Uint8Array) => head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
const isPickle = (head: Uint8Array) => head[0] === 0x80 && head[1] >= 2 && head[1] <= 5;

/** A .pth file on disk: the zip's data.pkl is read alone (random access), never the tensors. */
export async function readPthFile(file: string, display: string, budget: ByteBudget): Promise<PthRead> {
  const { fd, size } = openRegularFile(file, { display, role: 'pth', noFollow: true });
  try {
    const head = readBytes(fd, 0, Math.min(4, size), display);
    if (isZip(head)) {
      const archive = await openZipFd(fd, size, display);
      try {
        return await fromArchive(archive, budget);
      } finally {
        archive.zip.close();
      }
    }
    if (isPickle(head)) return fromLegacy(readBytes(fd, 0, Math.min(size, PTH_LIMITS.pickleBytes), display), display);
    throw refuse(display, 'pth_unknown_format');
  } finally {
    fs.closeSync(fd);
  }
}

/** A .pth file read into memory (from a zip). */
export async function readPthBuffer(bytes: Buffer, display: string, budget: ByteBudget): Promise<PthRead> {
  if (isZip(bytes)) {
    const archive = await openZipBuffer(bytes, display);
    try {
      return await fromArchive(archive, budget);
    } finally {
      archive.zip.close();
    }
  }
  if (isPickle(bytes)) return fromLegacy(bytes.subarray(0, PTH_LIMITS.pickleBytes), display);
  throw refuse(display, 'pth_unknown_format');
}

async function fromArchive(archive: ZipArchive, budget: ByteBudget): Promise<PthRead> {
  const display = archive.display;
  const pickles = archive.entries.filter((entry) => /^[^/]+\/data\.pkl$/.test(entry.name));
  if (pickles.length !== 1) throw refuse(display, pickles.length ? 'pth_several_pickles' : 'pth_no_pickle');
  const [pickle] = pickles;
  const prefix = pickle.name.slice(0, -'data.pkl'.length);
  const bytes = await readZipEntry(archive, pickle, PTH_LIMITS.pickleBytes, budget);
  const { value, storages } = readPickle(bytes, `${display}!/${pickle.name}`);
  const records = new Map(archive.entries.map((entry) => [entry.name, entry.size]));
  for (const storage of storages.all()) {
    const record = `${prefix}data/${storage.key}`;
    const size = records.get(record);
    const expected = storage.numel * storage.elementBytes;
    if (size === undefined) throw refuse(display, 'pth_storage_missing', { record });
    if (size < expected) throw refuse(display, 'pth_storage_short', { record, expected, actual: size });
  }
  return { metadata: modelMetadata(value, display), format: 'zip' };
}

/** Legacy format: the object is the fourth pickle; the storages after it are not read. */
function fromLegacy(bytes: Uint8Array, display: string): PthRead {
  const magic = readPickle(bytes, display);
  if (magic.value !== LEGACY_MAGIC) throw refuse(display, 'pth_unknown_format');
  const protocol = readPickle(bytes, display, { start: magic.end });
  if (protocol.value !== LEGACY_PROTOCOL) throw refuse(display, 'pth_unknown_format');
  const sysInfo = readPickle(bytes, display, { start: protocol.end });
  const { value } = readPickle(bytes, display, { start: sysInfo.end });
  return { metadata: modelMetadata(value, display), format: 'legacy' };
}
