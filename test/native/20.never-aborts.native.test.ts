// Every bad call becomes a JS error with a code — never a crash. faiss's internal asserts abort
// the process (SIGABRT) and cannot be caught, so each call runs in its own child process and the
// test asserts the child exited normally.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { nativeAddonPath } from '../../main/paths';

function runInChild(body: string): {
  status: number | null;
  signal: NodeJS.Signals | null;
  result: { code?: string; message?: string; returned?: boolean; isEngineError?: boolean };
} {
  const script = `
    const m = require(${JSON.stringify(nativeAddonPath())});
    class EngineError extends Error { constructor(code, message) { super(message); this.code = code; } }
    m.init(EngineError);
    const d = 16;
    const data = new Float32Array(2000 * d).map((_, i) => Math.sin(i));
    const trained = () => { const ix = m.Index.create(d, 'IVF8,Flat', 'l2'); ix.train(data); ix.add(data); return ix; };
    let out;
    try { (() => { ${body} })(); out = { returned: true }; }
    catch (e) { out = { code: e.code, message: e.message, isEngineError: e instanceof EngineError }; }
    process.stdout.write(JSON.stringify(out));
  `;
  const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  return { status: child.status, signal: child.signal, result: child.stdout ? JSON.parse(child.stdout) : {} };
}

const badCalls: [string, string, string][] = [
  ['add before train', `m.Index.create(d, 'IVF8,Flat', 'l2').add(data)`, 'INVALID_ARGUMENT'],
  ['vectors of the wrong length', `trained().add(new Float32Array(d + 3))`, 'INVALID_ARGUMENT'],
  ['empty training set', `m.Index.create(d, 'IVF8,Flat', 'l2').train(new Float32Array(0))`, 'INVALID_ARGUMENT'],
  [
    'fewer training points than lists',
    `m.Index.create(d, 'IVF64,Flat', 'l2').train(data.subarray(0, 10 * d))`,
    'INVALID_ARGUMENT',
  ],
  ['a plain array instead of Float32Array', `trained().add(Array.from(data))`, 'INVALID_ARGUMENT'],
  ['k = 0', `trained().search(data.subarray(0, d), 0)`, 'INVALID_ARGUMENT'],
  ['k > ntotal', `trained().search(data.subarray(0, d), 5000)`, 'INVALID_ARGUMENT'],
  [
    'search an empty index',
    `const ix = m.Index.create(d, 'Flat', 'l2'); ix.search(data.subarray(0, d), 1)`,
    'INVALID_ARGUMENT',
  ],
  ['queries of the wrong dimension', `trained().search(new Float32Array(d - 1), 1)`, 'INVALID_ARGUMENT'],
  ['PQ0 (division by zero in faiss)', `m.Index.create(d, 'PQ0', 'l2')`, 'INVALID_ARGUMENT'],
  ['IVF0', `m.Index.create(d, 'IVF0,Flat', 'l2')`, 'INVALID_ARGUMENT'],
  [
    'PQ code width of 64 bits (SIGFPE in faiss at train)',
    `m.Index.create(d, 'PQ8x64', 'l2').train(data)`,
    'INVALID_ARGUMENT',
  ],
  ['PQ code width of 40 bits', `m.Index.create(d, 'PQ4x40', 'l2').train(data)`, 'INVALID_ARGUMENT'],
  ['PQ m not dividing d', `m.Index.create(768, 'IVF64,PQ7x4fs', 'l2')`, 'INVALID_ARGUMENT'],
  ['unknown factory token', `m.Index.create(d, 'IVF8,Bogus', 'l2')`, 'INVALID_ARGUMENT'],
  ['unknown metric', `m.Index.create(d, 'Flat', 'cosine')`, 'INVALID_ARGUMENT'],
  ['d = 0', `m.Index.create(0, 'Flat', 'l2')`, 'INVALID_ARGUMENT'],
  ['nprobe > nlist', `trained().setParameters('nprobe=9')`, 'INVALID_ARGUMENT'],
  ['k_factor without RFlat', `trained().setParameters('k_factor=4')`, 'INVALID_ARGUMENT'],
  ['malformed parameter string', `trained().setParameters('nprobe')`, 'INVALID_ARGUMENT'],
  ['unknown parameter', `trained().setParameters('bogus=3')`, 'FAISS_ERROR'],
  ['reconstruct past ntotal', `trained().reconstructN(1990, 20)`, 'INVALID_ARGUMENT'],
  [
    'reconstruct into an array of the wrong size',
    `trained().reconstructN(0, 2, new Float32Array(d))`,
    'INVALID_ARGUMENT',
  ],
  ['reconstruct into a plain array', `trained().reconstructN(0, 1, new Array(d).fill(0))`, 'INVALID_ARGUMENT'],
  ['use after dispose', `const ix = trained(); ix.dispose(); ix.search(data.subarray(0, d), 1)`, 'INVALID_ARGUMENT'],
  [
    'truncated index bytes',
    `const b = trained().toBuffer(); m.Index.fromBuffer(new Uint8Array(b.subarray(0, b.length / 2)))`,
    'FAISS_ERROR',
  ],
  ['garbage index bytes', `m.Index.fromBuffer(new Uint8Array(64).fill(7))`, 'FAISS_ERROR'],
  ['k-means with k > n', `m.kmeans(data.subarray(0, 5 * d), d, 10)`, 'INVALID_ARGUMENT'],
  ['constructing Index directly', `new m.Index()`, 'INVALID_ARGUMENT'],
];

describe('the native engine never aborts the process', () => {
  it.each(badCalls)('%s', (_name, body, code) => {
    const { status, signal, result } = runInChild(body);
    expect(signal).toBeNull();
    expect(status).toBe(0);
    expect(result).toMatchObject({ code, isEngineError: true });
    expect(result.message).toBeTruthy();
  });
});
