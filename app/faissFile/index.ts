// Pure-TypeScript access to faiss index files (no native code: works in the renderer, in browser
// mode and in the CLI). Follows faiss's on-disk format as written by faiss 1.7.3 (Debian) and
// later; see the readers for the per-type layouts and the rules each field must keep.
export { FaissReadError } from './cursor';
export { checkForEngine, type EngineCheck } from './engineCheck';
export { inspectFaissBytes } from './inspect';
export { patchSearchParams, type SearchParams } from './setParams';
