// Vector transforms (the chain of an IndexPreTransform, the rotation of an IndexLSH): a type tag,
// the transform's own fields, then d_in, d_out (int32) and is_trained (bool). Applying a trained
// transform reads its tables with the sizes d_in and d_out imply, so they must match exactly.
import type { FaissNode } from '../contract';
import { type ParseContext, unknownTag } from './context';
import type { VectorAt } from './header';

/** What a transform's body leaves to check once d_in, d_out and is_trained are known. */
type Check = (dims: { dIn: number; dOut: number; trained: boolean }) => void;

interface TransformKind {
  type: string;
  /** reads the fields between the tag and d_in; returns the checks that need the dimensions */
  readBody: (ctx: ParseContext, node: FaissNode) => Check | void;
}

const LINEAR_TAGS = new Set(['LTra', 'rrot', 'PCAm', 'PcAm', 'Pcam', 'Viqm']);

/** LinearTransform's fields, shared by every matrix transform: have_bias, A (d_out × d_in), b. */
function readLinear(ctx: ParseContext, node: FaissNode): Check {
  const c = ctx.cursor;
  const haveBias = c.bool('have_bias');
  const a = c.skipVector(4, 'matrix A');
  const b = c.skipVector(4, 'bias b');
  node.params.have_bias = haveBias;
  return ({ dIn, dOut, trained }) => {
    if (!trained) return; // an untrained matrix is legitimately empty (e.g. LSH without rotation)
    c.expectEqual('A length', a.count, 'd_out × d_in', dIn * dOut, a.at - 8);
    if (haveBias) c.expectEqual('b length', b.count, 'd_out', dOut, b.at - 8);
  };
}

/** A float vector of one value per input dimension (a mean), when trained. */
const perInput =
  (ctx: ParseContext, field: string, vector: VectorAt): Check =>
  ({ dIn, trained }) => {
    if (trained) ctx.cursor.expectEqual(`${field} length`, vector.count, 'd_in', dIn, vector.at - 8);
  };

/** PCAMatrix in its three generations: 'PCAm' (oldest), 'PcAm' (+ balanced_bins), 'Pcam' (+ epsilon). */
const pca = (tag: 'PCAm' | 'PcAm' | 'Pcam'): TransformKind => ({
  type: 'PCAMatrix',
  readBody(ctx, node) {
    const c = ctx.cursor;
    node.params.eigen_power = c.f32('PCA eigen_power');
    if (tag === 'Pcam') node.params.epsilon = c.f32('PCA epsilon');
    node.params.random_rotation = c.bool('PCA random_rotation');
    if (tag !== 'PCAm') node.params.balanced_bins = c.i32('PCA balanced_bins');
    // mean, eigenvalues and the PCA matrix serve training only; searches apply A and b
    c.skipVector(4, 'PCA mean');
    c.skipVector(4, 'PCA eigenvalues');
    c.skipVector(4, 'PCA matrix');
    return readLinear(ctx, node);
  },
});

/** RemapDimensionsTransform: output j copies input map[j] (a negative entry writes 0). */
function readRemap(ctx: ParseContext): Check {
  const c = ctx.cursor;
  const map = c.skipVector(4, 'dimension map');
  return ({ dIn, dOut }) => {
    c.expectEqual('map length', map.count, 'd_out', dOut, map.at - 8);
    for (let j = 0; j < map.count; j++) {
      const at = map.at + 4 * j;
      const target = c.int32At(at);
      if (target >= dIn) c.expectRange(`map[${j}]`, target, -1, dIn - 1, at);
    }
  };
}

/** Transforms that keep the dimension (normalisation, centring). */
const sameDimension =
  (ctx: ParseContext, node: FaissNode, inner: Check | void): Check =>
  (dims) => {
    ctx.cursor.expectEqual('d_out', dims.dOut, 'd_in', dims.dIn, node.end - 5);
    inner?.(dims);
  };

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
    RmDT: { type: 'RemapDimensionsTransform', readBody: (ctx) => readRemap(ctx) },
    VNrm: {
      type: 'NormalizationTransform',
      readBody: (ctx, node) => {
        node.params.norm = ctx.cursor.f32('norm');
        return (dims) => sameDimension(ctx, node, undefined)(dims);
      },
    },
    VCnt: {
      type: 'CenteringTransform',
      readBody: (ctx, node) => {
        const mean = ctx.cursor.skipVector(4, 'centering mean');
        return (dims) => sameDimension(ctx, node, perInput(ctx, 'mean', mean))(dims);
      },
    },
    Viqt: {
      type: 'ITQTransform',
      readBody(ctx, node) {
        const mean = ctx.cursor.skipVector(4, 'ITQ mean');
        node.params.do_pca = ctx.cursor.bool('ITQ do_pca');
        // faiss requires an ITQMatrix, then a matrix (PCA then ITQ) that searches apply
        const itq = readTransform(ctx, node);
        if (itq.fourcc !== 'Viqm')
          ctx.cursor.fail(
            'faiss_not_one_of',
            { field: 'ITQ rotation', value: itq.fourcc, allowed: 'Viqm' },
            itq.offset,
          );
        const applied = readTransform(ctx, node);
        if (!LINEAR_TAGS.has(applied.fourcc))
          ctx.cursor.fail(
            'faiss_not_one_of',
            { field: 'ITQ pca_then_itq', value: applied.fourcc, allowed: [...LINEAR_TAGS].join(', ') },
            applied.offset,
          );
        return (dims) => {
          perInput(ctx, 'ITQ mean', mean)(dims);
          if (!dims.trained) return;
          ctx.cursor.expectEqual('pca_then_itq d_in', Number(applied.params.d_in), 'd_in', dims.dIn, applied.end - 9);
          ctx.cursor.expectEqual(
            'pca_then_itq d_out',
            Number(applied.params.d_out),
            'd_out',
            dims.dOut,
            applied.end - 5,
          );
          if (!applied.params.is_trained)
            ctx.cursor.fail(
              'faiss_not_equal',
              { field: 'pca_then_itq is_trained', value: 0, rule: 'is_trained', expected: 1 },
              applied.end - 1,
            );
        };
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
    if (!kind) unknownTag(ctx, tag, offset, 'transform', parent);
    const node = ctx.open(tag, kind.type, offset, parent);
    const check = kind.readBody(ctx, node);
    const dIn = c.count32('d_in');
    const dOut = c.count32('d_out');
    const trained = c.bool('is_trained');
    node.params.d_in = dIn;
    node.params.d_out = dOut;
    node.params.is_trained = trained;
    ctx.close(node);
    check?.({ dIn, dOut, trained });
    return node;
  });
}
