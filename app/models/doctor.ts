// The doctor: plain-language findings about a model and the index RVC would use with it, each
// with a stable code, a severity and the fix in its text. Pure: it works on what the library scan
// read (model metadata, index facts), never on files.
import { message, type Message, type MessageCode, type MessageParams } from '../messages';
import { FASTSCAN_HEAP_MAX_K } from '../rvc/fastScan';
import { RVC_COMPRESS_CENTROIDS, RVC_COMPRESS_THRESHOLD } from '../rvc/compression';
import { RVC_K } from '../rvc/defaults';
import type { ModelMetadata, ModelVersion } from './checkpoint';
import type { IndexFacts } from './indexFacts';
import { isTrainedIndexName, type PairingRule } from './pairing';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding extends Message {
  severity: Severity;
}

/** An index the scan found: its facts, or why it could not be read. */
export interface IndexRecord {
  /** how the user finds it: a file path, or zip!/entry */
  path: string;
  /** path relative to the opened library, zips as folders (what pairing compares) */
  rel: string;
  bytes: number;
  facts: IndexFacts | null;
  refusal: Message | null;
}

export interface ModelRecord {
  path: string;
  rel: string;
  bytes: number;
  metadata: ModelMetadata;
}

export interface RecallEstimate {
  recall_at_k: number;
  low: number;
  high: number;
}

/** One model as `doctor --json` reports it (findings carry params and text; see findingsJson). */
export interface DoctorModel {
  name: string;
  pth: string;
  /** the index RVC would use; null when there is none or several fit */
  index: string | null;
  /** every index that fits the model (several: ambiguous) */
  candidates: string[];
  pairing: PairingRule | null;
  version: ModelVersion | null;
  dim: number | null;
  index_type: string | null;
  ntotal: number | null;
  nprobe: number | null;
  metric: string | null;
  /** the index file's size */
  size_bytes: number | null;
  recall_estimate: RecallEstimate | null;
  findings: Finding[];
  metadata: ModelMetadata;
}

/** The feature width each RVC version's network takes. */
export const VERSION_DIMS: Record<ModelVersion, number> = { v1: 256, v2: 768 };

const finding = (severity: Severity, code: MessageCode, params: MessageParams = {}): Finding => ({
  ...message(code, params),
  severity,
});

const modelName = (rel: string) => rel.slice(rel.lastIndexOf('/') + 1).replace(/\.pth$/i, '');

export function diagnoseModel(model: ModelRecord, candidates: IndexRecord[], pairing: PairingRule | null): DoctorModel {
  const { metadata } = model;
  const findings = modelFindings(metadata);
  const index = candidates.length === 1 ? candidates[0] : null;
  if (candidates.length === 0) findings.push(finding('warning', 'index_missing'));
  if (candidates.length > 1) {
    findings.push(
      finding('warning', 'several_indexes', {
        count: candidates.length,
        indexes: candidates.map((candidate) => candidate.path).join(', '),
      }),
    );
  }
  if (index) findings.push(...indexFindings(index, metadata));
  const facts = index?.facts ?? null;
  return {
    name: modelName(model.rel),
    pth: model.path,
    index: index ? index.path : null,
    candidates: candidates.map((candidate) => candidate.path),
    pairing,
    version: metadata.version,
    dim: metadata.dim,
    index_type: facts ? facts.type : null,
    ntotal: facts ? facts.ntotal : null,
    nprobe: facts ? facts.nprobe : null,
    metric: facts ? facts.metric : null,
    size_bytes: index ? index.bytes : null,
    recall_estimate: null,
    findings,
    metadata,
  };
}

function modelFindings(metadata: ModelMetadata): Finding[] {
  const findings: Finding[] = [];
  if (metadata.version === null) {
    findings.push(finding('warning', 'version_unknown', { declared: metadata.versionDeclared ?? '' }));
  }
  if (metadata.dim === null) findings.push(finding('warning', 'model_dim_unknown'));
  else if (metadata.version !== null && VERSION_DIMS[metadata.version] !== metadata.dim) {
    findings.push(
      finding('error', 'version_shape_mismatch', {
        version: metadata.version,
        declared: metadata.versionDeclared === null ? 'no' : 'yes',
        expected: VERSION_DIMS[metadata.version],
        dim: metadata.dim,
      }),
    );
  }
  return findings;
}

function indexFindings(index: IndexRecord, metadata: ModelMetadata): Finding[] {
  const file = index.path;
  if (!index.facts) {
    return [finding('error', 'index_unreadable', { index: file, reason: index.refusal?.text ?? '' })];
  }
  const facts = index.facts;
  const findings: Finding[] = [];
  if (facts.partial) findings.push(finding('warning', 'index_partial', { index: file, reason: facts.partial }));
  if (metadata.dim !== null && facts.d !== metadata.dim) {
    findings.push(finding('error', 'dim_mismatch', { indexDim: facts.d, modelDim: metadata.dim }));
  }
  // an index without vectors has one problem worth telling; its search settings do not matter
  if (facts.ntotal === 0 || isTrainedIndexName(index.rel)) {
    return [...findings, finding('error', 'index_empty', { index: file, ntotal: facts.ntotal })];
  }
  if (facts.metric === 'ip') findings.push(finding('warning', 'metric_ip'));
  else if (facts.metric !== 'l2') findings.push(finding('warning', 'metric_not_l2', { metric: facts.metric }));
  if (facts.reconstruct === 'fails' || facts.reconstruct === 'crashes') {
    findings.push(
      finding('error', 'not_reconstructable', {
        type: facts.reconstructBlocker ?? facts.type,
        crashes: facts.reconstruct === 'crashes' ? 'yes' : 'no',
      }),
    );
  }
  const candidates = RVC_K * (facts.kFactor ?? 1);
  if (facts.fastScan && candidates > FASTSCAN_HEAP_MAX_K) {
    findings.push(
      finding('error', 'fastscan_k_factor', {
        kFactor: facts.kFactor ?? 1,
        candidates,
        safe: FASTSCAN_HEAP_MAX_K / RVC_K,
      }),
    );
  }
  if (facts.nprobe === 1 && facts.nlist !== null && facts.nlist > 1) {
    findings.push(finding('warning', 'nprobe_1', { nlist: facts.nlist }));
  }
  if (facts.ntotal > RVC_COMPRESS_THRESHOLD) {
    findings.push(
      finding('info', 'index_above_compress_threshold', {
        ntotal: facts.ntotal,
        threshold: RVC_COMPRESS_THRESHOLD,
        centroids: RVC_COMPRESS_CENTROIDS,
        bytes: index.bytes,
      }),
    );
  } else if (facts.ntotal === RVC_COMPRESS_CENTROIDS) {
    findings.push(
      finding('info', 'index_centroids', { centroids: RVC_COMPRESS_CENTROIDS, threshold: RVC_COMPRESS_THRESHOLD }),
    );
  }
  return findings;
}

/** The finding list as `doctor --json` prints it. */
export const findingsJson = (findings: readonly Finding[]) =>
  findings.map(({ code, severity, text }) => ({ code, severity, message: text }));
