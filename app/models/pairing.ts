// Which index goes with which model, found the way RVC and Applio find them.
//
// RVC (WebUI, get_index_path_from_model): lists every *.index under its index roots whose file
// name does not contain "trained", and takes the first whose path contains the model's name (the
// .pth file name up to its first "."), in folder-walk order. Applio (match_index): lists the same
// files under logs/ and takes the first that sits in the model's own folder, or whose name holds
// the model file name's text before its first "_". Both pick silently; with several candidates
// the one they pick depends on the walk order, which is how models end up with another model's
// index.
//
// Here, with paths relative to the opened library (a zip counts as a folder of its entries):
//   names of a model: its file name up to the first "." (RVC), and for Applio's training names
//     <name>_<E>e_<S>s[_best_epoch].pth also <name>. (Applio's "text before the first _" is not
//     used: for names like my_voice it would match every index holding "my".)
//   usable indexes: *.index whose file name does not contain "trained" (as both do).
//   1. name and folder: usable indexes in the model's folder whose path holds one of its names;
//   2. name: else usable indexes anywhere whose path holds one of its names (RVC's rule);
//   3. folder: else usable indexes in the model's folder (Applio's rule) that no other model's
//      name claims (in a flat downloads folder, Bob's index is not a candidate for Alice);
//   4. trained: else rules 1–3 over the "trained" indexes, so the doctor can say the only index
//      found holds no vectors instead of saying there is none.
// The first rule that finds anything decides; when it finds several, every one is listed and
// none is chosen (the doctor's several_indexes). An index no model claims is listed on its own.

export type PairingRule = 'name_and_folder' | 'name' | 'folder' | 'trained';

export interface Pairing {
  /** positions in the index list, in library order */
  candidates: number[];
  /** the rule that found them; null when none did */
  rule: PairingRule | null;
}

const baseName = (rel: string) => rel.slice(rel.lastIndexOf('/') + 1);
const folderOf = (rel: string) => rel.slice(0, Math.max(0, rel.lastIndexOf('/')));

export const isTrainedIndexName = (rel: string) => baseName(rel).includes('trained');

/** The names a model's index may carry. */
export function modelNames(rel: string): string[] {
  const file = baseName(rel);
  const names = [file.split('.')[0]];
  const applio = /^(.+?)_\d+e_\d+s(?:_best_epoch)?\.pth$/i.exec(file);
  if (applio) names.push(applio[1]);
  return [...new Set(names.filter((name) => name.length > 0))];
}

/** Pairs each model (by its library-relative path) with its candidate indexes. */
export function pairModels(models: readonly string[], indexes: readonly string[]): Pairing[] {
  const usable = indexes.map((rel, i) => (isTrainedIndexName(rel) ? -1 : i)).filter((i) => i >= 0);
  const trained = indexes.map((rel, i) => (isTrainedIndexName(rel) ? i : -1)).filter((i) => i >= 0);
  const names = models.map(modelNames);
  const namedBy = (m: number, i: number) => names[m].some((name) => indexes[i].includes(name));
  // how many models' names each index holds
  const claims = indexes.map((_, i) => names.filter((_, m) => namedBy(m, i)).length);
  const claimed = (m: number, i: number) => claims[i] - (namedBy(m, i) ? 1 : 0) > 0;
  return models.map((model, m) => {
    const folder = folderOf(model);
    const named = (i: number) => namedBy(m, i);
    const beside = (i: number) => folderOf(indexes[i]) === folder;
    const rules: [PairingRule, (pool: number[]) => number[]][] = [
      ['name_and_folder', (pool) => pool.filter((i) => named(i) && beside(i))],
      ['name', (pool) => pool.filter(named)],
      ['folder', (pool) => pool.filter((i) => beside(i) && !claimed(m, i))],
    ];
    for (const [rule, find] of rules) {
      const found = find(usable);
      if (found.length) return { candidates: found, rule };
    }
    for (const [, find] of rules) {
      const found = find(trained);
      if (found.length) return { candidates: found, rule: 'trained' };
    }
    return { candidates: [], rule: null };
  });
}
