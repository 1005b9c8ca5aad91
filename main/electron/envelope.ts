// Electron's contextBridge copies only an Error's message into the page, so a failed call's code
// travels inside it as "[CODE] message" (renderer/lib/errors.ts reads it back).
import type { Envelope } from '../../app/contract';

export function unwrapEnvelope<T>(envelope: Envelope<T> | undefined | null): T {
  if (envelope && envelope.ok === true) return envelope.value;
  if (envelope && envelope.ok === false) throw new Error(`[${envelope.error.code}] ${envelope.error.message}`);
  throw new Error('[INTERNAL] no answer from the main process');
}
