// Human formatting shared by the CLI and the UI. The CLI speaks English (the default locale); the
// renderer passes the user's locale, so digits, separators, percent signs and unit names follow it.
import type { EngineStatus } from './contract';

/** The CLI's locale, and every function's default. */
export const CLI_LOCALE = 'en-US';

// one formatter per locale and options: building one costs ~0.1 ms, tables format hundreds of cells
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/** English keeps the CLI's compact units ("4.2 s", "30.0 MB"), which Intl spells "4.2 sec". */
const isEnglish = (locale: string) => locale === 'en' || locale.startsWith('en-');

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** 1 234 567 → "1.2 MB" (decimal units: 1 KB = 1000 B); unit names follow the locale ("1,2 Mo"). */
export function formatBytes(bytes: number, locale: string = CLI_LOCALE): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = value >= 100 || unit === 0 ? 0 : 1;
  const shown = digits === 0 ? Math.round(value) : value;
  if (isEnglish(locale)) return `${digits === 0 ? shown : value.toFixed(1)} ${['B', 'KB', 'MB', 'GB', 'TB'][unit]}`;
  return numberFormat(locale, {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: 'short',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(shown);
}

/** 0.9712 → "97.1%" ("97,1 %" in French, "%97,1" in Turkish). */
export const formatPercent = (fraction: number, digits = 1, locale: string = CLI_LOCALE) =>
  numberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    fraction,
  );

/** 28500 → "28,500" ("28 500", "28.500" …). */
export const formatCount = (n: number, locale: string = CLI_LOCALE) => numberFormat(locale, {}).format(n);

/** A number with a fixed count of decimals, for the locale. */
export const formatFixed = (value: number, digits: number, locale: string = CLI_LOCALE) =>
  numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(
    value,
  );

/** A recall as a percentage a user can trust: 0.9989 is "99.8%", never a rounded-up "100%". */
export function formatRecall(recall: number, locale: string = CLI_LOCALE): string {
  if (recall >= 1) return formatPercent(1, 0, locale);
  if (recall >= 0.99) return formatPercent(Math.floor(recall * 1000) / 1000, 1, locale);
  return formatPercent(Math.round(recall * 100) / 100, 0, locale);
}

/** Milliseconds with the decimals that matter at their size: 123 · 12.3 · 1.23. */
export const formatMs = (ms: number, locale: string = CLI_LOCALE) =>
  formatFixed(ms, ms >= 100 ? 0 : ms >= 10 ? 1 : 2, locale);

const unitFormat = (locale: string, unit: 'millisecond' | 'second' | 'minute', digits = 0) =>
  numberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });

/** 850 → "850 ms", 4200 → "4.2 s", 75000 → "1 min 15 s" (in the locale's unit names). */
export function formatDuration(ms: number, locale: string = CLI_LOCALE): string {
  if (isEnglish(locale)) return englishDuration(ms);
  if (ms < 1000) return unitFormat(locale, 'millisecond').format(Math.round(ms));
  const s = ms / 1000;
  if (s < 60) return unitFormat(locale, 'second', s < 10 ? 1 : 0).format(s);
  const m = Math.floor(s / 60);
  return `${unitFormat(locale, 'minute').format(m)} ${unitFormat(locale, 'second').format(Math.round(s - m * 60))}`;
}

function englishDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(s < 10 ? 1 : 0)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${Math.round(s - m * 60)} s`;
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

/** "faiss 1.7.3 · AVX2 · 2 threads": the engine as the app's header and `rvc-index --version` say it. */
export const formatEngine = (status: Pick<EngineStatus, 'faiss_version' | 'faiss_variant' | 'threads'>) =>
  `faiss ${status.faiss_version} · ${status.faiss_variant === 'avx2' ? 'AVX2' : 'generic'} · ${status.threads} thread${status.threads === 1 ? '' : 's'}`;
