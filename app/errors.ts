// The one error type of the project. Native code creates it too (main/native hands the class to
// the addon), so `instanceof AppError` and `code` work for every failure, and errors cross every
// transport as {code, message, file?, field?}.

export const errorCodes = [
  'INVALID_INPUT', // a bad file or folder: names the file
  'INVALID_ARGUMENT', // a bad option or parameter: names the field
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'CANCELLED',
  'OUT_OF_MEMORY',
  'FAISS_ERROR', // faiss failed where our checks expected success
  'ENGINE_CRASHED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  file?: string;
  field?: string;
}

export class AppError extends Error {
  code: ErrorCode;
  file?: string;
  field?: string;

  constructor(code: ErrorCode, message: string, where: { file?: string; field?: string } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (where.file !== undefined) this.file = where.file;
    if (where.field !== undefined) this.field = where.field;
  }

  toInfo(): ErrorInfo {
    return {
      code: this.code,
      message: this.message,
      ...(this.file ? { file: this.file } : {}),
      ...(this.field ? { field: this.field } : {}),
    };
  }
}

export const inputError = (file: string, message: string) => new AppError('INVALID_INPUT', message, { file });
export const argumentError = (field: string, message: string) => new AppError('INVALID_ARGUMENT', message, { field });

const knownCodes = new Set<string>(errorCodes);

/** Any thrown value as ErrorInfo; unknown failures become INTERNAL. */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof AppError) return error.toInfo();
  if (error && typeof error === 'object' && 'code' in error && knownCodes.has(String(error.code))) {
    const { code, message, file, field } = error as ErrorInfo;
    return { code, message: String(message), ...(file ? { file } : {}), ...(field ? { field } : {}) };
  }
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

export const fromErrorInfo = (info: ErrorInfo) => new AppError(info.code, info.message, info);

/** CLI exit status: 1 for what the user can fix, 2 for our own failures. */
export function exitCodeFor(code: ErrorCode): 1 | 2 {
  return code === 'FAISS_ERROR' || code === 'ENGINE_CRASHED' || code === 'INTERNAL' ? 2 : 1;
}
