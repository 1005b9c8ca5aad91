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
import type { NativeIndex, SearchEachResult } from '../native/addon';

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
      const takeB = j < endB && b.labels[j] >= 0 && (i >= endA || a.labels[i] < 0 || better(b.distances[j], a.distances[i]));
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
  /** the first `count` queries assigned one at a time (timed), for single-query latency */
  single: { assigned: SearchEachResult; count: number; width: number } | null;
}

const states = new WeakMap<NativeIndex, WeakMap<Float32Array, Map<number, ScanState>>>();

function stateFor(index: NativeIndex, queries: Float32Array, k: number): ScanState {
  let byQueries = states.get(index);
  if (!byQueries) states.set(index, (byQueries = new WeakMap()));
  let byK = byQueries.get(queries);
  if (!byK) byQueries.set(queries, (byK = new Map()));
  let state = byK.get(k);
  if (!state) byK.set(k, (state = { assigned: null, width: 0, points: new Map(), single: null }));
  return state;
}

/** Columns [from, to) of an n × width row-major matrix. */
function columns<T extends Float32Array | Int32Array>(matrix: T, rows: number, width: number, from: number, to: number, make: (length: number) => T): T {
  const out = make(rows * (to - from));
  for (let r = 0; r < rows; r++) out.set(matrix.subarray(r * width + from, r * width + to), r * (to - from));
  return out;
}

/** How many lists to assign per query when `nprobe` needs more than the `current` width. */
function widerAssignment(nlist: number, nprobe: number, current: number): number {
  return Math.min(nlist, Math.max(nprobe, 2 * current, MIN_ASSIGNED));
}

/** Whether listScanResults works for this index (a plain IVF index; not FastScan, not wrapped). */
export function canScanLists(index: NativeIndex): boolean {
  const info = index.describe();
  return info.nlist !== null && info.chain.length === 1 && !info.type.includes('FastScan');
}

/** The top-k of every query at n_probe `nprobe`, scanning only lists not scanned before. */
export function listScanResults(index: NativeIndex, queries: Float32Array, d: number, k: number, nprobe: number, metric: Metric): SearchOutput {
  const state = stateFor(index, queries, k);
  const cached = state.points.get(nprobe);
  if (cached) return cached;
  const nq = queries.length / d;
  const nlist = index.describe().nlist!;
  if (state.width < nprobe) {
    state.width = widerAssignment(nlist, nprobe, state.width);
    state.assigned = index.coarseAssign(queries, state.width);
  }
  const { assigned, width } = state as { assigned: NonNullable<ScanState['assigned']>; width: number };
  const below = [...state.points.keys()].filter((p) => p < nprobe);
  const from = below.length > 0 ? Math.max(...below) : 0;
  const lists = columns(assigned.labels, nq, width, from, nprobe, (n) => new Int32Array(n));
  const scanned = index.canScanFlatLists()
    ? index.scanFlatLists(queries, k, lists)
    : index.searchPreassigned(queries, k, lists, columns(assigned.distances, nq, width, from, nprobe, (n) => new Float32Array(n)));
  const result = from === 0 ? { distances: scanned.distances, labels: scanned.labels } : mergeTopK(state.points.get(from)!, scanned, k, nq, metric);
  state.points.set(nprobe, result);
  // keep the powers of two (the sweep's points, good bases for any n_probe) and the newest others
  const others = [...state.points.keys()].filter((p) => (p & (p - 1)) !== 0);
  while (state.points.size > KEPT_POINTS && others.length > 0) state.points.delete(others.shift()!);
  return result;
}

/**
 * Native single-query latency (ns) of the first `count` queries at n_probe `nprobe`, spent as
 * faiss's IndexIVF::search spends it on a lone query: the quantizer's search, then
 * search_preassigned over the first `nprobe` lists. The quantizer half does not depend on n_probe
 * (beyond its k-heap, which holds at most a few dozen of its nlist distances), so it is timed once
 * per query set; the scan half is timed at every point.
 */
export function listScanLatencies(index: NativeIndex, queries: Float32Array, d: number, k: number, nprobe: number, count: number): Float64Array {
  const state = stateFor(index, queries, k);
  const nlist = index.describe().nlist!;
  if (!state.single || state.single.count < count || state.single.width < nprobe) {
    const width = widerAssignment(nlist, nprobe, state.single?.width ?? 0);
    state.single = { assigned: index.coarseAssign(queries.subarray(0, count * d), width, true), count, width };
  }
  const { assigned, width } = state.single;
  const scanned = index.searchPreassigned(
    queries.subarray(0, count * d),
    k,
    columns(assigned.labels, count, width, 0, nprobe, (n) => new Int32Array(n)),
    columns(assigned.distances, count, width, 0, nprobe, (n) => new Float32Array(n)),
    true,
  );
  return scanned.perQueryNs.map((ns, i) => ns + assigned.perQueryNs[i]);
}
