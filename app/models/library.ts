// A scanned model library and the doctor's report over it: each model paired with its index
// candidates (pairing.ts) and diagnosed (doctor.ts); indexes no model claims are listed apart.
import type { Message } from '../messages';
import { diagnoseModel, type DoctorModel, type IndexRecord, type ModelRecord } from './doctor';
import { pairModels } from './pairing';

/** A file not read: refused (damaged or hostile) or skipped by design; `path` names it. */
export interface SkippedItem {
  path: string;
  reason: Message;
}

export interface LibraryScan {
  /** the folder or zip that was opened */
  root: string;
  models: ModelRecord[];
  indexes: IndexRecord[];
  /** damaged or hostile files and zips, with why */
  refused: SkippedItem[];
  /** files and links not looked at by design (training checkpoints, links out of the folder...) */
  skipped: SkippedItem[];
}

export interface LibraryReport {
  root: string;
  models: DoctorModel[];
  /** indexes that fit no model */
  unpairedIndexes: IndexRecord[];
  refused: SkippedItem[];
  skipped: SkippedItem[];
}

export function diagnoseLibrary(scan: LibraryScan): LibraryReport {
  const pairings = pairModels(
    scan.models.map((model) => model.rel),
    scan.indexes.map((index) => index.rel),
  );
  const claimed = new Set(pairings.flatMap((pairing) => pairing.candidates));
  return {
    root: scan.root,
    models: scan.models.map((model, i) =>
      diagnoseModel(
        model,
        pairings[i].candidates.map((position) => scan.indexes[position]),
        pairings[i].rule,
      ),
    ),
    unpairedIndexes: scan.indexes.filter((_, position) => !claimed.has(position)),
    refused: scan.refused,
    skipped: scan.skipped,
  };
}
