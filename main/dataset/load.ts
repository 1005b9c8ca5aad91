// Loading an experiment's features into ONE Float32Array, without a second full copy: a header
// pass sizes everything (and validates shapes, dtypes and widths, so bad input fails before any
// big allocation) — that pass alone is an experiment's summary — then each file's data is read
// straight into its place.
// Little-endian float32 C-order data (what RVC writes) is read by fs.readSync directly into the
// array's memory; other dtypes, byte orders and Fortran order go through a small reusable chunk
// buffer and app/npy.ts's decoder. NaN/Inf rows are dropped as each file lands (compacting in
// place), so rows stay in RVC order: file order, then row order.
import fs from 'node:fs';
import path from 'node:path';
import type { FeatureFileSummary } from '../../app/contract';
import { appError, cancelledError, refuse } from '../../app/errors';
import { decodeNpyFloats, type NpyHeader } from '../../app/npy';
import { message, warningFields, type Message } from '../../app/messages';
import {
  checkFeatureHeader,
  formatShape,
  type FeatureArrayShape,
  type FeatureWarning,
} from '../../app/dataset/featureArray';
import { keepFiniteRows } from '../../app/dataset/finiteRows';
import { groupFeatureWarnings } from '../../app/dataset/warnings';
import { discoverExperiment, type ExperimentLayout } from './discover';
import { featureBytes } from '../../app/memory';
import { checkMemory, type MemoryBudget } from './memory';
import { openRegularFile, readExactly } from '../fsx/regularFile';
import { readNpyFileHeader } from './npyFile';

export interface LoadedFeatureFile extends FeatureFileSummary {
  /** first row of this file in `vectors` */
  start: number;
}

export interface LoadedFeatures {
  layout: ExperimentLayout;
  n: number;
  d: number;
  /** n·d values, rows in RVC order, NaN/Inf rows dropped (a view: its buffer may be a little longer) */
  vectors: Float32Array;
  /** frames = rows kept */
  files: LoadedFeatureFile[];
  droppedRows: number;
  /** every warning names its file (or folder) */
  warnings: Message[];
}

/** What the headers say, before any frame is read: frames per file are rows before NaN/Inf rows
 *  are dropped (only reading the data finds those). */
export interface FeatureSummary {
  layout: ExperimentLayout;
  plan: FeaturePlan;
  n: number;
  d: number;
  files: LoadedFeatureFile[];
  /** the layout's, the width's and each file's header warnings (grouped) */
  warnings: Message[];
  /** RVC / Applio feature folders whose width is not their version's */
  widthWarning: Message | null;
  headerWarnings: FeatureWarning[];
}

export interface LoadOptions {
  onProgress?: (doneBytes: number, totalBytes: number) => void;
  /** polled between files and chunks; true -> AppError CANCELLED */
  shouldCancel?: () => boolean;
  /** memory needed on top of the features for N × d (e.g. the index to build), for the memory check */
  reserveBytes?: (n: number, d: number) => number;
  /** for tests; default: this machine's */
  memory?: MemoryBudget;
  /** allocate the features in a SharedArrayBuffer (worker threads share them without a copy) */
  shared?: boolean;
}

export interface PlannedFile {
  path: string;
  name: string;
  size: number;
  header: NpyHeader;
  shape: FeatureArrayShape;
}

export interface FeaturePlan {
  files: PlannedFile[];
  /** rows before NaN/Inf rows are dropped */
  n: number;
  d: number;
  /** data bytes to read */
  totalBytes: number;
}

/** Bytes per read on the direct path (progress and cancel are checked between reads). */
const DIRECT_READ_BYTES = 64 << 20;
/** Chunk for converted dtypes: 4 MiB, a multiple of every element size. */
const CONVERT_CHUNK_BYTES = 4 << 20;
const EXPECTED_WIDTH = { v1: 256, v2: 768 } as const;

/** Header pass: every file's shape and dtype checked, widths agree, data sizes known. */
export function planFeatureLoad(files: readonly string[]): FeaturePlan {
  const planned: PlannedFile[] = [];
  let n = 0;
  let totalBytes = 0;
  for (const file of files) {
    const name = path.basename(file);
    const { header, size } = readNpyFileHeader(file);
    const shape = checkFeatureHeader(header, file, name);
    const available = size - header.dataOffset;
    if (available < shape.dataBytes) {
      throw refuse(file, 'feature_data_truncated', {
        shape: formatShape(header.shape),
        dtype: header.dtype.descr,
        bytes: shape.dataBytes,
        available,
      });
    }
    if (available > shape.dataBytes) {
      shape.warnings.push({
        kind: 'trailing_bytes',
        file: name,
        message: message('feature_trailing_bytes', { file: name, count: available - shape.dataBytes }),
      });
    }
    const first = planned[0];
    if (first && shape.d !== first.shape.d) {
      throw refuse(file, 'feature_width_differs', { d: shape.d, first: first.path, firstD: first.shape.d });
    }
    planned.push({ path: file, name, size, header, shape });
    n += shape.rows;
    totalBytes += shape.dataBytes;
  }
  return { files: planned, n, d: planned[0]?.shape.d ?? 0, totalBytes };
}

/** Reads one file's data into rows [row, row + rows) of `vectors`. */
function readFileData(
  file: PlannedFile,
  vectors: Float32Array,
  row: number,
  d: number,
  progress: (bytes: number) => void,
  options: LoadOptions,
): void {
  const { fd, size } = openRegularFile(file.path, { role: 'npy' });
  try {
    if (size !== file.size) throw refuse(file.path, 'feature_changed');
    const { header, shape } = file;
    if (shape.raw) {
      const target = new Uint8Array(vectors.buffer, vectors.byteOffset + row * d * 4, shape.dataBytes);
      for (let done = 0; done < target.length; done += DIRECT_READ_BYTES) {
        if (options.shouldCancel?.()) throw cancelledError('features_load_cancelled');
        const part = target.subarray(done, Math.min(target.length, done + DIRECT_READ_BYTES));
        readExactly(fd, part, header.dataOffset + done, file.path);
        progress(part.length);
      }
      return;
    }
    const chunk = new Uint8Array(Math.min(CONVERT_CHUNK_BYTES, shape.dataBytes));
    const layout = { rows: shape.rows, cols: d, fortranOrder: header.fortranOrder };
    for (let done = 0; done < shape.dataBytes; done += chunk.length) {
      if (options.shouldCancel?.()) throw cancelledError('features_load_cancelled');
      const part = chunk.subarray(0, Math.min(chunk.length, shape.dataBytes - done));
      readExactly(fd, part, header.dataOffset + done, file.path);
      decodeNpyFloats(part, header.dtype, done / header.dtype.size, layout, vectors, row * d);
      progress(part.length);
    }
  } finally {
    fs.closeSync(fd);
  }
}

function allocate(values: number, where: string, shared: boolean): Float32Array {
  try {
    return shared ? new Float32Array(new SharedArrayBuffer(values * 4)) : new Float32Array(values);
  } catch {
    throw appError('OUT_OF_MEMORY', 'features_no_memory', { neededSize: values * 4, where }, { file: where });
  }
}

const whereOf = (layout: ExperimentLayout) => (layout.layout === 'total_fea' ? layout.files[0] : layout.featureDir);

/** The header pass over a discovered experiment: N, d, files and their warnings, no frame read. */
export function summarizeFeatures(layout: ExperimentLayout): FeatureSummary {
  const where = whereOf(layout);
  if (layout.files.length === 0) throw refuse(where, 'features_none');
  const plan = planFeatureLoad(layout.files);
  const { d } = plan;
  if (plan.n === 0) throw refuse(where, 'features_all_empty');
  const version = layout.version ?? (d === 768 ? 'v2' : d === 256 ? 'v1' : null);
  const widthWarning =
    layout.version && (layout.layout === 'rvc' || layout.layout === 'applio') && d !== EXPECTED_WIDTH[layout.version]
      ? message('features_width_mismatch', {
          folder: layout.featureDir,
          d,
          version: layout.version,
          expected: EXPECTED_WIDTH[layout.version],
        })
      : null;
  const headerWarnings = plan.files.flatMap((file) => file.shape.warnings);
  let start = 0;
  const files = plan.files.map((file) => {
    const summary = fileSummary(file, file.shape.rows, file.shape.warnings, start);
    start += file.shape.rows;
    return summary;
  });
  return {
    layout: { ...layout, version },
    plan,
    n: plan.n,
    d,
    files,
    warnings: [...layout.warnings, ...(widthWarning ? [widthWarning] : []), ...groupFeatureWarnings(headerWarnings)],
    widthWarning,
    headerWarnings,
  };
}

const fileSummary = (
  file: PlannedFile,
  frames: number,
  warnings: readonly FeatureWarning[],
  start: number,
): LoadedFeatureFile => ({
  name: file.name,
  frames,
  dtype: file.header.dtype.descr,
  shape: file.header.shape,
  ...warningFields(warnings.map((warning) => warning.message)),
  start,
});

/** Loads every feature file of a discovered experiment (see the file comment). */
export function loadFeatures(layout: ExperimentLayout, options: LoadOptions = {}): LoadedFeatures {
  const summary = summarizeFeatures(layout);
  const { plan, d } = summary;
  const where = whereOf(layout);
  const warnings = [...layout.warnings];
  const reserve = options.reserveBytes?.(plan.n, d) ?? 0;
  const memoryWarning = checkMemory(
    featureBytes(plan.n, d) + reserve,
    { where, n: plan.n, d, withIndex: reserve > 0 },
    where,
    options.memory,
  );
  if (memoryWarning) warnings.push(memoryWarning);

  const all = allocate(plan.n * d, where, options.shared ?? false);
  const fileWarnings: FeatureWarning[] = [];
  const files: LoadedFeatureFile[] = [];
  let row = 0;
  let doneBytes = 0;
  const progress = (bytes: number) => {
    doneBytes += bytes;
    options.onProgress?.(doneBytes, plan.totalBytes);
  };
  for (const file of plan.files) {
    if (options.shouldCancel?.()) throw cancelledError('features_load_cancelled');
    const { shape } = file;
    const ownWarnings = [...shape.warnings];
    // Rows land at the current end of the kept rows (≤ their planned place once rows were dropped).
    if (shape.rows > 0) readFileData(file, all, row, d, progress, options);
    const kept = shape.rows > 0 ? keepFiniteRows(all, d, row, shape.rows, row) : 0;
    const dropped = shape.rows - kept;
    if (dropped > 0) {
      // float64 values beyond float32's range become ±Inf in the conversion: say so where it can happen
      const float64 = file.header.dtype.descr.endsWith('f8') ? 'yes' : 'no';
      ownWarnings.push({
        kind: 'nonfinite',
        file: file.name,
        rows: dropped,
        message: message('feature_nonfinite', { file: file.name, dropped, rows: shape.rows, float64 }),
      });
    }
    fileWarnings.push(...ownWarnings);
    files.push(fileSummary(file, kept, ownWarnings, row));
    row += kept;
  }
  if (row === 0) throw refuse(where, 'features_all_nonfinite');

  if (summary.widthWarning) warnings.push(summary.widthWarning);
  warnings.push(...groupFeatureWarnings(fileWarnings));
  return {
    layout: summary.layout,
    n: row,
    d,
    vectors: row === plan.n ? all : all.subarray(0, row * d),
    files,
    droppedRows: plan.n - row,
    warnings,
  };
}

/** User-chosen evaluation queries: a .npy file or a folder of them (any names), or another
 *  experiment folder, discovered as features of the experiment's width `d`. */
const discoverQueries = (queryPath: string, d: number) =>
  discoverExperiment(queryPath, { version: d === 256 ? 'v1' : 'v2' });

/** Their width must be the experiment's `d`. */
function checkQueryWidth(layout: ExperimentLayout, queryD: number, d: number): void {
  if (queryD !== d) {
    throw refuse(layout.root, 'queries_width_mismatch', { queryD, d });
  }
}

/** The header pass over user-chosen queries (see loadQueryFeatures). */
export function summarizeQueryFeatures(queryPath: string, d: number): FeatureSummary {
  const layout = discoverQueries(queryPath, d);
  const summary = summarizeFeatures(layout);
  checkQueryWidth(layout, summary.d, d);
  return summary;
}

/** Loads user-chosen evaluation queries (see discoverQueries). */
export function loadQueryFeatures(queryPath: string, d: number, options: LoadOptions = {}): LoadedFeatures {
  const layout = discoverQueries(queryPath, d);
  const queries = loadFeatures(layout, options);
  checkQueryWidth(layout, queries.d, d);
  return queries;
}
