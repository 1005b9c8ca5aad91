// Memory and file-size estimates before any work, to refuse what cannot fit and to show both sizes
// of the 200k compression choice. Per-vector code sizes follow faiss's storage of each type.
import type { FactoryShape } from './factory';

const FLOAT = 4;
const ID = 8; // IVF lists store an int64 id per vector

export function featureBytes(n: number, d: number): number {
  return n * d * FLOAT;
}

/** Approximate bytes of an index over n d-dimensional vectors (in memory ≈ on disk). */
export function indexBytes(shape: FactoryShape, n: number, d: number): number {
  const inner = shape.innerD;
  let perVector: number;
  if (shape.pq) perVector = Math.ceil((shape.pq.m * shape.pq.nbits) / 8);
  else if (shape.sq)
    perVector =
      shape.sq === 'SQ8' || shape.sq === 'SQ8_direct'
        ? inner
        : shape.sq === 'SQ6'
          ? Math.ceil((inner * 6) / 8)
          : shape.sq === 'SQ4'
            ? Math.ceil(inner / 2)
            : inner * 2;
  else perVector = inner * FLOAT;
  let bytes = n * perVector;
  if (shape.nlist !== null) bytes += n * ID + shape.nlist * inner * FLOAT;
  if (shape.hnsw !== null) bytes += n * shape.hnsw * 2 * 4 * 1.05; // level-0 links (2M) plus upper levels
  if (shape.pq) bytes += ((shape.pq.m * 2 ** shape.pq.nbits * inner) / shape.pq.m) * FLOAT; // codebooks
  if (shape.refine) bytes += n * d * FLOAT;
  if (shape.transforms.length > 0) bytes += d * d * FLOAT;
  return Math.round(bytes);
}
