// The sample experiment's random numbers. Its bytes must be identical on every run, so nothing
// here uses Math.random: xoshiro128** (Blackman & Vigna) seeded through splitmix32, and normal
// deviates read from a table of quantiles, so the hot loop is integer arithmetic and one lookup
// per value (no log/cos per deviate). The table itself is computed once with Math.log/Math.sqrt;
// V8 implements those itself (fdlibm ports), so it is the same on every platform for one Node
// version.

import { splitmix32 } from '../random';

const TWO_POW_32 = 4294967296;

/** Acklam's rational approximation of the standard normal quantile (relative error < 1.2e-9). */
function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const e = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low || p > 1 - low) {
    const q = Math.sqrt(-2 * Math.log(p < low ? p : 1 - p));
    const x =
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((e[0] * q + e[1]) * q + e[2]) * q + e[3]) * q + 1);
    return p < low ? x : -x;
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

/** 2^16 equal-probability cells of N(0, 1), each represented by its midpoint quantile. Its
 *  variance is 0.9997 (tails are cut at ±4.3σ), which no statistic of the sample can tell. */
const NORMAL_BITS = 16;
let normalTable: Float64Array | null = null;
function normals(): Float64Array {
  if (!normalTable) {
    const size = 1 << NORMAL_BITS;
    normalTable = new Float64Array(size);
    for (let i = 0; i < size; i++) normalTable[i] = normalQuantile((i + 0.5) / size);
  }
  return normalTable;
}

export class SampleRandom {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private readonly table = normals();

  /** `seed`: any integer in [0, 2^53). The low and high 32-bit halves seed two halves of the
   *  state, so distinct seeds give distinct streams. */
  constructor(seed: number) {
    const words: number[] = [];
    for (let state of [seed >>> 0, (Math.floor(seed / TWO_POW_32) ^ 0x6a09e667) >>> 0]) {
      for (let i = 0; i < 2; i++) {
        const [next, output] = splitmix32(state);
        state = next;
        words.push(output);
      }
    }
    [this.s0, this.s1, this.s2, this.s3] = words;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1; // the one state xoshiro cannot leave
  }

  /** xoshiro128**: the next 32 random bits, as an unsigned integer. */
  uint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform in [0, 1). */
  uniform(): number {
    return this.uint32() / TWO_POW_32;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.uniform() * n);
  }

  /** A standard normal deviate (quantised to 2^16 levels). */
  normal(): number {
    return this.table[this.uint32() >>> (32 - NORMAL_BITS)];
  }

  /** out[i] += scale · N(0, 1) for every i; two deviates per 32 random bits. */
  addNormals(out: Float64Array, scale: number): void {
    const table = this.table;
    const mask = (1 << NORMAL_BITS) - 1;
    const length = out.length;
    let i = 0;
    for (; i + 1 < length; i += 2) {
      const bits = this.uint32();
      out[i] += scale * table[bits >>> NORMAL_BITS];
      out[i + 1] += scale * table[bits & mask];
    }
    if (i < length) out[i] += scale * this.normal();
  }
}

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));
