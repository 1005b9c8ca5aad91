// RVC's index file names (infer/modules/train/train_index / the WebUI's train_index):
//   added_IVF{n}_Flat_nprobe_{p}_{exp}_{v}.index  and  trained_IVF{n}_Flat_nprobe_{p}_{exp}_{v}.index
// RVC's inference picks files whose name contains "added", so other factories keep that prefix.

export type RvcVersion = 'v1' | 'v2';

export const rvcVersionFor = (version: RvcVersion | null, d: number): RvcVersion =>
  version ?? (d === 256 ? 'v1' : 'v2');

export function rvcIndexFileName(
  kind: 'added' | 'trained',
  factory: string,
  nprobe: number | null,
  experiment: string,
  version: RvcVersion,
): string {
  const ivfFlat = /^IVF(\d+),Flat$/.exec(factory);
  const body = ivfFlat ? `IVF${ivfFlat[1]}_Flat` : factory.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  const probe = nprobe === null ? '' : `_nprobe_${nprobe}`;
  return `${kind}_${body}${probe}_${experiment}_${version}.index`;
}
