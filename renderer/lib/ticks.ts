// Tick values for log-scale chart axes: 1, 2, 5 × powers of ten inside the data's range (Recharts
// picks only the two ends of a log domain by itself).
export function logTicks(min: number, max: number): number[] {
  if (!(min > 0) || !(max > 0)) return [];
  const low = Math.min(min, max);
  const high = Math.max(min, max);
  const ticks: number[] = [];
  for (let exponent = Math.floor(Math.log10(low)); exponent <= Math.ceil(Math.log10(high)); exponent++) {
    for (const mantissa of [1, 2, 5]) {
      const value = Number((mantissa * 10 ** exponent).toPrecision(12));
      if (value >= low && value <= high) ticks.push(value);
    }
  }
  // a narrow range may hold no 1-2-5 value: keep its ends
  return ticks.length >= 2 ? ticks : [low, high];
}

/** The log domain padded to the surrounding 1-2-5 values, so the extreme points are not on the frame. */
export function logDomain(min: number, max: number): [number, number] {
  const down = (x: number) => {
    const e = 10 ** Math.floor(Math.log10(x));
    return [5, 2, 1].map((m) => m * e).find((v) => v <= x) ?? e;
  };
  const up = (x: number) => {
    const e = 10 ** Math.floor(Math.log10(x));
    return [1, 2, 5, 10].map((m) => m * e).find((v) => v >= x) ?? 10 * e;
  };
  return [Number(down(min).toPrecision(12)), Number(up(max).toPrecision(12))];
}
