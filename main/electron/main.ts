// The desktop app's main process: one locked-down window per document, the Backend for the app's
// lifetime, IPC through the contract's `dispatch`, native dialogs, the app menu with recent
// files. The main process never runs faiss: the Backend's engines are utility processes
// (engineLauncher.ts), so a native crash there never takes the app down.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  net,
  protocol,
  session,
  type OpenDialogOptions,
} from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ProgressEvent, RecentList } from '../../app/contract';
import { translate } from '../../app/i18n';
import { DEFAULT_LOCALE, type Locale } from '../../app/i18n/locales';
import { Backend, dispatch } from '../backend';
import { utilityEngine } from './engineLauncher';
import { rendererDir } from '../paths';
import {
  API_CHANNEL,
  APP_ENTRY,
  APP_SCHEME,
  ENGINE_CHANNEL,
  LOCALE_CHANNEL,
  MENU_CHANNEL,
  PICK_CHANNEL,
  POINTS_CHANNEL,
  PROGRESS_CHANNEL,
  type MenuCommand,
  type PickKind,
} from './channels';
import { createApiHandler, createLocaleHandler, createPickHandler, WindowJobs } from './ipc';
import { menuTemplate } from './menu';
import { releaseOwner } from '../jobOwners';
import {
  CONTENT_SECURITY_POLICY,
  denyPermissions,
  hardenContents,
  mimeType,
  REMOTE_URL_PATTERNS,
  resolveAppFile,
  SECURE_WEB_PREFERENCES,
} from './security';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// a second start focuses the first window instead
const primary = app.requestSingleInstanceLock();
if (!primary) app.quit();

const backend = new Backend({ dataDir: app.getPath('userData'), launcher: () => utilityEngine() });
const jobs = new WindowJobs();
const windows = new Map<number, BrowserWindow>();
let recent: RecentList = { experiments: [], indexes: [] };
/** the pages' language, which the menu and the dialogs speak */
let locale: Locale = DEFAULT_LOCALE;

const policy = { isOurWindow: (id: number) => windows.has(id) };

function dialogOptions(kind: PickKind): OpenDialogOptions {
  if (kind === 'index')
    return {
      title: translate(locale, 'dialog.openIndex'),
      properties: ['openFile'],
      filters: [
        { name: translate(locale, 'dialog.indexFilter'), extensions: ['index'] },
        { name: translate(locale, 'dialog.allFiles'), extensions: ['*'] },
      ],
    };
  if (kind === 'folder')
    return { title: translate(locale, 'dialog.chooseFolder'), properties: ['openDirectory', 'createDirectory'] };
  // an experiment is a folder (logs/<name> or a feature folder); total_fea.npy is the exception
  return { title: translate(locale, 'dialog.openExperiment'), properties: ['openDirectory'] };
}

async function pick(window: BrowserWindow | undefined, kind: PickKind): Promise<string | null> {
  const options = dialogOptions(kind);
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
}

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? [...windows.values()][0];
  target?.webContents.send(MENU_CHANNEL, command);
}

function refreshMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(
        { platform: process.platform, appName: app.getName(), packaged: app.isPackaged, recent, locale },
        {
          openExperiment: () =>
            void pick(BrowserWindow.getFocusedWindow() ?? undefined, 'experiment').then((file) => {
              if (file) sendMenuCommand({ command: 'open-experiment', path: file });
            }),
          openIndex: () =>
            void pick(BrowserWindow.getFocusedWindow() ?? undefined, 'index').then((file) => {
              if (file) sendMenuCommand({ command: 'open-index', path: file });
            }),
          openSample: () => sendMenuCommand({ command: 'open-sample' }),
          openRecent: (kind, file) =>
            sendMenuCommand({ command: kind === 'experiment' ? 'open-experiment' : 'open-index', path: file }),
          exportIndex: () => sendMenuCommand({ command: 'export' }),
          reload: () => {
            const window = BrowserWindow.getFocusedWindow();
            if (!window) return;
            // released first (synchronously): the reloaded page's calls start a fresh record
            void releaseOwner(jobs, window.webContents.id, backend);
            window.webContents.reload();
          },
          about: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: app.getName(),
              message: `${app.getName()} ${app.getVersion()}`,
              detail: translate(locale, 'menu.aboutDetail'),
            }),
          setLocale: (next) => sendMenuCommand({ command: 'set-locale', locale: next }),
        },
      ),
    ),
  );
}

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1440,
    height: 920,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'RVC Index Studio',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#0f1115' : '#f4f5f8',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: path.join(__dirname, 'preload.cjs') },
  });
  const id = window.webContents.id;
  windows.set(id, window);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    windows.delete(id);
    // a build running for this window stops; its indexes are freed
    void releaseOwner(jobs, id, backend);
  });
  void window.loadURL(APP_ENTRY);
}

function lockDownSessions(): void {
  const ses = session.defaultSession;
  // no remote content: the page talks to us over IPC only
  ses.webRequest.onBeforeRequest({ urls: REMOTE_URL_PATTERNS }, (_details, callback) => callback({ cancel: true }));
  denyPermissions(ses);
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererDir(), request.url);
    if (!file) return new Response('not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    if (!response.ok) return new Response('not found', { status: 404 });
    return new Response(response.body, {
      status: 200,
      headers: {
        'content-type': mimeType(file),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  });
}

// navigation and new windows are blocked; only our own page may load
app.on('web-contents-created', (_event, contents) => hardenContents(contents));

app.on('second-instance', () => {
  const window = [...windows.values()][0];
  if (window) {
    if (window.isMinimized()) window.restore();
    window.focus();
  }
});

app.on('render-process-gone', (_event, contents, details) => {
  console.error(`renderer gone: ${details.reason}`);
  // the page and every id it knew are gone, as on a reload
  void releaseOwner(jobs, contents.id, backend);
});

let quitting = false;
app.on('before-quit', (event) => {
  // the engine's lifetime follows the app: cancel jobs and stop the workers first
  if (quitting) return;
  event.preventDefault();
  quitting = true;
  backend
    .shutdown()
    .catch(() => undefined)
    .finally(() => app.quit());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

void app.whenReady().then(async () => {
  if (!primary) return;
  lockDownSessions();
  ipcMain.handle(
    API_CHANNEL,
    createApiHandler({
      dispatch: async (method, request) => {
        const envelope = await dispatch(backend, method, request);
        if (!envelope.ok && envelope.error.code === 'ENGINE_CRASHED')
          console.error(`engine worker crashed during ${method}: ${envelope.error.message}`);
        return envelope;
      },
      policy,
      jobs,
      afterCall: (method, value) => {
        if (method === 'recentAdd') {
          recent = value as RecentList;
          const latest = recent.experiments[0];
          if (latest) app.addRecentDocument(latest);
          refreshMenu();
        }
      },
    }),
  );
  ipcMain.handle(
    PICK_CHANNEL,
    createPickHandler({ policy, showOpenDialog: (windowId, kind) => pick(windows.get(windowId), kind) }),
  );
  ipcMain.handle(
    LOCALE_CHANNEL,
    createLocaleHandler({
      policy,
      systemLocales: () => [app.getLocale(), ...app.getPreferredSystemLanguages()],
      setLocale: (next) => {
        if (next === locale) return;
        locale = next;
        refreshMenu();
      },
    }),
  );
  backend.onProgress((progress: ProgressEvent) => {
    // a window's job goes to that window only, under the id the window gave it
    const { owner, event } = jobs.route(progress);
    const targets =
      owner === null ? [...windows.values()] : [windows.get(owner)].filter((w): w is BrowserWindow => w !== undefined);
    for (const window of targets) if (!window.isDestroyed()) window.webContents.send(PROGRESS_CHANNEL, event);
  });
  backend.onPoints((event) => {
    // a build's points go to the window that built it
    const owner = jobs.routePoints(event);
    const targets =
      owner === null ? [...windows.values()] : [windows.get(owner)].filter((w): w is BrowserWindow => w !== undefined);
    for (const window of targets) if (!window.isDestroyed()) window.webContents.send(POINTS_CHANNEL, event);
  });
  backend.onEngineCrash((crash) => {
    console.error(`engine crashed: ${crash.message}`);
    jobs.dropIndexes(crash.lost_indexes);
    for (const window of windows.values()) if (!window.isDestroyed()) window.webContents.send(ENGINE_CHANNEL, crash);
  });
  recent = await backend.recentList();
  refreshMenu();
  createWindow();
  app.on('activate', () => {
    if (windows.size === 0) createWindow();
  });
});
