// The recall estimate's bias table (README, "Recall without the features"): the estimate from an
// index's own vectors against the held-out evaluation, on the synthetic sample at several N and
// both feature widths, with two kinds of held-out queries — new recordings of the indexed voice
// (the interval must hold them) and recordings of another voice (reported: the caveat's case).
// Prints the table; RVC_BIAS_TABLE=<file> also writes it as JSON.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleFiles } from '../../app/sample';
import { estimateRecall } from '../../main/engine/recallEstimate';
import { buildIndex, heldOut, voice } from '../helpers/heldOutVoice';

const NPROBES = [1, 8];
const HELD_OUT_FRAMES = 4000;
const CASES = [
  { d: 768, n: 10_000, seed: 2 },
  { d: 768, n: 30_000, seed: 3 },
  { d: 768, n: 100_000, seed: 4 },
  { d: 256, n: 10_000, seed: 1 },
  { d: 256, n: 30_000, seed: 5 },
];

interface Row {
  d: number;
  n: number;
  nprobe: number;
  estimate: number;
  low: number;
  high: number;
  same_voice: number;
  other_voice: number;
  blend_estimate: number;
  blend_same_voice: number;
}

function otherVoice(d: number, seed: number): Float32Array {
  const out = new Float32Array(HELD_OUT_FRAMES * d);
  let at = 0;
  for (const file of sampleFiles({ n: HELD_OUT_FRAMES, d, seed: seed + 1000 })) {
    out.set(file.frames, at);
    at += file.frames.length;
  }
  return out;
}

describe('recall estimate: bias against held-out recordings', () => {
  const rows: Row[] = [];
  it.each(CASES)('d = $d, N = $n', ({ d, n, seed }) => {
    const { vectors, queries } = voice(n, d, seed, HELD_OUT_FRAMES);
    const other = otherVoice(d, seed);
    const index = buildIndex(vectors, d, 'IVF{n},Flat');
    const estimate = estimateRecall(index, NPROBES);
    if (!('points' in estimate)) throw new Error(estimate.reason.text);
    for (const point of estimate.points) {
      const same = heldOut(index, vectors, queries, d, point.nprobe!);
      const foreign = heldOut(index, vectors, other, d, point.nprobe!);
      rows.push({
        d,
        n,
        nprobe: point.nprobe!,
        estimate: point.recall_at_k,
        low: point.low,
        high: point.high,
        same_voice: same.recall,
        other_voice: foreign.recall,
        blend_estimate: point.blend_error,
        blend_same_voice: same.blend,
      });
      expect(same.recall, `N ${n}, d ${d}, n_probe ${point.nprobe}`).toBeGreaterThanOrEqual(point.low);
      expect(same.recall, `N ${n}, d ${d}, n_probe ${point.nprobe}`).toBeLessThanOrEqual(point.high);
    }
    index.dispose();
  });

  it('prints the table', () => {
    const f = (x: number) => x.toFixed(3);
    const lines = [
      '| d | N | n_probe | estimate [interval] | held-out, same voice (bias) | held-out, other voice (bias) | blend error: estimate / held-out |',
      '|---|---|---|---|---|---|---|',
      ...rows.map(
        (r) =>
          `| ${r.d} | ${r.n} | ${r.nprobe} | ${f(r.estimate)} [${f(r.low)}, ${f(r.high)}] | ${f(r.same_voice)} (${f(r.estimate - r.same_voice)}) | ${f(r.other_voice)} (${f(r.estimate - r.other_voice)}) | ${f(r.blend_estimate)} / ${f(r.blend_same_voice)} |`,
      ),
    ];
    process.stdout.write(lines.join('\n') + '\n');
    if (process.env.RVC_BIAS_TABLE) fs.writeFileSync(process.env.RVC_BIAS_TABLE, JSON.stringify(rows, null, 2));
    expect(rows.length).toBe(CASES.length * NPROBES.length);
  });
});
