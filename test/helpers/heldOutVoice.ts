// One synthetic voice split the way the recall estimate's bias is measured: the sample's first
// `n` frames (whole recordings) for the index, and recordings generated after them — new
// recordings of the same voice — as held-out queries; plus what the app's held-out evaluation
// measures with them.
import type { Metric } from '../../app/contract';
import { blendErrors, mean, recallAtK, rvcBlends } from '../../app/evaluation';
import { rvcNIvf } from '../../app/rvc/nIvf';
import { permuteRowsInPlace, seededPermutation } from '../../app/random';
import { RECALL_ESTIMATE } from '../../app/recallEstimate';
import { sampleFiles } from '../../app/sample';
import { exactSearch } from '../../main/engine/tuning/groundTruth';
import { loadAddon, type NativeIndex } from '../../main/native/addon';

const k = RECALL_ESTIMATE.k;

export function voice(n: number, d: number, seed: number, extra: number) {
  const index: Float32Array[] = [];
  const later: Float32Array[] = [];
  let indexed = 0;
  let lastSource = -1;
  for (const file of sampleFiles({ n: n + extra, d, seed })) {
    const source = Number(file.name.split('_')[0]);
    if (indexed < n || source === lastSource) {
      index.push(file.frames);
      indexed += file.T;
      lastSource = source;
    } else later.push(file.frames);
  }
  const join = (parts: Float32Array[]) => {
    const out = new Float32Array(parts.reduce((sum, part) => sum + part.length, 0));
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  };
  const vectors = join(index);
  // RVC shuffles the rows it indexes
  permuteRowsInPlace(vectors, d, seededPermutation(vectors.length / d, seed));
  return { vectors, queries: join(later) };
}

/** Trains and fills `factory` ({n} = RVC's n_ivf for these vectors). */
export function buildIndex(vectors: Float32Array, d: number, factory: string, metric: Metric = 'l2'): NativeIndex {
  const index = loadAddon().Index.create(d, factory.replace('{n}', String(rvcNIvf(vectors.length / d))), metric);
  index.train(vectors);
  index.add(vectors);
  return index;
}

/** What the app's evaluation measures with held-out queries at one n_probe. */
export function heldOut(index: NativeIndex, vectors: Float32Array, queries: Float32Array, d: number, nprobe: number) {
  const nq = queries.length / d;
  const truth = exactSearch(vectors, queries, d, k, 'l2');
  const approx = index.search(queries, k, `nprobe=${nprobe}`);
  const blends = rvcBlends(truth, vectors, k, d, nq);
  return {
    recall: recallAtK(approx.labels, truth.labels, k, nq),
    blend: mean(blendErrors(approx, vectors, blends, k, d, nq).errors),
  };
}
