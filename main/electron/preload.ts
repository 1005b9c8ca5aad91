// Sandboxed preload (bundled by scripts/bundle.mjs into one CommonJS file): exposes exactly one
// object, window.api, built from the shared contract.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createDesktopApi } from './preloadApi';

contextBridge.exposeInMainWorld(
  'api',
  createDesktopApi(ipcRenderer, (file) => webUtils.getPathForFile(file as File)),
);
