// RVC's index file names (infer/modules/train/train_index / the WebUI's train_index):
//   added_IVF{n}_Flat_nprobe_{p}_{exp}_{v}.index  and  trained_IVF{n}_Flat_nprobe_{p}_{exp}_{v}.index
// RVC's inference picks files whose name contains "added", so other factories keep that prefix.
// A re-saved copy (new n_probe / k_factor, same vectors) keeps the name with its "_nprobe_{p}"
// part updated, so RVC still finds it.

export type RvcVersion = 'v1' | 'v2';

export const rvcVersionFor = (version: RvcVersion | null, d: number): RvcVersion =>
  version ?? (d === 256 ? 'v1' : 'v2');

/** The "_nprobe_{p}" part of a name, with "_kf{k}" after it when a k_factor is stored. */
const searchPart = (nprobe: number, kFactor: number | null = null) =>
  `_nprobe_${nprobe}${kFactor === null ? '' : `_kf${kFactor}`}`;
/** That part as it appears in a name already: "_nprobe_8", "_nprobe_4_kf2.5". */
const SEARCH_PART = /_nprobe_\d+(_kf\d+(\.\d+)?)?/;

export function rvcIndexFileName(
  kind: 'added' | 'trained',
  factory: string,
  nprobe: number | null,
  experiment: string,
  version: RvcVersion,
): string {
  const ivfFlat = /^IVF(\d+),Flat$/.exec(factory);
  const body = ivfFlat ? `IVF${ivfFlat[1]}_Flat` : factory.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  const probe = nprobe === null ? '' : searchPart(nprobe);
  return `${kind}_${body}${probe}_${experiment}_${version}.index`;
}

/** A re-saved copy's name: RVC's "_nprobe_{p}" part updated, else ".nprobe{p}" before .index. */
export function resavedName(file: string, nprobe: number | null, kFactor: number | null): string {
  if (nprobe !== null && SEARCH_PART.test(file)) return file.replace(SEARCH_PART, searchPart(nprobe, kFactor));
  const parts = [nprobe === null ? '' : `.nprobe${nprobe}`, kFactor === null ? '' : `.kf${kFactor}`].join('');
  return file.replace(/(\.index)?$/, `${parts || '.copy'}.index`);
}
