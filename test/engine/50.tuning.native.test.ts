// The engine's tuning loop through the Backend (engine process): a tune request gets a first
// estimate of its point, then the final number, then the curve until recall levels off, all as
// points events; a newer request for the index takes over at once.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PointsEvent, TuningPoint } from '../../app/contract';
import { ESTIMATE_QUERIES } from '../../main/engine/tuning/querySet';
import { Backend } from '../../main/backend';
import { HANG_MS } from '../helpers/hang';
import { tempDir } from '../helpers/tmp';

let backend: Backend;
let indexId: string;
const events: PointsEvent[] = [];

beforeAll(async () => {
  const dir = tempDir();
  backend = new Backend({ dataDir: path.join(dir, 'data') });
  backend.onPoints((event) => events.push(event));
  const experiment = (await backend.createSample({ dir: path.join(dir, 'exp'), n: 12_000, d: 256, seed: 2 })).path;
  indexId = (await backend.build({ experiment, hold_out: true })).index_id;
});
afterAll(() => backend.shutdown());

async function settledAfter(from: number): Promise<PointsEvent[]> {
  const started = Date.now();
  while (!events.slice(from).some((e) => e.settled) && Date.now() - started < HANG_MS)
    await new Promise((r) => setTimeout(r, 20));
  return events.slice(from);
}

const of = (list: PointsEvent[]): TuningPoint[] => list.flatMap((event) => event.points);

describe('the tuning loop', () => {
  it('answers with a first estimate, then the final number, then the curve', async () => {
    const from = events.length;
    expect(await backend.tune({ index_id: indexId, nprobe: 4 })).toEqual({ accepted: true });
    const received = await settledAfter(from);
    const points = of(received.filter((e) => !e.settled));
    expect(points[0]).toMatchObject({ nprobe: 4, final: false, queries: ESTIMATE_QUERIES });
    expect(points[0].recall_low).toBeLessThan(points[0].recall_high);
    expect(points[1]).toMatchObject({ nprobe: 4, final: true });
    expect(points[1].queries).toBeGreaterThan(ESTIMATE_QUERIES);
    // the estimate's interval holds the final number
    expect(points[1].recall_at_k).toBeGreaterThanOrEqual(points[0].recall_low - 0.02);
    expect(points[1].recall_at_k).toBeLessThanOrEqual(points[0].recall_high + 0.02);
    // then 1, 2, 8, … while recall still rises: more n_probe never loses recall
    const curve = points.filter((p) => p.final).sort((a, b) => a.nprobe! - b.nprobe!);
    expect(curve.map((p) => p.nprobe).slice(0, 3)).toEqual([1, 2, 4]);
    for (let i = 1; i < curve.length; i++)
      expect(curve[i].recall_at_k).toBeGreaterThanOrEqual(curve[i - 1].recall_at_k - 1e-9);
    // the settled event carries every point known
    const last = received.at(-1)!;
    expect(last.settled).toBe(true);
    expect(last.points.length).toBe(new Set(points.map((p) => p.nprobe)).size);
    // every point has the offline cost: one call per 3300-frame segment
    for (const point of curve)
      expect(point.costs.find((c) => c.usage === 'offline')?.calls).toBe(Math.ceil(point.queries / 3300));
  });

  it('costs the curve in realtime blocks when that usage is asked for, reusing what it measured', async () => {
    const from = events.length;
    await backend.tune({ index_id: indexId, nprobe: 4, usage: 'realtime', block_seconds: 0.1 });
    const points = of((await settledAfter(from)).filter((e) => !e.settled));
    // no point was measured again: only realtime costs were added
    expect(points.every((p) => p.final)).toBe(true);
    for (const point of points) {
      const realtime = point.costs.find((c) => c.usage === 'realtime')!;
      expect(realtime).toMatchObject({ block_frames: 5, calls: Math.ceil(point.queries / 5) });
      expect(realtime.block_share).toBeGreaterThan(0);
    }
  });

  it('lets the newest request take over', async () => {
    const from = events.length;
    await backend.tune({ index_id: indexId, nprobe: 3 });
    await backend.tune({ index_id: indexId, nprobe: 6 });
    const points = of(await settledAfter(from));
    expect(points.some((p) => p.nprobe === 6 && p.final)).toBe(true);
  });

  it('refuses an index that is not loaded', async () => {
    await expect(backend.tune({ index_id: 'nope', nprobe: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
