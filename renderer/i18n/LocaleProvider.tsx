// The language: the user's choice (remembered in localStorage), else the OS's (Electron's
// app.getLocale() via the desktop API) or the browser's (navigator.languages), else English.
// The desktop menu's Language entries switch it too, and the menu follows the page's choice.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { RawIntlProvider } from 'react-intl';
import type { StudioClient } from '../../app/client';
import { isLocale, matchLocale, type Locale } from '../../app/i18n/locales';
import { createIntlFor, makeI18n, type I18n } from './i18n';

const STORAGE_KEY = 'rvc-index-studio.locale';

function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function remember(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // private windows may refuse storage: the choice then lasts for this page only
  }
}

const browserLocale = () => matchLocale(typeof navigator === 'undefined' ? [] : navigator.languages);

interface LocaleContext {
  i18n: I18n;
  setLocale: (locale: Locale) => void;
}

const Context = createContext<LocaleContext | null>(null);

export function LocaleProvider({ client, children }: { client: StudioClient | null; children: ReactNode }) {
  const [chosen, setChosen] = useState<Locale | null>(storedLocale);
  const [system, setSystem] = useState<Locale>(browserLocale);
  const locale = chosen ?? system;

  // the OS's languages (desktop): they decide until the user chooses
  useEffect(() => {
    let live = true;
    client?.systemLocales?.().then(
      (tags) => {
        if (live && tags.length > 0) setSystem(matchLocale(tags));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [client]);

  useEffect(() => {
    document.documentElement.lang = locale;
    client?.setMenuLocale?.(locale);
  }, [client, locale]);

  useEffect(
    () =>
      client?.onMenuCommand?.((command) => {
        if (command.command === 'set-locale' && isLocale(command.locale)) {
          remember(command.locale);
          setChosen(command.locale);
        }
      }),
    [client],
  );

  const value = useMemo(() => {
    const intl = createIntlFor(locale);
    return {
      intl,
      context: {
        i18n: makeI18n(intl),
        setLocale: (next: Locale) => {
          remember(next);
          setChosen(next);
        },
      },
    };
  }, [locale]);
  return (
    <RawIntlProvider value={value.intl}>
      <Context.Provider value={value.context}>{children}</Context.Provider>
    </RawIntlProvider>
  );
}

function useLocaleContext(): LocaleContext {
  const context = useContext(Context);
  if (!context) throw new Error('useI18n outside LocaleProvider');
  return context;
}

export const useI18n = (): I18n => useLocaleContext().i18n;
export const useSetLocale = () => useLocaleContext().setLocale;
