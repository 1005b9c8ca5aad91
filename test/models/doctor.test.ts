// Doctor findings that the generated library cannot reach cheaply (a 200 001-vector index, odd
// metrics, unreadable or partly read files), on hand-made records.
import { describe, expect, it } from 'vitest';
import type { ModelMetadata } from '../../app/models/checkpoint';
import { diagnoseModel, type IndexRecord, type ModelRecord } from '../../app/models/doctor';
import type { IndexFacts } from '../../app/models/indexFacts';
import { message } from '../../app/messages';

const metadata = (extra: Partial<ModelMetadata> = {}): ModelMetadata => ({
  versionDeclared: 'v2',
  version: 'v2',
  dim: 768,
  hidden: 192,
  sampleRate: 40000,
  f0: true,
  epoch: 200,
  step: null,
  info: '200epoch',
  name: 'm',
  author: null,
  embedder: null,
  vocoder: null,
  speakers: null,
  created: null,
  tensors: 1,
  parameters: 1,
  dtypes: ['float16'],
  extra: {},
  ...extra,
});
const model = (extra: Partial<ModelMetadata> = {}): ModelRecord => ({
  path: '/lib/m.pth',
  rel: 'm.pth',
  zip: null,
  bytes: 55e6,
  metadata: metadata(extra),
});
const facts = (extra: Partial<IndexFacts> = {}): IndexFacts => ({
  type: 'IndexIVFFlat',
  d: 768,
  ntotal: 50_000,
  metric: 'l2',
  nlist: 3577,
  nprobe: 8,
  kFactor: null,
  fileBytes: 160e6,
  fastScan: false,
  reconstruct: 'ok',
  reconstructBlocker: null,
  partial: null,
  ...extra,
});
const index = (extra: Partial<IndexFacts> | null, refusal = null as IndexRecord['refusal']): IndexRecord => ({
  path: '/lib/added_m.index',
  rel: 'added_m.index',
  zip: null,
  bytes: 160e6,
  facts: extra === null ? null : facts(extra),
  refusal,
});
const codes = (m: ModelRecord, i: IndexRecord) =>
  diagnoseModel(m, [i], 'name').findings.map((f) => [f.code, f.severity]);

describe('doctor', () => {
  it('says nothing about a healthy pair', () => {
    expect(codes(model(), index({}))).toEqual([]);
  });

  it("explains RVC's 200 000-frame rule from either side", () => {
    expect(codes(model(), index({ ntotal: 200_001 }))).toEqual([['index_above_compress_threshold', 'info']]);
    expect(codes(model(), index({ ntotal: 10_000 }))).toEqual([['index_centroids', 'info']]);
  });

  it('flags metrics other than L2, unknown versions and models without a phone embedding', () => {
    expect(codes(model(), index({ metric: 'L1' }))).toEqual([['metric_not_l2', 'warning']]);
    expect(codes(model({ versionDeclared: 'v3', version: null }), index({}))).toEqual([['version_unknown', 'warning']]);
    expect(codes(model({ dim: null, hidden: null }), index({}))).toEqual([['model_dim_unknown', 'warning']]);
  });

  it('reports unreadable and partly read indexes, and FastScan within the safe k_factor', () => {
    const refusal = message('index_not_faiss', { reason: 'file ends inside d at byte 4' });
    const unreadable = diagnoseModel(model(), [index(null, refusal)], 'name').findings;
    expect(unreadable.map((f) => f.code)).toEqual(['index_unreadable']);
    expect(unreadable[0].text).toMatch(/file ends inside d at byte 4/);
    expect(codes(model(), index({ partial: 'unsupported IwRQ at byte 0', reconstruct: 'unknown' }))).toEqual([
      ['index_partial', 'warning'],
    ]);
    expect(codes(model(), index({ fastScan: true, kFactor: 2.5 }))).toEqual([]);
    expect(codes(model(), index({ fastScan: true, kFactor: 3 }))).toEqual([['fastscan_k_factor', 'error']]);
  });
});
