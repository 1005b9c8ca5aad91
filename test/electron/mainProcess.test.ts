// main/electron/main.ts itself, with a fake `electron` module (the binary is absent here): the
// window's webPreferences, the IPC handlers with real and forged senders, navigation and
// window-open blocking, the menu, and quitting through the engine's shutdown.
import fs from 'node:fs';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_CHANNEL, APP_ENTRY, PICK_CHANNEL } from '../../main/electron/channels';
import { tempDir } from '../helpers/tmp';

const fake = vi.hoisted(() => {
  const { EventEmitter } = require('node:events') as typeof import('node:events');
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const windows: FakeWindow[] = [];
  let nextId = 1;
  class FakeContents extends EventEmitter {
    id = nextId++;
    sent: [string, unknown][] = [];
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
    send(channel: string, value: unknown) {
      this.sent.push([channel, value]);
    }
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler;
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
      ipcMain: { handle: (channel: string, handler: (...args: unknown[]) => unknown) => handlers.set(channel, handler) },
      Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => menus.push(menu) },
      protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
      session: { defaultSession: { webRequest: { onBeforeRequest: () => undefined }, setPermissionRequestHandler: () => undefined, setPermissionCheckHandler: () => undefined } },
      nativeTheme: { shouldUseDarkColors: false },
      dialog: { showOpenDialog: async () => ({ canceled: false, filePaths: ['/picked'] }), showMessageBox: async () => ({}) },
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
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(path.basename(String(window.options.webPreferences.preload))).toBe('preload.cjs');
  });

  it('answers the contract over IPC for the window, refuses forged senders', async () => {
    const api = fake.handlers.get(API_CHANNEL)!;
    expect(await api(trusted(), 'recentList', {})).toEqual({ ok: true, value: { experiments: [], indexes: [] } });
    expect(await api({ sender: { id: 999 }, senderFrame: { url: APP_ENTRY } }, 'recentList', {})).toMatchObject({ ok: false });
    expect(await api({ ...trusted(), senderFrame: { url: 'https://evil.example/' } }, 'recentList', {})).toMatchObject({ ok: false });
    expect(await api(trusted(), 'listDir', {})).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field: 'path' } });
  });

  it('keeps recent experiments in the user data folder and rebuilds the menu', async () => {
    const api = fake.handlers.get(API_CHANNEL)!;
    const menusBefore = fake.menus.length;
    expect(await api(trusted(), 'recentAdd', { kind: 'experiment', path: '/logs/alice' })).toMatchObject({ ok: true });
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'recent.json'), 'utf8')).experiments).toEqual([path.resolve('/logs/alice')]);
    expect(fake.menus.length).toBe(menusBefore + 1);
  });

  it('shows the native dialog for the window', async () => {
    const pick = fake.handlers.get(PICK_CHANNEL)!;
    expect(await pick(trusted(), 'index')).toBe('/picked');
    expect(await pick(trusted(), 'bogus')).toBeNull();
  });

  it('blocks navigation away from the app and every new window', () => {
    const contents = fake.windows[0].webContents as unknown as EventEmitter & { windowOpenHandler: (d: { url: string }) => { action: string } };
    const away = { preventDefault: vi.fn() };
    contents.emit('will-navigate', away, 'https://example.com/');
    expect(away.preventDefault).toHaveBeenCalled();
    const home = { preventDefault: vi.fn() };
    contents.emit('will-navigate', home, 'app://renderer/index.html#results');
    expect(home.preventDefault).not.toHaveBeenCalled();
    expect(contents.windowOpenHandler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('quits only after stopping the engine', async () => {
    const event = { preventDefault: vi.fn() };
    fake.app.emit('before-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.app.quitCalls).toBe(1);
  });
});
