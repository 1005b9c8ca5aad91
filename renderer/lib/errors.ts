// Errors reach the renderer in two shapes: the browser client throws AppError (code and reason
// kept), while Electron's contextBridge copies only an Error's message, so the preload puts the
// ErrorInfo in it (bridgedErrorText). Both become ErrorInfo here.
import {
  bridgedErrorInfo,
  fromErrorInfo,
  reasonMessage,
  reasonNamesFile,
  toErrorInfo,
  type ErrorInfo,
} from '../../app/errors';
import type { EngineCrash } from '../../app/contract';
import { phrase, rawPhrase, type Phrase, type SaidValue } from '../i18n/i18n';

export function errorInfoOf(error: unknown): ErrorInfo {
  const bridged = error instanceof Error && !('code' in error) ? bridgedErrorInfo(error.message) : null;
  return bridged ?? toErrorInfo(error);
}

/** What to show a user: the message (its reason in the user's language when it has one), plus
 *  what to do for the codes that need it. */
export function describeError(error: unknown): Phrase {
  const info = errorInfoOf(error);
  const reason = fromErrorInfo(info).reason;
  if (info.code === 'ENGINE_CRASHED')
    return phrase('error.engineCrashed', { message: reason ? { said: reason } : info.message });
  if (info.code === 'CANCELLED') return phrase('error.cancelled');
  // a refused file is said before its reason; other reasons name their files themselves
  if (reason) return { said: reason, ...(info.file && !reasonNamesFile(info.file, reason) ? { file: info.file } : {}) };
  return rawPhrase(info.message);
}

/** What stopped, for the crash notice: its reason (said in the user's language) when it has one. */
export function crashMessage(crash: EngineCrash): string | SaidValue {
  const reason = reasonMessage(crash.reason);
  return reason ? { said: reason } : crash.message;
}

export const isCancelled = (error: unknown) => errorInfoOf(error).code === 'CANCELLED';
