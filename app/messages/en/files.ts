// Messages about paths and files: what cannot be read or written, said after the path
// ("<path>: is a FIFO, not a regular index file: nothing was read").
const kind =
  '{kind, select, folder {a folder} fifo {a FIFO (named pipe)} socket {a socket} device {a device} link {a symbolic link} file {a file} other {a special file}}';
const what =
  '{what, select, index {index file} npy {.npy file} pth {model file} zip {zip file} experiment {feature folder or .npy file} queries {query folder or .npy file} library {model folder or .zip} other {file}}';

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
} as const;
