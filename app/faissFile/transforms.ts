// Vector transforms (the chain of an IndexPreTransform, the rotation of an IndexLSH): a type tag,
// the transform's own fields, then d_in, d_out (int32) and is_trained (bool).
import type { FaissNode } from '../contract';
import { type ParseContext, unknownTag } from './context';

/** Matrix sizes, checked against d_in × d_out once those are read. */
interface LinearShape {
  aCount: number;
  /** null without bias */
  bCount: number | null;
}

interface TransformKind {
  type: string;
  /** reads the fields between the tag and d_in; matrix transforms return their shape */
  readBody: (ctx: ParseContext, node: FaissNode) => LinearShape | void;
}

/** LinearTransform's fields, shared by every matrix transform: have_bias, A, b. */
function readLinear(ctx: ParseContext, node: FaissNode): LinearShape {
  const c = ctx.cursor;
  const haveBias = c.bool('have_bias');
  const aCount = c.skipVector(4, 'matrix A');
  const bCount = c.skipVector(4, 'bias b');
  node.params.have_bias = haveBias;
  return { aCount, bCount: haveBias ? bCount : null };
}

/** PCAMatrix in its three generations: 'PCAm' (oldest), 'PcAm' (+ balanced_bins), 'Pcam' (+ epsilon). */
const pca = (tag: 'PCAm' | 'PcAm' | 'Pcam'): TransformKind => ({
  type: 'PCAMatrix',
  readBody(ctx, node) {
    const c = ctx.cursor;
    node.params.eigen_power = c.f32('PCA eigen_power');
    if (tag === 'Pcam') node.params.epsilon = c.f32('PCA epsilon');
    node.params.random_rotation = c.bool('PCA random_rotation');
    if (tag !== 'PCAm') node.params.balanced_bins = c.i32('PCA balanced_bins');
    c.skipVector(4, 'PCA mean');
    c.skipVector(4, 'PCA eigenvalues');
    c.skipVector(4, 'PCA matrix');
    return readLinear(ctx, node);
  },
});

const TRANSFORMS = new Map<string, TransformKind>(
  Object.entries({
    // OPQMatrix has no tag of its own: faiss stores it (and any other plain matrix) as 'LTra'
    LTra: { type: 'LinearTransform', readBody: readLinear },
    rrot: { type: 'RandomRotationMatrix', readBody: readLinear },
    PCAm: pca('PCAm'),
    PcAm: pca('PcAm'),
    Pcam: pca('Pcam'),
    Viqm: {
      type: 'ITQMatrix',
      readBody(ctx, node) {
        node.params.max_iter = ctx.cursor.i32('ITQ max_iter');
        node.params.seed = ctx.cursor.i32('ITQ seed');
        return readLinear(ctx, node);
      },
    },
    RmDT: { type: 'RemapDimensionsTransform', readBody: (ctx) => void ctx.cursor.skipVector(4, 'dimension map') },
    VNrm: { type: 'NormalizationTransform', readBody: (ctx, node) => void (node.params.norm = ctx.cursor.f32('norm')) },
    VCnt: { type: 'CenteringTransform', readBody: (ctx) => void ctx.cursor.skipVector(4, 'centering mean') },
    Viqt: {
      type: 'ITQTransform',
      readBody(ctx, node) {
        ctx.cursor.skipVector(4, 'ITQ mean');
        node.params.do_pca = ctx.cursor.bool('ITQ do_pca');
        readTransform(ctx, node); // the ITQ rotation
        readTransform(ctx, node); // PCA then ITQ, as one matrix
      },
    },
  }),
);

export function readTransform(ctx: ParseContext, parent: FaissNode): FaissNode {
  return ctx.nested(() => {
    const c = ctx.cursor;
    const offset = c.pos;
    const tag = c.fourcc('transform type');
    const kind = TRANSFORMS.get(tag);
    if (!kind) unknownTag(ctx, tag, offset, 'vector transform', parent);
    const node = ctx.open(tag, kind.type, offset, parent);
    const shape = kind.readBody(ctx, node);
    const dAt = c.pos;
    const dIn = c.i32('transform d_in');
    const dOut = c.i32('transform d_out');
    if (dIn < 0 || dOut < 0) c.fail(`transform dimensions ${dIn} → ${dOut} are negative (corrupt file?)`, dAt);
    node.params.d_in = dIn;
    node.params.d_out = dOut;
    node.params.is_trained = c.bool('transform is_trained');
    // Newer faiss refuses a matrix smaller than d_out × d_in; 1.7.3 accepts it. Untrained ones are
    // legitimately empty (the rotation of an IndexLSH built without rotate_data).
    const isTrained = node.params.is_trained;
    if (shape && isTrained && (shape.aCount < dIn * dOut || (shape.bCount !== null && shape.bCount < dOut))) {
      ctx.warn(
        `${kind.type} at byte ${offset}: its matrix is smaller than ${dOut} × ${dIn}; newer faiss versions may refuse to read it`,
      );
    }
    return ctx.close(node);
  });
}
