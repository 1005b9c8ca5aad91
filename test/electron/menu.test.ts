import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate, type MenuActions } from '../../main/electron/menu';
import { translate } from '../../app/i18n';
import { LOCALE_NAMES, LOCALES } from '../../app/i18n/locales';

const calls: string[] = [];
const actions: MenuActions = {
  openExperiment: () => calls.push('experiment'),
  openIndex: () => calls.push('index'),
  openSample: () => calls.push('sample'),
  openRecent: (kind, file) => calls.push(`${kind}:${file}`),
  exportIndex: () => calls.push('export'),
  reload: () => calls.push('reload'),
  about: () => calls.push('about'),
  setLocale: (locale) => calls.push(`locale:${locale}`),
};
const submenu = (item: MenuItemConstructorOptions) => item.submenu as MenuItemConstructorOptions[];
const click = (item: MenuItemConstructorOptions) => (item.click as unknown as () => void)();

describe('application menu', () => {
  it('has File > Open Experiment / Index / Sample / Recent / Export with shortcuts', () => {
    const [file] = menuTemplate(
      {
        platform: 'linux',
        appName: 'RVC Index Studio',
        packaged: true,
        recent: { experiments: ['/logs/alice'], indexes: ['/logs/alice/added.index'] },
        locale: 'en',
      },
      actions,
    );
    const labels = submenu(file).map((i) => i.label ?? i.role ?? i.type);
    expect(labels).toEqual([
      'Open Experiment…',
      'Open Index File…',
      'Open the Sample Experiment',
      'Open Recent',
      'separator',
      'Export for RVC…',
      'separator',
      'quit',
    ]);
    expect(submenu(file)[0].accelerator).toBe('CmdOrCtrl+O');
    const recent = submenu(submenu(file)[3]);
    expect(recent).toHaveLength(3);
    click(recent[0]);
    click(recent[2]);
    expect(calls).toEqual(['experiment:/logs/alice', 'index:/logs/alice/added.index']);
  });

  it('says when there is nothing recent, and adds the app menu on macOS', () => {
    const template = menuTemplate(
      {
        platform: 'darwin',
        appName: 'RVC Index Studio',
        packaged: true,
        recent: { experiments: [], indexes: [] },
        locale: 'en',
      },
      actions,
    );
    expect(template[0].role).toBe('appMenu');
    const recent = submenu(submenu(template[1])[3]);
    expect(recent).toEqual([{ label: 'Nothing opened yet', enabled: false }]);
  });

  it('has developer tools only in development builds, and a Reload that goes through the app', () => {
    const view = (packaged: boolean) =>
      submenu(
        menuTemplate(
          {
            platform: 'linux',
            appName: 'RVC Index Studio',
            packaged,
            recent: { experiments: [], indexes: [] },
            locale: 'en',
          },
          actions,
        )[2],
      );
    expect(view(true).some((item) => item.role === 'toggleDevTools')).toBe(false);
    expect(view(false).some((item) => item.role === 'toggleDevTools')).toBe(true);
    // role 'reload' would reload behind the app's back; this one cancels the window's jobs first
    const reload = view(true).find((item) => item.label === 'Reload')!;
    expect(view(true).some((item) => item.role === 'reload' || item.role === 'forceReload')).toBe(false);
    expect(reload.accelerator).toBe('CmdOrCtrl+R');
    calls.length = 0;
    click(reload);
    expect(calls).toEqual(['reload']);
  });

  it('speaks the page’s language and switches it from View > Language', () => {
    const template = menuTemplate(
      {
        platform: 'linux',
        appName: 'RVC Index Studio',
        packaged: true,
        recent: { experiments: [], indexes: [] },
        locale: 'ru',
      },
      actions,
    );
    const [file, , view] = template;
    expect(file.label).toBe(translate('ru', 'menu.file'));
    expect(file.label).not.toBe('File');
    expect(submenu(submenu(file)[3])[0].label).toBe(translate('ru', 'menu.nothingRecent'));
    const language = submenu(view).find((item) => item.label === translate('ru', 'menu.language'))!;
    const entries = submenu(language);
    expect(entries.map((item) => item.label)).toEqual(LOCALES.map((locale) => LOCALE_NAMES[locale]));
    expect(entries.filter((item) => item.checked).map((item) => item.label)).toEqual(['Русский']);
    calls.length = 0;
    click(entries[LOCALES.indexOf('ja')]);
    expect(calls).toEqual(['locale:ja']);
  });
});
