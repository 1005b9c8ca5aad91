// Typed reads of parsed options, shared by every command.
import type { OptionSpec, ParsedArgs } from './args';

export const json: OptionSpec = { kind: 'flag', help: 'print one JSON object on stdout' };
export const str = (args: ParsedArgs, name: string) => args.options[name] as string | undefined;
export const num = (args: ParsedArgs, name: string) => args.options[name] as number | undefined;
export const flag = (args: ParsedArgs, name: string) => args.options[name] === true;
