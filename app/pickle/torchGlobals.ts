// The few globals torch.save writes into an RVC / Applio checkpoint, and what the reader builds in
// their place: collections.OrderedDict() → an empty dict; torch._utils._rebuild_tensor_v2 and
// _rebuild_parameter → a tensor descriptor (dtype, shape, stride over a storage); torch.*Storage
// → only as the class inside a persistent id ('storage', torch.HalfStorage, key, location, numel).
// Any other global, or calling one of these in a way torch never writes, is refused.
import type { MessageCode, MessageParams } from '../messages';
import { GlobalRef, PickleDict, PickleTuple, TorchStorage, TorchTensor, type PickleValue } from './values';

export type Fail = (code: MessageCode, params?: MessageParams) => never;

/** torch's storage classes: dtype name and bytes per element */
const STORAGE_TYPES: ReadonlyMap<string, readonly [string, number]> = new Map([
  ['HalfStorage', ['float16', 2]],
  ['FloatStorage', ['float32', 4]],
  ['DoubleStorage', ['float64', 8]],
  ['BFloat16Storage', ['bfloat16', 2]],
  ['LongStorage', ['int64', 8]],
  ['IntStorage', ['int32', 4]],
  ['ShortStorage', ['int16', 2]],
  ['CharStorage', ['int8', 1]],
  ['ByteStorage', ['uint8', 1]],
  ['BoolStorage', ['bool', 1]],
  ['ComplexFloatStorage', ['complex64', 8]],
  ['ComplexDoubleStorage', ['complex128', 16]],
]);

const ORDERED_DICT = 'collections.OrderedDict';
const REBUILD_TENSOR = 'torch._utils._rebuild_tensor_v2';
const REBUILD_PARAMETER = 'torch._utils._rebuild_parameter';
const CALLABLES = new Set([ORDERED_DICT, REBUILD_TENSOR, REBUILD_PARAMETER]);

/** The GlobalRef for an allow-listed global, or null. */
export function allowedGlobal(module: string, name: string): GlobalRef | null {
  if (module === 'torch' && STORAGE_TYPES.has(name)) return new GlobalRef(module, name);
  return CALLABLES.has(`${module}.${name}`) ? new GlobalRef(module, name) : null;
}

/** tensors have at most this many dimensions here (RVC's have 1–3) */
const MAX_RANK = 16;

const isCount = (value: PickleValue): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

function counts(value: PickleValue): number[] | null {
  if (!(value instanceof PickleTuple) || value.items.length > MAX_RANK) return null;
  return value.items.every(isCount) ? (value.items as number[]) : null;
}

/** Storages by archive key: every persistent id naming one key must agree on dtype and size. */
export class TorchStorages {
  private readonly byKey = new Map<string, TorchStorage>();

  /** persistent_load: the storage a BINPERSID names (zip format: 5 items; legacy: + view metadata). */
  load(pid: PickleValue, offset: number, fail: Fail): TorchStorage {
    const items = pid instanceof PickleTuple ? pid.items : [];
    const [tag, type, key, location, numel] = items;
    const known = type instanceof GlobalRef && type.module === 'torch' ? STORAGE_TYPES.get(type.name) : undefined;
    const legacyView = items.length === 6 ? items[5] : null;
    if (
      (items.length !== 5 && items.length !== 6) ||
      tag !== 'storage' ||
      !known ||
      typeof key !== 'string' ||
      typeof location !== 'string' ||
      !isCount(numel) ||
      legacyView !== null
    ) {
      fail('pickle_bad_persistent_id', { offset });
    }
    const storage = new TorchStorage(known[0], known[1], key, location, numel);
    const seen = this.byKey.get(key);
    if (seen && (seen.dtype !== storage.dtype || seen.numel !== storage.numel))
      fail('pickle_bad_persistent_id', { offset });
    this.byKey.set(key, seen ?? storage);
    return seen ?? storage;
  }

  /** every storage the pickle named */
  all(): TorchStorage[] {
    return [...this.byKey.values()];
  }
}

/** REDUCE: what calling an allow-listed global with these arguments builds. */
export function reduce(fn: GlobalRef, args: PickleTuple, offset: number, fail: Fail): PickleValue {
  const name = fn.qualifiedName;
  const badArguments = () => fail('pickle_bad_arguments', { name, offset });
  const items = args.items;
  switch (name) {
    case ORDERED_DICT:
      if (items.length !== 0) badArguments();
      return new PickleDict();
    case REBUILD_TENSOR: {
      // (storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata])
      const [storage, start, size, stride, requiresGrad, hooks] = items;
      const shape = counts(size ?? null);
      const steps = counts(stride ?? null);
      if (
        (items.length !== 6 && items.length !== 7) ||
        !(storage instanceof TorchStorage) ||
        !isCount(start) ||
        !shape ||
        !steps ||
        shape.length !== steps.length ||
        typeof requiresGrad !== 'boolean' ||
        !(hooks instanceof PickleDict)
      ) {
        return badArguments();
      }
      checkInsideStorage(storage, start, shape, steps, offset, fail);
      return new TorchTensor(storage, start, shape, steps);
    }
    case REBUILD_PARAMETER: {
      // (data, requires_grad, backward_hooks)
      const [data, requiresGrad, hooks] = items;
      if (
        items.length !== 3 ||
        !(data instanceof TorchTensor) ||
        typeof requiresGrad !== 'boolean' ||
        !(hooks instanceof PickleDict)
      ) {
        return badArguments();
      }
      return data;
    }
    default:
      return fail('pickle_call_refused', { name, offset });
  }
}

/** torch refuses a view that reaches past its storage; so do we (without reading the data). */
function checkInsideStorage(
  storage: TorchStorage,
  start: number,
  shape: readonly number[],
  stride: readonly number[],
  offset: number,
  fail: Fail,
): void {
  if (shape.includes(0)) return;
  let last = start;
  for (let i = 0; i < shape.length; i++) last += (shape[i] - 1) * stride[i];
  if (!Number.isSafeInteger(last) || last >= storage.numel) {
    fail('pickle_tensor_outside_storage', { offset, key: storage.key });
  }
}
