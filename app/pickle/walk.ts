// A JSON-friendly copy of a pickled value for display (a checkpoint's `config`, Applio's extra
// keys). The reader allows shared references, so a small pickle can describe a huge tree when
// unfolded: the copy stops at a node budget and a depth, and cuts long strings.
import { GlobalRef, PickleDict, PickleTuple, TorchStorage, TorchTensor, type PickleValue } from './values';

export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

export interface PlainBudget {
  /** values copied in all */
  nodes: number;
  depth: number;
  /** characters kept of one string */
  stringChars: number;
}

export const DEFAULT_PLAIN_BUDGET: PlainBudget = { nodes: 2000, depth: 8, stringChars: 500 };

/** What stands for anything past the budget. */
export const CUT = '…';

export function toPlain(value: PickleValue, budget: PlainBudget = DEFAULT_PLAIN_BUDGET): PlainValue {
  let left = budget.nodes;
  const copy = (item: PickleValue, depth: number): PlainValue => {
    if (--left < 0 || depth > budget.depth) return CUT;
    if (item === null || typeof item === 'boolean') return item;
    if (typeof item === 'number') return Number.isFinite(item) ? item : String(item);
    if (typeof item === 'bigint') return item.toString();
    if (typeof item === 'string')
      return item.length > budget.stringChars ? item.slice(0, budget.stringChars) + CUT : item;
    if (item instanceof Uint8Array) return `<${item.length} bytes>`;
    if (item instanceof TorchTensor) return `<tensor ${item.dtype} [${item.shape.join(', ')}]>`;
    if (item instanceof TorchStorage) return `<storage ${item.dtype} ×${item.numel}>`;
    if (item instanceof GlobalRef) return `<${item.qualifiedName}>`;
    const items = Array.isArray(item) ? item : item instanceof PickleTuple ? item.items : null;
    if (items) {
      const list: PlainValue[] = [];
      for (const child of items) {
        if (left <= 0) {
          list.push(CUT);
          break;
        }
        list.push(copy(child, depth + 1));
      }
      return list;
    }
    const dict: { [key: string]: PlainValue } = {};
    for (const [key, child] of (item as PickleDict).entries) {
      if (left <= 0) {
        dict[CUT] = CUT;
        break;
      }
      dict[String(key)] = copy(child, depth + 1);
    }
    return dict;
  };
  return copy(value, 0);
}
