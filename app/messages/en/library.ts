// Messages of the model library's actions: why a model was left out of a batch re-tune, and the
// share zip's refusals.
export const libraryMessages = {
  retune_no_index: 'has no index to re-tune (see the doctor’s findings)',
  retune_several_indexes: 'has {count} candidate indexes: keep one beside the model, then re-tune it',
  retune_index_unusable: 'its index cannot be re-tuned: {reason}',
  retune_no_nprobe: 'its index ({type}) is not an IVF index: it has no n_probe to store',
  retune_target_unreachable:
    'no n_probe reaches an estimated recall of {target, number, percent} (searching all {nlist, number} lists gives {best, number, percent})',
  retune_no_estimate: 'cannot choose an n_probe by recall: {reason}',
  retune_same_output: 'would write {file}, which another model of this batch writes: re-tune it with --out-dir',
  retune_output_exists: 'would write {file}, which exists already: nothing was overwritten',
  retune_unchanged: 'its index stores n_probe {nprobe} already: nothing to write',
  share_pair_broken: 'cannot go in a share zip with this model: {reason}',
} as const;
