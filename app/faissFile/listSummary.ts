// The list-size figures inspect reports, for the IVF on the search path (top level) and for every
// IVF node of the tree (its params).
import { imbalanceFactor } from '../clusterStats';

export interface ListSummary {
  vectors: number;
  empty: number;
  /** faiss's imbalance_factor; null without vectors, where faiss divides 0 by 0 (NaN) */
  imbalance: number | null;
}

export function summariseLists(sizes: readonly number[]): ListSummary {
  let vectors = 0;
  let empty = 0;
  for (const size of sizes) {
    vectors += size;
    if (size === 0) empty++;
  }
  return { vectors, empty, imbalance: vectors === 0 ? null : imbalanceFactor(sizes) };
}
