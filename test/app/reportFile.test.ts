// The report an export writes is made without the schema library, and satisfies the schema:
// the same object the schema's parse would make, unknown fields left out.
import { describe, expect, it } from 'vitest';
import type { EvalPoint, EvalResult } from '../../app/contract';
import { message } from '../../app/messages';
import { reportSchema } from '../../app/report';
import { reportCsv, reportOf } from '../../app/reportFile';

const point = (nprobe: number): EvalPoint => ({
  nprobe,
  k_factor: null,
  ef_search: null,
  k: 8,
  final: true,
  queries: 1425,
  recall_at_1: 0.9,
  recall_at_k: 0.683 + nprobe / 100,
  recall_low: 0.68,
  recall_high: 0.69,
  blend_error: 0.05,
  qps: 30000,
  latency_us_p50: 40,
  latency_us_p99: 90,
  usage: 'offline',
  block_frames: 1425,
  calls: 1,
  ms_per_audio_second: 1.9,
  block_ms_p50: 47.5,
  block_ms_p99: 47.5,
  block_share: null,
});

const result: EvalResult = {
  index_id: 'ix1',
  queries: 1425,
  k: 8,
  threads: 2,
  usage: 'offline',
  block_frames: 1425,
  // a field the engine adds to a point at run time, which the report does not name
  points: [point(1), { ...point(8), costs: [] } as EvalPoint],
  warnings: ['a warning'],
  notices: [message('factory_empty')],
};
const file = {
  index: '/x/added_IVF769_Flat_nprobe_8_voice_v2.index',
  factory: 'IVF769,Flat',
  nprobe: 8,
  k_factor: null,
};

describe('the export report', () => {
  it('is what the schema makes of the result, without the fields it does not name', () => {
    const report = reportOf(result, file);
    expect(report).toEqual(reportSchema.parse({ ...file, ...result }));
    expect(report).not.toHaveProperty('notices');
    expect(report.points[1]).not.toHaveProperty('costs');
  });

  it('has one CSV row per point, empty cells for nulls', () => {
    const lines = reportCsv(result).trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0].split(',')).toHaveLength(21);
    expect(lines[1]).toMatch(/^1,,,8,true,1425,/);
  });
});
