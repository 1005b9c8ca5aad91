// One catalogue per locale (catalogues/), the translations of the engine's and the Backend's
// structured messages (engine/, keyed by message code, every code in every locale), and a
// plain translator for code outside React (the desktop menu, tests).
import { IntlMessageFormat } from 'intl-messageformat';
import { displayParams, type Message, type MessageCode } from '../messages';
import { englishCatalogue } from '../messages/en';
import { en, type Catalogue, type MessageKey } from './catalogues/en';
import { es } from './catalogues/es';
import { fr } from './catalogues/fr';
import { ja } from './catalogues/ja';
import { ko } from './catalogues/ko';
import { ptBR } from './catalogues/pt-BR';
import { ru } from './catalogues/ru';
import { tr } from './catalogues/tr';
import { zhCN } from './catalogues/zh-CN';
import { engineEs } from './engine/es';
import { engineFr } from './engine/fr';
import { engineJa } from './engine/ja';
import { engineKo } from './engine/ko';
import { enginePtBR } from './engine/pt-BR';
import { engineRu } from './engine/ru';
import { engineTr } from './engine/tr';
import { engineZhCN } from './engine/zh-CN';
import type { Locale } from './locales';

export type { Catalogue, MessageKey };
export type EngineCatalogue = Record<MessageCode, string>;
export type MessageValues = Record<string, string | number>;

export const catalogues: Record<Locale, Catalogue> = {
  en,
  'zh-CN': zhCN,
  ja,
  ko,
  fr,
  tr,
  es,
  'pt-BR': ptBR,
  ru,
};

export const engineCatalogues: Record<Locale, EngineCatalogue> = {
  en: englishCatalogue,
  'zh-CN': engineZhCN,
  ja: engineJa,
  ko: engineKo,
  fr: engineFr,
  tr: engineTr,
  es: engineEs,
  'pt-BR': enginePtBR,
  ru: engineRu,
};

/** The id under which an engine message's text sits in a locale's flat message table. */
export const engineKey = (code: MessageCode) => `engine.${code}`;

/** Every text of a locale, flat (app keys, then engine.<code>). */
export function messagesFor(locale: Locale): Record<string, string> {
  const engine = Object.entries(engineCatalogues[locale]);
  return {
    ...catalogues[locale],
    ...Object.fromEntries(engine.map(([code, text]) => [engineKey(code as MessageCode), text])),
  };
}

const compiled = new Map<string, IntlMessageFormat>();

/** A catalogue text in a locale, outside React (the desktop menu). */
export function translate(locale: Locale, key: MessageKey, values: MessageValues = {}): string {
  const id = `${locale}|${key}`;
  let format = compiled.get(id);
  if (!format) {
    format = new IntlMessageFormat(catalogues[locale][key], locale);
    compiled.set(id, format);
  }
  return String(format.format(values));
}

/** An engine message in a locale; the English text it came with if its parameters do not fit. */
export function translateMessage(locale: Locale, message: Message): string {
  const text = engineCatalogues[locale][message.code];
  try {
    return String(new IntlMessageFormat(text, locale).format(displayParams(message.params, locale)));
  } catch {
    return message.text;
  }
}
