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
} as const;
