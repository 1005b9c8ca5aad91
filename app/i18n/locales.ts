// The languages the app speaks, and how a list of preferred languages (the OS's, the browser's)
// picks one of them. Isomorphic: the renderer and the desktop menu share it.

export const LOCALES = ['en', 'zh-CN', 'ja', 'ko', 'fr', 'tr', 'es', 'pt-BR', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's own name, shown in the language menus whatever the current language. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  'zh-CN': '简体中文',
  ja: '日本語',
  ko: '한국어',
  fr: 'Français',
  tr: 'Türkçe',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  ru: 'Русский',
};

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** The language of a BCP 47 tag we speak, or null: "pt" and "pt-PT" read Brazilian Portuguese,
 *  every Chinese tag reads simplified Chinese (the only Chinese catalogue). */
export function localeOf(tag: string): Locale | null {
  const lower = tag.trim().replace('_', '-').toLowerCase();
  const exact = LOCALES.find((locale) => locale.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split('-')[0];
  return LOCALES.find((locale) => locale.toLowerCase().split('-')[0] === language) ?? null;
}

/** The first preferred language we speak, else English. */
export function matchLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const locale = localeOf(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
