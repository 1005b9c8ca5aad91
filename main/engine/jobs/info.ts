// info: what is in an experiment folder, validated, with the memory and compression numbers a
// user needs before building — from the .npy headers, without reading the frames.
import type { ExperimentInfo } from '../../../app/contract';
import { formatBytes, formatCount } from '../../../app/format';
import { featureBytes } from '../../../app/memory';
import { warningFields } from '../../../app/messages';
import {
  RVC_COMPRESS_CENTROIDS,
  RVC_COMPRESS_THRESHOLD,
  rvcCompression,
  rvcCompressionSizes,
} from '../../../app/rvc/compression';
import { RVC_NPROBE, rvcFactory } from '../../../app/rvc/defaults';
import { rvcNIvf } from '../../../app/rvc/nIvf';
import { experimentFacts } from '../datasets';
import type { JobTypes } from '../protocol';

export function runInfo(params: JobTypes['info']['params']): ExperimentInfo {
  const facts = experimentFacts({ experiment: params.path, queries: params.queries, seed: params.seed });
  const { n, d, layout } = facts;
  const sizes = rvcCompressionSizes(n, d);
  const compress = rvcCompression(n) !== null;
  const nIvf = rvcNIvf(n);
  return {
    path: facts.root,
    name: facts.name,
    layout: layout.layout,
    feature_dir: layout.featureDir,
    version: layout.version,
    n,
    d,
    files: facts.files,
    ignored: layout.ignored,
    dropped_rows: facts.droppedRows,
    ...warningFields(facts.warnings),
    memory_bytes: featureBytes(n, d) + sizes.full,
    split: facts.split.summary,
    compression: {
      threshold: RVC_COMPRESS_THRESHOLD,
      rvc_would_compress: compress,
      centroids: RVC_COMPRESS_CENTROIDS,
      full_index_bytes: sizes.full,
      compressed_index_bytes: sizes.compressed,
      message: compress
        ? `N = ${formatCount(n)} > ${formatCount(RVC_COMPRESS_THRESHOLD)}: RVC would index ${formatCount(RVC_COMPRESS_CENTROIDS)} centroids (≈${formatBytes(sizes.compressed)}) — keep all frames (≈${formatBytes(sizes.full)}) instead?`
        : `N = ${formatCount(n)} ≤ ${formatCount(RVC_COMPRESS_THRESHOLD)}: RVC indexes every frame (≈${formatBytes(sizes.full)})`,
    },
    rvc: { factory: rvcFactory(nIvf), n_ivf: nIvf, nprobe: RVC_NPROBE },
  };
}
