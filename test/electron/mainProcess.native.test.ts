// main/electron/main.ts itself, with a fake `electron` module (the binary is absent here): the
// window's webPreferences, the IPC handlers with real and forged senders, navigation and
// window-open blocking, the menu, and quitting through the engine's shutdown.
import fs from 'node:fs';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { API_CHANNEL, APP_ENTRY, ENGINE_CHANNEL, PICK_CHANNEL, PROGRESS_CHANNEL } from '../../main/electron/channels';
import type { EngineCrash } from '../../app/contract';
import { tempDir } from '../helpers/tmp';

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
  // Electron's utilityProcess, played by a Node child process running the same engine bundle
  const { fork } = require('node:child_process') as typeof import('node:child_process');
  const engines: { pid: number | undefined; kill(signal: NodeJS.Signals): void }[] = [];
  const utilityProcess = {
    fork: (script: string) => {
      const child = fork(script, [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      const proc = Object.assign(new EventEmitter(), {
        pid: child.pid,
        postMessage: (message: unknown) => child.connected && child.send(message as object),
        kill: () => child.kill(),
      });
      child.on('message', (message) => proc.emit('message', message));
      // Electron reports a crashed utility process by a non-zero exit code
      child.on('exit', (code, signal) => proc.emit('exit', code ?? (signal ? 139 : 0)));
      engines.push({ pid: child.pid, kill: (signal) => child.kill(signal) });
      return proc;
    },
  };
  return {
    engines,
    handlers,
    windows,
    menus,
    app,
    electron: {
      app,
      utilityProcess,
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
          setDevicePermissionHandler: () => undefined,
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

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

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

  it('runs the engine in a utility process: a native crash there is told to the windows, and the app goes on', async () => {
    const api = fake.handlers.get(API_CHANNEL)!;
    const [window] = fake.windows;
    const built = (await api(trusted(), 'build', { experiment: path.join(dataDir, 'exp'), factory: 'Flat' })) as {
      ok: true;
      value: { index_id: string };
    };
    expect(built.ok).toBe(true);
    const engine = fake.engines.find((e) => e.pid !== undefined)!;
    expect(engine.pid).not.toBe(process.pid);
    engine.kill('SIGSEGV');
    const crashes = () =>
      window.webContents.sent.filter(([channel]) => channel === ENGINE_CHANNEL).map(([, c]) => c as EngineCrash);
    for (let i = 0; i < 300 && crashes().length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(crashes()[0]).toMatchObject({
      message: expect.stringContaining('exit code 139'),
      lost_indexes: [built.value.index_id],
    });
    // the next request starts a new engine
    expect(await api(trusted(), 'evaluate', { index_id: built.value.index_id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await api(trusted(), 'engineStatus', {})).toMatchObject({ ok: true });
  });

  it('quits only after stopping the engine', async () => {
    const event = { preventDefault: vi.fn() };
    fake.app.emit('before-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(fake.app.quitCalls).toBe(0);
    for (let i = 0; i < 300 && fake.app.quitCalls === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(fake.app.quitCalls).toBe(1);
    expect(fake.engines.every((engine) => engine.pid === undefined || !isRunning(engine.pid))).toBe(true);
  });
});
