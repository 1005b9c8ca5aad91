// Which prepared dataset a job needs, named from its parameters alone (no file is read): the
// engine host keeps each loaded dataset under this name and hands it to whichever worker runs the
// next job on the same experiment, so no worker loads what another one has loaded already.
import path from 'node:path';
import type { BuildRequest, EvaluateFileRequest } from '../../app/contract';
import type { JobKind } from './protocol';

export const DEFAULT_SEED = 0;
/** Datasets kept (each can be hundreds of MB). */
export const CACHED_DATASETS = 2;

/** 'evaluation': held-out files moved to the end; 'rvc': every row shuffled, nothing held out. */
export type RowOrder = 'evaluation' | 'rvc';

export interface DatasetRequest {
  experiment: string;
  queries?: string;
  seed?: number;
  order?: RowOrder;
  /** memory the job needs beyond the features (the index it builds), checked before loading */
  reserveBytes?: (n: number, d: number) => number;
}

/** External queries are never held out of the experiment: its rows keep RVC's order. */
export const rowOrder = (request: DatasetRequest): RowOrder =>
  request.queries === undefined ? (request.order ?? 'evaluation') : 'rvc';

export const datasetRequestKey = (request: DatasetRequest): string =>
  JSON.stringify([
    path.resolve(request.experiment),
    request.queries === undefined ? null : path.resolve(request.queries),
    request.seed ?? DEFAULT_SEED,
    rowOrder(request),
  ]);

/** The dataset a job prepares, if it prepares one. */
export function jobDataset(kind: JobKind, params: unknown): DatasetRequest | null {
  if (kind === 'build') {
    const build = params as BuildRequest;
    return {
      experiment: build.experiment,
      queries: build.queries,
      seed: build.seed,
      order: build.hold_out ? 'evaluation' : 'rvc',
    };
  }
  if (kind === 'evaluateFile') {
    const evaluate = params as EvaluateFileRequest;
    return evaluate.queries === undefined ? { experiment: evaluate.experiment, seed: evaluate.seed } : null;
  }
  return null;
}
