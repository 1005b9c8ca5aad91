// The queries a built index is measured with (held-out frames, in file order: consecutive frames,
// as RVC searches them), their exact neighbours and RVC's blend of those, computed once; and the
// subsample a first estimate is measured on.
import type { Metric } from '../../../app/contract';
import { gatherRows } from '../../../app/dataset/rows';
import type { SearchOutput } from '../../../app/evaluation';
import { seededPermutation } from '../../../app/random';
import type { JobContext } from '../jobContext';
import { groundTruth, type GroundTruth } from './groundTruth';

/** Queries a first estimate is measured on: enough for a ±0.04 interval on recall@8 at 70%. */
export const ESTIMATE_QUERIES = 128;
const SAMPLE_SEED = 11;

export interface QueryRows {
  queries: Float32Array;
  nq: number;
  truth: SearchOutput;
  /** RVC's blend of the exact neighbours, per query */
  blends: Float64Array;
}

export class QuerySet {
  readonly nq: number;
  private whole: QueryRows | null = null;
  private sample: QueryRows | null = null;

  constructor(
    readonly queries: Float32Array,
    readonly d: number,
    readonly k: number,
    readonly metric: Metric,
    /** the vectors exact search runs over */
    readonly exactVectors: Float32Array,
    /** the vectors RVC reads back from the index (reconstruct_n) */
    readonly storedVectors: Float32Array,
  ) {
    this.nq = queries.length / d;
  }

  /** Every query with its ground truth (exact search: the first call pays for it). */
  all(ctx: JobContext): QueryRows {
    if (!this.whole) {
      const truth: GroundTruth = groundTruth(ctx, this.exactVectors, this.queries, this.d, this.k, this.metric);
      this.whole = { queries: this.queries, nq: this.nq, truth: truth.truth, blends: truth.blends };
    }
    return this.whole;
  }

  /** A seeded subsample of the queries, for first estimates. */
  subsample(ctx: JobContext): QueryRows {
    if (this.sample) return this.sample;
    const all = this.all(ctx);
    if (this.nq <= ESTIMATE_QUERIES) return (this.sample = all);
    const rows = Array.from(seededPermutation(this.nq, SAMPLE_SEED).subarray(0, ESTIMATE_QUERIES)).sort(
      (a, b) => a - b,
    );
    const { d, k } = this;
    this.sample = {
      queries: gatherRows(this.queries, d, rows),
      nq: rows.length,
      truth: { distances: gatherRows(all.truth.distances, k, rows), labels: gatherRows(all.truth.labels, k, rows) },
      blends: gatherRows(all.blends, d, rows),
    };
    return this.sample;
  }
}
