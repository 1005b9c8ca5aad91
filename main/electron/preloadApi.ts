// window.api for the desktop app, built from the shared contract's method list: each Backend
// method becomes one invoke on the API channel (never a raw ipcRenderer in the page). Free of
// Electron imports so it is unit-tested with a fake ipcRenderer.
import { apiMethods, type ProgressEvent } from '../../app/contract';
import type { StudioClient } from '../../app/client';
import type { EngineCrash, PointsEvent } from '../../app/contract';
import {
  API_CHANNEL,
  ENGINE_CHANNEL,
  LOCALE_CHANNEL,
  MENU_CHANNEL,
  PICK_CHANNEL,
  POINTS_CHANNEL,
  PROGRESS_CHANNEL,
  type MenuCommand,
  type PickKind,
} from './channels';
import { unwrapEnvelope } from './envelope';

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export interface DesktopApi extends StudioClient {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** an engine worker stopped unexpectedly: its indexes are gone */
  onEngineCrash(listener: (crash: EngineCrash) => void): () => void;
}

export function createDesktopApi(ipc: IpcRendererLike, pathOf: (file: unknown) => string): DesktopApi {
  const subscribe = <T>(channel: string, listener: (value: T) => void) => {
    const wrapped = (_event: unknown, value: unknown) => listener(value as T);
    ipc.on(channel, wrapped);
    return () => {
      ipc.removeListener(channel, wrapped);
    };
  };
  const methods = Object.fromEntries(
    apiMethods.map((method) => [
      method,
      async (request: unknown) => unwrapEnvelope((await ipc.invoke(API_CHANNEL, method, request ?? {})) as never),
    ]),
  );
  return {
    ...(methods as unknown as Omit<StudioClient, 'platform' | 'onProgress' | 'onPoints'>),
    platform: 'electron',
    onProgress: (listener: (event: ProgressEvent) => void) => subscribe(PROGRESS_CHANNEL, listener),
    onPoints: (listener: (event: PointsEvent) => void) => subscribe(POINTS_CHANNEL, listener),
    onMenuCommand: (listener: (command: MenuCommand) => void) => subscribe(MENU_CHANNEL, listener),
    onEngineCrash: (listener: (crash: EngineCrash) => void) => subscribe(ENGINE_CHANNEL, listener),
    systemLocales: async () => (await ipc.invoke(LOCALE_CHANNEL, null)) as string[],
    setMenuLocale: (locale: string) => {
      ipc.invoke(LOCALE_CHANNEL, locale).catch(() => undefined);
    },
    pickPath: async (kind: PickKind) => (await ipc.invoke(PICK_CHANNEL, kind)) as string | null,
    pathForFile: (file: unknown) => {
      try {
        return pathOf(file) || null;
      } catch {
        return null;
      }
    },
  };
}
