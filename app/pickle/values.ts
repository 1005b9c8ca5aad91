// What the safe pickle reader produces: plain data, plus inert descriptors where torch.save wrote
// references to its own classes. Nothing here can run code: a descriptor only names what a real
// unpickler would have built (a tensor's dtype and shape), never its data.

/** Python dict keys this reader accepts (torch's dicts are keyed by strings). */
export type DictKey = string | number | bigint | boolean | null;

export type PickleValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | Uint8Array
  | PickleValue[]
  | PickleTuple
  | PickleDict
  | TorchStorage
  | TorchTensor
  | GlobalRef;

export class PickleTuple {
  constructor(readonly items: readonly PickleValue[]) {}
}

export class PickleDict {
  readonly entries = new Map<DictKey, PickleValue>();

  get(key: DictKey): PickleValue | undefined {
    return this.entries.get(key);
  }
}

/** One of the few globals torch.save writes; what REDUCE on it builds is in torchGlobals.ts. */
export class GlobalRef {
  constructor(
    readonly module: string,
    readonly name: string,
  ) {}

  get qualifiedName(): string {
    return `${this.module}.${this.name}`;
  }
}

/** A storage named by a persistent id: ('storage', torch.HalfStorage, key, location, numel). */
export class TorchStorage {
  constructor(
    /** torch's dtype name: float16, float32, bfloat16... */
    readonly dtype: string,
    readonly elementBytes: number,
    /** the storage's record name in the archive (`data/<key>`) */
    readonly key: string,
    readonly location: string,
    /** elements in the storage */
    readonly numel: number,
  ) {}
}

/** A tensor as `_rebuild_tensor_v2` would view its storage: dtype and shape, never the values. */
export class TorchTensor {
  constructor(
    readonly storage: TorchStorage,
    readonly offset: number,
    readonly shape: readonly number[],
    readonly stride: readonly number[],
  ) {}

  get dtype(): string {
    return this.storage.dtype;
  }

  /** elements in the view (the product of the shape) */
  get numel(): number {
    return this.shape.reduce((product, size) => product * size, 1);
  }
}
