// Indexes built in this worker, by id, with what evaluation and export need to reuse them.
import type { BuildRequest, Metric } from '../../app/contract';
import { AppError } from '../../app/errors';
import type { FactoryShape } from '../../app/factory';
import type { NativeIndex } from '../native/addon';
import type { MetricView } from './datasets';

export interface IndexEntry {
  id: string;
  label: string;
  index: NativeIndex;
  request: BuildRequest;
  shape: FactoryShape;
  metric: Metric;
  /** the data this index was built from (database = what was indexed, queries = held out) */
  view: MetricView;
  /** vectors RVC would read back with reconstruct_n, when they differ from view.database */
  reconstructed: Float32Array | null;
}

const entries = new Map<string, IndexEntry>();

export const registry = {
  add(entry: IndexEntry): void {
    entries.get(entry.id)?.index.dispose();
    entries.set(entry.id, entry);
  },
  get(id: string): IndexEntry {
    const entry = entries.get(id);
    if (!entry) throw new AppError('NOT_FOUND', `index ${id} is not loaded: build it again`, { field: 'index_id' });
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
