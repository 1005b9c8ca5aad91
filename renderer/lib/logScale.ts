// Log-scale sliders over integers (n_ivf, n_probe). A native <input type="range"> moves through
// positions 0..steps.length-1; each position is a distinct integer, spaced evenly on a log scale
// where that still gives distinct values (so 1, 2, 3 … at the low end, then geometric). Values the
// user must be able to hit exactly (RVC's n_ivf, a preset's default) are always among the steps.

/** Distinct, sorted integers from min to max, about `maxSteps` of them, log-spaced. */
export function logSteps(min: number, max: number, include: readonly number[] = [], maxSteps = 300): number[] {
  const lo = Math.max(1, Math.floor(min));
  const hi = Math.max(lo, Math.floor(max));
  const count = Math.min(maxSteps, hi - lo + 1);
  const values = new Set<number>([lo, hi]);
  if (count > 1) {
    const ratio = Math.log(hi / lo);
    for (let i = 0; i < count; i++) values.add(Math.round(lo * Math.exp((ratio * i) / (count - 1))));
  }
  for (const value of include) if (Number.isFinite(value) && value >= lo && value <= hi) values.add(Math.round(value));
  return [...values].sort((a, b) => a - b);
}

/** Position of the step closest to `value` (on a log scale). */
export function positionOf(steps: readonly number[], value: number): number {
  if (steps.length === 0) return 0;
  let low = 0;
  let high = steps.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (steps[mid] < value) low = mid + 1;
    else high = mid;
  }
  if (low > 0 && Math.abs(Math.log(steps[low - 1] / value)) <= Math.abs(Math.log(steps[low] / value))) return low - 1;
  return low;
}

/** Where `value` sits along the track, 0..1 (for bands and markers drawn behind the thumb). */
export function trackFraction(steps: readonly number[], value: number): number {
  return steps.length <= 1 ? 0 : positionOf(steps, value) / (steps.length - 1);
}

export const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * Explicit slider stops (e.g. k_factor 1, 1.5, 2, 2.5 …), plus the current value so a typed
 * value the list lacks is shown exactly. Sorted, distinct, within min..max.
 */
export function fixedSteps(
  values: readonly number[],
  min: number,
  max: number,
  include: readonly number[] = [],
): number[] {
  const all = new Set<number>([min, max]);
  for (const value of [...values, ...include])
    if (Number.isFinite(value) && value >= min && value <= max) all.add(value);
  return [...all].sort((a, b) => a - b);
}
