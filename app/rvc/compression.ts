// RVC's compression rule: above 200 000 frames its train_index indexes 10 000 k-means centroids
// of the frames instead of the frames, and n_ivf follows what is indexed. Both predicted sizes of
// RVC's own index (every frame / the centroids) come from here.
import { checkFactory } from '../factory';
import { indexBytes } from '../memory';
import { RVC_FACTORY } from './defaults';
import { rvcNIvf } from './nIvf';

/** RVC's threshold above which it indexes k-means centroids instead of frames */
export const RVC_COMPRESS_THRESHOLD = 200_000;
export const RVC_COMPRESS_CENTROIDS = 10_000;

/** RVC's rule: the centroids it would index for N frames, or null (every frame). */
export const rvcCompression = (n: number): number | null =>
  n > RVC_COMPRESS_THRESHOLD ? RVC_COMPRESS_CENTROIDS : null;

/** Bytes of RVC's own index (IVF{rvcNIvf(rows)},Flat) over `rows` d-dimensional vectors. */
export function rvcIndexBytes(rows: number, d: number): number {
  const shape = checkFactory(RVC_FACTORY, { d, nIvf: rvcNIvf(rows) }).shape;
  if (!shape) throw new Error(`${RVC_FACTORY} is not a factory for d = ${d}`);
  return indexBytes(shape, rows, d);
}

export interface CompressionSizes {
  /** RVC's index over every frame */
  full: number;
  /** RVC's index over the centroids (every frame when there are fewer) */
  compressed: number;
}

export const rvcCompressionSizes = (n: number, d: number): CompressionSizes => ({
  full: rvcIndexBytes(n, d),
  compressed: rvcIndexBytes(Math.min(n, RVC_COMPRESS_CENTROIDS), d),
});
