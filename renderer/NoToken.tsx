// Browser mode without the server's token in the URL: how to get the right address.
import { useI18n } from './i18n/LocaleProvider';

export function NoToken() {
  const i18n = useI18n();
  return (
    <main className="no-token">
      <h1>{i18n.t('app.title')}</h1>
      <p>{i18n.rich('app.needsToken')}</p>
    </main>
  );
}
