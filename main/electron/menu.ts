// The application menu as a template (types only from Electron, so it is unit-tested).
import type { MenuItemConstructorOptions } from 'electron';
import path from 'node:path';

export interface MenuActions {
  openExperiment: () => void;
  openIndex: () => void;
  openSample: () => void;
  openRecent: (kind: 'experiment' | 'index', file: string) => void;
  exportIndex: () => void;
  /** reloads the focused window (and, as closing does, cancels its jobs and frees its indexes) */
  reload: () => void;
  about: () => void;
}

export interface MenuState {
  platform: NodeJS.Platform;
  appName: string;
  /** app.isPackaged: the developer tools are only for development builds */
  packaged: boolean;
  recent: { experiments: string[]; indexes: string[] };
}

function recentItems(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
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
  return items.length > 0 ? items : [{ label: 'Nothing opened yet', enabled: false }];
}

export function menuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Open Experiment…', accelerator: 'CmdOrCtrl+O', click: actions.openExperiment },
      { label: 'Open Index File…', accelerator: 'CmdOrCtrl+Shift+O', click: actions.openIndex },
      { label: 'Open the Sample Experiment', click: actions.openSample },
      { label: 'Open Recent', submenu: recentItems(state, actions) },
      { type: 'separator' },
      { label: 'Export for RVC…', accelerator: 'CmdOrCtrl+E', click: actions.exportIndex },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const template: MenuItemConstructorOptions[] = [
    file,
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        // not role 'reload': the page's jobs and indexes must go with it (the new page knows none of them)
        { label: 'Reload', accelerator: 'CmdOrCtrl+R', click: actions.reload },
        ...(state.packaged ? [] : [{ role: 'toggleDevTools' } as const]),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: `About ${state.appName}`, click: actions.about }] },
  ];
  return mac ? [{ role: 'appMenu' }, ...template] : template;
}
