// What the renderer talks to, whichever transport carries it: the Backend's methods plus progress
// events and the desktop-only extras (native dialogs, paths of dropped files).
import type { Api, EngineCrash, PointsEvent, ProgressEvent } from './contract';

/** Commands from the desktop app's native menu. */
export type MenuCommand =
  | { command: 'open-experiment'; path: string }
  | { command: 'open-index'; path: string }
  | { command: 'open-sample' }
  | { command: 'export' }
  | { command: 'set-locale'; locale: string };

export interface StudioClient extends Api {
  /** 'electron': native dialogs and dropped-file paths exist; 'browser': type paths instead */
  readonly platform: 'electron' | 'browser';
  onProgress(listener: (event: ProgressEvent) => void): () => void;
  /** points the engine measured for built indexes (answers to tune requests) */
  onPoints(listener: (event: PointsEvent) => void): () => void;
  /** an engine worker crashed: its indexes are gone */
  onEngineCrash?(listener: (crash: EngineCrash) => void): () => void;
  /** native open dialog (Electron only) */
  pickPath?(kind: 'experiment' | 'index' | 'folder'): Promise<string | null>;
  /** the file-system path of a dropped File (Electron only) */
  pathForFile?(file: unknown): string | null;
  /** the native menu's commands (Electron only) */
  onMenuCommand?(listener: (command: MenuCommand) => void): () => void;
  /** the OS's preferred languages, app.getLocale() first (Electron only) */
  systemLocales?(): Promise<string[]>;
  /** the native menu speaks the page's language (Electron only) */
  setMenuLocale?(locale: string): void;
}

/** Browser mode: the server's token arrives in the page URL and is sent with every API call. */
export const TOKEN_PARAM = 'token';
export const TOKEN_HEADER = 'x-rvc-token';
export const API_PREFIX = '/api/';
export const EVENTS_PATH = '/api/events';
/** One id per page load: the server cancels a closed tab's jobs and frees its indexes. */
export const SESSION_HEADER = 'x-rvc-session';
export const SESSION_PARAM = 'session';
