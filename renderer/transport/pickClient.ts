// Electron: the preload's window.api is the client. Browser mode: HTTP + WebSocket to the server
// that served this page, authenticated by the token from the page URL.
import type { StudioClient } from '../../app/client';
import { createBrowserClient, takeToken } from './browserClient';

export function pickClient(): StudioClient | null {
  const desktop = (window as unknown as { api?: StudioClient }).api;
  if (desktop) return desktop;
  let storage: Storage | null = null;
  try {
    storage = window.sessionStorage;
  } catch {
    storage = null;
  }
  const token = takeToken(window.location, storage);
  if (!token) return null;
  // keep the token out of the address bar (screenshots, history); reloads use sessionStorage
  if (new URLSearchParams(window.location.search).has('token'))
    window.history.replaceState(null, '', window.location.pathname);
  return createBrowserClient({
    origin: window.location.origin,
    token,
    fetch: (url, init) => window.fetch(url, init),
    openSocket: (url, handlers) => {
      const socket = new WebSocket(url);
      socket.onopen = () => handlers.open();
      socket.onmessage = (event) => handlers.message(event.data);
      socket.onclose = () => handlers.close();
      return socket;
    },
  });
}
