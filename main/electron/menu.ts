// The application menu as a template (types only from Electron, so it is unit-tested), in the
// page's language; its Language submenu switches the page's.
import type { MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import { translate, type MessageKey } from '../../app/i18n';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../app/i18n/locales';

export interface MenuActions {
  openExperiment: () => void;
  openIndex: () => void;
  openSample: () => void;
  openRecent: (kind: 'experiment' | 'index', file: string) => void;
  exportIndex: () => void;
  /** reloads the focused window (and, as closing does, cancels its jobs and frees its indexes) */
  reload: () => void;
  about: () => void;
  setLocale: (locale: Locale) => void;
}

export interface MenuState {
  platform: NodeJS.Platform;
  appName: string;
  /** app.isPackaged: the developer tools are only for development builds */
  packaged: boolean;
  recent: { experiments: string[]; indexes: string[] };
  /** the page's language (English until the page tells) */
  locale: Locale;
}

function recentItems(
  state: MenuState,
  actions: MenuActions,
  t: (key: MessageKey) => string,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [
    ...state.recent.experiments.map((file) => ({
      label: `${path.basename(file)}  —  ${file}`,
      click: () => actions.openRecent('experiment', file),
    })),
  ];
  if (state.recent.indexes.length > 0) {
    if (items.length > 0) items.push({ type: 'separator' });
    items.push(
      ...state.recent.indexes.map((file) => ({
        label: path.basename(file),
        toolTip: file,
        click: () => actions.openRecent('index', file),
      })),
    );
  }
  return items.length > 0 ? items : [{ label: t('menu.nothingRecent'), enabled: false }];
}

export function menuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin';
  const t = (key: MessageKey) => translate(state.locale, key, { app: state.appName });
  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      { label: t('menu.openExperiment'), accelerator: 'CmdOrCtrl+O', click: actions.openExperiment },
      { label: t('menu.openIndex'), accelerator: 'CmdOrCtrl+Shift+O', click: actions.openIndex },
      { label: t('menu.openSample'), click: actions.openSample },
      { label: t('menu.openRecent'), submenu: recentItems(state, actions, t) },
      { type: 'separator' },
      { label: t('menu.export'), accelerator: 'CmdOrCtrl+E', click: actions.exportIndex },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const template: MenuItemConstructorOptions[] = [
    file,
    { role: 'editMenu' },
    {
      label: t('menu.view'),
      submenu: [
        // not role 'reload': the page's jobs and indexes must go with it (the new page knows none of them)
        { label: t('menu.reload'), accelerator: 'CmdOrCtrl+R', click: actions.reload },
        ...(state.packaged ? [] : [{ role: 'toggleDevTools' } as const]),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { type: 'separator' },
        {
          label: t('menu.language'),
          submenu: LOCALES.map((locale) => ({
            label: LOCALE_NAMES[locale],
            type: 'radio' as const,
            checked: locale === state.locale,
            click: () => actions.setLocale(locale),
          })),
        },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: t('menu.about'), click: actions.about }] },
  ];
  return mac ? [{ role: 'appMenu' }, ...template] : template;
}
