// Progress arithmetic shared by the engine host (which stamps events) and the UI.

/** Remaining time from the rate so far in this phase; null until there is a rate. */
export function etaMs(phaseElapsedMs: number, done: number, total: number): number | null {
  if (done <= 0 || total <= 0 || done > total || phaseElapsedMs <= 0) return null;
  return Math.round((phaseElapsedMs / done) * (total - done));
}
