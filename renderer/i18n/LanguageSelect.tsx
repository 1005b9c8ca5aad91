// The header's language menu: each language in its own name.
import { LOCALE_NAMES, LOCALES, isLocale } from '../../app/i18n/locales';
import { useI18n, useSetLocale } from './LocaleProvider';

export function LanguageSelect() {
  const i18n = useI18n();
  const setLocale = useSetLocale();
  return (
    <select
      className="language"
      data-testid="language-select"
      aria-label={i18n.t('app.language')}
      value={i18n.locale}
      onChange={(e) => {
        if (isLocale(e.target.value)) setLocale(e.target.value);
      }}
    >
      {LOCALES.map((locale) => (
        <option key={locale} value={locale} lang={locale}>
          {LOCALE_NAMES[locale]}
        </option>
      ))}
    </select>
  );
}
