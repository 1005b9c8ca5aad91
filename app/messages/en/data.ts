// Messages about data that makes an index's numbers meaningless: copies of one vector, lists
// k-means could not fill.
export const dataMessages = {
  few_distinct_rows:
    'only {distinct, plural, one {# distinct vector} other {# distinct vectors}} among {sampled, number} sampled rows: the features are mostly copies of each other (silence, a stuck extractor?) and no index over them helps RVC',
  lists_mostly_empty:
    '{empty, number} of {nlist, number} inverted lists are empty: k-means found fewer distinct points than lists; use far fewer lists (--n-ivf) or check the features',
  recall_trivial:
    'the index holds only {distinct, plural, one {# distinct vector} other {# distinct vectors}} among {sampled, number} sampled: neighbours tie at one distance, so any answer is exact and recall is trivially 100% — the recall columns only show which of the tied ids came back',
} as const;
