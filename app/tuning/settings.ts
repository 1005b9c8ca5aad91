// Search parameters of one point, as the engine, the CLI and the renderer name them.
import { RVC_K } from '../rvc/defaults';

export interface SearchSettings {
  nprobe: number | null;
  k_factor: number | null;
  ef_search: number | null;
}

/** Which search parameters an index has (from its description). */
export interface IndexParameters {
  nlist: number | null;
  hasKFactor: boolean;
  hasEfSearch: boolean;
}

/** The settings an index can take: parameters it does not have become null. */
export function settingsFor(
  index: IndexParameters,
  given: { nprobe?: number | null; k_factor?: number | null; ef_search?: number | null },
  defaults: SearchSettings,
): SearchSettings {
  return {
    nprobe: index.nlist === null ? null : (given.nprobe ?? defaults.nprobe ?? 1),
    k_factor: index.hasKFactor ? (given.k_factor ?? defaults.k_factor ?? 1) : null,
    ef_search: index.hasEfSearch ? (given.ef_search ?? defaults.ef_search ?? 16) : null,
  };
}

/** One key per point: the settings and the neighbours searched. */
export const pointKey = (settings: SearchSettings, k = RVC_K) =>
  `${settings.nprobe ?? '-'}:${settings.k_factor ?? '-'}:${settings.ef_search ?? '-'}:${k}`;

export const sameSettings = (a: SearchSettings, b: SearchSettings) =>
  a.nprobe === b.nprobe && a.k_factor === b.k_factor && a.ef_search === b.ef_search;

/** The job id of a built index's tuning loop: its progress goes out under it, and cancelling it
 *  stops the loop until the next tune request. */
export const tuningJobId = (indexId: string) => `tuning:${indexId}`;

/** The index of a tuning job id, or null for any other job. */
export const tuningIndexOf = (jobId: string): string | null => (jobId.startsWith('tuning:') ? jobId.slice(7) : null);

/** faiss's ParameterSpace string for one search call ("nprobe=8,k_factor=2.5"). */
export function parameterSpec(settings: SearchSettings): string {
  const parts: string[] = [];
  if (settings.nprobe !== null) parts.push(`nprobe=${settings.nprobe}`);
  if (settings.k_factor !== null) parts.push(`k_factor=${settings.k_factor}`);
  if (settings.ef_search !== null) parts.push(`efSearch=${settings.ef_search}`);
  return parts.join(',');
}
