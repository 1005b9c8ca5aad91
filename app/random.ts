// Seeded randomness (held-out splits, row shuffles, the sample experiment): results must be the
// same on every run and platform, so Math.random is never used.

/** One step of splitmix32: the next state and a well-mixed 32-bit output. */
export function splitmix32(state: number): [next: number, output: number] {
  const next = (state + 0x9e3779b9) >>> 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return [next, (z ^ (z >>> 16)) >>> 0];
}

/** splitmix32 as a stream of floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    let output: number;
    [state, output] = splitmix32(state);
    return output / 4294967296;
  };
}

/** Fisher–Yates permutation of 0..n-1. */
export function seededPermutation(n: number, seed: number): Uint32Array {
  const random = seededRandom(seed);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}

/**
 * Reorders the rows of a row-major matrix in place so that new row i is old row order[i]
 * (cycle-following: one row of scratch instead of a second copy of the matrix).
 */
export function permuteRowsInPlace(matrix: Float32Array, d: number, order: ArrayLike<number>): void {
  const n = order.length;
  const placed = new Uint8Array(n);
  const scratch = new Float32Array(d);
  for (let start = 0; start < n; start++) {
    if (placed[start] || order[start] === start) {
      placed[start] = 1;
      continue;
    }
    scratch.set(matrix.subarray(start * d, start * d + d));
    let target = start;
    for (;;) {
      const source = order[target];
      placed[target] = 1;
      if (source === start) {
        matrix.set(scratch, target * d);
        break;
      }
      matrix.copyWithin(target * d, source * d, source * d + d);
      target = source;
    }
  }
}
