// The one contract between the UI, the CLI and the Backend (docs/ARCHITECTURE.md, "Contract"). Electron IPC, the
// browser-mode HTTP/WebSocket transport and the CLI all call the same Backend methods with these
// shapes. Requests are validated at runtime on the main side (zod); responses are typed.
// Field names are snake_case because the CLI prints these objects as its --json contract.
export { LIMITS, metricSchema, type Metric } from './common';
export * from './experiments';
export * from './build';
export * from './evaluation';
export * from './files';
export * from './api';
export { faissVariants, type FaissVariant } from './constants';
