// Inverted-list statistics. The imbalance factor is faiss's definition
// (invlists->imbalance_factor): nlist · Σ size² / ntotal², 1 for perfectly even lists.
import type { ClusterStats } from './contract';

export function imbalanceFactor(listSizes: ArrayLike<number>): number {
  let total = 0;
  let squares = 0;
  for (let i = 0; i < listSizes.length; i++) {
    total += listSizes[i];
    squares += listSizes[i] * listSizes[i];
  }
  return total === 0 ? 0 : (listSizes.length * squares) / (total * total);
}

/** Histogram of list sizes in at most `maxBins` equal-width integer bins [from, to). */
export function sizeHistogram(listSizes: ArrayLike<number>, maxBins = 40): ClusterStats['histogram'] {
  if (listSizes.length === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < listSizes.length; i++) {
    min = Math.min(min, listSizes[i]);
    max = Math.max(max, listSizes[i]);
  }
  const width = Math.max(1, Math.ceil((max - min + 1) / maxBins));
  const bins = Math.ceil((max - min + 1) / width);
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < listSizes.length; i++) counts[Math.floor((listSizes[i] - min) / width)]++;
  return counts.map((count, b) => ({ from: min + b * width, to: min + (b + 1) * width, count }));
}

export function clusterStats(listSizes: ArrayLike<number>): ClusterStats {
  const sizes = Array.from(listSizes);
  const n = sizes.length;
  const mean = n === 0 ? 0 : sizes.reduce((a, b) => a + b, 0) / n;
  const variance = n === 0 ? 0 : sizes.reduce((a, b) => a + (b - mean) * (b - mean), 0) / n;
  return {
    list_sizes: sizes,
    min: n === 0 ? 0 : Math.min(...sizes),
    max: n === 0 ? 0 : Math.max(...sizes),
    mean,
    std: Math.sqrt(variance),
    empty: sizes.filter((s) => s === 0).length,
    imbalance: imbalanceFactor(sizes),
    histogram: sizeHistogram(sizes),
  };
}
