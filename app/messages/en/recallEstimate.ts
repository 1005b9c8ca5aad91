// Messages of the recall estimate made from an index's own vectors (app/recallEstimate.ts).
export const recallEstimateMessages = {
  estimate_caveat:
    "Estimated from the index's own vectors ({queries} of them, each left out of its own search), not measured on held-out audio; another singer's voice may find fewer neighbours",
  estimate_index_empty: 'the index holds no vectors (a trained_ index?): there is nothing to estimate recall from',
  estimate_too_few_vectors:
    'the index holds {ntotal, plural, one {# vector} other {# vectors}}: estimating top-{k} recall needs at least {needed}',
  estimate_metric_unsupported: 'the index uses a metric other than L2 or inner product: no recall estimate',
  estimate_not_reconstructable:
    'the index cannot return its stored vectors (reconstruct_n), which the recall estimate is made from: {reason}',
  estimate_vectors_mismatch: 'stored vectors hold {values} values, not {ntotal} × {d}',
} as const;
