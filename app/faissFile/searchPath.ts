// "The" IVF and refine stage of a file: the ones a search goes through, found by following the
// wrappers (IxPT → its index, IxRF → its base, IDMap → its index) from the top. Quantizers,
// refine indexes and HNSW storages are not on this path: their parameters do not steer a search.
import type { FaissNode } from '../contract';
import type { IvfFacts, NodeFacts } from './context';

export interface SearchPath {
  ivf: (IvfFacts & { node: FaissNode }) | null;
  refine: (NonNullable<NodeFacts['refine']> & { node: FaissNode }) | null;
  /** a FastScan index answers the searches: RVC's k·k_factor candidates come from its kernels */
  fastScan: boolean;
}

export function searchPath(root: FaissNode, facts: Map<FaissNode, NodeFacts>): SearchPath {
  const path: SearchPath = { ivf: null, refine: null, fastScan: false };
  let node: FaissNode | undefined = root;
  while (node) {
    const known = facts.get(node);
    if (known?.fastScan) path.fastScan = true;
    if (known?.refine && !path.refine) path.refine = { ...known.refine, node };
    if (known?.ivf) {
      path.ivf = { ...known.ivf, node };
      break;
    }
    node = known?.wrapped;
  }
  return path;
}
