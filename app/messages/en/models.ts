// Messages about voice-model libraries: refusals of hostile or unreadable model files (pickles,
// torch archives, zips, folders) and the doctor's findings about model / index pairs. Refusals are
// prefixed with the file (and zip entry) they concern; findings end with the fix.
export const modelsMessages = {
  // ---- pickles (a .pth file's data.pkl) ----
  pickle_truncated: 'the pickle ends early at byte {offset} (truncated or damaged file?)',
  pickle_unknown_opcode:
    'byte {offset} holds {byte}, which is not a pickle instruction (damaged file, or not a pickle)',
  pickle_opcode_refused:
    'the pickle asks for instruction {opcode} at byte {offset}, which a model file never needs: refused, nothing was run',
  pickle_global_refused:
    'the pickle asks for {name} at byte {offset}, which a voice model never needs: refused, nothing was run (a model file that calls code is broken or malicious)',
  pickle_call_refused:
    'the pickle calls {name} at byte {offset}, which a voice model never does: refused, nothing was run',
  pickle_bad_arguments:
    'the pickle calls {name} at byte {offset} with arguments torch.save never writes: refused, nothing was run',
  pickle_bad_persistent_id:
    'the pickle names a tensor storage at byte {offset} in a form torch.save never writes: refused',
  pickle_tensor_outside_storage:
    'a tensor at byte {offset} reaches past the end of its storage data/{key} (damaged file?)',
  pickle_protocol: 'pickle protocol {protocol} is not one torch.save writes (2 to 5 are read)',
  pickle_malformed: 'the pickle is malformed at byte {offset}: {detail}',
  pickle_limit: 'the pickle exceeds the limit of {limit} {what} at byte {offset}: refused',

  // ---- files and folders ----
  library_not_folder_or_zip: 'is neither a folder nor a .zip file: open a folder of models or one .zip',
  link_outside_root: 'is a link to a place outside the chosen folder: not followed',
  link_broken: 'is a link that leads nowhere: skipped',
  folder_loop: 'leads back into a folder already scanned (a link loop): skipped',
  folder_too_deep: 'is more than {limit} folders deep: not scanned',
  scan_limit: 'the folder holds more than {limit, number} files and folders: the rest was not scanned',
  zip_too_deep: 'is a zip inside a zip inside a zip: not opened (unzip the outer one first)',
  training_checkpoint_skipped:
    'is a training checkpoint (G_/D_): RVC and Applio do not load it as a voice model, so it is skipped',

  // ---- zip files ----
  zip_unreadable: 'is not a zip file this app can read ({reason})',
  zip_too_many_entries: 'holds {count, number} entries, more than the {limit, number} a model zip needs: refused',
  zip_entry_bad_name: 'has an empty name or control characters in its name: the zip is refused',
  zip_entry_backslash:
    'has a backslash in its name (a Windows path, or a trick to climb out of the folder on extraction): the zip is refused',
  zip_entry_absolute: 'has an absolute path or a drive letter as its name: the zip is refused',
  zip_entry_traversal: 'has ".." in its name, which climbs out of the folder on extraction: the zip is refused',
  zip_entry_duplicate: 'appears twice in the zip: the zip is refused',
  zip_entry_not_regular: 'is a {kind}, not a file: the zip is refused',
  zip_entry_encrypted: 'is encrypted: the zip is refused (re-zip it without a password)',
  zip_entries_overlap: 'overlaps the data of {other} (a zip bomb trick): the zip is refused',
  zip_entry_ratio:
    'would expand {ratio, number} times its compressed size, above the limit of {limit, number} (a zip bomb?): not read',
  zip_entry_method: 'uses compression method {method}; only stored and deflated entries are read',
  zip_entry_size_mismatch:
    'does not hold the {size, number} bytes its header declares (damaged file or zip bomb): not read',
  zip_entry_corrupt: 'cannot be read: {reason}',
  zip_budget: 'would take this scan past {limit, number} bytes read out of zips: not read',

  index_not_faiss: 'is not a faiss index this app can read: {reason}',

  // ---- .pth model files ----
  pth_unknown_format:
    'is not a PyTorch model file: torch.save writes a zip holding data.pkl (or, before torch 1.6, a pickle starting with its magic number)',
  pth_no_pickle: 'is a zip without the data.pkl torch.save writes: not a PyTorch model file',
  pth_several_pickles: 'holds more than one data.pkl: not a file torch.save wrote',
  pth_storage_missing: 'names tensor data {record} that the file does not hold (damaged file?)',
  pth_storage_short:
    'holds {actual, number} bytes in {record} where its tensors need {expected, number} (truncated file?)',
  pth_not_a_model:
    'is not an RVC voice model: it has no `weight` dictionary (RVC and Applio models hold weight, config, sr, f0, version)',
  pth_training_checkpoint:
    'is a training checkpoint (model, optimizer), not a voice model: use the small model RVC or Applio extracted from it',

  // ---- doctor findings (model + index) ----
  index_missing:
    'no index found for this model: RVC converts without retrieval, so the index rate does nothing. Fix: put the model’s added_….index beside it (same folder, or a file name that holds the model’s name)',
  several_indexes:
    '{count} indexes fit this model ({indexes}); RVC and Applio take whichever their folder walk meets first. Fix: keep only this model’s own added_ index beside it, or name it after the model',
  index_unreadable: '{index} cannot be used: {reason}. Fix: download or build the index again',
  index_partial:
    '{index} was read only in part ({reason}), so some checks are missing. Fix: none needed if RVC loads it; otherwise rebuild it as IVF…,Flat',
  index_empty:
    '{index} holds no vectors (ntotal {ntotal}): a trained_ index only holds the clustering, so RVC finds no neighbours ("You used a wrong .index file"). Fix: use the added_ index from the same training folder, or rebuild the index',
  dim_mismatch:
    'the index holds {indexDim}-dimensional vectors but the model takes {modelDim}-dimensional features: RVC stops with "assert d == self.d". Fix: use the index built from this model’s own features (v1 models: 256, v2: 768)',
  metric_not_l2:
    'the index uses the {metric} metric: RVC weights neighbours by 1/distance², which assumes L2 distances, so it will blend wrongly. Fix: rebuild the index with the L2 metric',
  not_reconstructable:
    '{type} cannot return its stored vectors (reconstruct_n), which RVC calls when it loads the index: {crashes, select, yes {faiss aborts and RVC crashes} other {loading fails}}. Fix: rebuild it as IVF…,Flat (or re-export it from this app)',
  fastscan_k_factor:
    'FastScan with k_factor {kFactor}: RVC’s search asks for {candidates} candidates, and faiss-cpu 1.7.3 (which RVC pins) switches above 20 to a top-k that aborts on data with tied distances (silence). Fix: store k_factor ≤ {safe} (set-params or re-tune)',
  nprobe_1:
    'stored n_probe 1: RVC searches 1 of {nlist, number} lists and finds about 70% of the neighbours exact search would (top 8). Fix: re-tune to n_probe 8–16 (a copy with the new value; the model is untouched)',
  index_above_compress_threshold:
    'the index holds {ntotal, number} vectors ({bytes, number} bytes): RVC’s own button replaces more than {threshold, number} frames with {centroids, number} k-means centroids, so this file is bigger and slower than RVC’s. Fix: none needed if it runs fast enough; RVC’s rule gives a small index of centroids',
  index_centroids:
    'the index holds exactly {centroids, number} vectors: RVC’s sign that the training features had more than {threshold, number} frames and were replaced by k-means centroids, so neighbours are centroids, not real frames. Fix: none needed; an index of every frame can sound closer to the voice',
  version_unknown:
    'the model says version "{declared}", which neither RVC nor Applio knows (v1 or v2): it may not load. Fix: re-extract the model with RVC or Applio',
  model_dim_unknown:
    'the model has no phone embedding (enc_p.emb_phone.weight), so its feature dimension is unknown and the index cannot be checked against it',
  version_shape_mismatch:
    '{declared, select, yes {the model says {version}} other {the model has no version, so RVC loads it as {version}}}, which takes {expected}-dimensional features, but its phone embedding takes {dim}: RVC and Applio build the wrong network and fail to load it. Fix: re-extract the model with the right version',

  library_scan_cancelled: 'opening the model library was cancelled',
} as const;
