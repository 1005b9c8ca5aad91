// The one bound tests put on time: a hang detector, far above any normal duration (speed is
// measured by `npm run bench`, never asserted by tests).
export const HANG_MS = 30_000;
