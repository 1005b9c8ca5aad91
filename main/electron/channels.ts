// IPC channel names and the messages on them, shared by the main process and the preload.
// The renderer sees none of this: it gets window.api (a StudioClient) from the preload.

/** invoke(method, request) → Envelope: every Backend method (app/contract/api.ts) */
export const API_CHANNEL = 'rvc:api';
/** invoke(kind) → string | null: the native open dialog */
export const PICK_CHANNEL = 'rvc:pick-path';
/** main → renderer: ProgressEvent */
export const PROGRESS_CHANNEL = 'rvc:progress';
/** main → renderer: PointsEvent, the engine's measured points of built indexes */
export const POINTS_CHANNEL = 'rvc:points';
/** main → renderer: EngineCrash when an engine process or worker stopped unexpectedly */
export const ENGINE_CHANNEL = 'rvc:engine';
/** main → renderer: MenuCommand from the application menu */
export const MENU_CHANNEL = 'rvc:menu';
/** invoke(locale | null) → string[]: the page's language for the menu (null: only ask); answers
 *  the OS's preferred languages, app.getLocale() first */
export const LOCALE_CHANNEL = 'rvc:locale';

export type PickKind = 'experiment' | 'index' | 'folder';
export const pickKinds: readonly PickKind[] = ['experiment', 'index', 'folder'];

export type { MenuCommand } from '../../app/client';

/** The renderer is served from this custom scheme (never file:// or http://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ENTRY = `${APP_SCHEME}://${APP_HOST}/index.html`;
