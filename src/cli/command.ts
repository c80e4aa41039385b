import type { Io } from './io.js';

/** A flag declared as data: parsed by node:util parseArgs and listed by `--help`. */
export interface FlagSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Shown in help, e.g. `FILE|-`. */
  value?: string;
  description: string;
  /** The fix a parse error naming this flag prints (e.g. a value starting with '-'); default: see --help. */
  fix?: string;
}

/** The parsed arguments a command receives. */
export interface CommandArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** One subcommand: its flags and positionals as data, and a thin run over the library API. */
export interface Command {
  name: string;
  summary: string;
  /** Positional arguments as shown in help, e.g. `<a> <b>`. */
  args: string;
  positionals: { min: number; max: number };
  flags: Record<string, FlagSpec>;
  run: (args: CommandArgs, io: Io) => number | Promise<number>;
}
