// How sure a mean over a subsample of queries is: the 95% interval of the mean of per-query
// values (normal approximation), clamped to the values' range.

/** z of a two-sided 95% interval */
const Z_95 = 1.96;

export interface MeanInterval {
  mean: number;
  low: number;
  high: number;
}

export function meanInterval(values: ArrayLike<number>, range: [number, number] = [0, 1]): MeanInterval {
  const n = values.length;
  if (n === 0) return { mean: 0, low: range[0], high: range[1] };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  if (n === 1) return { mean, low: range[0], high: range[1] };
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i] - mean) ** 2;
  const half = Z_95 * Math.sqrt(squares / (n - 1) / n);
  return { mean, low: Math.max(range[0], mean - half), high: Math.min(range[1], mean + half) };
}
