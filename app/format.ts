// Human formatting shared by the CLI and the UI.

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value >= 100 || unit === 0 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

export const formatPercent = (fraction: number, digits = 1) => `${(fraction * 100).toFixed(digits)}%`;

// one formatter: toLocaleString builds a new one per call (~0.1 ms), in tables of hundreds of rows
const countFormat = new Intl.NumberFormat('en-US');
export const formatCount = (n: number) => countFormat.format(n);

/** A recall as a percentage a user can trust: 0.9989 is "99.8%", never a rounded-up "100%". */
export function formatRecall(recall: number): string {
  if (recall >= 1) return '100%';
  if (recall >= 0.99) return `${(Math.floor(recall * 1000) / 10).toFixed(1)}%`;
  return `${Math.round(recall * 100)}%`;
}

// C0 and C1 controls, DEL, the Unicode line and paragraph separators and the bidi overrides: what
// could end a line, move the cursor, recolour the terminal or reorder text
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text made safe for one line of a terminal: a file name with a newline, an ANSI escape or a bidi
 * override is shown escaped (`\n`, `\x1b`, `\u202e`) so it cannot forge an `error:` line or
 * recolour the output. For human output only; JSON keeps names exact.
 */
export const printable = (text: string): string =>
  text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return SHORT_ESCAPES[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`);
  });
