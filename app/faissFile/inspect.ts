// `inspect`: what a faiss file is, as the CLI's --json and the Inspect panel show it.
import type { InspectResult } from '../contract';
import { summariseLists } from './listSummary';
import { parseFaissFile } from './readIndex';
import { searchPath } from './searchPath';

/**
 * Reads a faiss index file held in memory. Top-level type, d, ntotal and metric describe the
 * outermost index; nlist, nprobe and the list sizes come from the IVF a search goes through
 * (inside IndexPreTransform / IndexRefine / IndexIDMap wrappers), k_factor from the IndexRefine on
 * that path (an IndexIVFPQR's own k_factor is in its node's params only), fast_scan from the
 * index types on it. list_sizes is [] when the sizes are unknown: lists not stored ('il00'),
 * unsupported list type, or partial tree. imbalance is null then and when the lists hold no vector.
 *
 * A file that is corrupt, inconsistent, unsupported or unusable comes back with `error` and the
 * tree read so far (nodes cut short are flagged `partial`); only bytes that are not a faiss file
 * at all throw a FaissReadError.
 */
export function inspectFaissBytes(bytes: Uint8Array, name: string): Omit<InspectResult, 'path'> {
  const { root, facts, error, warnings } = parseFaissFile(bytes, name);
  if (!root) throw error!;
  const { ivf, refine, fastScan } = searchPath(root, facts);
  const sizes = ivf?.listSizes ?? null;
  const summary = sizes ? summariseLists(sizes) : null;
  return {
    file_bytes: bytes.length,
    type: root.type,
    d: root.d ?? 0,
    ntotal: root.ntotal ?? 0,
    metric: root.metric ?? 'unknown',
    nlist: ivf ? ivf.nlist : null,
    nprobe: ivf ? ivf.nprobe : null,
    k_factor: refine ? refine.kFactor : null,
    fast_scan: fastScan,
    list_sizes: sizes ?? [],
    imbalance: summary ? summary.imbalance : null,
    empty_lists: summary ? summary.empty : null,
    tree: root,
    error: error?.detail ?? null,
    warnings,
  };
}
