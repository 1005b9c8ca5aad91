// `inspect`: what a faiss file is, as the CLI's --json and the Inspect panel show it (DESIGN §3).
import { imbalanceFactor } from '../clusterStats';
import type { InspectResult } from '../contract';
import { parseFaissFile } from './readIndex';
import { searchPath } from './searchPath';

/**
 * Reads a faiss index file held in memory. Top-level type, d, ntotal and metric describe the
 * outermost index; nlist, nprobe and the list sizes come from the IVF a search goes through
 * (inside IndexPreTransform / IndexRefine / IndexIDMap wrappers), k_factor from the IndexRefine on
 * that path. Throws FaissReadError on corrupt or truncated input; an unsupported node type gives
 * a partial tree and `error`.
 */
export function inspectFaissBytes(bytes: Uint8Array, name: string): Omit<InspectResult, 'path'> {
  const { root, facts, error, warnings } = parseFaissFile(bytes, name);
  const { ivf, refine } = searchPath(root, facts);
  const sizes = ivf?.listSizes ?? null;
  return {
    file_bytes: bytes.length,
    type: root.type,
    d: root.d ?? 0,
    ntotal: root.ntotal ?? 0,
    metric: root.metric ?? 'unknown',
    nlist: ivf ? ivf.nlist : null,
    nprobe: ivf ? ivf.nprobe : null,
    k_factor: refine ? refine.kFactor : null,
    list_sizes: sizes ?? [],
    imbalance: sizes ? imbalanceFactor(sizes) : null,
    empty_lists: sizes ? sizes.filter((size) => size === 0).length : null,
    tree: root,
    error,
    warnings,
  };
}
