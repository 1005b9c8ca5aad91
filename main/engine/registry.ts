// Indexes built in this worker, by id, with what evaluation and export need to reuse them.
import type { BuildRequest, Metric } from '../../app/contract';
import { AppError, appError } from '../../app/errors';
import type { FactoryShape } from '../../app/factory';
import { message, type Message } from '../../app/messages';
import type { IndexDescription, NativeIndex } from '../native/addon';
import type { MetricView } from './datasets';
import type { TuningSession } from './tuning/session';

export interface IndexEntry {
  id: string;
  label: string;
  index: NativeIndex;
  /** what the index is, described once */
  info: IndexDescription;
  request: BuildRequest;
  shape: FactoryShape;
  metric: Metric;
  /** the data this index was built from (database = what was indexed, queries = held out) */
  view: MetricView;
  /** the vectors RVC reads back with reconstruct_n (view.database unless the index stores codes);
   *  `warn` hears when the index cannot reconstruct them */
  storedVectors(warn: (said: Message) => void): Float32Array;
  /** tuning sessions, by neighbours per query */
  sessions: Map<number, TuningSession>;
}

/** A registry entry; the stored vectors of a lossy index are read back on first use. */
export function indexEntry(fields: Omit<IndexEntry, 'info' | 'storedVectors' | 'sessions'>): IndexEntry {
  let stored: Float32Array | null = fields.shape.exactStorage ? fields.view.database : null;
  return {
    ...fields,
    info: fields.index.describe(),
    sessions: new Map(),
    storedVectors: (warn) => {
      if (stored) return stored;
      try {
        stored = fields.index.reconstructN(0, fields.index.describe().ntotal);
      } catch (error) {
        if (error instanceof AppError && error.code === 'CANCELLED') throw error;
        warn(message('blend_without_reconstruct'));
        stored = fields.view.database;
      }
      return stored;
    },
  };
}

const entries = new Map<string, IndexEntry>();

export const registry = {
  add(entry: IndexEntry): void {
    entries.get(entry.id)?.index.dispose();
    entries.set(entry.id, entry);
  },
  get(id: string): IndexEntry {
    const entry = entries.get(id);
    if (!entry) throw appError('NOT_FOUND', 'index_not_loaded', { id }, { field: 'index_id' });
    return entry;
  },
  /** Removes an entry without disposing its index (the caller owns it now). */
  take(id: string): IndexEntry {
    const entry = registry.get(id);
    entries.delete(id);
    return entry;
  },
  dispose(id: string): boolean {
    const entry = entries.get(id);
    if (!entry) return false;
    entry.index.dispose();
    entries.delete(id);
    return true;
  },
};
