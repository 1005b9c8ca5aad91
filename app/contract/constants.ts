// The contract's plain values, without the schemas: the engine process imports these alone, so it
// does not load the schema library (a tenth of a second at every start).
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

/** The faiss builds the engine ships: generic (any CPU) and AVX2 (x86-64 with AVX2/FMA/F16C). */
export const faissVariants = ['generic', 'avx2'] as const;
export type FaissVariant = (typeof faissVariants)[number];
