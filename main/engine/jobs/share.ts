// The share zip: a model, its index under an added_ name (RVC picks index files by that word;
// Applio's downloader takes the first .index it finds) and model_card.json with what a user of the
// model wants to know before trying it. The recall figure is the estimate from the index's own
// vectors, labelled as such. The zip is built in memory and written atomically; nothing else is.
import path from 'node:path';
import yazl from 'yazl';
import { refuse } from '../../../app/errors';
import { inspectFaissBytes } from '../../../app/faissFile';
import type { ModelCard, ShareResult } from '../../../app/models/api';
import { diagnoseModel } from '../../../app/models/doctor';
import { indexFacts } from '../../../app/models/indexFacts';
import { RVC_COMPRESS_CENTROIDS } from '../../../app/rvc/compression';
import { FRAMES_PER_SECOND } from '../../../app/rvc/defaults';
import { writeFileAtomic } from '../../fsx/atomicWrite';
import { readRegularFile } from '../../fsx/regularFile';
import { readPthFile } from '../../models/torchFile';
import { ByteBudget } from '../../models/zipArchive';
import { SCAN_LIMITS } from '../../models/scan';
import { appVersion } from '../../paths';
import { readFileBytes } from '../indexFile';
import type { JobContext } from '../jobContext';
import type { JobTypes } from '../protocol';
import { estimateRecall } from '../recallEstimate';
import { estimable, loadForEstimate, storedPoint } from './library';

export const MODEL_CARD_NAME = 'model_card.json';

function zipBytes(entries: { name: string; bytes: Uint8Array; compress: boolean }[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const { name, bytes, compress } of entries) zip.addBuffer(Buffer.from(bytes), name, { compress });
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

export async function runShare(ctx: JobContext, params: JobTypes['share']['params']): Promise<ShareResult> {
  const pth = path.resolve(params.pth);
  const indexFile = path.resolve(params.index);
  const output = path.resolve(params.out);
  ctx.progress('scan', 0, 1, `reading ${pth}`);
  const { metadata } = await readPthFile(pth, pth, new ByteBudget(SCAN_LIMITS.pthBytes));
  const pthBytes = readRegularFile(pth, { role: 'pth', maxBytes: SCAN_LIMITS.pthBytes });
  const indexBytes = readFileBytes(indexFile);
  const inspected = inspectFaissBytes(indexBytes, indexFile);
  if (inspected.error && inspected.error.code !== 'faiss_unsupported')
    throw refuse(indexFile, 'index_not_faiss', { reason: inspected.error.text });
  const facts = indexFacts(inspected);
  const name = path.basename(pth).replace(/\.pth$/i, '');
  const indexRecord = {
    path: indexFile,
    rel: path.basename(indexFile),
    zip: null,
    bytes: indexBytes.length,
    facts,
    refusal: null,
  };
  const doctor = diagnoseModel(
    { path: pth, rel: path.basename(pth), zip: null, bytes: pthBytes.length, metadata },
    [indexRecord],
    'name',
  );
  const error = doctor.findings.find((finding) => finding.severity === 'error');
  if (error) throw refuse(indexFile, 'share_pair_broken', { reason: error.text });
  ctx.checkCancel();
  let recall: ModelCard['recall'] = null;
  let recallMissing: string | null = null;
  if (estimable(indexRecord)) {
    const index = loadForEstimate(indexBytes, indexFile);
    const estimate = 'reason' in index ? index : estimateRecall(index, [null], { ctx });
    if (!('reason' in index)) index.dispose();
    if ('points' in estimate) {
      const point = storedPoint(estimate, facts.nprobe)!;
      recall = {
        kind: 'estimated',
        k: estimate.k,
        nprobe: point.nprobe,
        recall_at_k: point.recall_at_k,
        low: point.low,
        high: point.high,
        blend_error: point.blend_error,
        blend_low: point.blend_low,
        blend_high: point.blend_high,
        method: point.method,
        caveat: estimate.caveat.text,
      };
    } else recallMissing = estimate.reason.text;
  }
  const indexBase = path.basename(indexFile);
  const indexName = indexBase.includes('added') ? indexBase : `added_${indexBase}`;
  const card: ModelCard = {
    format: 'rvc-index-studio.model-card',
    format_version: 1,
    name,
    model: {
      file: `${name}.pth`,
      bytes: pthBytes.length,
      version: metadata.version,
      dim: metadata.dim,
      sample_rate: metadata.sampleRate,
      f0: metadata.f0,
      epoch: metadata.epoch,
    },
    index: {
      file: indexName,
      bytes: indexBytes.length,
      type: facts.type,
      factory: facts.type === 'IndexIVFFlat' && facts.nlist !== null ? `IVF${facts.nlist},Flat` : null,
      dim: facts.d,
      metric: facts.metric,
      frames: facts.ntotal,
      audio_minutes: facts.ntotal === RVC_COMPRESS_CENTROIDS ? null : facts.ntotal / FRAMES_PER_SECOND / 60,
      nlist: facts.nlist,
      nprobe: facts.nprobe,
      k_factor: facts.kFactor,
    },
    recall,
    recall_missing: recallMissing,
    app: { name: 'RVC Index Studio', version: appVersion() },
  };
  ctx.progress('write', 0, 1, `writing ${output}`);
  const entries = [
    { name: card.model.file, bytes: pthBytes, compress: false },
    { name: indexName, bytes: indexBytes, compress: false },
    { name: MODEL_CARD_NAME, bytes: new TextEncoder().encode(JSON.stringify(card, null, 2) + '\n'), compress: true },
  ];
  writeFileAtomic(output, await zipBytes(entries), {
    overwrite: params.force ?? false,
    shouldCancel: () => ctx.cancelRequested,
  });
  ctx.progress('write', 1, 1, `wrote ${output}`);
  return { output, entries: entries.map((entry) => entry.name), card };
}
