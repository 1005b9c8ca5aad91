// Messages of the engine's build and evaluation jobs: what they changed about the data, or could
// not do and did instead.
export const jobsMessages = {
  expand_l2_normalises:
    'α-expansion L2-normalises the vectors: RVC will blend unit-length features (use the IP metric, or scale index_rate down)',
  compress_skipped: 'compression to {centroids} centroids skipped: there are only {n} vectors',
  eval_ip_normalised:
    'inner-product index: the queries are L2-normalised (cosine), as for the IP indexes this app builds',
  eval_queries_stored:
    '{stored} of {queries} query frames are stored in {index} (an export holds every frame): recall is inflated — pass --queries with features the index has not seen',
  blend_without_reconstruct:
    'this index cannot reconstruct its vectors (RVC needs reconstruct_n): blend_error uses the original vectors',

  // ---- refusals and failures of a job
  build_ivf_too_few:
    'IVF{nlist} needs at least {nlist} training vectors; this build trains on {rows} (the rest are held out for evaluation)',
  eval_metric_unsupported: 'only L2 and inner-product indexes can be evaluated',
  eval_dim_mismatch: 'holds {indexD}-dimensional vectors but {root} has d = {d}',
  eval_no_held_out: '{root} has no held-out files to query with: pass --queries',
  eval_not_reconstructable: 'this index cannot return its stored vectors (reconstruct_n), which RVC needs',
  tuning_no_queries: 'this build has no evaluation queries (build with hold-out, or choose a query folder)',
  export_not_stored: 'the index stores nprobe {nprobe}, k_factor {kFactor}; expected {wantNprobe}, {wantKFactor}',
} as const;
