// Errors reach the renderer in two shapes: the browser client throws AppError (code kept), while
// Electron's contextBridge copies only an Error's message, so the preload puts the code in it as
// "[CODE] message". Both become ErrorInfo here.
import { AppError, errorCodes, type ErrorCode, type ErrorInfo } from '../../app/errors';
import { phrase, rawPhrase, type Phrase } from '../i18n/i18n';

const known = new Set<string>(errorCodes);
const CODED_MESSAGE = /^\[([A-Z_]+)\] ([\s\S]*)$/;

export function errorInfoOf(error: unknown): ErrorInfo {
  if (error && typeof error === 'object' && 'code' in error && known.has(String(error.code))) {
    const message = 'message' in error && typeof error.message === 'string' ? error.message : '';
    return { code: error.code as ErrorCode, message };
  }
  const message = error instanceof Error ? error.message : String(error);
  const coded = CODED_MESSAGE.exec(message);
  if (coded && known.has(coded[1])) return { code: coded[1] as ErrorCode, message: coded[2] };
  return { code: 'INTERNAL', message };
}

/** What to show a user: the message, plus what to do for the codes that need it. */
export function describeError(error: unknown): Phrase {
  const info = errorInfoOf(error);
  if (info.code === 'ENGINE_CRASHED') return phrase('error.engineCrashed', { message: info.message });
  if (info.code === 'CANCELLED') return phrase('error.cancelled');
  // the browser client keeps an error's structured reason (Electron's bridge passes only its text)
  if (error instanceof AppError && error.reason) return { said: error.reason, ...(error.file ? { file: error.file } : {}) };
  return rawPhrase(info.message);
}

export const isCancelled = (error: unknown) => errorInfoOf(error).code === 'CANCELLED';
