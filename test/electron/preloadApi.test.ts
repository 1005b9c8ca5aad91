// window.api as the preload builds it, over a fake ipcRenderer.
import { describe, expect, it } from 'vitest';
import { apiMethods } from '../../app/contract';
import {
  API_CHANNEL,
  ENGINE_CHANNEL,
  LOCALE_CHANNEL,
  MENU_CHANNEL,
  PICK_CHANNEL,
  PROGRESS_CHANNEL,
} from '../../main/electron/channels';
import { unwrapEnvelope } from '../../main/electron/envelope';
import { createDesktopApi, type IpcRendererLike } from '../../main/electron/preloadApi';
import { errorInfoOf } from '../../renderer/lib/errors';

function fakeIpc(answer: (channel: string, args: unknown[]) => unknown) {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  const invoked: { channel: string; args: unknown[] }[] = [];
  const ipc: IpcRendererLike = {
    invoke: async (channel, ...args) => {
      invoked.push({ channel, args });
      return answer(channel, args);
    },
    on: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const emit = (channel: string, value: unknown) => listeners.get(channel)?.forEach((l) => l({}, value));
  return { ipc, invoked, emit, listeners };
}

describe('desktop window.api', () => {
  it('has exactly the contract methods plus the desktop extras, and no ipcRenderer', () => {
    const api = createDesktopApi(fakeIpc(() => null).ipc, () => '');
    const keys = Object.keys(api).sort();
    expect(keys).toEqual(
      [
        ...apiMethods,
        'onEngineCrash',
        'onMenuCommand',
        'onPoints',
        'onProgress',
        'pathForFile',
        'pickPath',
        'platform',
        'setMenuLocale',
        'systemLocales',
      ].sort(),
    );
    expect(api.platform).toBe('electron');
  });

  it('invokes the API channel and unwraps the envelope', async () => {
    const { ipc, invoked } = fakeIpc(() => ({ ok: true, value: { experiments: ['/a'], indexes: [] } }));
    const api = createDesktopApi(ipc, () => '');
    expect(await api.recentList({})).toEqual({ experiments: ['/a'], indexes: [] });
    expect(invoked).toEqual([{ channel: API_CHANNEL, args: ['recentList', {}] }]);
  });

  it('rejects with the error code inside the message (contextBridge keeps only messages)', async () => {
    const api = createDesktopApi(
      fakeIpc(() => ({ ok: false, error: { code: 'NOT_FOUND', message: 'index ix9 is not loaded' } })).ipc,
      () => '',
    );
    const error = await api.evaluate({ index_id: 'ix9' }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('[NOT_FOUND] index ix9 is not loaded');
    expect(errorInfoOf(error)).toEqual({ code: 'NOT_FOUND', message: 'index ix9 is not loaded' });
  });

  it('subscribes to progress, menu and engine-crash events and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc(() => null);
    const api = createDesktopApi(ipc, () => '');
    const seen: unknown[] = [];
    const stop = api.onProgress((event) => seen.push(event));
    const stopMenu = api.onMenuCommand((command) => seen.push(command));
    const stopCrash = api.onEngineCrash((crash) => seen.push(crash));
    emit(PROGRESS_CHANNEL, { job_id: 'j', phase: 'add' });
    emit(MENU_CHANNEL, { command: 'open-sample' });
    emit(ENGINE_CHANNEL, { message: 'stopped', lost_indexes: ['ix1'] });
    stop();
    stopMenu();
    stopCrash();
    emit(PROGRESS_CHANNEL, { job_id: 'late' });
    emit(ENGINE_CHANNEL, { message: 'late', lost_indexes: [] });
    expect(seen).toEqual([
      { job_id: 'j', phase: 'add' },
      { command: 'open-sample' },
      { message: 'stopped', lost_indexes: ['ix1'] },
    ]);
    expect(listeners.get(PROGRESS_CHANNEL)?.size).toBe(0);
  });

  it('asks the main process for dialogs and maps dropped files to paths', async () => {
    const { ipc, invoked } = fakeIpc((channel) => (channel === PICK_CHANNEL ? '/picked/exp' : null));
    const api = createDesktopApi(ipc, (file) =>
      (file as { name: string }).name === 'bad'
        ? (() => {
            throw new Error('no');
          })()
        : `/drop/${(file as { name: string }).name}`,
    );
    expect(await api.pickPath!('experiment')).toBe('/picked/exp');
    expect(invoked[0]).toEqual({ channel: PICK_CHANNEL, args: ['experiment'] });
    expect(api.pathForFile!({ name: 'a.index' })).toBe('/drop/a.index');
    expect(api.pathForFile!({ name: 'bad' })).toBeNull();
  });

  it('asks the main process for the OS languages and tells it the page’s', async () => {
    const { ipc, invoked } = fakeIpc((channel) => (channel === LOCALE_CHANNEL ? ['fr-FR', 'en-US'] : null));
    const api = createDesktopApi(ipc, () => '');
    expect(await api.systemLocales!()).toEqual(['fr-FR', 'en-US']);
    api.setMenuLocale!('fr');
    expect(invoked).toEqual([
      { channel: LOCALE_CHANNEL, args: [null] },
      { channel: LOCALE_CHANNEL, args: ['fr'] },
    ]);
  });

  it('unwrapEnvelope refuses a missing answer', () => {
    expect(() => unwrapEnvelope(undefined)).toThrow('[INTERNAL]');
  });
});
