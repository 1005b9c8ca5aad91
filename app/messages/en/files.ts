// Messages about paths and files: what cannot be read or written, said after the path
// ("<path>: is a FIFO, not a regular index file: nothing was read").
const kind =
  '{kind, select, folder {a folder} fifo {a FIFO (named pipe)} socket {a socket} device {a device} link {a symbolic link} file {a file} other {a special file}}';
const what =
  '{what, select, index {index file} npy {.npy file} pth {model file} zip {zip file} experiment {feature folder or .npy file} queries {query folder or .npy file} library {model folder or .zip} other {file}}';
/** why a path could not be used: the OS error, said for the usual ones */
const fsWhy =
  '{why, select, missing {no such file or folder} denied {permission denied} folder {is a folder} notdir {a part of the path is not a folder} loop {too many symbolic links} io {input/output error (bad disk or disconnected drive?)} other {{reason}}}';

export const filesMessages = {
  file_missing: 'no such file or folder',
  file_not_regular: `is ${kind}, not a regular ${what}: nothing was read`,
  input_not_regular: `is ${kind}, not a ${what}: nothing was read`,
  file_unreadable: 'cannot be read: {reason}',
  file_truncated: 'became shorter while it was read ({actual, number} of {expected, number} bytes): not read',
  file_too_large: 'is {size, number} bytes, above the limit of {limit, number} bytes this app reads: not read',
  output_not_folder: `the output folder is ${kind}, not a folder`,
  output_not_writable: 'the output folder is not writable',
  output_folder_unusable: 'the output folder cannot be used: {reason}',
  output_not_regular: `cannot be written: it is ${kind}; choose a regular file name`,
  output_exists: 'already exists: nothing was written (use --force to overwrite)',
  folder_unlistable: `cannot list the folder: ${fsWhy}`,
  path_unopenable: `cannot open: ${fsWhy}`,
  path_unusable: fsWhy,
  write_failed:
    'cannot write {file}: {why, select, full {the disk is full} too_large {the file is larger than this disk or account allows} not_writable {the folder is not writable} no_folder {the folder does not exist} folder_in_way {a folder of that name is in the way} other {{reason}}}',
  cancelled_nothing_written: 'cancelled: nothing was written',
  outputs_exist:
    '{files}: {count, plural, one {already exists} other {already exist}}: nothing was written (use --force to overwrite)',
  folder_not_creatable: 'cannot create {folder}: {why, select, full {the disk is full} other {{reason}}}',
  sample_folder_not_empty: 'already holds .npy files: choose an empty folder for the sample experiment',
  sample_not_written: 'cannot write the sample into {folder}: {reason}',
} as const;
