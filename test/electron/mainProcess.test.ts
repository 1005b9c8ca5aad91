// main/electron/main.ts itself, with a fake `electron` module (the binary is absent here): the
// window's webPreferences, the IPC handlers with real and forged senders, navigation and
// window-open blocking, the menu, and quitting through the engine's shutdown.
import fs from 'node:fs';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { API_CHANNEL, APP_ENTRY, ENGINE_CHANNEL, PICK_CHANNEL, PROGRESS_CHANNEL } from '../../main/electron/channels';
import { EngineHost, type EngineCrash } from '../../main/engine/host';
import { tempDir } from '../helpers/tmp';

// main.ts's listener for engine crashes (a real crash cannot be staged through the contract)
const crashSubscriptions = vi.spyOn(EngineHost.prototype, 'onCrash');

const fake = vi.hoisted(() => {
  const { EventEmitter } = require('node:events') as typeof import('node:events');
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const windows: FakeWindow[] = [];
  let nextId = 1;
  class FakeContents extends EventEmitter {
    id = nextId++;
    sent: [string, unknown][] = [];
    reloads = 0;
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
    send(channel: string, value: unknown) {
      this.sent.push([channel, value]);
    }
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler;
    }
    reload() {
      this.reloads++;
    }
  }
  class FakeWindow extends EventEmitter {
    static getAllWindows = () => windows;
    static getFocusedWindow = () => windows[0] ?? null;
    webContents = new FakeContents();
    loaded: string | null = null;
    constructor(public options: { webPreferences: Record<string, unknown> }) {
      super();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
    }
  }
  const app = Object.assign(new EventEmitter(), {
    dataDir: '',
    quitCalls: 0,
    isPackaged: true,
    requestSingleInstanceLock: () => true,
    getPath: () => app.dataDir,
    getName: () => 'RVC Index Studio',
    getVersion: () => '0.1.0',
    whenReady: () => Promise.resolve(),
    quit: () => void app.quitCalls++,
    exit: () => undefined,
    addRecentDocument: () => undefined,
  });
  const menus: unknown[] = [];
  return {
    handlers,
    windows,
    menus,
    app,
    electron: {
      app,
      BrowserWindow: FakeWindow,
      ipcMain: {
        handle: (channel: string, handler: (...args: unknown[]) => unknown) => handlers.set(channel, handler),
      },
      Menu: {
        buildFromTemplate: (template: unknown) => template,
        setApplicationMenu: (menu: unknown) => menus.push(menu),
      },
      protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
      session: {
        defaultSession: {
          webRequest: { onBeforeRequest: () => undefined },
          setPermissionRequestHandler: () => undefined,
          setPermissionCheckHandler: () => undefined,
        },
      },
      nativeTheme: { shouldUseDarkColors: false },
      dialog: {
        showOpenDialog: async () => ({ canceled: false, filePaths: ['/picked'] }),
        showMessageBox: async () => ({}),
      },
      net: { fetch: async () => new Response('') },
    },
  };
});

vi.mock('electron', () => fake.electron);

let dataDir: string;

beforeAll(async () => {
  dataDir = tempDir('rvc-electron-');
  fake.app.dataDir = dataDir;
  await import('../../main/electron/main');
  // whenReady().then(...) runs on the microtask queue
  for (let i = 0; i < 20 && fake.windows.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
});

afterAll(async () => {
  fake.app.emit('before-quit', { preventDefault: () => undefined });
  await new Promise((r) => setTimeout(r, 50));
});

const trusted = () => ({ sender: { id: fake.windows[0].webContents.id }, senderFrame: { url: APP_ENTRY } });

describe('desktop main process', () => {
  it('opens one locked-down window on the app:// page', () => {
    expect(fake.windows).toHaveLength(1);
    const [window] = fake.windows;
    expect(window.loaded).toBe(APP_ENTRY);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(path.basename(String(window.options.webPreferences.preload))).toBe('preload.cjs');
  });

  it('answers the contract over IPC for the window, refuses forged senders', async () => {
    const api = fake.handlers.get(API_CHANNEL)!;
    expect(await api(trusted(), 'recentList', {})).toEqual({ ok: true, value: { experiments: [], indexes: [] } });
    expect(await api({ sender: { id: 999 }, senderFrame: { url: APP_ENTRY } }, 'recentList', {})).toMatchObject({
      ok: false,
    });
    expect(await api({ ...trusted(), senderFrame: { url: 'https://evil.example/' } }, 'recentList', {})).toMatchObject({
      ok: false,
    });
    expect(await api(trusted(), 'listDir', {})).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', field: 'path' },
    });
  });

  it('keeps recent experiments in the user data folder and rebuilds the menu', async () => {
    const api = fake.handlers.get(API_CHANNEL)!;
    const menusBefore = fake.menus.length;
    expect(await api(trusted(), 'recentAdd', { kind: 'experiment', path: '/logs/alice' })).toMatchObject({ ok: true });
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'recent.json'), 'utf8')).experiments).toEqual([
      path.resolve('/logs/alice'),
    ]);
    expect(fake.menus.length).toBe(menusBefore + 1);
  });

  it('shows the native dialog for the window', async () => {
    const pick = fake.handlers.get(PICK_CHANNEL)!;
    expect(await pick(trusted(), 'index')).toBe('/picked');
    expect(await pick(trusted(), 'bogus')).toBeNull();
  });

  it('blocks navigation away from the app and every new window', () => {
    const contents = fake.windows[0].webContents as unknown as EventEmitter & {
      windowOpenHandler: (d: { url: string }) => { action: string };
    };
    const away = { preventDefault: vi.fn() };
    contents.emit('will-navigate', away, 'https://example.com/');
    expect(away.preventDefault).toHaveBeenCalled();
    const home = { preventDefault: vi.fn() };
    contents.emit('will-navigate', home, 'app://renderer/index.html#results');
    expect(home.preventDefault).not.toHaveBeenCalled();
    expect(contents.windowOpenHandler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it("Reload (View menu) cancels the window's build, then reloads the page", async () => {
    const api = fake.handlers.get(API_CHANNEL)!;
    const [window] = fake.windows;
    const sample = (await api(trusted(), 'createSample', {
      dir: path.join(dataDir, 'exp'),
      n: 6000,
      d: 256,
      seed: 1,
    })) as { ok: true; value: { path: string } };
    window.webContents.sent.length = 0;
    const build = api(trusted(), 'build', {
      experiment: sample.value.path,
      factory: 'HNSW32',
      job_id: 'b1',
    }) as Promise<{ ok: boolean; error?: { code: string } }>;
    const progressOf = () =>
      window.webContents.sent
        .filter(([channel]) => channel === PROGRESS_CHANNEL)
        .map(([, event]) => event as { job_id: string });
    for (let i = 0; i < 500 && progressOf().length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    // progress reaches the window under the id it chose
    expect(progressOf()[0].job_id).toBe('b1');
    const menu = fake.menus.at(-1) as MenuItemConstructorOptions[];
    const view = menu.find((item) => item.label === 'View')!.submenu as MenuItemConstructorOptions[];
    (view.find((item) => item.label === 'Reload')!.click as unknown as () => void)();
    expect(window.webContents.reloads).toBe(1);
    expect(await build).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
  });

  it('tells the windows when an engine worker crashed', () => {
    const crash: EngineCrash = {
      message: 'the engine worker stopped unexpectedly (exit code 70)',
      lost_indexes: ['ix9'],
    };
    const [window] = fake.windows;
    for (const [listener] of crashSubscriptions.mock.calls) listener(crash);
    expect(window.webContents.sent).toContainEqual([ENGINE_CHANNEL, crash]);
  });

  it('quits only after stopping the engine', async () => {
    const event = { preventDefault: vi.fn() };
    fake.app.emit('before-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.app.quitCalls).toBe(1);
  });
});
