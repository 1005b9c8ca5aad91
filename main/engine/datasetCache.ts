// The engine's loaded datasets, by request (datasetKey.ts), least recently used first: any worker
// gets the one its job needs instead of loading the experiment again. The EngineHost owns the one
// cache; workers report what they loaded.
import { CACHED_DATASETS, datasetRequestKey, jobDataset } from './datasetKey';
import type { SharedDataset } from './datasets';
import type { JobKind } from './protocol';

export class DatasetCache {
  private readonly datasets = new Map<string, SharedDataset>();

  /** The loaded dataset a job of this kind and these parameters needs, if the cache holds it. */
  forJob(kind: JobKind, params: unknown): SharedDataset | null {
    const request = jobDataset(kind, params);
    if (!request) return null;
    const key = datasetRequestKey(request);
    const dataset = this.datasets.get(key);
    if (!dataset) return null;
    this.datasets.delete(key);
    this.datasets.set(key, dataset);
    return dataset;
  }

  keep(dataset: SharedDataset): void {
    this.datasets.delete(dataset.requestKey);
    this.datasets.set(dataset.requestKey, dataset);
    while (this.datasets.size > CACHED_DATASETS) this.datasets.delete(this.datasets.keys().next().value!);
  }

  clear(): void {
    this.datasets.clear();
  }
}
