// The shape of a reader for one index type tag.
import type { FaissNode } from '../contract';
import type { ParseContext } from './context';

export interface IndexKind {
  /** faiss's class name for the tag (what faiss.read_index constructs) */
  type: string;
  /** a FastScan class (IndexFastScan or IndexIVFFastScan in faiss): its searches run the FastScan kernels */
  fastScan?: true;
  /** reads everything after the tag, filling in `node` */
  read: (ctx: ParseContext, node: FaissNode) => void;
}
