// The files an export writes, by RVC's names — computed before any work so that an export that
// would overwrite something without --force fails at once, not after a long build.
import path from 'node:path';
import { rvcIndexFileName, rvcVersionFor } from '../../app/rvc/names';

/** Default output of `build` and `export`: RVC's own file name in the experiment folder. */
export function defaultIndexPath(
  kind: 'added' | 'trained',
  folder: string,
  factory: string,
  nprobe: number | null,
  experiment: string,
  version: 'v1' | 'v2' | null,
  d: number,
): string {
  return path.join(folder, rvcIndexFileName(kind, factory, nprobe, experiment, rvcVersionFor(version, d)));
}

export interface ExportTargets {
  added: string;
  trained: string | null;
  totalFea: string | null;
  reportJson: string | null;
  reportCsv: string | null;
}

export interface ExportFileOptions {
  trained?: boolean;
  total_fea?: boolean;
  report?: boolean;
}

export interface IndexNaming {
  folder: string;
  factory: string;
  nprobe: number | null;
  experiment: string;
  version: 'v1' | 'v2' | null;
  d: number;
}

export function exportTargets(naming: IndexNaming, options: ExportFileOptions): ExportTargets {
  const name = (kind: 'added' | 'trained') =>
    defaultIndexPath(kind, naming.folder, naming.factory, naming.nprobe, naming.experiment, naming.version, naming.d);
  const added = name('added');
  return {
    added,
    trained: options.trained ? name('trained') : null,
    totalFea: options.total_fea ? path.join(naming.folder, 'total_fea.npy') : null,
    reportJson: options.report ? added.replace(/\.index$/, '.report.json') : null,
    reportCsv: options.report ? added.replace(/\.index$/, '.report.csv') : null,
  };
}

export const targetFiles = (targets: ExportTargets): string[] =>
  Object.values(targets).filter((file): file is string => file !== null);
