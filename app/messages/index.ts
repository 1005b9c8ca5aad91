// Structured messages: every warning, error reason and finding that the engine, the Backend or the
// core reports has a stable code and parameters. Decisions read the code, never the text. The
// English text is made here from one ICU catalogue (en/), and the renderer translates the same
// code and parameters into the user's language (docs/ARCHITECTURE.md, "Messages").
import { IntlMessageFormat } from 'intl-messageformat';
import { CLI_LOCALE, formatBytes } from '../format';
import { englishCatalogue, type MessageCode } from './en';

export type { MessageCode };
export type MessageParamValue = string | number;
export type MessageParams = Record<string, MessageParamValue>;

export interface Message {
  code: MessageCode;
  params: MessageParams;
  /** the English text (CLI, logs); the renderer formats code + params in the user's language */
  text: string;
}

const compiled = new Map<MessageCode, IntlMessageFormat>();

/** A parameter named `…Size` (neededSize, indexSize) is a byte count, shown as a size in the
 *  reader's locale ("94.8 MB", "94,8 Mo"); messages carry the number, never the English text. */
const isSizeParam = (name: string) => /^[a-z]+Size$/.test(name);

/** The parameters as a message shows them in `locale`: sizes formatted, the rest as they are. */
export function displayParams(params: MessageParams, locale: string): MessageParams {
  if (!Object.keys(params).some(isSizeParam)) return params;
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      isSizeParam(name) && typeof value === 'number' ? formatBytes(value, locale) : value,
    ]),
  );
}

export const isMessageCode = (code: string): code is MessageCode =>
  Object.prototype.hasOwnProperty.call(englishCatalogue, code);

/** The English text of a message; throws when a parameter the text uses is missing. */
export function englishText(code: MessageCode, params: MessageParams = {}): string {
  let format = compiled.get(code);
  if (!format) {
    format = new IntlMessageFormat(englishCatalogue[code], 'en');
    compiled.set(code, format);
  }
  return String(format.format(displayParams(params, CLI_LOCALE)));
}

export function message(code: MessageCode, params: MessageParams = {}): Message {
  return { code, params, text: englishText(code, params) };
}

/** Texts of messages, for the CLI's human output and for tests. */
export const texts = (messages: readonly Message[]): string[] => messages.map((m) => m.text);

/** Adds a message unless one with the same code and parameters is already there. */
export function addOnce(list: Message[], item: Message): void {
  if (!list.some((m) => m.code === item.code && sameParams(m.params, item.params))) list.push(item);
}

function sameParams(a: MessageParams, b: MessageParams): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** A result's warnings, each once: the English texts (CLI, JSON, logs) and the messages they come
 *  from (the renderer shows these, in the user's language). */
export function warningFields(messages: readonly Message[]): { warnings: string[]; notices: Message[] } {
  const notices: Message[] = [];
  for (const item of messages) addOnce(notices, item);
  return { warnings: texts(notices), notices };
}
