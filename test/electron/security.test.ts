// The desktop window's security checklist: isolated sandboxed page without Node, our own URLs
// only, no navigation, new windows, webviews, permissions or remote content, a strict CSP.
// (IPC sender checks: ipc.test.ts; the build's Electron fuses: builderConfig.test.ts.)
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  denyPermissions,
  hardenContents,
  isAppUrl,
  mimeType,
  REMOTE_URL_PATTERNS,
  resolveAppFile,
  SECURE_WEB_PREFERENCES,
  type SessionLike,
} from '../../main/electron/security';

describe('app:// URLs', () => {
  it('recognises only app://renderer/', () => {
    expect(isAppUrl('app://renderer/index.html')).toBe(true);
    expect(isAppUrl('app://renderer/assets/x.js')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('http://renderer/index.html')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });

  it('maps URLs to files inside the renderer folder only', () => {
    const root = path.resolve('/srv/out/renderer');
    expect(resolveAppFile(root, 'app://renderer/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://renderer/assets/index-1.js')).toBe(path.join(root, 'assets', 'index-1.js'));
    // dot segments collapse at the URL root: never a file outside the renderer folder
    for (const hostile of [
      'app://renderer/../../etc/passwd',
      'app://renderer/%2e%2e/%2e%2e/etc/passwd',
      'app://renderer/a/..%2f..%2f..%2fetc%2fpasswd',
      'app://renderer/..%5c..%5cwin.ini',
    ]) {
      const file = resolveAppFile(root, hostile);
      expect(file === null || file.startsWith(root + path.sep), hostile).toBe(true);
    }
    expect(resolveAppFile(root, 'app://renderer/a%00b')).toBeNull();
    expect(resolveAppFile(root, 'app://elsewhere/index.html')).toBeNull();
  });

  it('serves scripts and styles with their types', () => {
    expect(mimeType('a/index-1.js')).toMatch(/javascript/);
    expect(mimeType('a/index.css')).toMatch(/css/);
    expect(mimeType('a/index.html')).toMatch(/html/);
  });
});

describe('Content-Security-Policy', () => {
  it('allows no remote content and no network', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});

describe('window and session hardening', () => {
  it('every window is isolated, sandboxed and without Node', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    // main.ts builds its windows from these preferences and applies the handlers below
    const main = fs.readFileSync(path.join(__dirname, '../../main/electron/main.ts'), 'utf8');
    expect(main).toMatch(/webPreferences: \{ \.\.\.SECURE_WEB_PREFERENCES, preload: /);
    expect(main).toContain("app.on('web-contents-created', (_event, contents) => hardenContents(contents))");
    expect(main).toContain('denyPermissions(ses)');
    expect(main).toContain('onBeforeRequest({ urls: REMOTE_URL_PATTERNS }');
    expect(main).not.toMatch(/nodeIntegration: true|contextIsolation: false|sandbox: false|webSecurity: false/);
  });

  it('blocks navigation away from our page, new windows and webviews', () => {
    const emitter = new EventEmitter();
    let openHandler: ((details: { url: string }) => { action: string }) | null = null;
    hardenContents(
      Object.assign(emitter, {
        setWindowOpenHandler: (handler: (details: { url: string }) => { action: 'deny' }) => (openHandler = handler),
      }),
    );
    const navigate = (name: string, url: string, asArgument: boolean) => {
      let prevented = false;
      const event = { url, preventDefault: () => (prevented = true) };
      if (asArgument) emitter.emit(name, event, url);
      else emitter.emit(name, event);
      return prevented;
    };
    for (const name of ['will-navigate', 'will-redirect', 'will-frame-navigate'])
      for (const asArgument of [true, false]) {
        expect(navigate(name, 'https://evil.example/', asArgument), name).toBe(true);
        expect(navigate(name, 'file:///etc/passwd', asArgument), name).toBe(true);
        expect(navigate(name, 'app://renderer/index.html', asArgument), name).toBe(false);
      }
    let webview = false;
    emitter.emit('will-attach-webview', { preventDefault: () => (webview = true) });
    expect(webview).toBe(true);
    expect(openHandler!({ url: 'app://renderer/index.html' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('grants no permission, device or check', () => {
    const granted: boolean[] = [];
    const handlers: Partial<Record<keyof SessionLike, (...args: never[]) => unknown>> = {};
    const session = {
      setPermissionRequestHandler: (h: never) => (handlers.setPermissionRequestHandler = h),
      setPermissionCheckHandler: (h: never) => (handlers.setPermissionCheckHandler = h),
      setDevicePermissionHandler: (h: never) => (handlers.setDevicePermissionHandler = h),
    } as unknown as SessionLike;
    denyPermissions(session);
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'hid', 'openExternal'])
      (handlers.setPermissionRequestHandler as (c: unknown, p: string, cb: (g: boolean) => void) => void)(
        {},
        permission,
        (g) => granted.push(g),
      );
    expect(granted).toEqual(new Array(6).fill(false));
    expect((handlers.setPermissionCheckHandler as () => boolean)()).toBe(false);
    expect((handlers.setDevicePermissionHandler as () => boolean)()).toBe(false);
  });

  it('cancels every remote request scheme', () => {
    for (const scheme of ['http', 'https', 'ws', 'wss', 'ftp'])
      expect(REMOTE_URL_PATTERNS).toContain(`${scheme}://*/*`);
  });
});
