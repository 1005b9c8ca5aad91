// info: what is in an experiment folder, validated, with the memory and compression numbers a
// user needs before building.
import type { ExperimentInfo } from '../../../app/contract';
import { checkFactory } from '../../../app/factory';
import { formatBytes, formatCount } from '../../../app/format';
import { featureBytes, indexBytes } from '../../../app/memory';
import { RVC_COMPRESS_CENTROIDS, RVC_COMPRESS_THRESHOLD, rvcNIvf } from '../../../app/presets';
import { prepareDataset } from '../datasets';
import type { JobContext } from '../jobContext';
import type { JobTypes } from '../protocol';

const rvcIndexBytes = (n: number, d: number) =>
  indexBytes(checkFactory('IVF{n},Flat', { d, nIvf: rvcNIvf(n) }).shape!, n, d);

export function runInfo(ctx: JobContext, params: JobTypes['info']['params']): ExperimentInfo {
  const dataset = prepareDataset(ctx, { experiment: params.path, queries: params.queries, seed: params.seed });
  const { n, d, loaded } = dataset;
  const full = rvcIndexBytes(n, d);
  const compressed = rvcIndexBytes(Math.min(n, RVC_COMPRESS_CENTROIDS), d);
  const compress = n > RVC_COMPRESS_THRESHOLD;
  const nIvf = rvcNIvf(n);
  return {
    path: dataset.root,
    name: dataset.name,
    layout: loaded.layout.layout,
    feature_dir: loaded.layout.featureDir,
    version: dataset.version,
    n,
    d,
    files: loaded.files.map(({ start: _start, ...file }) => file),
    ignored: loaded.layout.ignored,
    dropped_rows: loaded.droppedRows,
    warnings: [...dataset.warnings, ...dataset.split.warnings],
    memory_bytes: featureBytes(n, d) + full,
    split: dataset.split.summary,
    compression: {
      threshold: RVC_COMPRESS_THRESHOLD,
      rvc_would_compress: compress,
      centroids: RVC_COMPRESS_CENTROIDS,
      full_index_bytes: full,
      compressed_index_bytes: compressed,
      message: compress
        ? `N = ${formatCount(n)} > ${formatCount(RVC_COMPRESS_THRESHOLD)}: RVC would index ${formatCount(RVC_COMPRESS_CENTROIDS)} centroids (≈${formatBytes(compressed)}) — keep all frames (≈${formatBytes(full)}) instead?`
        : `N = ${formatCount(n)} ≤ ${formatCount(RVC_COMPRESS_THRESHOLD)}: RVC indexes every frame (≈${formatBytes(full)})`,
    },
    rvc: { factory: `IVF${nIvf},Flat`, n_ivf: nIvf, nprobe: 1 },
  };
}
