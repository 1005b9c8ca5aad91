// The recall estimate without features (app/recallEstimate.ts) on a loaded index: exact search of
// the pseudo-queries over the stored vectors once, then, per n_probe, the index's own answer —
// for plain IVF indexes over each query's probe order without its own list's share of the
// centroid (faiss's search_preassigned or our list scan), for other indexes faiss's search.
import type { Metric } from '../../app/contract';
import { gatherRows } from '../../app/dataset/rows';
import { blendErrors, recallsAtK, rvcBlends, type SearchOutput } from '../../app/evaluation';
import { message } from '../../app/messages';
import {
  RECALL_ESTIMATE,
  cannotEstimate,
  estimatePoint,
  holeIds,
  leaveOut,
  ownListProbeOrder,
  pseudoQueryCount,
  pseudoQueryIds,
  summarise,
  type NoRecallEstimate,
  type RecallEstimate,
  type RecallEstimateMethod,
  type RecallEstimatePoint,
} from '../../app/recallEstimate';
import { AppError, appError, argumentError } from '../../app/errors';
import type { IndexDescription, NativeIndex } from '../native/addon';
import type { JobContext } from './jobContext';
import { exactSearch } from './tuning/groundTruth';

export interface RecallEstimateOptions {
  /** pseudo-queries (default pseudoQueryCount; all stored vectors when there are fewer) */
  queries?: number;
  seed?: number;
  /** the index's stored vectors when the caller has them already (reconstruct_n otherwise) */
  vectors?: Float32Array;
  ctx?: JobContext;
}

/** The n_probe values estimated when none are asked for: the stored one and powers of two up to 32. */
export function defaultEstimateNprobes(info: IndexDescription): (number | null)[] {
  if (info.nlist === null) return [null];
  const values = new Set<number>();
  for (let p = 1; p <= Math.min(32, info.nlist); p *= 2) values.add(p);
  if (info.nprobe !== null) values.add(Math.min(info.nprobe, info.nlist));
  return [...values].sort((a, b) => a - b);
}

/** One index's estimator: the pseudo-queries and their exact neighbours, made once. */
export class RecallEstimator {
  private readonly info: IndexDescription;
  private readonly metric: Metric;
  private readonly ids: Int32Array;
  private readonly queries: Float32Array;
  private readonly vectors: Float32Array;
  /** neighbours searched per query: k, the query itself and the hole (at most every vector) */
  private readonly width: number;
  private readonly truth: { plain: SearchOutput; hole: SearchOutput };
  private readonly hole: Int32Array;
  private readonly exactBlends: { plain: Float64Array; hole: Float64Array };
  private readonly method: RecallEstimateMethod;
  private assigned: { labels: Int32Array; distances: Float32Array; width: number } | null = null;
  private readonly points = new Map<number | null, RecallEstimatePoint>();

  private constructor(
    private readonly index: NativeIndex,
    info: IndexDescription & { metric: Metric },
    vectors: Float32Array,
    options: RecallEstimateOptions,
  ) {
    const { k, hole } = RECALL_ESTIMATE;
    this.info = info;
    this.metric = info.metric;
    this.vectors = vectors;
    this.ids = pseudoQueryIds(info.ntotal, options.queries ?? pseudoQueryCount(info.ntotal, info.d), options.seed);
    this.queries = gatherRows(vectors, info.d, this.ids);
    this.width = Math.min(k + 1 + hole, info.ntotal);
    // the correction needs k-means centroids at their lists' means: L2 (IP indexes train spherical k-means)
    this.method = info.listScan && info.metric === 'l2' ? 'loo_own_list' : 'loo';
    options.ctx?.progress(
      'ground_truth',
      0,
      1,
      `exact search for ${this.ids.length} stored vectors over ${info.ntotal} vectors`,
    );
    const exact = exactSearch(vectors, this.queries, info.d, this.width, this.metric);
    this.hole = holeIds(exact.labels, this.width, this.ids, hole);
    this.truth = {
      plain: leaveOut(exact, this.width, k, this.ids, null, hole),
      hole: leaveOut(exact, this.width, k, this.ids, this.hole, hole),
    };
    const nq = this.ids.length;
    this.exactBlends = {
      plain: rvcBlends(this.truth.plain, vectors, k, info.d, nq),
      hole: rvcBlends(this.truth.hole, vectors, k, info.d, nq),
    };
  }

  /** The estimator for `index`, or the reason there is none. */
  static create(index: NativeIndex, options: RecallEstimateOptions = {}): RecallEstimator | NoRecallEstimate {
    const info = index.describe();
    const reason = cannotEstimate(info.ntotal, info.metric);
    if (reason) return { estimate: null, reason };
    let vectors = options.vectors;
    if (!vectors) {
      try {
        vectors = index.reconstructN(0, info.ntotal);
      } catch (error) {
        if (error instanceof AppError && error.code === 'CANCELLED') throw error;
        return {
          estimate: null,
          reason: message('estimate_not_reconstructable', { reason: (error as Error).message }),
        };
      }
    }
    if (vectors.length !== info.ntotal * info.d)
      throw appError('INTERNAL', 'estimate_vectors_mismatch', {
        values: vectors.length,
        ntotal: info.ntotal,
        d: info.d,
      });
    return new RecallEstimator(index, info as IndexDescription & { metric: Metric }, vectors, options);
  }

  get pseudoQueries(): Int32Array {
    return this.ids;
  }

  /**
   * The estimate at each n_probe, computed once per value. An index without n_probe has one point
   * (null); for an IVF index null means the stored n_probe, and values above nlist search every
   * list, as faiss does.
   */
  at(nprobes: readonly (number | null)[], ctx?: JobContext): RecallEstimatePoint[] {
    const { nlist } = this.info;
    return nprobes.map((asked, i) => {
      if (asked !== null && !(Number.isInteger(asked) && asked >= 1))
        throw argumentError('nprobe', 'value_positive_integer', { field: 'n_probe', value: asked });
      const nprobe = nlist === null ? null : Math.min(asked ?? this.info.nprobe ?? 1, nlist);
      const known = this.points.get(nprobe);
      if (known) return known;
      ctx?.checkCancel();
      ctx?.progress('evaluate', i, nprobes.length, nprobe === null ? 'estimating' : `estimating n_probe ${nprobe}`);
      const point = this.point(nprobe);
      this.points.set(nprobe, point);
      return point;
    });
  }

  /** The whole estimate with its caveat. */
  estimate(nprobes: readonly (number | null)[] = defaultEstimateNprobes(this.info), ctx?: JobContext): RecallEstimate {
    return {
      k: RECALL_ESTIMATE.k,
      points: this.at(nprobes, ctx),
      caveat: message('estimate_caveat', { queries: this.ids.length }),
    };
  }

  /**
   * The smallest n_probe whose estimated recall (or, `cautious`, the low end of its interval)
   * reaches `target`: doubling, then bisection (recall never falls as lists are added). Null when
   * even every list falls short, or the index has no n_probe.
   */
  smallestNprobe(target: number, cautious = false, ctx?: JobContext): RecallEstimatePoint | null {
    const nlist = this.info.nlist;
    if (nlist === null) return null;
    const reaches = (p: number) => {
      const [point] = this.at([p], ctx);
      return (cautious ? point.low : point.recall_at_k) >= target;
    };
    let high = 1;
    while (!reaches(high)) {
      if (high === nlist) return null;
      high = Math.min(nlist, high * 2);
    }
    let low = Math.floor(high / 2); // does not reach (or 0)
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (reaches(middle)) high = middle;
      else low = middle;
    }
    return this.points.get(high)!;
  }

  private point(nprobe: number | null): RecallEstimatePoint {
    const { k, hole } = RECALL_ESTIMATE;
    const { d } = this.info;
    const nq = this.ids.length;
    const answer = this.search(nprobe, 1);
    // a re-ranking index re-ranks as many candidates besides the left-out vectors as RVC's search
    const answerHole = this.info.kFactor !== null ? this.search(nprobe, 1 + hole) : answer;
    const plain = leaveOut(answer, this.width, k, this.ids, null, hole);
    const withHole = leaveOut(answerHole, this.width, k, this.ids, this.hole, hole);
    const recall = recallsAtK(plain.labels, this.truth.plain.labels, k, nq);
    const recallHole = recallsAtK(withHole.labels, this.truth.hole.labels, k, nq);
    return estimatePoint(
      nprobe,
      {
        recall: summarise(recall),
        recallHole: summarise(recallHole),
        blend: summarise(blendErrors(plain, this.vectors, this.exactBlends.plain, k, d, nq).errors),
        blendHole: summarise(blendErrors(withHole, this.vectors, this.exactBlends.hole, k, d, nq).errors),
      },
      this.info.ntotal,
      this.method,
    );
  }

  /**
   * The index's answer (nq × width) at n_probe `nprobe`; a re-ranking (RFlat) index re-ranks
   * `leftOut` more candidates than RVC's k-neighbour search would.
   */
  private search(nprobe: number | null, leftOut: number): SearchOutput {
    const { k } = RECALL_ESTIMATE;
    if (this.method === 'loo_own_list') {
      const nlist = this.info.nlist!;
      const lists = nprobe!;
      const needed = Math.min(nlist, lists + 1);
      if (!this.assigned || this.assigned.width < needed) {
        // wide enough for the usual n_probe values at once, doubling beyond
        const width = Math.min(nlist, Math.max(needed, 33, 2 * (this.assigned?.width ?? 0)));
        const assigned = this.index.coarseAssign(this.queries, width);
        this.assigned = { labels: assigned.labels, distances: assigned.distances, width };
      }
      const order = ownListProbeOrder(this.assigned, this.assigned.width, lists, this.index.listSizes()!);
      return this.index.searchPreassigned(this.queries, this.width, order.lists, order.distances);
    }
    const spec = [
      nprobe !== null ? `nprobe=${nprobe}` : '',
      this.info.kFactor !== null ? `k_factor=${(k * this.info.kFactor + leftOut) / this.width}` : '',
    ]
      .filter(Boolean)
      .join(',');
    const { distances, labels } = this.index.search(this.queries, this.width, spec || undefined);
    return { distances, labels };
  }
}

/** The estimate of `index` at `nprobes` (default: defaultEstimateNprobes), or why there is none. */
export function estimateRecall(
  index: NativeIndex,
  nprobes?: readonly (number | null)[],
  options: RecallEstimateOptions = {},
): RecallEstimate | NoRecallEstimate {
  const estimator = RecallEstimator.create(index, options);
  if (!(estimator instanceof RecallEstimator)) return estimator;
  return estimator.estimate(nprobes ?? defaultEstimateNprobes(index.describe()), options.ctx);
}
