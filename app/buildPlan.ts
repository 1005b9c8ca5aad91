// What a build will make, decided from N and d alone — before any expensive work: the factory
// (with {n} expanded and checked), RVC's compression rule, the vectors the exported index holds,
// and the search parameters stored in it. The build job and the CLI's export pre-check share it.
import type { BuildOptions, Metric } from './contract';
import { AppError, argumentError } from './errors';
import { checkFactory, expandFactory, type FactoryShape } from './factory';
import { indexBytes } from './memory';
import { message, texts, type Message } from './messages';
import { RVC_COMPRESS_THRESHOLD, rvcCompression, rvcIndexBytes } from './rvc/compression';
import { RVC_FACTORY } from './rvc/defaults';
import { RVC_MAX_FASTSCAN_K_FACTOR, RVC_SAFE_K_FACTOR, rvcFastScanAborts, rvcFastScanCandidates } from './rvc/fastScan';
import { rvcNIvf } from './rvc/nIvf';

export interface BuildPlan {
  shape: FactoryShape;
  metric: Metric;
  /** k-means centroids instead of frames (null: every frame) */
  compress: { centroids: number } | null;
  /** vectors the exported index holds (RVC's N for the n_ivf formula) */
  exportRows: number;
  nprobe: number | null;
  kFactor: number | null;
  /** what the user should know before the build starts */
  warnings: Message[];
}

type PlanOptions = Pick<BuildOptions, 'factory' | 'metric' | 'n_ivf' | 'nprobe' | 'k_factor' | 'compress'> & {
  /** the build is written for RVC (an export, or a file): refuse what RVC could not use */
  forRvc?: boolean;
  /** the build itself writes the file RVC loads (an export's checks speak for themselves) */
  writesFile?: boolean;
};

/** Throws a user error naming the option when the build cannot work. */
export function planBuild(options: PlanOptions, n: number, d: number): BuildPlan {
  const warnings: Message[] = [];
  const metric = options.metric ?? 'l2';
  const requested = options.factory ?? RVC_FACTORY;
  // RVC's own rule applies to RVC's preset (no factory given, no compression choice made)
  const rvcRule = options.compress === undefined && options.factory === undefined ? rvcCompression(n) : null;
  const compress = rvcRule !== null ? { centroids: rvcRule } : (options.compress ?? null);
  if (compress !== null && compress.centroids > n)
    throw argumentError('compress', 'compress_too_many', { n, centroids: compress.centroids });
  const exportRows = compress?.centroids ?? n;
  if (options.n_ivf !== undefined && !requested.includes('{n}')) {
    throw argumentError('n_ivf', 'n_ivf_no_placeholder', {
      nIvf: options.n_ivf,
      factory: requested,
      example: RVC_FACTORY,
    });
  }
  const nIvf = options.n_ivf ?? rvcNIvf(exportRows);
  const check = checkFactory(requested, {
    d,
    n: exportRows,
    nIvf,
    kFactor: options.k_factor ?? RVC_SAFE_K_FACTOR,
  });
  if (!check.ok || !check.shape) {
    // the first error is the reason the UI translates; the English text lists them all
    const text = `factory '${expandFactory(requested, nIvf)}': ${texts(check.errors).join('; ')}`;
    throw new AppError('INVALID_ARGUMENT', text, { field: 'factory', reason: check.errors[0] });
  }
  const shape = check.shape;
  if (rvcRule !== null) {
    // the rule applies to RVC's factory only: its size over every frame is RVC's index
    warnings.push(
      message('plan_rvc_compress', {
        n,
        threshold: RVC_COMPRESS_THRESHOLD,
        centroids: rvcRule,
        indexSize: indexBytes(shape, exportRows, d),
        rvcSize: rvcIndexBytes(n, d),
      }),
    );
  }
  warnings.push(...check.warnings);
  if (options.writesFile && metric !== 'l2') warnings.push(message('rvc_metric_not_l2', { metric: 'IP' }));
  if (options.nprobe !== undefined && shape.nlist === null)
    warnings.push(message('plan_nprobe_ignored', { nprobe: options.nprobe, factory: shape.factory }));
  if (options.nprobe !== undefined && shape.nlist !== null && options.nprobe > shape.nlist) {
    throw argumentError('nprobe', 'nprobe_above_nlist', { nprobe: options.nprobe, nlist: shape.nlist });
  }
  if (options.k_factor !== undefined && !shape.refine)
    warnings.push(message('plan_k_factor_ignored', { kFactor: options.k_factor, factory: shape.factory }));
  const kFactor = shape.refine ? (options.k_factor ?? RVC_SAFE_K_FACTOR) : null;
  if (options.forRvc && rvcFastScanAborts(shape.pq?.fastScan ?? false, kFactor)) {
    throw argumentError('k_factor', 'k_factor_fastscan_aborts', {
      kFactor: kFactor ?? 0,
      candidates: rvcFastScanCandidates(kFactor),
      max: RVC_MAX_FASTSCAN_K_FACTOR,
    });
  }
  return {
    shape,
    metric,
    compress,
    exportRows,
    nprobe: shape.nlist === null ? null : (options.nprobe ?? 1),
    kFactor,
    warnings,
  };
}
