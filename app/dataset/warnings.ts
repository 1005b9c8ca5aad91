// Per-file warnings grouped for the summary list: a 150-file experiment of (1, T, 256) files
// should say so once, not 150 times. Each file keeps its own warnings in its FeatureFileSummary;
// the summary lists warnings in file order, and one line for a lossless conversion that concerns
// many files (naming the first few). Warnings about the data itself (dropped rows, empty files,
// stray bytes) always name every file.
import { message, type Message } from '../messages';
import type { FeatureWarning, FeatureWarningKind } from './featureArray';

/** At most this many files are listed by name in one grouped warning. */
export const NAMED_FILES_PER_WARNING = 5;
/** Conversions that change nothing about the frames: safe to summarise. */
type GroupableKind = 'squeezed' | 'float16' | 'float64';
const isGroupable = (kind: FeatureWarningKind): kind is GroupableKind =>
  kind === 'squeezed' || kind === 'float16' || kind === 'float64';

/** Warnings in file order; a kind shared by more than NAMED_FILES_PER_WARNING files becomes one line. */
export function groupFeatureWarnings(warnings: readonly FeatureWarning[]): Message[] {
  const byKind = new Map<FeatureWarningKind, FeatureWarning[]>();
  for (const warning of warnings) byKind.set(warning.kind, [...(byKind.get(warning.kind) ?? []), warning]);
  const out: Message[] = [];
  for (const warning of warnings) {
    const list = byKind.get(warning.kind)!;
    if (list.length <= NAMED_FILES_PER_WARNING || !isGroupable(warning.kind)) {
      out.push(warning.message);
      continue;
    }
    if (list[0] !== warning) continue;
    const named = list.slice(0, NAMED_FILES_PER_WARNING).map((each) => each.file);
    out.push(
      message('features_grouped', {
        kind: warning.kind,
        count: list.length,
        named: named.join(', '),
        more: list.length - named.length,
      }),
    );
  }
  return out;
}
