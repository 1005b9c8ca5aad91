// The file name of a re-tuned copy: RVC's added_…_nprobe_P_… pattern. A name that carries
// _nprobe_<n> already keeps everything but the number (and gains "added" if it lacks it, since RVC
// picks files by that word); any other gets RVC's full name for the model (Applio's training name without _<E>e_<S>s). Characters no file
// system takes, control characters and leading dots become "_".
import { rvcIndexFileName, rvcVersionFor } from '../rvc/names';
import type { ModelVersion } from './checkpoint';
import { modelNames } from './pairing';

export interface RetuneNaming {
  /** the .pth file's path (its name gives the model's name) */
  pth: string;
  version: ModelVersion | null;
  dim: number | null;
  index_type: string | null;
}

// eslint-disable-next-line no-control-regex
const safe = (name: string) => name.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_').replace(/^\.+/, '_');

export function retunedIndexName(rel: string, model: RetuneNaming, nlist: number, nprobe: number): string {
  const base = rel.slice(rel.lastIndexOf('/') + 1).replace(/\.index$/i, '');
  if (/_nprobe_\d+/.test(base)) {
    const renamed = base.replace(/_nprobe_\d+/, `_nprobe_${nprobe}`);
    return safe(`${renamed.includes('added') ? '' : 'added_'}${renamed}.index`);
  }
  const type = model.index_type ?? '';
  const factory =
    type === 'IndexIVFFlat' ? `IVF${nlist},Flat` : `IVF${nlist}_${type.replace(/^IndexIVF/, '') || 'index'}`;
  const version = rvcVersionFor(model.version, model.dim ?? 768);
  // Applio's <name>_<E>e_<S>s.pth: the index is <name>'s
  const names = modelNames(model.pth.split(/[\\/]/).pop()!);
  return safe(rvcIndexFileName('added', factory, nprobe, names[names.length - 1], version));
}
