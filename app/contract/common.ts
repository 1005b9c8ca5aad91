// Shared pieces of the contract: the limits every request schema and the CLI's options use.
import { z } from 'zod';

export const path = z.string().min(1).max(4096);
export const positiveInt = z.number().int().min(1);
/** The largest values requests take; the CLI's options name the same limits. */
export const LIMITS = {
  /** inverted lists: faiss allocates two vectors per list on reading, whatever the file holds */
  nlist: 2 ** 20,
  /** HNSW search depth (the engine's own check) */
  ef_search: 1_000_000,
  /** neighbours per query */
  k: 100,
  k_factor: 1024,
  num_expand: 64,
  sample_frames: 2_000_000,
  block_seconds: 10,
} as const;
export const nprobe = positiveInt.max(LIMITS.nlist);
export const kFactor = z.number().min(1).max(LIMITS.k_factor);
export const efSearch = positiveInt.max(LIMITS.ef_search);
export const jobId = z.string().min(1).max(100);

export const metricSchema = z.enum(['l2', 'ip']);
export type Metric = z.infer<typeof metricSchema>;
