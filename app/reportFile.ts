// The evaluation report an export writes beside the index (<name>.report.json / .csv), made from
// the engine's own final points of the build; report.ts holds the schema it satisfies. No schema
// library here: the engine process imports this.
import type { EvalPoint, EvalResult } from './contract';
import type { Report } from './report';

/** Every field of a report's point, in the CSV's column order. */
const POINT_FIELDS = [
  'nprobe',
  'k_factor',
  'ef_search',
  'k',
  'final',
  'queries',
  'recall_at_1',
  'recall_at_k',
  'recall_low',
  'recall_high',
  'blend_error',
  'usage',
  'block_frames',
  'calls',
  'ms_per_audio_second',
  'block_ms_p50',
  'block_ms_p99',
  'block_share',
  'qps',
  'latency_us_p50',
  'latency_us_p99',
] as const;

export function reportCsv(report: Pick<EvalResult, 'points'>): string {
  const rows = report.points.map((point) =>
    POINT_FIELDS.map((c) => (point[c] === null ? '' : String(point[c]))).join(','),
  );
  return [POINT_FIELDS.join(','), ...rows].join('\n') + '\n';
}

/** The report of the index file `file`: the result's fields the schema names, and nothing else. */
export function reportOf(result: EvalResult, file: Pick<Report, 'index' | 'factory' | 'nprobe' | 'k_factor'>): Report {
  const { index_id, queries, k, threads, usage, block_frames, warnings } = result;
  const points = result.points.map(
    (point) => Object.fromEntries(POINT_FIELDS.map((field) => [field, point[field]])) as unknown as EvalPoint,
  );
  return { ...file, index_id, queries, k, threads, usage, block_frames, points, warnings: [...warnings] };
}
