// A strict argument parser: every option is declared, values are checked, and mistakes exit 1
// with a message naming the option.
import { argumentError } from '../../app/errors';

/** int: a positive integer; count: a non-negative one (seeds) */
export type OptionKind = 'string' | 'int' | 'count' | 'number' | 'flag' | 'int-list';

export interface OptionSpec {
  kind: OptionKind;
  help: string;
  choices?: string[];
  /** the largest value the option takes (numbers) */
  max?: number;
}

export type ParsedValue = string | number | boolean | number[];

export interface ParsedArgs {
  positional: string[];
  options: Record<string, ParsedValue>;
}

/** A value within the option's limit (and one a number holds exactly). */
function atMost(field: string, spec: OptionSpec, value: number, raw: string): number {
  const max = spec.max ?? Number.MAX_SAFE_INTEGER;
  if (value > max) throw argumentError(field, 'arg_at_most', { field, max, raw });
  return value;
}

function parseValue(name: string, spec: OptionSpec, raw: string): ParsedValue {
  const field = `--${name}`;
  if (spec.choices && !spec.choices.includes(raw))
    throw argumentError(field, 'arg_one_of', { field, choices: spec.choices.join(', '), raw });
  if (spec.kind === 'int') {
    if (!/^\d+$/.test(raw) || Number(raw) < 1) throw argumentError(field, 'arg_positive_integer', { field, raw });
    return atMost(field, spec, Number(raw), raw);
  }
  if (spec.kind === 'count') {
    if (!/^\d+$/.test(raw)) throw argumentError(field, 'arg_non_negative_integer', { field, raw });
    return atMost(field, spec, Number(raw), raw);
  }
  if (spec.kind === 'number') {
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value)) throw argumentError(field, 'arg_number', { field, raw });
    return atMost(field, spec, value, raw);
  }
  if (spec.kind === 'int-list') {
    const parts = raw.split(',');
    if (parts.some((part) => !/^\d+$/.test(part.trim()) || Number(part) < 1))
      throw argumentError(field, 'arg_int_list', { field, raw });
    return parts.map((part) => atMost(field, spec, Number(part), part.trim()));
  }
  return raw;
}

export function parseArgs(argv: string[], specs: Record<string, OptionSpec>, command: string): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, ParsedValue> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const spec = specs[name];
    if (!spec) throw argumentError(`--${name}`, 'arg_unknown_option', { option: `--${name}`, command });
    if (spec.kind === 'flag') {
      if (eq >= 0) throw argumentError(`--${name}`, 'arg_takes_no_value', { option: `--${name}` });
      options[name] = true;
      continue;
    }
    const raw = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (raw === undefined) throw argumentError(`--${name}`, 'arg_needs_value', { option: `--${name}` });
    options[name] = parseValue(name, spec, raw);
  }
  return { positional, options };
}
