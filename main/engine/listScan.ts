// n_probe points of a plain IVF index without re-scanning: faiss's IVF search visits each
// query's lists in probe order (nearest centroid first) and keeps the k best; the k best over the
// first p lists is therefore the merge of the k best over the first p0 lists and the k best over
// lists p0..p-1. We cache the probe order (the quantizer's search, once per query set) and the
// top-k at measured n_probe values, so a new point only scans the lists it adds: for IVF-Flat with
// our own exact scan, which reads each list once for all the queries probing it (faiss reads it
// once per query) with AVX2 distances (Debian's faiss has none) — the same neighbours up to float
// rounding; for SQ/PQ with faiss's own search_preassigned. Timings always time faiss's search.
import type { Metric } from '../../app/contract';
import type { SearchOutput } from '../../app/evaluation';
import type { NativeIndex, SearchEachResult, SearchResult } from '../native/addon';

/** Top-k results kept per query set (the slider can visit every n_probe; each costs nq·k·8 bytes). */
const KEPT_POINTS = 48;
/** The probe order is fetched for at least this many lists at once (then doubled as needed). */
const MIN_ASSIGNED = 32;

/** Merges two top-k result sets (each sorted best first; -1 labels last). Ties keep `a` first,
 *  as faiss's heap keeps an earlier list's vector over a later one at equal distance. */
export function mergeTopK(a: SearchOutput, b: SearchOutput, k: number, queries: number, metric: Metric): SearchOutput {
  const distances = new Float32Array(queries * k);
  const labels = new Int32Array(queries * k);
  const better = metric === 'l2' ? (x: number, y: number) => x < y : (x: number, y: number) => x > y;
  for (let q = 0; q < queries; q++) {
    let i = q * k;
    let j = q * k;
    const endA = i + k;
    const endB = j + k;
    for (let out = q * k; out < (q + 1) * k; out++) {
      const takeB =
        j < endB && b.labels[j] >= 0 && (i >= endA || a.labels[i] < 0 || better(b.distances[j], a.distances[i]));
      if (takeB) {
        distances[out] = b.distances[j];
        labels[out] = b.labels[j++];
      } else if (i < endA) {
        distances[out] = a.distances[i];
        labels[out] = a.labels[i++];
      } else {
        distances[out] = metric === 'l2' ? Infinity : -Infinity;
        labels[out] = -1;
      }
    }
  }
  return { distances, labels };
}

interface ScanState {
  assigned: { distances: Float32Array; labels: Int32Array } | null;
  /** lists per query in `assigned` */
  width: number;
  points: Map<number, SearchOutput>;
  /** listScanTimings' state: the first queries assigned (timed) alone and as one batch, and scan times per n_probe */
  timing: {
    single: SearchEachResult;
    batch: SearchResult;
    /** the quantizer's time per lone query and for the batch, from the first assignment */
    coarseNs: Float64Array;
    coarseBatchNs: number;
    latencyCount: number;
    throughputCount: number;
    width: number;
    scans: Map<number, ScanTimes>;
  } | null;
}

const states = new WeakMap<NativeIndex, WeakMap<Float32Array, Map<number, ScanState>>>();

function stateFor(index: NativeIndex, queries: Float32Array, k: number): ScanState {
  let byQueries = states.get(index);
  if (!byQueries) states.set(index, (byQueries = new WeakMap()));
  let byK = byQueries.get(queries);
  if (!byK) byQueries.set(queries, (byK = new Map<number, ScanState>()));
  let state = byK.get(k);
  if (!state) byK.set(k, (state = { assigned: null, width: 0, points: new Map(), timing: null }));
  return state;
}

/** Columns [from, to) of an n × width row-major matrix. */
function columns<T extends Float32Array | Int32Array>(
  matrix: T,
  rows: number,
  width: number,
  from: number,
  to: number,
  make: (length: number) => T,
): T {
  const out = make(rows * (to - from));
  for (let r = 0; r < rows; r++) out.set(matrix.subarray(r * width + from, r * width + to), r * (to - from));
  return out;
}

/** How many lists to assign per query when `nprobe` needs more than the `current` width. */
function widerAssignment(nlist: number, nprobe: number, current: number): number {
  return Math.min(nlist, Math.max(nprobe, 2 * current, MIN_ASSIGNED));
}

/** The largest n_probe below `nprobe` measured in `points`, or 0. */
function largestBelow(points: Map<number, unknown>, nprobe: number): number {
  let best = 0;
  for (const p of points.keys()) if (p < nprobe && p > best) best = p;
  return best;
}

/** Keeps the powers of two (the sweep's points, good bases for any n_probe) and the newest others. */
function forgetOldest(points: Map<number, unknown>): void {
  const others = [...points.keys()].filter((p) => (p & (p - 1)) !== 0);
  while (points.size > KEPT_POINTS && others.length > 0) points.delete(others.shift()!);
}

/** Whether listScanResults works for this index (a plain IVF index; not FastScan, not wrapped). */
export function canScanLists(index: NativeIndex): boolean {
  const info = index.describe();
  return info.nlist !== null && info.chain.length === 1 && !info.type.includes('FastScan');
}

/** The top-k of every query at n_probe `nprobe`, scanning only lists not scanned before. */
export function listScanResults(
  index: NativeIndex,
  queries: Float32Array,
  d: number,
  k: number,
  nprobe: number,
  metric: Metric,
): SearchOutput {
  const state = stateFor(index, queries, k);
  const cached = state.points.get(nprobe);
  if (cached) return cached;
  const nq = queries.length / d;
  const nlist = index.describe().nlist!;
  if (state.width < nprobe) {
    // width and assignment change together: a cancelled coarseAssign leaves both as they were
    const width = widerAssignment(nlist, nprobe, state.width);
    state.assigned = index.coarseAssign(queries, width);
    state.width = width;
  }
  const { assigned, width } = state as { assigned: NonNullable<ScanState['assigned']>; width: number };
  const from = largestBelow(state.points, nprobe);
  const lists = columns(assigned.labels, nq, width, from, nprobe, (n) => new Int32Array(n));
  const scanned = index.canScanFlatLists()
    ? index.scanFlatLists(queries, k, lists)
    : index.searchPreassigned(
        queries,
        k,
        lists,
        columns(assigned.distances, nq, width, from, nprobe, (n) => new Float32Array(n)),
      );
  const result =
    from === 0
      ? { distances: scanned.distances, labels: scanned.labels }
      : mergeTopK(state.points.get(from)!, scanned, k, nq, metric);
  state.points.set(nprobe, result);
  forgetOldest(state.points);
  return result;
}

export interface PointTimings {
  /** single-query latency of each of the first `latencyCount` queries */
  perQueryNs: Float64Array;
  /** one batch search of the first `throughputCount` queries */
  batchNs: number;
}

/** Timings of a scan of lists [0, p) in probe order, for the lone queries and for the batch. */
interface ScanTimes {
  singleNs: Float64Array;
  batchNs: number;
}

/**
 * Native timings of faiss's IVF search at n_probe `nprobe`, measured in parts that add up to it.
 * IndexIVF::search runs the quantizer's search, then scans the first n_probe lists in probe order
 * (search_preassigned), and a scan takes the sum of its lists' times. So a point's time is the
 * quantizer's, plus the scan of lists [0, p0) timed at the nearest smaller measured point, plus
 * the scan of lists [p0, nprobe) timed now — faiss's own search_preassigned, one query per call
 * for latency (each lone query with its own probe order), the batch's queries split between
 * threads for throughput. The quantizer is timed once per query set, for the first MIN_ASSIGNED
 * lists (faiss asks it for n_probe: its k-heap is a small part of its time), and kept when more
 * lists are assigned later, as are the scan times. Summed segments each pay a thread fork/join,
 * so qps comes out a little low. `npm run bench -- --points` compares the sums with whole searches.
 */
export function listScanTimings(
  index: NativeIndex,
  queries: Float32Array,
  d: number,
  k: number,
  nprobe: number,
  latencyCount: number,
  throughputCount: number,
): PointTimings {
  const state = stateFor(index, queries, k);
  const nlist = index.describe().nlist!;
  const lone = queries.subarray(0, latencyCount * d);
  const together = queries.subarray(0, throughputCount * d);
  let timing = state.timing;
  if (!timing || timing.latencyCount !== latencyCount || timing.throughputCount !== throughputCount) {
    const width = Math.min(nlist, MIN_ASSIGNED);
    const single = index.coarseAssign(lone, width, true);
    const batch = index.coarseAssign(together, width);
    timing = state.timing = {
      single,
      batch,
      coarseNs: single.perQueryNs,
      coarseBatchNs: batch.elapsedNs,
      latencyCount,
      throughputCount,
      width,
      scans: new Map(),
    };
  }
  if (timing.width < nprobe) {
    // the first lists of a wider assignment are the same lists: the times measured stay valid
    const width = widerAssignment(nlist, nprobe, timing.width);
    const single = index.coarseAssign(lone, width, true);
    timing = state.timing = { ...timing, single, batch: index.coarseAssign(together, width), width };
  }
  const { single, batch, width, scans } = timing;
  let times = scans.get(nprobe);
  if (!times) {
    const from = largestBelow(scans, nprobe);
    const base = from > 0 ? scans.get(from)! : { singleNs: new Float64Array(latencyCount), batchNs: 0 };
    const segment = (assigned: { labels: Int32Array; distances: Float32Array }, rows: number) =>
      [
        columns(assigned.labels, rows, width, from, nprobe, (n) => new Int32Array(n)),
        columns(assigned.distances, rows, width, from, nprobe, (n) => new Float32Array(n)),
      ] as const;
    const loneScan = index.searchPreassigned(lone, k, ...segment(single, latencyCount), true);
    const batchScan = index.searchPreassigned(together, k, ...segment(batch, throughputCount));
    times = {
      singleNs: base.singleNs.map((ns, i) => ns + loneScan.perQueryNs[i]),
      batchNs: base.batchNs + batchScan.elapsedNs,
    };
    scans.set(nprobe, times);
    forgetOldest(scans);
  }
  const coarseNs = timing.coarseNs;
  return { perQueryNs: times.singleNs.map((ns, i) => ns + coarseNs[i]), batchNs: times.batchNs + timing.coarseBatchNs };
}
