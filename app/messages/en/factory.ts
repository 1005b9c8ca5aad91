// Messages of the factory-string check (app/factory.ts) and of the build plan made from it
// (app/buildPlan.ts). Factory strings and their parts ({token}) are faiss syntax: never translated.
const help = "expected parts like IVF'{n}', Flat, PQ'{m}'x4fs, SQ8, HNSW32, RFlat (comma-separated)";

export const factoryMessages = {
  // ---- the string as a whole
  factory_empty: 'the factory string is empty',
  factory_n_unset: "'{n}' needs a value: set n_ivf",
  factory_zero: 'numbers in a factory string must be at least 1',
  factory_empty_part: 'the factory string has an empty part (two commas in a row?)',
  factory_no_index: `the factory string needs an index after the transforms: ${help}`,

  // ---- one part
  factory_unknown_part: `unknown part ''{token}'': ${help}`,
  factory_not_built: `''{token}'' is a faiss index this app does not build: ${help}`,
  factory_id_map:
    "''{token}'' is not supported: RVC numbers the vectors 0..N−1 and reads them back with reconstruct_n, which an ID map cannot serve; leave ''{token},'' out (e.g. ''{rest}'')",
  factory_out_of_place: "''{token}'' is out of place: transforms come first, then the index, then RFlat",
  factory_fastscan_bits: '{token}: FastScan ("fs") codes must use 4 bits (PQ{m}x4fs)',
  factory_pq_bits: '{token}: PQ bits per code must be between 1 and 16',
  factory_reduce_above_d: '{token}: cannot reduce d = {d} to {target} dimensions',
  factory_opq_divide: "{token}: OPQ's {m} sub-vectors must divide the dimension {d}",
  factory_ivf_no_codes: '{token} must be followed by how vectors are stored, e.g. {token},Flat',
  factory_refine_twice: '{token}: only one re-ranking stage is supported',
  factory_hnsw_m: 'HNSW{m}: M should be between 4 and 256',

  // ---- the part against the data
  factory_pq_divide: 'PQ{m}: m = {m} must divide the vector dimension {d} (try {divisors})',
  factory_pq_too_few: 'PQ with {bits}-bit codes needs at least {needed} training vectors; there are {n}',
  factory_ivf_too_few:
    'IVF{nlist} needs at least {nlist} training vectors (one per list); there are {n}. Lower n_ivf to at most {max}.',
  factory_ivf_sparse:
    'IVF{nlist} has fewer than {min} training vectors per list ({perList, number, ::.0}); faiss will warn and lists will be noisy. n_ivf ≤ {max} avoids it.',
  factory_pq_polysemous:
    '{token} also trains polysemous codes, which RVC’s search never uses; that step can take as long as the rest of the training. {token}np builds the same index without it.',
  factory_refine_k_factor_1:
    'RFlat with k_factor = 1 re-ranks nothing: recall stays that of the compressed codes. Use k_factor 2–2.5 for an RVC export (more is safe only in this app: RVC’s faiss 1.7.3 can crash above 2.5).',

  // ---- the build plan
  plan_rvc_compress:
    'N = {n} > {threshold}: indexing {centroids} k-means centroids, as RVC does (index ≈{indexSize} instead of ≈{rvcSize}); keep every frame with --keep-all-frames',
  plan_nprobe_ignored: 'nprobe {nprobe} ignored: {factory} is not an IVF index',
  plan_k_factor_ignored: 'k_factor {kFactor} ignored: {factory} has no RFlat re-ranking stage',
} as const;
