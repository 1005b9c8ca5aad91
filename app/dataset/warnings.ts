// Per-file warnings grouped for the summary list: a 150-file experiment of (1, T, 256) files
// should say so once, not 150 times. Each file keeps its own warnings in its FeatureFileSummary;
// the summary lists warnings in file order, and one line (naming the first few files) for a
// warning that concerns many files.
import type { FeatureWarning, FeatureWarningKind } from './featureArray';

/** At most this many files are listed by name in one grouped warning. */
export const NAMED_FILES_PER_WARNING = 5;

const groupText: Record<FeatureWarningKind, (files: number, rows: number) => string> = {
  squeezed: (files) => `${files} files have shape (1, frames, d); squeezed to (frames, d)`,
  float16: (files) => `${files} files hold float16; converted to float32`,
  float64: (files) => `${files} files hold float64; converted to float32`,
  nonfinite: (files, rows) => `${rows} rows with NaN/Inf dropped in ${files} files`,
  empty: (files) => `${files} files have no frames; skipped`,
  trailing_bytes: (files) => `${files} files have bytes after their data; ignored`,
};

/** Warnings in file order; a kind shared by more than NAMED_FILES_PER_WARNING files becomes one line. */
export function groupFeatureWarnings(warnings: readonly FeatureWarning[]): string[] {
  const byKind = new Map<FeatureWarningKind, FeatureWarning[]>();
  for (const warning of warnings) byKind.set(warning.kind, [...(byKind.get(warning.kind) ?? []), warning]);
  const out: string[] = [];
  for (const warning of warnings) {
    const list = byKind.get(warning.kind)!;
    if (list.length <= NAMED_FILES_PER_WARNING) {
      out.push(warning.text);
      continue;
    }
    if (list[0] !== warning) continue;
    const rows = list.reduce((sum, each) => sum + (each.rows ?? 0), 0);
    const named = list.slice(0, NAMED_FILES_PER_WARNING).map((each) => (each.kind === 'nonfinite' ? `${each.file} (${each.rows})` : each.file));
    out.push(`${groupText[warning.kind](list.length, rows)}: ${named.join(', ')} and ${list.length - named.length} more`);
  }
  return out;
}
