// Electron's contextBridge copies only an Error's message into the page, so a failed call's
// ErrorInfo travels inside it (app/errors.ts, bridgedErrorText; renderer/lib/errors.ts reads it back).
import type { Envelope } from '../../app/contract';
import { appError, bridgedErrorText, toErrorInfo } from '../../app/errors';

export function unwrapEnvelope<T>(envelope: Envelope<T> | undefined | null): T {
  if (envelope && envelope.ok === true) return envelope.value;
  if (envelope && envelope.ok === false) throw new Error(bridgedErrorText(envelope.error));
  throw new Error(bridgedErrorText(toErrorInfo(appError('INTERNAL', 'main_no_answer'))));
}
