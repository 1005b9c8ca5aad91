// What an RVC / Applio voice model says about itself, from the dict torch.save wrote (read by the
// safe pickle reader: tensor shapes and dtypes only, never their values).
//
// RVC's savee / extract_small_model write an OrderedDict: weight (the generator's tensors in
// float16, enc_q dropped), config (a list ending with the sample rate), info ("200epoch"), name,
// timestamp, author, sr ("40k"), f0 (0/1), version ("v1"/"v2"), hash, id. Applio's extract_model
// writes weight, config, epoch, step, sr (an int: 40000), f0 (a bool), version, creation_date,
// model_hash, overtrain_info, dataset_length, model_name, author, embedder_model, speakers_id,
// vocoder. Both load a model without `version` as v1 and size the network's phone embedding from
// it (256 inputs for v1, 768 for v2), so `enc_p.emb_phone.weight` ([hidden, 256 | 768]) is what
// the features the index must hold are.
import { PickleDict, TorchTensor, toPlain, type PickleValue, type PlainValue } from '../pickle';
import { refuse } from '../errors';

export const PHONE_EMBEDDING = 'enc_p.emb_phone.weight';
export type ModelVersion = 'v1' | 'v2';

export interface ModelMetadata {
  /** `version` as stored, null when absent */
  versionDeclared: string | null;
  /** the version RVC and Applio load it as (absent → v1); null for an unknown value */
  version: ModelVersion | null;
  /** feature dimension the network takes: the phone embedding's input size; null without one */
  dim: number | null;
  /** hidden channels (the phone embedding's output size) */
  hidden: number | null;
  /** the sample rate RVC synthesises at: config's last item, else `sr` */
  sampleRate: number | null;
  /** pitch guidance (`f0`; RVC's default when absent is 1) */
  f0: boolean;
  epoch: number | null;
  step: number | null;
  info: string | null;
  name: string | null;
  author: string | null;
  embedder: string | null;
  vocoder: string | null;
  speakers: number | null;
  /** Applio's creation_date, or RVC's timestamp as ISO 8601 */
  created: string | null;
  /** tensors in `weight` and their elements */
  tensors: number;
  parameters: number;
  /** dtypes of the weight tensors, sorted */
  dtypes: string[];
  /** every other top-level key, as display values */
  extra: Record<string, PlainValue>;
}

/** keys read into named fields above (the rest go to `extra`) */
const KNOWN_KEYS = new Set([
  'weight',
  'config',
  'version',
  'sr',
  'f0',
  'epoch',
  'step',
  'info',
  'name',
  'model_name',
  'author',
  'embedder_model',
  'vocoder',
  'speakers_id',
  'creation_date',
  'timestamp',
]);

const str = (value: PickleValue | undefined): string | null => (typeof value === 'string' ? value : null);
const int = (value: PickleValue | undefined): number | null =>
  typeof value === 'number' && Number.isSafeInteger(value) ? value : null;

/** "40k" → 40000, 40000 → 40000 */
function sampleRateOf(sr: PickleValue | undefined): number | null {
  if (typeof sr === 'number') return Number.isSafeInteger(sr) && sr > 0 ? sr : null;
  const match = typeof sr === 'string' ? /^(\d+)k$/i.exec(sr.trim()) : null;
  return match ? Number(match[1]) * 1000 : null;
}

/**
 * The metadata of a checkpoint whose pickle `root` was read from `file`. Refuses (Refusal with a
 * `pth_*` code) a file that is not a voice model: not a dict, a training checkpoint (G_/D_ files
 * hold {model, optimizer, ...}), or a dict without `weight`.
 */
export function modelMetadata(root: PickleValue, file: string): ModelMetadata {
  if (!(root instanceof PickleDict)) throw refuse(file, 'pth_not_a_model');
  const weight = root.get('weight');
  if (!(weight instanceof PickleDict)) {
    throw refuse(file, root.get('model') instanceof PickleDict ? 'pth_training_checkpoint' : 'pth_not_a_model');
  }
  let tensors = 0;
  let parameters = 0;
  const dtypes = new Set<string>();
  for (const value of weight.entries.values()) {
    if (!(value instanceof TorchTensor)) continue;
    tensors++;
    parameters += value.numel;
    dtypes.add(value.dtype);
  }
  const phone = weight.get(PHONE_EMBEDDING);
  const embedding = phone instanceof TorchTensor && phone.shape.length === 2 ? phone.shape : null;
  const versionDeclared = str(root.get('version'));
  const version =
    versionDeclared === null ? 'v1' : versionDeclared === 'v1' || versionDeclared === 'v2' ? versionDeclared : null;
  const config = root.get('config');
  const configRate = Array.isArray(config) ? int(config[config.length - 1]) : null;
  const info = str(root.get('info'));
  const epochInInfo = info ? /^(\d+)\s*epoch/i.exec(info) : null;
  const timestamp = int(root.get('timestamp'));
  const f0 = root.get('f0');
  const extra: Record<string, PlainValue> = {};
  for (const [key, value] of root.entries) {
    if (typeof key === 'string' && !KNOWN_KEYS.has(key)) extra[key] = toPlain(value);
  }
  return {
    versionDeclared,
    version,
    dim: embedding ? embedding[1] : null,
    hidden: embedding ? embedding[0] : null,
    sampleRate: configRate !== null && configRate > 0 ? configRate : sampleRateOf(root.get('sr')),
    f0: f0 === undefined ? true : f0 === true || f0 === 1,
    epoch: int(root.get('epoch')) ?? (epochInInfo ? Number(epochInInfo[1]) : null),
    step: int(root.get('step')),
    info,
    name: str(root.get('model_name')) ?? str(root.get('name')),
    author: str(root.get('author')),
    embedder: str(root.get('embedder_model')),
    vocoder: str(root.get('vocoder')),
    speakers: int(root.get('speakers_id')),
    created: str(root.get('creation_date')) ?? (timestamp !== null ? isoDate(timestamp) : null),
    tensors,
    parameters,
    dtypes: [...dtypes].sort(),
    extra,
  };
}

function isoDate(seconds: number): string | null {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
