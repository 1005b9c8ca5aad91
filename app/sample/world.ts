// The sample's feature space. The "world" (mean direction, regime axis, basis, phones, units) is
// fixed per dimension, like a HuBERT checkpoint; the "speaker" (a tilt of the mean, a share of
// every unit, which phones are frequent) comes from the seed. So two seeds are two singers in
// one feature space, and one seed's files are meaningful queries against another seed's index.
import { SampleRandom } from './random';
import type { SampleProfile } from './profile';

/** Fixed seed of the shared world (any constant; changing it changes every sample). */
const WORLD_SEED = 0x52_56_43; // "RVC"

export interface World {
  d: number;
  profile: SampleProfile;
  /** unit vector of the dataset mean (before the speaker's tilt) */
  mean: Float64Array;
  /** unit vector along which the two regimes differ */
  regimeAxis: Float64Array;
  /** d × d, row i = basis direction i (entries N(0, 1/d): nearly orthonormal) */
  basis: Float64Array;
  /** texture scale of basis direction i: √d · spectrum_i, so a uniformly drawn direction has
   *  expected squared norm 1 */
  atomScale: Float64Array;
  /** phones × d and (phones · unitsPerPhone) × d, each row of expected squared norm 1 */
  phones: Float64Array;
  units: Float64Array;
  /** 1 for phones of the second regime */
  secondRegime: Uint8Array;
}

export interface Speaker {
  /** unit vector: the world's mean tilted towards this speaker */
  mean: Float64Array;
  /** (phones · unitsPerPhone) × d: √phone · phone + √unit · unit (partly speaker-specific) */
  centres: Float64Array;
  /** cumulative phone probabilities within each regime */
  phoneCdf: [Float64Array, Float64Array];
  phoneIds: [Int32Array, Int32Array];
}

function normalise(v: Float64Array): Float64Array {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i] * v[i];
  const scale = sum > 0 ? 1 / Math.sqrt(sum) : 0;
  for (let i = 0; i < v.length; i++) v[i] *= scale;
  return v;
}

function gaussianVector(random: SampleRandom, d: number, scale = 1): Float64Array {
  const v = new Float64Array(d);
  random.addNormals(v, scale);
  return v;
}

/** out += Σ_i spectrum_i · g_i · basis_i, g_i ~ N(0, 1): a Gaussian vector with the basis'
 *  decaying spectrum (expected squared norm 1). */
function addSpectralVector(
  world: Pick<World, 'd' | 'basis' | 'atomScale'>,
  random: SampleRandom,
  out: Float64Array,
  offset: number,
): void {
  const { d, basis, atomScale } = world;
  const toSpectrum = 1 / Math.sqrt(d);
  const coefficient = (i: number) => random.normal() * atomScale[i] * toSpectrum;
  let i = 0;
  for (; i + 1 < d; i += 2) {
    // two directions per pass over `out` (half the memory traffic)
    const c0 = coefficient(i);
    const c1 = coefficient(i + 1);
    const r0 = i * d;
    const r1 = r0 + d;
    for (let j = 0; j < d; j++) out[offset + j] += c0 * basis[r0 + j] + c1 * basis[r1 + j];
  }
  for (; i < d; i++) {
    const c0 = coefficient(i);
    const r0 = i * d;
    for (let j = 0; j < d; j++) out[offset + j] += c0 * basis[r0 + j];
  }
}

function buildWorld(d: number, profile: SampleProfile): World {
  const random = new SampleRandom(WORLD_SEED + d);
  const mean = normalise(gaussianVector(random, d));
  const regimeAxis = gaussianVector(random, d);
  let along = 0;
  for (let i = 0; i < d; i++) along += regimeAxis[i] * mean[i];
  for (let i = 0; i < d; i++) regimeAxis[i] -= along * mean[i]; // orthogonal to the mean: it is a centred direction
  normalise(regimeAxis);

  const basis = gaussianVector(random, d * d, 1 / Math.sqrt(d));
  // variance along direction i ∝ exp(-i / (decay · d)): the factor between neighbours, by products
  const step = Math.exp(-1 / (profile.spectrumDecay * d));
  const spectrum = new Float64Array(d);
  let power = 1;
  let total = 0;
  for (let i = 0; i < d; i++) {
    spectrum[i] = power;
    total += power;
    power *= step;
  }
  const atomScale = new Float64Array(d);
  for (let i = 0; i < d; i++) atomScale[i] = Math.sqrt((spectrum[i] / total) * d);

  const { phones: phoneCount, unitsPerPhone } = profile;
  const partial = { d, basis, atomScale };
  const phones = new Float64Array(phoneCount * d);
  for (let p = 0; p < phoneCount; p++) addSpectralVector(partial, random, phones, p * d);
  const units = new Float64Array(phoneCount * unitsPerPhone * d);
  for (let u = 0; u < phoneCount * unitsPerPhone; u++) addSpectralVector(partial, random, units, u * d);
  const secondRegime = Uint8Array.from({ length: phoneCount }, (_, p) =>
    p % profile.secondRegimeEvery === profile.secondRegimeEvery - 1 ? 1 : 0,
  );
  return { d, profile, mean, regimeAxis, basis, atomScale, phones, units, secondRegime };
}

// Worlds are pure functions of (d, profile); building one costs ~0.1 s at d = 768, so keep them.
const worlds = new Map<number, World>();
export function worldFor(d: number, profile: SampleProfile): World {
  let world = worlds.get(d);
  if (!world || world.profile !== profile) {
    world = buildWorld(d, profile);
    worlds.set(d, world);
  }
  return world;
}

export function buildSpeaker(world: World, random: SampleRandom): Speaker {
  const { d, profile } = world;
  const { phones: phoneCount, unitsPerPhone, variance, speakerUnitShare } = profile;

  const mean = gaussianVector(random, d, profile.speakerMeanTilt / Math.sqrt(d));
  for (let i = 0; i < d; i++) mean[i] += world.mean[i];
  normalise(mean);

  const unitCount = phoneCount * unitsPerPhone;
  const centres = new Float64Array(unitCount * d);
  const phoneScale = Math.sqrt(variance.phone);
  const sharedScale = Math.sqrt(variance.unit * (1 - speakerUnitShare));
  const ownScale = Math.sqrt((variance.unit * speakerUnitShare) / d);
  for (let u = 0; u < unitCount; u++) {
    const phone = Math.floor(u / unitsPerPhone) * d;
    const row = u * d;
    for (let j = 0; j < d; j++)
      centres[row + j] = phoneScale * world.phones[phone + j] + sharedScale * world.units[row + j];
    random.addNormals(centres.subarray(row, row + d), ownScale);
  }

  // Which phones are frequent is the speaker's (their language, their songs): shuffled Zipf ranks.
  const ranks = Int32Array.from({ length: phoneCount }, (_, i) => i);
  for (let i = phoneCount - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [ranks[i], ranks[j]] = [ranks[j], ranks[i]];
  }
  const perRegime = [0, 1].map((regime) => {
    const ids = Int32Array.from(
      Array.from({ length: phoneCount }, (_, p) => p).filter((p) => world.secondRegime[p] === regime),
    );
    const cdf = new Float64Array(ids.length);
    let sum = 0;
    ids.forEach((p, i) => {
      sum += 1 / Math.sqrt(ranks[p] + 1); // Zipf-like, exponent 1/2 (sqrt is exactly rounded everywhere)
      cdf[i] = sum;
    });
    for (let i = 0; i < cdf.length; i++) cdf[i] /= sum;
    return { ids, cdf };
  });
  return {
    mean,
    centres,
    phoneCdf: [perRegime[0].cdf, perRegime[1].cdf],
    phoneIds: [perRegime[0].ids, perRegime[1].ids],
  };
}
