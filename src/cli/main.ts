import { parseArgs } from 'node:util';
import { UserError } from '../errors.js';
import { VERSION } from '../version.js';
import type { Command, CommandArgs } from './command.js';
import { batchCommand } from './commands/batch.js';
import { compareCommand } from './commands/compare.js';
import { extractCommand } from './commands/extract.js';
import { groupCommand } from './commands/group.js';
import { mergeCommand } from './commands/merge.js';
import { rulesCommand } from './commands/rules.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';

/**
 * A value starting with '-' (`--omission-cap -1`) that Node calls "ambiguous": the line names the
 * value, as for any other bad value (review of cap9, item 3).
 */
function dashValue(argv: string[], flag: string | undefined, reason: string): string | undefined {
  if (!flag || !reason.includes('ambiguous')) return undefined;
  const at = argv.indexOf(`--${flag}`);
  const value = at < 0 ? undefined : argv[at + 1];
  if (value === undefined) return undefined;
  // "--omission-cap --json out.json": the value was left out, the next flag is no value.
  return value.startsWith('--')
    ? `--${flag} needs a value`
    : `--${flag} '${value}': a value cannot start with '-'`;
}

/** Every subcommand, in the order `--help` lists them. */
const COMMANDS: readonly Command[] = [
  compareCommand,
  extractCommand,
  batchCommand,
  groupCommand,
  mergeCommand,
  schemaCommand,
  rulesCommand,
  validateCommand,
];

/** A command's line and its flags' lines, as both help texts list them. */
function commandLines(c: Command): string[] {
  const lines = [`  ${`${c.name} ${c.args}`.padEnd(30)} ${c.summary}`];
  for (const [name, flag] of Object.entries(c.flags)) {
    lines.push(`      ${`--${name}${flag.value ? ` ${flag.value}` : ''}`.padEnd(26)} ${flag.description}`);
  }
  return lines;
}

const EXIT_LINES = [
  'Exit codes: 0 ok; 1 a --fail-on gate tripped, or a batch pair failed inside crosscheck (compared or',
  '  its source analysed); 2 usage or input error, a batch too: a source it could not read (it still',
  '  writes the other pairs; 2 wins over 1, so read gate.tripped in summary.json for the gate);',
  '  3 internal error (please report it); 130/143 stopped by SIGINT/SIGTERM (a batch: run it again',
  '  to continue; compare: its outputs are written whole or not at all)',
];

/** The help text, built from the commands' declared flags. */
function helpText(): string {
  const lines = ['Usage: crosscheck <command> [options]', '', 'Commands:'];
  for (const c of COMMANDS) lines.push(...commandLines(c));
  lines.push('', 'Options: --help, --version', ...EXIT_LINES);
  return `${lines.join('\n')}\n`;
}

/** One command's help (`crosscheck compare --help`, user trial 13): its usage, flags and the exit codes. */
function commandHelp(c: Command): string {
  return `${[`Usage: crosscheck ${c.name} ${c.args}`, '', ...commandLines(c), '', ...EXIT_LINES].join('\n')}\n`;
}

function parse(command: Command, argv: string[]): CommandArgs {
  const options = Object.fromEntries(
    Object.entries(command.flags).map(([name, f]) => [
      name,
      { type: f.type, multiple: f.multiple ?? false, ...(f.short ? { short: f.short } : {}) },
    ]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const reason = (error as Error).message
      .split('\n')[0]
      .replace(/\. To specify.*$/, '')
      .replace(/\.$/, '');
    // Node names the flag ("Option '--omission-cap <value>' argument missing"): its own fix says what it takes.
    const flag = /'--([\w-]+)(?: <value>)?'/.exec(reason)?.[1];
    const fix = (flag && command.flags[flag]?.fix) ?? `see \`crosscheck ${command.name} --help\``;
    throw new UserError('bad-usage', `${command.name}: ${dashValue(argv, flag, reason) ?? reason}`, fix);
  }
  const { min, max } = command.positionals;
  if (parsed.positionals.length < min || parsed.positionals.length > max) {
    throw new UserError(
      'bad-usage',
      `${command.name} takes ${command.args}, got ${parsed.positionals.length} argument(s)`,
      `run \`crosscheck ${command.name} ${command.args}\``,
    );
  }
  return { values: parsed.values as CommandArgs['values'], positionals: parsed.positionals };
}

/** Runs the CLI in-process: returns the exit code, prints one line for a user error, never a stack trace. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`crosscheck ${VERSION}\n`);
    return EXIT.ok;
  }
  try {
    const command = COMMANDS.find((c) => c.name === name);
    if (!command)
      throw new UserError('bad-usage', `unknown command '${name}'`, 'run `crosscheck --help` for the list');
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run(parse(command, rest), io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`${error.toLine()}\n`);
      return EXIT.usage;
    }
    io.stderr(
      `crosscheck: internal error: ${(error as Error).message} (please report it with the input files)\n`,
    );
    return EXIT.internal;
  }
}
