// Progressive points through the real path (Backend → engine process → tuning session): for each
// preset built on an N-frame sample, the time from a tune request with a setting never measured
// before (n_probe 6, or efSearch 48 for HNSW) to its first estimate and to its final number.
import path from 'node:path';
import type { PointsEvent } from '../../app/contract';
import { rvcNIvf } from '../../app/rvc/nIvf';
import { Backend } from '../../main/backend';

export const PROGRESSIVE_PRESETS = [
  { label: 'IVF-Flat (RVC)', factory: 'IVF{n},Flat', ivf: true },
  { label: 'IVF-SQ8', factory: 'IVF{n},SQ8', ivf: true },
  { label: 'IVF-PQ64', factory: 'IVF{n},PQ64', ivf: true },
  { label: 'FastScan + RFlat', factory: 'IVF{n},PQ384x4fs,RFlat', ivf: true },
  { label: 'HNSW32', factory: 'HNSW32', ivf: false },
] as const;

export interface ProgressiveRow {
  preset: string;
  build_s: number;
  first_estimate_ms: number | null;
  estimate_queries: number | null;
  final_ms: number | null;
  final_queries: number | null;
}

const SETTLE_LIMIT_MS = 600_000;

async function until(check: () => boolean, limitMs: number): Promise<boolean> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > limitMs) return false;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return true;
}

export async function progressivePoints(dir: string, n: number, d: 256 | 768): Promise<ProgressiveRow[]> {
  const backend = new Backend({ dataDir: path.join(dir, 'progressive-data') });
  const events: { at: number; event: PointsEvent }[] = [];
  backend.onPoints((event) => events.push({ at: performance.now(), event }));
  const rows: ProgressiveRow[] = [];
  try {
    const experiment = (await backend.createSample({ dir: path.join(dir, 'progressive'), n, d, seed: 5 })).path;
    for (const preset of PROGRESSIVE_PRESETS) {
      const t0 = performance.now();
      const built = await backend.build({
        experiment,
        hold_out: true,
        factory: preset.factory,
        ...(preset.ivf ? { n_ivf: rvcNIvf(n), nprobe: 1 } : { ef_search: 16 }),
      });
      const build_s = (performance.now() - t0) / 1000;
      // the stored setting first, as the app asks right after a build: this makes the session
      // (query set, ground truth), so the timed request below meets a warm session and an idle engine
      const warm = events.length;
      await backend.tune({ index_id: built.index_id, ...(preset.ivf ? { nprobe: 1 } : { ef_search: 16 }) });
      const settled = () => events.slice(warm).some((e) => e.event.index_id === built.index_id && e.event.settled);
      if (!(await until(settled, SETTLE_LIMIT_MS)))
        throw new Error(`${preset.label}: the stored setting never settled`);
      const setting = preset.ivf ? { nprobe: 6 } : { ef_search: 48 };
      const from = events.length;
      const asked = performance.now();
      await backend.tune({ index_id: built.index_id, ...setting });
      const matching = (final: boolean) =>
        events
          .slice(from)
          .flatMap((e) => e.event.points.map((point) => ({ at: e.at, point })))
          .find(
            ({ point }) =>
              point.final === final &&
              (preset.ivf ? point.nprobe === setting.nprobe : point.ef_search === setting.ef_search),
          );
      if (!(await until(() => matching(true) !== undefined, SETTLE_LIMIT_MS)))
        throw new Error(`${preset.label}: no final point within ${SETTLE_LIMIT_MS / 1000} s`);
      const estimate = matching(false);
      const final = matching(true);
      rows.push({
        preset: preset.label,
        build_s: +build_s.toFixed(1),
        first_estimate_ms: estimate ? +(estimate.at - asked).toFixed(0) : null,
        estimate_queries: estimate?.point.queries ?? null,
        final_ms: final ? +(final.at - asked).toFixed(0) : null,
        final_queries: final?.point.queries ?? null,
      });
      await backend.disposeIndex({ index_id: built.index_id });
    }
  } finally {
    await backend.shutdown();
  }
  return rows;
}
