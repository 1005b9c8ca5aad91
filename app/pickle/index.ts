// Safe reading of Python pickles as torch.save writes them: data and torch's tensor descriptors
// only, nothing executed (see reader.ts for the rules and limits).
export { readPickle, DEFAULT_PICKLE_LIMITS, type PickleLimits, type PickleResult } from './reader';
export { toPlain, CUT, type PlainValue, type PlainBudget } from './walk';
export {
  GlobalRef,
  PickleDict,
  PickleTuple,
  TorchStorage,
  TorchTensor,
  type DictKey,
  type PickleValue,
} from './values';
