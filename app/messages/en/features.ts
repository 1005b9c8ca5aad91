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
  memory_over_limit: `the features of ${features} need {neededSize}, more than {percent}% of this computer's {usableSize} of memory: ${moreMemory}`,
  memory_not_free: `the features of ${features} need {neededSize} but only {freeSize} of memory is available now: close other programs, or ${moreMemory}`,
  memory_tight: `the features of ${features} need {neededSize} but the system reports {freeSize} free: loading may be slow while it frees memory`,

  // ---- the evaluation split
  split_files_sampled:
    'the {files} held-out files hold {held} frames: using a seeded sample of {queries} of them as queries',
  split_no_file_set: 'no set of whole files gives {min}+ query frames while the index keeps {keep}% of the {n} frames',
  split_too_few_frames:
    '{n} frames are too few for an evaluation split ({needed} needed: {min} query frames while the index keeps 75%); evaluate with a query file or folder (--queries) instead',
  split_frame_block:
    '{single, select, yes {only one feature file ({file})} other {whole-file hold-out impossible}}: the queries are frames {first}-{last}, a contiguous block, with {guard} frames on each side also left out of the index; recall may read a little high because frames of one recording resemble each other',
  split_queries_sampled: 'the query set holds {total} frames: using a seeded sample of {queries} of them',

  // ---- refusals of a feature file or folder (said after its path)
  npy_bad_header: '.npy header is not a valid NumPy header dict',
  npy_bad_shape: ".npy shape contains ''{part}''",
  npy_no_magic: 'not a .npy file (missing the \\x93NUMPY magic)',
  npy_version: 'unsupported .npy version {major}.{minor}',
  npy_header_truncated: 'truncated .npy header',
  npy_header_short: 'truncated .npy header (needs {needed} bytes)',
  npy_empty_file: 'is empty (0 bytes): feature extraction was probably interrupted; re-run it or delete the file',
  npy_header_corrupt: 'corrupt .npy header (claims {bytes} bytes)',
  npy_header_cut: 'truncated: the file ends inside its .npy header ({size} of {needed} bytes)',
  feature_not_float:
    'holds {type} values, not float features: RVC writes float32 [frames, d] features{integer, select, yes { (integer arrays in an RVC experiment are pitch files from 2a_f0, not features)} other {}}',
  feature_scalar: 'holds a single number, not a [frames, d] feature matrix',
  feature_1d:
    'is 1-D {shape}; a feature file is 2-D [frames, d] (1-D arrays in an RVC experiment are pitch files from 2b-f0nsf, not features)',
  feature_bad_shape: 'has shape {shape}; expected [frames, d] or [1, frames, d]',
  feature_zero_width: 'has shape {shape}: rows of width 0',
  feature_data_truncated:
    'truncated: its header promises {shape} {dtype} = {bytes} bytes of data but only {available} follow; re-run feature extraction for this file or delete it',
  feature_width_differs:
    'has d = {d} but {first} has d = {firstD}: feature width differs between files; all files of an experiment must come from the same feature extractor (v1 = 256, v2 = 768)',
  feature_changed: 'changed while loading; try again',
  features_none: 'no .npy feature files to load',
  features_all_empty: 'every feature file is empty (0 frames); re-run feature extraction',
  features_all_nonfinite: 'every row of every feature file contains NaN/Inf; re-run feature extraction',
  features_not_found:
    "{what, select, empty {is empty} no_npy {has no .npy files} other {has no feature folder (3_feature768, 3_feature256 or extracted) and no .npy files}}: run feature extraction first (RVC WebUI: Train tab, step 2b ''Feature extraction''; Applio: Train tab, ''Extract''), or choose a folder of .npy feature files",
  features_not_npy:
    "is not a .npy file or a folder: open an RVC experiment folder (logs/'<name>'), its 3_feature768 / 3_feature256 folder, or .npy features",
  queries_width_mismatch:
    "the query features have d = {queryD} but the experiment's have d = {d}; extract the queries with the same model version (v1 = 256, v2 = 768)",
  features_no_memory: 'cannot allocate {neededSize} for the features of {where}',
  features_load_cancelled: 'loading the features was cancelled',
  split_impossible: 'too few frames to hold out evaluation queries — choose a query file or folder',
} as const;
