// A pickle reader that executes nothing: it interprets an allow-list of data opcodes into plain
// values and lets through only the few torch globals a checkpoint needs (torchGlobals.ts).
// Everything else is refused by name and byte offset, before anything is built from it.
//
// Bounded for files from strangers: every length is checked against the bytes left before any
// allocation, and instructions, memo entries, stack items, open marks, nesting depth and objects
// built all have limits, so a 1 KB pickle cannot allocate more than a few KB. The reader never
// recurses. A container cannot be changed once it is inside another one (torch never does that),
// which rules out cycles and keeps the recorded nesting depth exact; shared references (the same
// value reached twice) remain possible, so consumers walk the result with walk.ts's budget.
import type { MessageCode, MessageParams } from '../messages';
import { refuse } from '../errors';
import { ALLOWED, OPCODE_NAMES } from './opcodes';
import { allowedGlobal, reduce, TorchStorages, type Fail } from './torchGlobals';
import { PickleCursor } from './cursor';
import { GlobalRef, PickleDict, PickleTuple, type DictKey, type PickleValue } from './values';

export interface PickleLimits {
  instructions: number;
  memoEntries: number;
  stackItems: number;
  openMarks: number;
  /** containers inside containers (a checkpoint needs 4) */
  depth: number;
  /** containers, strings, bytes and tensors built */
  objects: number;
}

export const DEFAULT_PICKLE_LIMITS: PickleLimits = {
  instructions: 8_000_000,
  memoEntries: 1_000_000,
  stackItems: 1_000_000,
  openMarks: 64,
  depth: 32,
  objects: 4_000_000,
};

export interface PickleResult {
  value: PickleValue;
  /** byte after STOP (legacy torch files hold several pickles one after another) */
  end: number;
  /** the storages the persistent ids named */
  storages: TorchStorages;
}

type Container = PickleValue[] | PickleDict | PickleTuple;

const isContainer = (value: PickleValue): value is Container =>
  Array.isArray(value) || value instanceof PickleDict || value instanceof PickleTuple;

const isDictKey = (value: PickleValue): value is DictKey =>
  value === null || ['string', 'number', 'bigint', 'boolean'].includes(typeof value);

/**
 * Reads one pickle starting at `start`. `file` names the file (and archive entry) in refusals,
 * which are Refusal errors (INVALID_INPUT) with a `pickle_*` message code.
 */
export function readPickle(
  bytes: Uint8Array,
  file: string,
  options: { start?: number; limits?: Partial<PickleLimits> } = {},
): PickleResult {
  return new Reader(bytes, file, options.start ?? 0, { ...DEFAULT_PICKLE_LIMITS, ...options.limits }).run();
}

class Reader {
  private readonly at: PickleCursor;
  private opStart = 0;
  private stack: PickleValue[] = [];
  /** stack lengths at each open MARK */
  private marks: number[] = [];
  private readonly memo = new Map<number, PickleValue>();
  private readonly depth = new WeakMap<Container, number>();
  /** containers already inside another one: they may no longer change */
  private readonly placed = new WeakSet<Container>();
  private readonly storages = new TorchStorages();
  private objects = 0;

  constructor(
    bytes: Uint8Array,
    private readonly file: string,
    start: number,
    private readonly limits: PickleLimits,
  ) {
    this.at = new PickleCursor(bytes, start, this.fail);
  }

  private readonly fail: Fail = (code: MessageCode, params: MessageParams = {}): never => {
    throw refuse(this.file, code, { offset: this.opStart, ...params });
  };

  run(): PickleResult {
    for (let count = 0; ; count++) {
      if (count >= this.limits.instructions) this.overLimit('instructions', this.limits.instructions);
      this.opStart = this.at.pos;
      const byte = this.at.u8();
      const name = OPCODE_NAMES.get(byte);
      if (name === undefined) this.fail('pickle_unknown_opcode', { byte: hex(byte) });
      if (!ALLOWED.has(name)) this.fail('pickle_opcode_refused', { opcode: name, byte: hex(byte) });
      if (name === 'STOP') {
        const value = this.pop();
        return { value, end: this.at.pos, storages: this.storages };
      }
      this.step(name);
    }
  }

  private step(name: string): void {
    switch (name) {
      case 'PROTO': {
        const protocol = this.at.u8();
        if (protocol < 2 || protocol > 5) this.fail('pickle_protocol', { protocol });
        return;
      }
      case 'FRAME':
        this.at.length64(); // frames only group opcodes; the length is checked, nothing else to do
        return;
      case 'MARK':
        if (this.marks.length >= this.limits.openMarks) this.overLimit('open marks', this.limits.openMarks);
        this.marks.push(this.stack.length);
        return;
      case 'POP':
        if (this.stack.length > this.base()) this.stack.pop();
        else this.popMark();
        return;
      case 'POP_MARK':
        this.popMark();
        return;
      case 'DUP':
        return this.push(this.top());
      case 'NONE':
        return this.push(null);
      case 'NEWTRUE':
        return this.push(true);
      case 'NEWFALSE':
        return this.push(false);
      case 'BININT':
        return this.push(this.at.i32());
      case 'BININT1':
        return this.push(this.at.u8());
      case 'BININT2':
        return this.push(this.at.u16());
      case 'LONG1':
        return this.push(this.at.long(this.at.u8()));
      case 'BINFLOAT':
        return this.push(this.at.f64());
      case 'BINUNICODE':
      case 'BINSTRING':
        return this.push(this.counted(this.at.text(this.at.length32(name === 'BINSTRING'))));
      case 'SHORT_BINUNICODE':
      case 'SHORT_BINSTRING':
        return this.push(this.counted(this.at.text(this.at.u8())));
      case 'BINUNICODE8':
        return this.push(this.counted(this.at.text(this.at.length64())));
      case 'BINBYTES':
        return this.push(this.counted(this.at.raw(this.at.length32(false))));
      case 'SHORT_BINBYTES':
        return this.push(this.counted(this.at.raw(this.at.u8())));
      case 'BINBYTES8':
        return this.push(this.counted(this.at.raw(this.at.length64())));
      case 'EMPTY_LIST':
        return this.push(this.built([]));
      case 'LIST':
        return this.push(this.filled([], this.popMark()));
      case 'APPEND': {
        const item = this.pop();
        this.fill(this.target('list'), [item]);
        return;
      }
      case 'APPENDS': {
        const items = this.popMark();
        this.fill(this.target('list'), items);
        return;
      }
      case 'EMPTY_TUPLE':
        return this.push(this.built(new PickleTuple([])));
      case 'TUPLE':
        return this.push(this.tuple(this.popMark()));
      case 'TUPLE1':
      case 'TUPLE2':
      case 'TUPLE3': {
        const count = Number(name.slice(5));
        const items = this.popN(count);
        return this.push(this.tuple(items));
      }
      case 'EMPTY_DICT':
        return this.push(this.built(new PickleDict()));
      case 'DICT':
        return this.push(this.filled(new PickleDict(), this.popMark()));
      case 'SETITEM': {
        const pair = this.popN(2);
        this.fill(this.target('dict'), pair);
        return;
      }
      case 'SETITEMS': {
        const pairs = this.popMark();
        this.fill(this.target('dict'), pairs);
        return;
      }
      case 'BINPUT':
        return this.put(this.at.u8());
      case 'LONG_BINPUT':
        return this.put(this.at.u32());
      case 'MEMOIZE':
        return this.put(this.memo.size);
      case 'BINGET':
        return this.get(this.at.u8());
      case 'LONG_BINGET':
        return this.get(this.at.u32());
      case 'GLOBAL': {
        const module = this.at.line();
        return this.push(this.global(module, this.at.line()));
      }
      case 'STACK_GLOBAL': {
        const [module, global] = this.popN(2);
        if (typeof module !== 'string' || typeof global !== 'string') this.malformed('STACK_GLOBAL needs two strings');
        return this.push(this.global(module, global));
      }
      case 'REDUCE': {
        const [fn, args] = this.popN(2);
        if (!(fn instanceof GlobalRef)) return this.fail('pickle_call_refused', { name: describe(fn) });
        if (!(args instanceof PickleTuple)) return this.fail('pickle_bad_arguments', { name: fn.qualifiedName });
        return this.push(this.counted(reduce(fn, args, this.opStart, this.fail)));
      }
      case 'BINPERSID':
        return this.push(this.counted(this.storages.load(this.pop(), this.opStart, this.fail)));
      default:
        return this.fail('pickle_opcode_refused', { opcode: name, byte: hex(this.at.bytes[this.opStart]) });
    }
  }

  // ---- the stack ----

  private base(): number {
    return this.marks.length ? this.marks[this.marks.length - 1] : 0;
  }

  private push(value: PickleValue): void {
    if (this.stack.length >= this.limits.stackItems) this.overLimit('stack items', this.limits.stackItems);
    this.stack.push(value);
  }

  private top(): PickleValue {
    if (this.stack.length <= this.base()) this.malformed('the stack is empty');
    return this.stack[this.stack.length - 1];
  }

  private pop(): PickleValue {
    this.top();
    return this.stack.pop() as PickleValue;
  }

  private popN(count: number): PickleValue[] {
    if (this.stack.length - this.base() < count) this.malformed('the stack is empty');
    return this.stack.splice(this.stack.length - count, count);
  }

  private popMark(): PickleValue[] {
    const mark = this.marks.pop();
    if (mark === undefined) return this.malformed('no MARK is open');
    return this.stack.splice(mark);
  }

  private put(index: number): void {
    if (!this.memo.has(index) && this.memo.size >= this.limits.memoEntries) {
      this.overLimit('memo entries', this.limits.memoEntries);
    }
    this.memo.set(index, this.top());
  }

  private get(index: number): void {
    const value = this.memo.get(index);
    if (value === undefined) this.malformed(`memo entry ${index} was never stored`);
    this.push(value);
  }

  // ---- containers ----

  private counted<T extends PickleValue>(value: T): T {
    if (++this.objects > this.limits.objects) this.overLimit('objects', this.limits.objects);
    return value;
  }

  private built<T extends Container>(container: T): T {
    this.depth.set(container, 1);
    return this.counted(container);
  }

  /** Records that `child` now sits inside `parent`: the child is frozen, the parent deeper. */
  private place(parent: Container, child: PickleValue): void {
    if (!isContainer(child)) return;
    if (child === parent) this.malformed('a container cannot hold itself');
    this.placed.add(child);
    const depth = (this.depth.get(child) ?? 1) + 1;
    if (depth > this.limits.depth) this.overLimit('nesting levels', this.limits.depth);
    if (depth > (this.depth.get(parent) ?? 1)) this.depth.set(parent, depth);
  }

  private tuple(items: PickleValue[]): PickleTuple {
    const tuple = this.built(new PickleTuple(items));
    for (const item of items) this.place(tuple, item);
    return tuple;
  }

  private filled<T extends PickleValue[] | PickleDict>(container: T, items: PickleValue[]): T {
    this.fill(this.built(container), items);
    return container;
  }

  private target(kind: 'list' | 'dict'): PickleValue[] | PickleDict {
    const target = this.top();
    const ok = kind === 'list' ? Array.isArray(target) : target instanceof PickleDict;
    if (!ok) this.malformed(`${kind === 'list' ? 'APPEND' : 'SETITEM'} on a ${describe(target)}`);
    if (this.placed.has(target as Container)) this.malformed('a container changed after it was nested');
    return target as PickleValue[] | PickleDict;
  }

  private fill(target: PickleValue[] | PickleDict, items: PickleValue[]): void {
    if (Array.isArray(target)) {
      for (const item of items) {
        this.place(target, item);
        target.push(item);
      }
      return;
    }
    if (items.length % 2 !== 0) this.malformed('a dictionary item has no value');
    for (let i = 0; i < items.length; i += 2) {
      const key = items[i];
      if (!isDictKey(key)) this.malformed(`a dictionary key is a ${describe(key)}`);
      this.place(target, items[i + 1]);
      target.entries.set(key, items[i + 1]);
    }
  }

  private global(module: string, name: string): GlobalRef {
    const known = allowedGlobal(module, name);
    if (!known) return this.fail('pickle_global_refused', { name: `${module}.${name}` });
    return known;
  }

  private malformed(detail: string): never {
    return this.fail('pickle_malformed', { detail });
  }

  private overLimit(what: string, limit: number): never {
    return this.fail('pickle_limit', { what, limit });
  }
}

const hex = (byte: number) => `0x${byte.toString(16).padStart(2, '0')}`;

function describe(value: PickleValue): string {
  if (value === null) return 'None';
  if (Array.isArray(value)) return 'list';
  if (value instanceof Uint8Array) return 'bytes';
  if (value instanceof PickleTuple) return 'tuple';
  if (value instanceof PickleDict) return 'dict';
  if (value instanceof GlobalRef) return value.qualifiedName;
  if (typeof value === 'object') return 'torch object';
  return typeof value;
}
