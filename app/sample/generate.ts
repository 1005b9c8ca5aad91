// The deterministic synthetic RVC experiment: `{source}_{piece}.npy` files of
// HuBERT/ContentVec-like frames, cut the way RVC's preprocessing cuts audio. See profile.ts for
// the model and the real statistics it was tuned on; test/sample measures them with faiss.
import { argumentError } from '../errors';
import { sampleProfile, type SampleProfile } from './profile';
import { SampleRandom } from './random';
import { buildSpeaker, worldFor, type Speaker, type World } from './world';
import { FRAMES_PER_SECOND } from '../rvc/defaults';

export interface SampleOptions {
  /** total frames */
  n: number;
  /** 768 (RVC v2) or 256 (RVC v1); other sizes use the v1 profile up to 256, else v2 */
  d: number;
  /** integer in [0, 2^53) */
  seed: number;
}

export interface SampleFile {
  /** RVC's `{source}_{piece}.npy` */
  name: string;
  /** frames in this file */
  T: number;
  /** T × d, row-major */
  frames: Float32Array;
}

export interface SampleExperiment {
  n: number;
  d: number;
  /** in RVC's order (Python's sorted() of the names) */
  files: SampleFile[];
}

export const SAMPLE_LIMITS = { minD: 2, maxD: 4096 } as const;

/** HuBERT's frame count for `seconds` of 16 kHz audio (400-sample window, 320 hop). */
const framesFor = (seconds: number) => Math.max(1, Math.floor(seconds * FRAMES_PER_SECOND) - 1);
/** RVC's preprocess: pieces of `per` = 3.7 s every 3.4 s (0.3 s overlap, which the sample does
 *  not copy: its pieces are independent), the rest of a slice (≤ `tail` = 4 s) as the last piece. */
const PIECE_SECONDS = 3.7;
const PIECE_STEP_SECONDS = 3.4;
const TAIL_SECONDS = 4.0;
/** RVC's slicer cuts recordings at pauses into slices of at least 1.5 s; most are a few seconds. */
const SLICE_SECONDS = { min: 1.5, max: 10 };
const SLICES_PER_SOURCE = { min: 2, max: 12 };
/** RVC's last piece of a slice is longer than tail - step = 0.6 s */
const MIN_LAST_PIECE_FRAMES = framesFor(TAIL_SECONDS - PIECE_STEP_SECONDS);
/** frames generated (from their own random stream) to fix the scale and the norm shaping */
const CALIBRATION_FRAMES = 2048;

function validate({ n, d, seed }: SampleOptions): void {
  if (!Number.isSafeInteger(n) || n < 1) throw argumentError('n', 'value_positive_integer', { field: 'n', value: n });
  if (!Number.isInteger(d) || d < SAMPLE_LIMITS.minD || d > SAMPLE_LIMITS.maxD) {
    throw argumentError('d', 'sample_d_range', { min: SAMPLE_LIMITS.minD, max: SAMPLE_LIMITS.maxD, value: d });
  }
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw argumentError('seed', 'value_non_negative_integer', { field: 'seed', value: seed });
}

/** The centred content of consecutive frames of one speaker: regime, phone, unit, source offset,
 *  texture, noise (profile.ts). */
class FrameStream {
  private readonly scale: { regime: number; texture: number; noise: number; source: number };
  private readonly regimeValue: [number, number];
  private regime = 0;
  private phone = 0;
  private phoneFramesLeft = 0;
  private readonly sourceOffset: Float64Array;
  private readonly atomRows: Int32Array;
  private readonly atomCoefficients: Float64Array;

  constructor(
    private readonly world: World,
    private readonly speaker: Speaker,
    private readonly random: SampleRandom,
  ) {
    const { variance, textureAtoms, regimeEnter, regimeLeave } = world.profile;
    this.scale = {
      regime: Math.sqrt(variance.regime),
      texture: Math.sqrt(variance.texture / textureAtoms),
      noise: Math.sqrt(variance.noise / world.d),
      source: Math.sqrt(variance.source / textureAtoms),
    };
    // a zero-mean, unit-variance two-state value: the second regime is rarer and further out
    const second = regimeEnter / (regimeEnter + regimeLeave);
    this.regimeValue = [-Math.sqrt(second / (1 - second)), Math.sqrt((1 - second) / second)];
    this.sourceOffset = new Float64Array(world.d);
    this.atomRows = new Int32Array(world.profile.textureAtoms);
    this.atomCoefficients = new Float64Array(world.profile.textureAtoms);
  }

  /** A new source recording: its own offset, its own start. */
  startSource(): void {
    const { profile } = this.world;
    this.sourceOffset.fill(0);
    this.addAtoms(this.sourceOffset, profile.textureAtoms, this.scale.source);
    this.regime = this.random.uniform() < profile.regimeEnter / (profile.regimeEnter + profile.regimeLeave) ? 1 : 0;
    this.phoneFramesLeft = 0;
  }

  /** out += Σ_count ±scale · atomScale_i · basis_i over uniformly drawn directions i, random
   *  signs. Sparse (few directions per frame) makes the principal components heavy-tailed like
   *  real ones; a fixed magnitude (not a Gaussian one) keeps single frames from landing far from
   *  everything, which would spread their neighbours over many IVF lists (real recall at
   *  nprobe 16 is 0.995). */
  private addAtoms(out: Float64Array, count: number, scale: number): void {
    const { basis, atomScale, d } = this.world;
    const rows = this.atomRows;
    const coefficients = this.atomCoefficients;
    for (let a = 0; a < count; a++) {
      const i = this.random.int(d);
      rows[a] = i * d;
      coefficients[a] = (this.random.uint32() & 1 ? scale : -scale) * atomScale[i];
    }
    // four directions per pass over `out`: this loop is most of the sample's run time
    let a = 0;
    for (; a + 3 < count; a += 4) {
      const [r0, r1, r2, r3] = [rows[a], rows[a + 1], rows[a + 2], rows[a + 3]];
      const [c0, c1, c2, c3] = [coefficients[a], coefficients[a + 1], coefficients[a + 2], coefficients[a + 3]];
      for (let j = 0; j < d; j++)
        out[j] += c0 * basis[r0 + j] + c1 * basis[r1 + j] + c2 * basis[r2 + j] + c3 * basis[r3 + j];
    }
    for (; a < count; a++) {
      const row = rows[a];
      const coefficient = coefficients[a];
      for (let j = 0; j < d; j++) out[j] += coefficient * basis[row + j];
    }
  }

  private nextPhone(): void {
    const { profile } = this.world;
    const cdf = this.speaker.phoneCdf[this.regime];
    const u = this.random.uniform();
    let k = 0;
    while (k < cdf.length - 1 && cdf[k] <= u) k++;
    this.phone = this.speaker.phoneIds[this.regime][k];
    // geometric duration with mean meanPhoneFrames
    const stay = 1 - 1 / profile.meanPhoneFrames;
    this.phoneFramesLeft = 1;
    while (this.random.uniform() < stay) this.phoneFramesLeft++;
  }

  /** Writes the next frame's centred content into `out` (length d). */
  next(out: Float64Array): void {
    const { profile, d, regimeAxis } = this.world;
    if (this.phoneFramesLeft === 0) this.nextPhone();
    this.phoneFramesLeft--;
    const unit = this.phone * profile.unitsPerPhone + this.random.int(profile.unitsPerPhone);
    const centres = this.speaker.centres;
    const row = unit * d;
    const regime = this.scale.regime * this.regimeValue[this.regime];
    const source = this.sourceOffset;
    for (let j = 0; j < d; j++) out[j] = centres[row + j] + regime * regimeAxis[j] + source[j];
    this.addAtoms(out, profile.textureAtoms, this.scale.texture);
    this.random.addNormals(out, this.scale.noise);
    // The regime changes between frames, and a change ends the phone: the regime is a property
    // of the sound (frames of a phone in the other regime's position would be off every cluster).
    const leave = this.regime === 1 ? profile.regimeLeave : profile.regimeEnter;
    if (this.random.uniform() < leave) {
      this.regime = 1 - this.regime;
      this.phoneFramesLeft = 0;
    }
  }
}

/** Turns centred content c into a frame: x = a·mean + b·c, then its norm pulled towards
 *  profile.norm (keeping the order of norms) so norms come out norm ± normStd. */
class FrameShaper {
  private readonly a: number;
  private readonly b: number;
  private readonly normMean: number;
  private readonly normSpread: number;

  constructor(
    private readonly profile: SampleProfile,
    private readonly mean: Float64Array,
    calibration: { sumSquares: Float64Array; alongMean: Float64Array },
  ) {
    const count = calibration.sumSquares.length;
    let total = 0;
    for (let t = 0; t < count; t++) total += calibration.sumSquares[t];
    const rms = Math.sqrt(total / count) || 1;
    this.a = Math.sqrt(profile.meanFraction) * profile.norm;
    this.b = (Math.sqrt(1 - profile.meanFraction) * profile.norm) / rms;
    let sum = 0;
    let sumSq = 0;
    for (let t = 0; t < count; t++) {
      const norm = this.normOf(calibration.sumSquares[t], calibration.alongMean[t]);
      sum += norm;
      sumSq += norm * norm;
    }
    this.normMean = sum / count;
    this.normSpread = Math.sqrt(Math.max(0, sumSq / count - this.normMean * this.normMean));
  }

  private normOf(sumSquares: number, alongMean: number): number {
    return Math.sqrt(Math.max(0, this.a * this.a + 2 * this.a * this.b * alongMean + this.b * this.b * sumSquares));
  }

  /** Writes the frame for content `c` to out[offset .. offset + d). */
  shape(c: Float64Array, out: Float32Array, offset: number): void {
    const { a, b, mean, profile } = this;
    let sumSquares = 0;
    let alongMean = 0;
    for (let j = 0; j < c.length; j++) {
      sumSquares += c[j] * c[j];
      alongMean += c[j] * mean[j];
    }
    const norm = this.normOf(sumSquares, alongMean);
    const target =
      this.normSpread > 0 ? profile.norm + ((norm - this.normMean) * profile.normStd) / this.normSpread : profile.norm;
    const scale = norm > 0 ? target / norm : 0;
    for (let j = 0; j < c.length; j++) out[offset + j] = scale * (a * mean[j] + b * c[j]);
  }
}

function calibrate(world: World, speaker: Speaker, random: SampleRandom): FrameShaper {
  const stream = new FrameStream(world, speaker, random);
  const sumSquares = new Float64Array(CALIBRATION_FRAMES);
  const alongMean = new Float64Array(CALIBRATION_FRAMES);
  const c = new Float64Array(world.d);
  const framesPerSource = 4 * framesFor(PIECE_SECONDS);
  for (let t = 0; t < CALIBRATION_FRAMES; t++) {
    if (t % framesPerSource === 0) stream.startSource();
    stream.next(c);
    for (let j = 0; j < world.d; j++) {
      sumSquares[t] += c[j] * c[j];
      alongMean[t] += c[j] * speaker.mean[j];
    }
  }
  return new FrameShaper(world.profile, speaker.mean, { sumSquares, alongMean });
}

/** Frame counts of the pieces RVC cuts from one slice of audio. */
function piecesOfSlice(seconds: number): number[] {
  const pieces: number[] = [];
  let left = seconds;
  while (left > TAIL_SECONDS) {
    pieces.push(framesFor(PIECE_SECONDS));
    left -= PIECE_STEP_SECONDS;
  }
  pieces.push(framesFor(left));
  return pieces;
}

/**
 * The sample's files one at a time, in the order they are generated (source by source), so a
 * writer holds one file in memory. Same options → same files, bit for bit.
 */
export function* sampleFiles(options: SampleOptions): Generator<SampleFile> {
  validate(options);
  const { n, d, seed } = options;
  const profile = sampleProfile(d);
  const world = worldFor(d, profile);
  const random = new SampleRandom(seed);
  const speaker = buildSpeaker(world, random);
  const shaper = calibrate(world, speaker, new SampleRandom(random.uint32() * 2 ** 21 + (random.uint32() >>> 11)));
  const stream = new FrameStream(world, speaker, random);
  const c = new Float64Array(d);

  let written = 0;
  for (let source = 0; written < n; source++) {
    stream.startSource();
    const slices = SLICES_PER_SOURCE.min + random.int(SLICES_PER_SOURCE.max - SLICES_PER_SOURCE.min + 1);
    let piece = 0;
    for (let s = 0; s < slices && written < n; s++) {
      const seconds = SLICE_SECONDS.min + random.uniform() * (SLICE_SECONDS.max - SLICE_SECONDS.min);
      for (const length of piecesOfSlice(seconds)) {
        if (written >= n) break;
        // the last piece takes what is left; a remainder shorter than RVC's shortest last piece
        // (0.6 s) joins this piece rather than becoming a file of a few frames
        const left = n - written;
        const T = left - length < MIN_LAST_PIECE_FRAMES ? left : length;
        const frames = new Float32Array(T * d);
        for (let t = 0; t < T; t++) {
          stream.next(c);
          shaper.shape(c, frames, t * d);
        }
        written += T;
        yield { name: `${source}_${piece}.npy`, T, frames };
        piece++;
      }
    }
  }
}

/** Python's sorted() order for the ASCII names the sample uses. */
const byName = (x: SampleFile, y: SampleFile) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);

/** The whole sample experiment in memory (30 000 × 768 float32 = 92 MB). */
export function generateSampleExperiment(options: SampleOptions): SampleExperiment {
  const files = [...sampleFiles(options)].sort(byName);
  return { n: options.n, d: options.d, files };
}
