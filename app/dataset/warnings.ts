// Per-file warnings grouped for the summary list: a 150-file experiment of (1, T, 256) files
// should say so once, not 150 times. Each file keeps its own warnings in its FeatureFileSummary;
// the summary lists warnings in file order, and one line for a lossless conversion that concerns
// many files (naming the first few). Warnings about the data itself (dropped rows, empty files,
// stray bytes) always name every file.
import type { FeatureWarning, FeatureWarningKind } from './featureArray';

/** At most this many files are listed by name in one grouped warning. */
export const NAMED_FILES_PER_WARNING = 5;
/** Conversions that change nothing about the frames: safe to summarise. */
type GroupableKind = 'squeezed' | 'float16' | 'float64';
const isGroupable = (kind: FeatureWarningKind): kind is GroupableKind =>
  kind === 'squeezed' || kind === 'float16' || kind === 'float64';

const groupText: Record<GroupableKind, (files: number) => string> = {
  squeezed: (files) => `${files} files have shape (1, frames, d); squeezed to (frames, d)`,
  float16: (files) => `${files} files hold float16; converted to float32`,
  float64: (files) => `${files} files hold float64; converted to float32`,
};

/** Warnings in file order; a kind shared by more than NAMED_FILES_PER_WARNING files becomes one line. */
export function groupFeatureWarnings(warnings: readonly FeatureWarning[]): string[] {
  const byKind = new Map<FeatureWarningKind, FeatureWarning[]>();
  for (const warning of warnings) byKind.set(warning.kind, [...(byKind.get(warning.kind) ?? []), warning]);
  const out: string[] = [];
  for (const warning of warnings) {
    const list = byKind.get(warning.kind)!;
    if (list.length <= NAMED_FILES_PER_WARNING || !isGroupable(warning.kind)) {
      out.push(warning.text);
      continue;
    }
    if (list[0] !== warning) continue;
    const named = list.slice(0, NAMED_FILES_PER_WARNING).map((each) => each.file);
    out.push(
      `${groupText[warning.kind](list.length)}: ${named.join(', ')} and ${list.length - named.length} more (each file's warnings are listed with it)`,
    );
  }
  return out;
}
