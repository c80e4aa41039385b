import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../../errors.js';
import { writeAllAtomic } from '../../io/write-atomic.js';
import { assertReport } from '../../report/check.js';
import { type Format, RENDERERS } from '../../report/formats.js';
import { renderText } from '../../report/text.js';
import type { Command, CommandArgs } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { onStopSignal, SIGNAL_EXIT } from '../interrupt.js';
import type { Io } from '../io.js';

/** The same file however it is named: its real path when it exists, else its absolute path. */
function identity(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Refuses one article given twice, by one path or two (user trial 5): it would agree with itself. */
function checkInputs([a, b]: string[]): void {
  if (identity(a) !== identity(b)) return;
  const what = a === b ? `${a} is given twice` : `${a} and ${b} are the same file`;
  throw new UserError('bad-usage', what, 'name two different articles', b);
}

/** Refuses an output that names an input (it would overwrite the article) or another output, and a second `-`. */
function checkTargets(inputs: string[], targets: { flag: string; target: string }[]): void {
  const taken = new Map(inputs.map((path) => [identity(path), `the input ${path}`]));
  let stdout: string | undefined;
  for (const { flag, target } of targets) {
    if (target === '-') {
      // stdout holds one document: a second would be dropped or run into the first (user trial 8).
      if (stdout) {
        throw new UserError(
          'bad-usage',
          `--${stdout} - and --${flag} - both name stdout`,
          'send one format to stdout and write the others to files',
        );
      }
      stdout = flag;
      continue;
    }
    const earlier = taken.get(identity(target));
    if (earlier) {
      throw new UserError(
        'bad-usage',
        `--${flag} ${target} names ${earlier}`,
        `give --${flag} a file of its own, e.g. report.${flag}`,
        target,
      );
    }
    taken.set(identity(target), `--${flag}`);
  }
}

/** The work of `compare`: check, analyse, compare, write. */
async function comparePair({ values, positionals }: CommandArgs, io: Io): Promise<number> {
  const formats = (Object.keys(RENDERERS) as Format[]).filter((format) => values[format] !== undefined);
  const targets = formats.map((format) => ({ flag: format, target: values[format] as string }));
  checkInputs(positionals);
  checkTargets(positionals, targets);
  // Loaded here, not at the top: commands that analyse nothing never load the NLP model.
  const [{ compareSources }, { analyzeCached }, { requireBody }] = await Promise.all([
    import('../../pipeline.js'),
    import('../../store/claims-cache.js'),
    import('../../store/require-body.js'),
  ]);
  const explicit = values.claims as string | undefined;
  const claimsDir = explicit ?? (existsSync('claims') ? 'claims' : undefined);
  const [a, b] = positionals.map((path) =>
    requireBody(analyzeCached(path, claimsDir, explicit !== undefined).source),
  );
  if (a.hash === b.hash) {
    const [pathA, pathB] = positionals;
    io.stderr(
      `crosscheck: warning: ${pathA} and ${pathB} have the same content: every sentence will agree\n`,
    );
  }
  const report = compareSources(a, b);
  assertReport(report);
  // Every format is rendered, then all are written to temporary files and renamed together,
  // so a renderer's error or a full disk leaves no partial set.
  const outputs = targets.map(({ flag, target }) => ({ target, text: RENDERERS[flag as Format](report) }));
  writeAllAtomic(outputs.filter((o) => o.target !== '-').map((o) => ({ path: o.target, text: o.text })));
  const toStdout = outputs.find((o) => o.target === '-');
  if (toStdout) {
    io.stdout(toStdout.text);
    io.stderr(renderText(report));
    return EXIT.ok;
  }
  io.stdout(renderText(report));
  return EXIT.ok;
}

/** `crosscheck compare <a> <b>`: one pair, JSON to a file or stdout, a human summary. */
export const compareCommand: Command = {
  name: 'compare',
  summary: 'compare two reports of one event',
  args: '<a> <b>',
  positionals: { min: 2, max: 2 },
  flags: {
    json: {
      type: 'string',
      value: 'FILE|-',
      description: 'write the JSON report to FILE, or to stdout with -',
    },
    html: {
      type: 'string',
      value: 'FILE|-',
      description: 'write the self-contained HTML report to FILE, or to stdout with -',
    },
    md: {
      type: 'string',
      value: 'FILE|-',
      description: 'write a Markdown summary (CI log, PR comment) to FILE, or to stdout with -',
    },
    csv: {
      type: 'string',
      value: 'FILE|-',
      description: 'write one CSV row per finding to FILE, or to stdout with - (one of the four at most)',
    },
    claims: {
      type: 'string',
      value: 'DIR',
      description: 'reuse and refresh claims files in DIR (default: reuse ./claims read-only when it exists)',
    },
  },
  async run(args, io) {
    // A signal waits for the pair's outputs, which are written in one synchronous step, so a
    // Ctrl-C never leaves half a set or a temporary file; during the loading before, it stops here.
    const restore = onStopSignal((signal) => {
      io.stderr('crosscheck compare: interrupted: no output written\n');
      process.exit(SIGNAL_EXIT[signal]);
    });
    try {
      return await comparePair(args, io);
    } finally {
      restore();
    }
  },
};
