// What the synthetic sample is made of, and the real statistics each number was tuned against.
//
// Targets, measured with test/sample/sample_oracle.py's definitions on 675 real HuBERT v1 frames:
// norms 9.19 ± 0.34; the dataset mean carries half of the squared norm (|mean| 6.55, centred rms
// 6.46), so consecutive frames have cosine 0.58 while their mean-centred cosine is only 0.14 (0.10
// at lag 2, 0.04 at lag 5, ~0 at lag 10); 90% of the centred variance needs 137 of 256 principal
// components (50%: 37); the first component (7.5%) is a slow two-state "regime" (lag-1
// autocorrelation 0.81, bimodal), the next ones are heavy-tailed (kurtosis ~4.4) and change from
// frame to frame. Under RVC's preset (IVF{n},Flat, n = min(16√N, N/39)) real ContentVec v2 features
// give top-8 recall 0.69 / 0.974 / 0.995 at nprobe 1 / 8 / 16.
//
// The model: a frame is  a·mean + b·(regime + phone + unit + source + texture + noise), its norm
// then pulled into 9.2 ± 0.34 keeping the order of norms. A two-state regime (Markov, switching
// every ~5-8 frames) picks which set of phones may sound; a phone lasts ~2.5 frames; every frame
// draws one of the phone's units afresh (phones + units are the clusters that IVF lists fall
// on); texture is a sparse ±sum of 8 directions of a random basis with a decaying spectrum
// (heavy-tailed, high-dimensional); noise is isotropic. `variance` gives each part's share of
// the centred variance (they sum to 1).

export interface SampleProfile {
  /** phone-like classes, frequencies ∝ rank^-1/2 (ranks shuffled per seed); a phone lasts a
   *  geometric number of frames */
  phones: number;
  meanPhoneFrames: number;
  /** sub-phone units per phone, drawn afresh every frame: the clusters IVF cells fall on */
  unitsPerPhone: number;
  /** every third phone belongs to the second regime (think unvoiced / pause-like sounds) */
  secondRegimeEvery: number;
  /** per-frame probabilities of entering / leaving the second regime (lag-1 autocorrelation
   *  1 - enter - leave = 0.8, second regime 35% of the frames) */
  regimeEnter: number;
  regimeLeave: number;
  variance: {
    /** a two-state value along one axis: the first principal component */
    regime: number;
    phone: number;
    unit: number;
    /** one offset per source recording (RVC's `{source}_{piece}` files of one recording share it) */
    source: number;
    /** a sparse ±sum of `textureAtoms` basis directions per frame: heavy-tailed, high-dimensional */
    texture: number;
    /** isotropic */
    noise: number;
  };
  textureAtoms: number;
  /** the basis spectrum: variance along basis direction i ∝ exp(-i / (spectrumDecay · d)) */
  spectrumDecay: number;
  /** share of each unit that is speaker-specific (a different seed = a different speaker in the
   *  same feature space: phones and units are shared, like HuBERT's) */
  speakerUnitShare: number;
  /** how far a speaker's mean direction leans away from the shared one */
  speakerMeanTilt: number;
  /** share of the mean squared norm carried by the dataset mean */
  meanFraction: number;
  norm: number;
  normStd: number;
}

const shared = {
  phones: 48,
  meanPhoneFrames: 2.5,
  secondRegimeEvery: 3,
  regimeEnter: 0.07,
  regimeLeave: 0.13,
  textureAtoms: 8,
  spectrumDecay: 0.25,
  speakerUnitShare: 0.25,
  speakerMeanTilt: 0.3,
  meanFraction: 0.5,
  norm: 9.2,
  normStd: 0.34,
};

const variance = { regime: 0.075, phone: 0.07, unit: 0.23, source: 0.005, texture: 0.35, noise: 0.27 };

/** HuBERT v1 (final_proj, 256-d): tuned on the real v1 frames. */
const V1: SampleProfile = { ...shared, unitsPerPhone: 4, variance };

/** ContentVec v2 (768-d): same parts; fewer units, because 768 dimensions separate clusters more
 *  sharply (distances concentrate), which would otherwise lift recall at nprobe 1 above real. */
const V2: SampleProfile = { ...shared, unitsPerPhone: 2, variance };

export const sampleProfile = (d: number): SampleProfile => (d <= 256 ? V1 : V2);
