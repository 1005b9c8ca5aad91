// The search cost as RVC pays it, ours vs Python faiss on the same index file and query frames:
// one faiss call per RVC offline segment (3300 frames), per realtime block (12 and 50 frames) and
// per lone frame, k = 8, at n_probe 1, 8 and 32. Both sides time each call and sum them; the
// ratio is Python's time over ours (≥ 0.95 means our throughput is at least 95% of Python's).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { OFFLINE_SEGMENT_FRAMES } from '../../app/cost';
import { FRAMES_PER_SECOND } from '../../app/rvc/defaults';
import { encodeNpyFloat32 } from '../../app/npy';
import { loadAddon } from '../../main/native/addon';

const K = 8;
export const SEARCH_NPROBES = [1, 8, 32] as const;
/** calls per measured configuration, as the app's usages make them */
export const SEARCH_BLOCKS = [
  { usage: 'offline segment', frames: OFFLINE_SEGMENT_FRAMES },
  { usage: 'realtime 0.25 s', frames: 12 },
  { usage: 'realtime 1 s', frames: 50 },
  { usage: 'lone frame', frames: 1 },
] as const;
/** lone frames are slow: time this many of them */
const LONE_FRAMES = 600;

export interface SearchCostRow {
  usage: string;
  block_frames: number;
  nprobe: number;
  queries: number;
  ours_ms: number;
  python_ms: number | null;
  /** Python's time / ours: ≥ 1 means we are faster */
  ratio: number | null;
  ours_ms_per_audio_second: number;
}

const pythonScript = `
import sys, json, time, numpy as np, faiss
index = faiss.read_index(sys.argv[1])
q = np.ascontiguousarray(np.load(sys.argv[2]).astype('float32'))
plan = json.loads(sys.argv[3])
ivf = faiss.extract_index_ivf(index)
out = []
for cfg in plan:
    ivf.nprobe = cfg['nprobe']
    rows = q[:cfg['queries']]
    index.search(rows[:8], ${K})
    total = 0.0
    for i in range(0, rows.shape[0], cfg['frames']):
        block = rows[i:i + cfg['frames']]
        t = time.perf_counter(); index.search(block, ${K}); total += time.perf_counter() - t
    out.append(total * 1000)
print(json.dumps(out))
`;

interface PlanEntry {
  nprobe: number;
  frames: number;
  queries: number;
}

function plan(nq: number): PlanEntry[] {
  return SEARCH_NPROBES.flatMap((nprobe) =>
    SEARCH_BLOCKS.map((b) => ({ nprobe, frames: b.frames, queries: b.frames === 1 ? Math.min(nq, LONE_FRAMES) : nq })),
  );
}

/** Builds IVF{nIvf},Flat over `base`, writes it, and times both engines over `runs` interleaved runs. */
export function searchCost(
  dir: string,
  base: Float32Array,
  queries: Float32Array,
  d: number,
  nIvf: number,
  python: string,
  runs: number,
): SearchCostRow[][] {
  const addon = loadAddon();
  const index = addon.Index.create(d, `IVF${nIvf},Flat`, 'l2');
  index.train(base);
  for (let offset = 0; offset < base.length; offset += 8192 * d)
    index.add(base.subarray(offset, Math.min(base.length, offset + 8192 * d)));
  const indexFile = path.join(dir, 'search-cost.index');
  const queryFile = path.join(dir, 'search-cost-queries.npy');
  index.write(indexFile);
  fs.writeFileSync(queryFile, encodeNpyFloat32(queries, [queries.length / d, d]));
  const nq = queries.length / d;
  const entries = plan(nq);
  const all: SearchCostRow[][] = [];
  for (let run = 0; run < runs; run++) {
    const ours = entries.map(({ nprobe, frames, queries: count }) => {
      const spec = `nprobe=${nprobe}`;
      const rows = queries.subarray(0, count * d);
      index.search(rows.subarray(0, 8 * d), K, spec);
      const { blockNs } = index.searchBlocks(rows, K, frames, spec);
      return blockNs.reduce((sum, ns) => sum + ns, 0) / 1e6;
    });
    const child = spawnSync(python, ['-', indexFile, queryFile, JSON.stringify(entries)], {
      input: pythonScript,
      encoding: 'utf8',
    });
    const theirs = child.status === 0 ? (JSON.parse(child.stdout.trim().split('\n').pop()!) as number[]) : null;
    all.push(
      entries.map((entry, i) => ({
        usage: SEARCH_BLOCKS.find((b) => b.frames === entry.frames)!.usage,
        block_frames: entry.frames,
        nprobe: entry.nprobe,
        queries: entry.queries,
        ours_ms: +ours[i].toFixed(1),
        python_ms: theirs ? +theirs[i].toFixed(1) : null,
        ratio: theirs ? +(theirs[i] / ours[i]).toFixed(3) : null,
        ours_ms_per_audio_second: +(ours[i] / (entry.queries / FRAMES_PER_SECOND)).toFixed(2),
      })),
    );
  }
  index.dispose();
  return all;
}
