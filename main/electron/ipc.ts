// The main side of IPC, free of Electron: handlers get an event shaped like Electron's
// IpcMainInvokeEvent (sender id + sender frame URL), check the sender, validate through the
// Backend's `dispatch`, and keep track of each window's jobs and indexes (jobOwners.ts) so that
// closing or reloading a window cancels its build and frees its memory, and a window touches only
// its own. Unit-tested with fake events.
import type { Envelope } from '../../app/contract';
import { isLocale, type Locale } from '../../app/i18n/locales';
import { pickKinds, type PickKind } from './channels';
import { JobOwners, refuse } from '../jobOwners';
import { isAppUrl } from './security';

export interface IpcEventLike {
  sender: { id: number };
  senderFrame: { url: string } | null;
}

/** Jobs and built indexes per window (by webContents id): engine job ids are "w<id>/<renderer's id>". */
export class WindowJobs extends JobOwners<number> {
  constructor() {
    super({ prefix: (windowId) => `w${windowId}` });
  }
}

export interface SenderPolicy {
  /** webContents ids of our own windows */
  isOurWindow(id: number): boolean;
}

/** A message counts only from one of our windows showing our own page (app://renderer/). */
export function isTrustedSender(event: IpcEventLike, policy: SenderPolicy): boolean {
  return policy.isOurWindow(event.sender.id) && isAppUrl(event.senderFrame?.url);
}

export interface ApiHandlerDeps {
  dispatch: (method: string, request: unknown) => Promise<Envelope<unknown>>;
  policy: SenderPolicy;
  jobs: WindowJobs;
  /** after a successful call (e.g. refresh the Open Recent menu after recentAdd) */
  afterCall?(method: string, value: unknown): void;
}

export function createApiHandler(deps: ApiHandlerDeps) {
  return async (event: IpcEventLike, method: unknown, request: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(event, deps.policy)) return refuse('sender');
    if (typeof method !== 'string') return refuse('method_type');
    // a window cancels only its own jobs and disposes only its own indexes (see jobOwners.ts)
    const envelope = await deps.jobs.call(event.sender.id, method, request, deps.dispatch);
    if (envelope.ok) deps.afterCall?.(method, envelope.value);
    return envelope;
  };
}

export interface PickHandlerDeps {
  policy: SenderPolicy;
  /** shows the native dialog for the sender's window */
  showOpenDialog(windowId: number, kind: PickKind): Promise<string | null>;
}

export function createPickHandler(deps: PickHandlerDeps) {
  return async (event: IpcEventLike, kind: unknown): Promise<string | null> => {
    if (!isTrustedSender(event, deps.policy)) return null;
    if (typeof kind !== 'string' || !(pickKinds as readonly string[]).includes(kind)) return null;
    return deps.showOpenDialog(event.sender.id, kind as PickKind);
  };
}

export interface LocaleHandlerDeps {
  policy: SenderPolicy;
  /** the OS's preferred languages, app.getLocale() first */
  systemLocales: () => string[];
  /** the page chose a language: the menu follows */
  setLocale: (locale: Locale) => void;
}

/** invoke(locale | null): a language the app speaks sets the menu's; any call answers the OS's. */
export function createLocaleHandler(deps: LocaleHandlerDeps) {
  return async (event: IpcEventLike, locale: unknown): Promise<string[]> => {
    if (!isTrustedSender(event, deps.policy)) return [];
    if (isLocale(locale)) deps.setLocale(locale);
    return deps.systemLocales();
  };
}
