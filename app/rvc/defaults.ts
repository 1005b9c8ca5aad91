// What RVC itself does, as its train_index and inference code do it: the factory its "train
// index" button builds, the n_probe it leaves in the file, the neighbours it blends, its frame
// rate. Every layer (engine, CLI, renderer) takes these from here.
import { expandFactory } from '../factory';

/** The factory RVC builds; {n} = n_ivf (app/rvc/nIvf.ts) */
export const RVC_FACTORY = 'IVF{n},Flat';
/** RVC's factory with n_ivf filled in: "IVF{nIvf},Flat" */
export const rvcFactory = (nIvf: number) => expandFactory(RVC_FACTORY, nIvf);
/** RVC never sets n_probe: faiss's default stays in the file */
export const RVC_NPROBE = 1;
/** RVC's neighbours per frame */
export const RVC_K = 8;
/** RVC looks up 50 frames per second of audio (hop 320 at 16 kHz). */
export const FRAMES_PER_SECOND = 50;

/** α-query expansion's defaults: a few neighbours (2–10 are typical), α = 3 as in αQE */
export const DEFAULT_NUM_EXPAND = 4;
export const DEFAULT_ALPHA = 3;

export const audioSeconds = (frames: number) => frames / FRAMES_PER_SECOND;
