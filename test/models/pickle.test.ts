// The safe pickle reader on hand-made pickles: what it builds, and what it refuses (by code, name
// and offset) without running anything. Real torch.save files are in pth.oracle.test.ts.
import { describe, expect, it } from 'vitest';
import { Refusal } from '../../app/errors';
import { CUT, PickleDict, PickleTuple, readPickle, toPlain, type PickleValue } from '../../app/pickle';

/** Pickle bytes from strings (latin-1) and byte arrays. */
const pk = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const PROTO2 = [0x80, 2];

function refusal(bytes: Uint8Array): Refusal {
  try {
    readPickle(bytes, 'test.pkl');
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw error;
  }
  throw new Error('the pickle was accepted');
}

describe('safe pickle reader', () => {
  it('builds plain values: dicts, lists, tuples, numbers, strings, bytes', () => {
    // {'a': [1, -2, 70000, 2**40, 1.5, True, None], 'b': ('x', b'yz')}
    const bytes = pk(
      PROTO2,
      '}q\x00(X',
      u32(1),
      'a]q\x01(K\x01J',
      u32(-2 >>> 0),
      'J',
      u32(70000),
      '\x8a\x06',
      [0, 0, 0, 0, 0, 1],
      'G',
      [0x3f, 0xf8, 0, 0, 0, 0, 0, 0],
      '\x88Ne',
      'X',
      u32(1),
      'bX',
      u32(1),
      'xC\x02yz\x86u.',
    );
    const { value, end } = readPickle(bytes, 'test.pkl');
    expect(end).toBe(bytes.length);
    expect(value).toBeInstanceOf(PickleDict);
    expect(toPlain(value)).toEqual({ a: [1, -2, 70000, 2 ** 40, 1.5, true, null], b: ['x', '<2 bytes>'] });
  });

  it('refuses globals that are not on the allow-list, naming them', () => {
    const system = refusal(pk(PROTO2, 'cposix\nsystem\nq\x00X', u32(2), 'lsq\x01\x85R.'));
    expect(system.reason.code).toBe('pickle_global_refused');
    expect(system.reason.params).toMatchObject({ name: 'posix.system', offset: 2 });
    expect(system.message).toMatch(/^test\.pkl: .*posix\.system.*nothing was run/);
    expect(refusal(pk(PROTO2, 'cbuiltins\neval\n.')).reason.params.name).toBe('builtins.eval');
    // protocol 4's STACK_GLOBAL takes the same names from the stack
    const stacked = refusal(pk([0x80, 4], '\x8c\x02os\x8c\x06system\x93.'));
    expect(stacked.reason).toMatchObject({ code: 'pickle_global_refused', params: { name: 'os.system' } });
  });

  it('refuses REDUCE on anything but the allowed callables', () => {
    const onString = refusal(pk(PROTO2, 'X', u32(3), 'abc)R.'));
    expect(onString.reason).toMatchObject({ code: 'pickle_call_refused', params: { name: 'string' } });
    const onStorage = refusal(pk(PROTO2, 'ctorch\nHalfStorage\n)R.'));
    expect(onStorage.reason).toMatchObject({ code: 'pickle_call_refused', params: { name: 'torch.HalfStorage' } });
    const badArgs = refusal(pk(PROTO2, 'ccollections\nOrderedDict\nK\x01\x85R.'));
    expect(badArgs.reason.code).toBe('pickle_bad_arguments');
  });

  it('refuses object-building and unknown opcodes by name and offset', () => {
    const cases: [string | number[], string][] = [
      ['ios\nsystem\n', 'INST'],
      ['o', 'OBJ'],
      ['b', 'BUILD'],
      [[0x81], 'NEWOBJ'],
      [[0x82, 1], 'EXT1'],
      [[0x83, 1, 0], 'EXT2'],
      ['I1\n', 'INT'],
      ['Pabc\n', 'PERSID'],
      [[0x8f], 'EMPTY_SET'],
    ];
    for (const [body, opcode] of cases) {
      const error = refusal(pk(PROTO2, body, '.'));
      expect(error.reason.code).toBe('pickle_opcode_refused');
      expect(error.reason.params).toMatchObject({ opcode, offset: 2 });
    }
    expect(refusal(pk(PROTO2, [0xff])).reason).toMatchObject({
      code: 'pickle_unknown_opcode',
      params: { byte: '0xff', offset: 2 },
    });
    expect(refusal(pk([0x80, 1], 'N.')).reason.code).toBe('pickle_protocol');
  });

  it('checks every length against the bytes left before allocating', () => {
    expect(refusal(pk(PROTO2, 'X', u32(0xffffffff), 'abc')).reason.code).toBe('pickle_truncated');
    expect(refusal(pk(PROTO2, [0x8d], u32(0), u32(0x10000000), '.')).reason.code).toBe('pickle_truncated');
    expect(refusal(pk(PROTO2, [0x8e], u32(0xffffffff), u32(0xffffffff))).reason.code).toBe('pickle_truncated');
    expect(refusal(pk(PROTO2, 'T', u32(0x80000000))).reason.code).toBe('pickle_malformed');
    expect(refusal(pk(PROTO2, [0x8a, 200], new Array(200).fill(1), '.')).reason.code).toBe('pickle_limit');
    expect(refusal(pk(PROTO2, 'N')).reason.code).toBe('pickle_truncated'); // no STOP
  });

  it('bounds nesting, open marks and the memo', () => {
    const deep = refusal(pk(PROTO2, ']'.repeat(100), 'a'.repeat(99), '.'));
    expect(deep.reason).toMatchObject({ code: 'pickle_limit', params: { what: 'nesting levels', limit: 32 } });
    const marks = refusal(pk(PROTO2, '('.repeat(1000)));
    expect(marks.reason.params).toMatchObject({ what: 'open marks' });
    const memo = () =>
      readPickle(pk(PROTO2, 'N', ...Array.from({ length: 20 }, (_, i) => ['q', [i]]).flat(), '.'), 'm');
    expect(memo().value).toBeNull();
    expect(() => readPickle(pk(PROTO2, 'N', 'q\x00q\x01q\x02.'), 'm', { limits: { memoEntries: 2 } })).toThrow(
      /limit of 2 memo entries/,
    );
    expect(refusal(pk(PROTO2, 'h\x07.')).reason.code).toBe('pickle_malformed');
  });

  it('refuses cycles and containers changed after they were nested', () => {
    const selfAppend = refusal(pk(PROTO2, ']q\x00h\x00a.'));
    expect(selfAppend.reason).toMatchObject({ code: 'pickle_malformed' });
    // a = []; b = [a]; then a.append(None): a is already inside b
    const later = refusal(pk(PROTO2, ']q\x00]h\x00a0h\x00Na.'));
    expect(later.reason.params.detail).toMatch(/changed after it was nested/);
  });

  it('keeps shared references cheap: a small pickle describing a huge tree is copied within a budget', () => {
    // level k is a list holding level k-1 ten times: 10^12 leaves once unfolded, 700 bytes here
    const levels: (string | number[])[] = [PROTO2, 'X', u32(4), 'leafq\x00'];
    for (let k = 1; k <= 12; k++) levels.push(']q', [k], '(', ...new Array<number[]>(10).fill([0x68, k - 1]), 'e');
    levels.push('.');
    const bytes = pk(...levels);
    expect(bytes.length).toBeLessThan(1024);
    const { value } = readPickle(bytes, 'laughs.pkl');
    const plain = toPlain(value, { nodes: 500, depth: 20, stringChars: 10 });
    const count = (item: unknown): number =>
      Array.isArray(item) ? 1 + item.reduce((n, child) => n + count(child), 0) : 1;
    expect(count(plain)).toBeLessThan(1000);
    expect(JSON.stringify(plain)).toContain(CUT);
  });

  it('turns torch tensors into descriptors, checked against their storage', () => {
    // _rebuild_tensor_v2(persistent ('storage', torch.HalfStorage, '0', 'cpu', 12), 0, (3, 4), (4, 1), False, OrderedDict())
    const tensor = (numel: number) =>
      pk(
        PROTO2,
        'ctorch._utils\n_rebuild_tensor_v2\n((X',
        u32(7),
        'storagectorch\nHalfStorage\nX',
        u32(1),
        '0X',
        u32(3),
        'cpuK',
        [numel],
        'tQK\x00K\x03K\x04\x86K\x04K\x01\x86\x89ccollections\nOrderedDict\n)RtR.',
      );
    const { value, storages } = readPickle(tensor(12), 'tensor.pkl');
    expect(value).toMatchObject({ shape: [3, 4], stride: [4, 1], offset: 0, dtype: 'float16', numel: 12 });
    expect(storages.all()).toHaveLength(1);
    const outside = refusal(tensor(11));
    expect(outside.reason).toMatchObject({ code: 'pickle_tensor_outside_storage', params: { key: '0' } });
    const badId = refusal(pk(PROTO2, 'X', u32(3), 'abc\x85Q.'));
    expect(badId.reason.code).toBe('pickle_bad_persistent_id');
  });

  it('refuses dictionary keys Python could not hash', () => {
    const error = refusal(pk(PROTO2, '}]Ns.'));
    expect(error.reason.params.detail).toMatch(/key is a list/);
    const tuple: PickleValue = new PickleTuple([]);
    expect(toPlain(tuple)).toEqual([]);
  });
});
