// What a feature file's header must say (docs/ARCHITECTURE.md, "Files"). RVC writes float32 [T, 768] (v2) or
// [T, 256] (v1); some forks save (1, T, d). Everything else is either converted with a warning or
// refused with a message that names the file and says what it probably is.
import { refuse } from '../errors';
import { message, type Message } from '../messages';
import { npyElementCount, type NpyHeader } from '../npy';

/** Warning kinds, so a loader can group the same warning across many files. */
export type FeatureWarningKind = 'squeezed' | 'float16' | 'float64' | 'nonfinite' | 'empty' | 'trailing_bytes';

export interface FeatureWarning {
  kind: FeatureWarningKind;
  /** the file's name (every warning names its file) */
  file: string;
  /** "<file>: <what happened>" */
  message: Message;
  /** rows concerned (nonfinite: rows dropped) */
  rows?: number;
}

export interface FeatureArrayShape {
  rows: number;
  d: number;
  /** bytes of data the header promises */
  dataBytes: number;
  /** data can be read as-is into a Float32Array (little-endian float32, C order) */
  raw: boolean;
  warnings: FeatureWarning[];
}

export const formatShape = (shape: number[]) => (shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`);

const dtypeNames: Record<string, string> = { f2: 'float16', f4: 'float32', f8: 'float64', b1: 'bool' };
export const dtypeName = (header: NpyHeader) => {
  const key = `${header.dtype.kind}${header.dtype.size}`;
  if (dtypeNames[key]) return dtypeNames[key];
  if (header.dtype.kind === 'i') return `int${header.dtype.size * 8}`;
  if (header.dtype.kind === 'u') return `uint${header.dtype.size * 8}`;
  return header.dtype.descr;
};

/**
 * Checks the header of a feature file and says how to read it. `file` is how messages name the
 * file (a path); `name` is the short name used in warnings. Throws INVALID_INPUT (with `file` set
 * to `file`) for shapes and dtypes that are not features.
 *
 * Non-float dtypes are refused rather than converted: HuBERT/ContentVec features are always
 * floats, and the integer or 1-D arrays found next to them in an RVC experiment are pitch files
 * (2a_f0: coarse pitch, 2b-f0nsf: f0 in Hz); converting those would build a meaningless index.
 */
export function checkFeatureHeader(header: NpyHeader, file: string, name: string): FeatureArrayShape {
  const { dtype, shape } = header;
  const type = dtypeName(header);
  if (dtype.kind !== 'f' || ![2, 4, 8].includes(dtype.size)) {
    const integer = dtype.kind === 'i' || dtype.kind === 'u' ? 'yes' : 'no';
    throw refuse(file, 'feature_not_float', { type, integer });
  }
  if (shape.length === 0) throw refuse(file, 'feature_scalar');
  if (shape.length === 1) {
    throw refuse(file, 'feature_1d', { shape: formatShape(shape) });
  }
  const squeezed = shape.length === 3 && shape[0] === 1;
  if (shape.length > 3 || (shape.length === 3 && !squeezed)) {
    throw refuse(file, 'feature_bad_shape', { shape: formatShape(shape) });
  }
  const [rows, d] = squeezed ? [shape[1], shape[2]] : [shape[0], shape[1]];
  if (d === 0) throw refuse(file, 'feature_zero_width', { shape: formatShape(shape) });

  const warnings: FeatureWarning[] = [];
  const warn = (kind: FeatureWarningKind, said: Message) => warnings.push({ kind, file: name, message: said });
  if (squeezed) warn('squeezed', message('feature_squeezed', { file: name, shape: formatShape(shape), rows, d }));
  if (dtype.size === 2) warn('float16', message('feature_float16', { file: name }));
  if (dtype.size === 8) warn('float64', message('feature_float64', { file: name }));
  if (rows === 0) warn('empty', message('feature_empty', { file: name, shape: formatShape(shape) }));
  return {
    rows,
    d,
    dataBytes: npyElementCount(shape) * dtype.size,
    raw: dtype.size === 4 && dtype.littleEndian && !header.fortranOrder,
    warnings,
  };
}
