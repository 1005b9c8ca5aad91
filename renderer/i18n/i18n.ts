// The renderer's translator: catalogue texts (with ICU plurals and interpolation) and numbers,
// percentages, sizes and durations in the user's locale, over react-intl's IntlShape. Helpers
// outside components (hints, charts' formatters) take it as an argument.
import { createElement, type ReactNode } from 'react';
import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import {
  formatBytes,
  formatCount,
  formatDuration,
  formatFixed,
  formatMs,
  formatPercent,
  formatRecall,
} from '../../app/format';
import { engineKey, messagesFor, type MessageKey, type MessageValues } from '../../app/i18n';
import { DEFAULT_LOCALE, type Locale } from '../../app/i18n/locales';
import { displayParams, type Message } from '../../app/messages';

/** A duration to format when the phrase is shown (in the locale of that moment). */
export interface DurationValue {
  durationMs: number;
}
/** An engine / Backend message inside a catalogue text, said in the language of that moment. */
export interface SaidValue {
  said: Message;
}
export type PhraseValues = Record<string, string | number | DurationValue | SaidValue>;

/** A text to show later, in whatever language is current then (state keeps these, not strings): a
 *  catalogue text, an engine / Backend message (after the file it concerns), or raw text. */
export type Phrase = { key: MessageKey; values?: PhraseValues } | { said: Message; file?: string } | { raw: string };

export type RichValues = Record<string, ReactNode | ((chunks: ReactNode[]) => ReactNode)>;

export interface I18n {
  locale: Locale;
  intl: IntlShape;
  t(key: MessageKey, values?: MessageValues): string;
  /** a text with tags (<code>, <b>) or React values */
  rich(key: MessageKey, values?: RichValues): ReactNode;
  phrase(phrase: Phrase): string;
  /** an engine / Backend message, by its code and parameters */
  message(message: Message): string;
  count(n: number): string;
  percent(fraction: number, digits?: number): string;
  recall(recall: number): string;
  bytes(bytes: number): string;
  ms(ms: number): string;
  fixed(value: number, digits: number): string;
  duration(ms: number): string;
}

// children spread (not an array child): the tags' chunks need no keys
const tags: RichValues = {
  code: (chunks) => createElement('code', null, ...chunks),
  b: (chunks) => createElement('strong', null, ...chunks),
};

export function makeI18n(intl: IntlShape): I18n {
  const locale = intl.locale as Locale;
  const t = (key: MessageKey, values?: MessageValues) => intl.formatMessage({ id: key }, values);
  const message = (said: Message) =>
    intl.formatMessage({ id: engineKey(said.code), defaultMessage: said.text }, displayParams(said.params, locale));
  return {
    locale,
    intl,
    t,
    rich: (key, values) => intl.formatMessage({ id: key }, { ...tags, ...values }) as ReactNode,
    phrase: (phrase) => {
      if ('raw' in phrase) return phrase.raw;
      if ('said' in phrase) return `${phrase.file ? `${phrase.file}: ` : ''}${message(phrase.said)}`;
      return t(phrase.key, phraseValues(phrase.values, locale, message));
    },
    message,
    count: (n) => formatCount(n, locale),
    percent: (fraction, digits = 1) => formatPercent(fraction, digits, locale),
    recall: (recall) => formatRecall(recall, locale),
    bytes: (bytes) => formatBytes(bytes, locale),
    ms: (ms) => formatMs(ms, locale),
    fixed: (value, digits) => formatFixed(value, digits, locale),
    duration: (ms) => formatDuration(ms, locale),
  };
}

function phraseValues(
  values: PhraseValues | undefined,
  locale: Locale,
  message: (said: Message) => string,
): MessageValues | undefined {
  if (!values) return undefined;
  const shown = (value: PhraseValues[string]) =>
    typeof value !== 'object'
      ? value
      : 'said' in value
        ? message(value.said)
        : formatDuration(value.durationMs, locale);
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, shown(value)]));
}

const cache = createIntlCache();

export function createIntlFor(locale: Locale): IntlShape {
  return createIntl({ locale, defaultLocale: DEFAULT_LOCALE, messages: messagesFor(locale) }, cache);
}

/** A translator without React (tests, and the first render before the provider). */
export const createI18n = (locale: Locale = DEFAULT_LOCALE) => makeI18n(createIntlFor(locale));

export const phrase = (key: MessageKey, values?: PhraseValues): Phrase => ({ key, values });
export const rawPhrase = (raw: string): Phrase => ({ raw });
