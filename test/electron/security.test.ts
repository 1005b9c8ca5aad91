import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAppUrl, mimeType, resolveAppFile } from '../../main/electron/security';

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
