// The factory check warns about polysemous training exactly where Python faiss 1.7.3's
// index_factory turns it on (do_polysemous_training), so the advice names a real cost.
import { describe, expect, it } from 'vitest';
import { checkFactory } from '../../app/factory';
import { runPython } from '../helpers/python';

const FACTORIES = [
  'PQ16',
  'PQ16x8',
  'PQ16np',
  'PQ16x4fs',
  'IVF16,PQ16',
  'IVF16,PQ16x4',
  'IVF16,PQ16np',
  'IVF16,PQ16,RFlat',
  'OPQ16,IVF16,PQ16',
  'IVF16_HNSW8,PQ16',
  'IVF16,PQ16x4fs,RFlat',
  'HNSW8_PQ16',
  'IVF16,Flat',
  'IVF16,SQ8',
];

describe('polysemous training', () => {
  it('is warned about for the factories whose faiss index trains it', () => {
    const python = runPython<Record<string, boolean>>(
      `import faiss, json, sys
out = {}
for factory in json.loads(sys.argv[1]):
    # the outer index owns the inner ones: keep it referenced while walking down
    root = faiss.index_factory(64, factory)
    index = root
    while True:
        index = faiss.downcast_index(index)
        inner = getattr(index, 'base_index', None) or getattr(index, 'index', None)
        if isinstance(index, (faiss.IndexRefine, faiss.IndexPreTransform)) and inner is not None:
            index = inner
        else:
            break
    out[factory] = bool(getattr(index, 'do_polysemous_training', False))
print(json.dumps(out))`,
      [JSON.stringify(FACTORIES)],
    );
    const ours = Object.fromEntries(
      FACTORIES.map((factory) => [
        factory,
        checkFactory(factory, { d: 64 }).warnings.some((w) => w.code === 'factory_pq_polysemous'),
      ]),
    );
    expect(ours).toEqual(python);
    // both answers occur
    expect(new Set(Object.values(python))).toEqual(new Set([true, false]));
  });
});
