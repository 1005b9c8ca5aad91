// Human formatting shared by the CLI and the UI.
import type { EngineStatus } from './contract';

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value >= 100 || unit === 0 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

export const formatPercent = (fraction: number, digits = 1) => `${(fraction * 100).toFixed(digits)}%`;

// one formatter: toLocaleString builds a new one per call (~0.1 ms), in tables of hundreds of rows
const countFormat = new Intl.NumberFormat('en-US');
export const formatCount = (n: number) => countFormat.format(n);

/** A recall as a percentage a user can trust: 0.9989 is "99.8%", never a rounded-up "100%". */
export function formatRecall(recall: number): string {
  if (recall >= 1) return '100%';
  if (recall >= 0.99) return `${(Math.floor(recall * 1000) / 10).toFixed(1)}%`;
  return `${Math.round(recall * 100)}%`;
}

/** "faiss 1.7.3 · AVX2 · 2 threads": the engine as the app's header and `rvc-index --version` say it. */
export const formatEngine = (status: Pick<EngineStatus, 'faiss_version' | 'faiss_variant' | 'threads'>) =>
  `faiss ${status.faiss_version} · ${status.faiss_variant === 'avx2' ? 'AVX2' : 'generic'} · ${status.threads} thread${status.threads === 1 ? '' : 's'}`;
