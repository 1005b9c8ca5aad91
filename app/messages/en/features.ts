// Messages about an experiment's feature files: which folder or files were used, conversions and
// dropped rows, whether they fit in memory, and how the evaluation split was made. File and folder
// names are parameters; per-file messages start with the file.
const features = '{where} ({n} × {d} float32){index, select, yes { and the index} other {}}';
const moreMemory = 'use a computer with more memory, or fewer feature files';

export const featuresMessages = {
  // ---- which files
  features_only_file:
    'using only {file}; {others} other .npy files in {folder} are not loaded (open the folder to use them)',
  features_both_folders:
    'both {folder} and {other} exist: using {folder} ({version}) (open {otherPath} for the {otherVersion} features)',
  features_folder_empty: '{folder} has no .npy files: using {used} ({version})',
  features_total_fea_ignored: '{file} ignored: it repeats the frames of the other {count} .npy files',
  features_width_mismatch: '{folder}: holds {d}-wide features, but {version} features are {expected}-wide',

  // ---- one file
  feature_squeezed: '{file}: shape {shape} squeezed to ({rows}, {d})',
  feature_float16: '{file}: float16 converted to float32',
  feature_float64: '{file}: float64 converted to float32 (precision beyond float32 is dropped)',
  feature_empty: '{file}: has no frames (shape {shape}); skipped',
  feature_trailing_bytes: '{file}: {count} bytes after the data ignored',
  feature_nonfinite:
    '{file}: {dropped} of {rows} rows contain {float64, select, yes {NaN/Inf (or float64 values beyond float32’s range)} other {NaN/Inf}}; dropped',
  features_grouped:
    "{kind, select, squeezed {{count} files have shape (1, frames, d); squeezed to (frames, d)} float16 {{count} files hold float16; converted to float32} other {{count} files hold float64; converted to float32}}: {named} and {more} more (each file's warnings are listed with it)",

  // ---- memory
  memory_over_limit: `the features of ${features} need {needed}, more than {percent}% of this computer's {usable} of memory: ${moreMemory}`,
  memory_not_free: `the features of ${features} need {needed} but only {free} of memory is available now: close other programs, or ${moreMemory}`,
  memory_tight: `the features of ${features} need {needed} but the system reports {free} free: loading may be slow while it frees memory`,

  // ---- the evaluation split
  split_files_sampled:
    'the {files} held-out files hold {held} frames: using a seeded sample of {queries} of them as queries',
  split_no_file_set: 'no set of whole files gives {min}+ query frames while the index keeps {keep}% of the {n} frames',
  split_too_few_frames:
    '{n} frames are too few for an evaluation split ({needed} needed: {min} query frames while the index keeps 75%); evaluate with a query file or folder (--queries) instead',
  split_frame_block:
    '{single, select, yes {only one feature file ({file})} other {whole-file hold-out impossible}}: the queries are frames {first}-{last}, a contiguous block, with {guard} frames on each side also left out of the index; recall may read a little high because frames of one recording resemble each other',
  split_queries_sampled: 'the query set holds {total} frames: using a seeded sample of {queries} of them',
} as const;
