// The one error type of the project. Native code creates it too (main/native hands the class to
// the addon), so `instanceof AppError` and `code` work for every failure, and errors cross every
// transport as {code, message, file?, field?, reason?}. `code` is the category (what the CLI's exit
// status and the UI's handling follow); `reason` is the structured message the English `message`
// was made from, which the renderer shows in the user's language. Every error made here has one
// (the constructor requires it); only an ErrorInfo received from elsewhere may lack it.
import { isMessageCode, message, type Message, type MessageCode, type MessageParams } from './messages';

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

export interface ErrorReason {
  code: MessageCode;
  params: MessageParams;
}

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  file?: string;
  field?: string;
  reason?: ErrorReason;
}

interface Where {
  file?: string;
  field?: string;
}

export class AppError extends Error {
  code: ErrorCode;
  file?: string;
  field?: string;
  reason?: Message;

  constructor(code: ErrorCode, message: string, where: Where & { reason: Message });
  /** an error received as ErrorInfo, whose reason may be unknown here (fromErrorInfo) */
  constructor(code: ErrorCode, message: string, where: Where & { reason: Message | undefined; received: true });
  constructor(code: ErrorCode, message: string, where: Where & { reason: Message | undefined }) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (where.file !== undefined) this.file = where.file;
    if (where.field !== undefined) this.field = where.field;
    if (where.reason !== undefined) this.reason = where.reason;
  }

  toInfo(): ErrorInfo {
    return {
      code: this.code,
      message: this.message,
      ...(this.file ? { file: this.file } : {}),
      ...(this.field ? { field: this.field } : {}),
      ...(this.reason ? { reason: { code: this.reason.code, params: this.reason.params } } : {}),
    };
  }
}

/**
 * A file (or zip entry, written `a.zip!/entry`) refused as input or output — a FIFO, a malicious
 * pickle, a zip bomb, an unwritable folder — with the structured reason: "<file>: <reason text>".
 */
export class Refusal extends AppError {
  declare reason: Message;

  constructor(file: string, reason: Message, code: ErrorCode = 'INVALID_INPUT') {
    super(code, `${file}: ${reason.text}`, { file, reason });
    this.name = 'Refusal';
  }
}

/** Whether a reason names its error's file among its parameters. A Refusal's reason never does
 *  (its text is "<file>: <reason>"), so the UI says the file before the translated reason. */
export const reasonNamesFile = (file: string, reason: Message) =>
  Object.values(reason.params).some((value) => String(value).includes(file));

export const refuse = (
  file: string,
  reason: MessageCode,
  params: MessageParams = {},
  code: ErrorCode = 'INVALID_INPUT',
): Refusal => new Refusal(file, message(reason, params), code);

/** A received reason as a Message again (undefined for an unknown code or bad parameters). */
export function reasonMessage(reason: ErrorReason | undefined): Message | undefined {
  if (!reason || !isMessageCode(reason.code)) return undefined;
  try {
    return message(reason.code, reason.params);
  } catch {
    return undefined;
  }
}

/** An error whose English text is its reason's: `appError('NOT_FOUND', 'index_not_loaded', { id })`. */
export function appError(
  code: ErrorCode,
  reason: MessageCode,
  params: MessageParams = {},
  where: Where = {},
): AppError {
  const said = message(reason, params);
  return new AppError(code, said.text, { ...where, reason: said });
}

/** A bad option or parameter, named by `field`. */
export const argumentError = (field: string, reason: MessageCode, params: MessageParams = {}) =>
  appError('INVALID_ARGUMENT', reason, params, { field });

/** A cancelled job or request; `reason` says what was (not) done. */
export const cancelledError = (reason: MessageCode = 'cancelled', params: MessageParams = {}) =>
  appError('CANCELLED', reason, params);

const knownCodes = new Set<string>(errorCodes);

/** Any thrown value as ErrorInfo; unknown failures become INTERNAL. */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof AppError) return error.toInfo();
  if (error && typeof error === 'object' && 'code' in error && knownCodes.has(String(error.code))) {
    const info = error as ErrorInfo;
    const reason = reasonMessage(info.reason);
    return {
      code: info.code,
      message: String(info.message),
      ...(info.file ? { file: info.file } : {}),
      ...(info.field ? { field: info.field } : {}),
      ...(reason ? { reason: { code: reason.code, params: reason.params } } : {}),
    };
  }
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

export const fromErrorInfo = (info: ErrorInfo) =>
  new AppError(info.code, info.message, {
    file: info.file,
    field: info.field,
    reason: reasonMessage(info.reason),
    received: true,
  });

/** CLI exit status: 1 for what the user can fix, 2 for our own failures. */
export function exitCodeFor(code: ErrorCode): 1 | 2 {
  return code === 'FAISS_ERROR' || code === 'ENGINE_CRASHED' || code === 'INTERNAL' ? 2 : 1;
}

/** Electron's contextBridge copies only an Error's message into the page: an ErrorInfo crosses it
 *  as "[CODE] message", then its file and reason (when it has them) after this mark. */
const BRIDGE_MARK = '\u0001';
const BRIDGED = /^\[([A-Z_]+)\] ([\s\S]*)$/;

export function bridgedErrorText(info: ErrorInfo): string {
  const { file, reason } = info;
  const extra = file || reason ? `${BRIDGE_MARK}${JSON.stringify({ file, reason })}` : '';
  return `[${info.code}] ${info.message}${extra}`;
}

/** The ErrorInfo a bridged error's message holds, or null when it is not one. */
export function bridgedErrorInfo(text: string): ErrorInfo | null {
  const [head, extra] = text.split(BRIDGE_MARK);
  const match = BRIDGED.exec(head);
  if (!match || !knownCodes.has(match[1])) return null;
  let rest: Pick<ErrorInfo, 'file' | 'reason'> = {};
  try {
    if (extra) rest = JSON.parse(extra) as Pick<ErrorInfo, 'file' | 'reason'>;
  } catch {
    // the text alone still says what happened
  }
  return toErrorInfo({ code: match[1], message: match[2], ...rest });
}
