// The doctor's reconstruct_n verdicts against Python faiss 1.7.3 (what RVC runs), and its FastScan
// mark on the same files. Each index is read back and reconstruct_n(0, ntotal) is called in a forked
// child process, whose exit tells whether it worked, raised an exception, or aborted the process.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectFaissBytes } from '../../app/faissFile';
import { indexFacts, type Reconstruct } from '../../app/models/indexFacts';
import { runPython } from '../helpers/python';
import { tempDir } from '../helpers/tmp';

const dir = tempDir('rvc-reconstruct-');
const FACTORIES = [
  'Flat',
  'IVF16,Flat',
  'IVF16,SQ8',
  // np: no polysemous training, which takes most of a minute and changes nothing here
  'IVF16,PQ8np',
  'IVF16,PQ16x4fs,RFlat',
  'PQ16x4fs',
  'HNSW8',
  'PCA16,IVF16,Flat',
  'IVF16,FlatDedup',
  'ITQ,LSH',
  'IDMap,Flat',
  'IDMap2,Flat',
  'IDMap2,IVF16,Flat',
];
const fileFor = (factory: string) => path.join(dir, `${factory.replace(/[^A-Za-z0-9]+/g, '_')}.index`);
const factsFor = (factory: string) =>
  indexFacts(inspectFaissBytes(fs.readFileSync(fileFor(factory)), fileFor(factory)));

let python: Record<string, Reconstruct>;

beforeAll(() => {
  python = runPython<Record<string, Reconstruct>>(
    `
import faiss, json, numpy as np, os, sys
# one thread: a forked child must not inherit an OpenMP pool it cannot use
faiss.omp_set_num_threads(1)
jobs = json.loads(sys.argv[1])
x = np.random.default_rng(0).standard_normal((700, 32)).astype('float32')
def probe(path):
    # a forked child (no new interpreter, no new import): its exit says what reconstruct_n did
    pid = os.fork()
    if pid == 0:
        try:
            i = faiss.read_index(path)
            i.reconstruct_n(0, i.ntotal)
            os._exit(0)
        except Exception:
            os._exit(1)
    status = os.waitpid(pid, 0)[1]
    return 'crashes' if os.WIFSIGNALED(status) else 'ok' if os.WEXITSTATUS(status) == 0 else 'fails'
out = {}
for factory, path in jobs:
    index = faiss.index_factory(32, factory)
    index.train(x)
    if factory.startswith('IDMap'):
        index.add_with_ids(x, np.arange(len(x)).astype('int64'))
    else:
        index.add(x)
    faiss.write_index(index, path)
    out[factory] = probe(path)
print(json.dumps(out))
`,
    [JSON.stringify(FACTORIES.map((factory) => [factory, fileFor(factory)]))],
  );
});

describe('reconstruct_n verdicts', () => {
  it('match what faiss 1.7.3 does with each index type', () => {
    const ours = Object.fromEntries(FACTORIES.map((factory) => [factory, factsFor(factory).reconstruct]));
    expect(ours).toEqual(python);
    // the set covers all three outcomes
    expect(new Set(Object.values(python))).toEqual(new Set(['ok', 'fails', 'crashes']));
  });
});

describe('FastScan', () => {
  it('is marked on the files faiss writes with FastScan codes, under RFlat too', () => {
    expect(FACTORIES.filter((factory) => factsFor(factory).fastScan)).toEqual(['IVF16,PQ16x4fs,RFlat', 'PQ16x4fs']);
  });
});
