import { existsSync } from 'node:fs';
import { signalsDelivered } from '../../io/signals-delivered.js';
import { writeAllAtomic } from '../../io/write-atomic.js';
import { assertReport } from '../../report/check.js';
import { type Format, RENDERERS } from '../../report/formats.js';
import { renderText } from '../../report/text.js';
import type { Command, CommandArgs } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { onStopSignal, SIGNAL_EXIT, type StopSignal } from '../interrupt.js';
import type { Io } from '../io.js';
import { OMISSION_CAP_FLAG, parseOmissionCap } from '../omission-cap.js';
import { checkInputs, checkTargets, STDOUT_NAMES } from './compare-targets.js';

/** The work of `compare`: check, analyse, compare, write. */
async function comparePair({ values, positionals }: CommandArgs, io: Io): Promise<number> {
  const formats = (Object.keys(RENDERERS) as Format[]).filter((format) => values[format] !== undefined);
  const targets = formats.map((format) => ({ flag: format, target: values[format] as string }));
  const omissionCap = parseOmissionCap(values['omission-cap'] as string | undefined);
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
    requireBody(analyzeCached(path, claimsDir, { write: explicit !== undefined }).source),
  );
  if (a.hash === b.hash) {
    const [pathA, pathB] = positionals;
    io.stderr(
      `crosscheck: warning: ${pathA} and ${pathB} have the same content: every sentence will agree\n`,
    );
  }
  const report = compareSources(a, b, { omissionCap });
  assertReport(report);
  // Every format is rendered, then all are written to temporary files and renamed together,
  // so a renderer's error or a full disk leaves no partial set.
  const outputs = targets.map(({ flag, target }) => ({ target, text: RENDERERS[flag as Format](report) }));
  writeAllAtomic(
    outputs.filter((o) => !STDOUT_NAMES.has(o.target)).map((o) => ({ path: o.target, text: o.text })),
  );
  const toStdout = outputs.find((o) => STDOUT_NAMES.has(o.target));
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
    'omission-cap': OMISSION_CAP_FLAG,
  },
  async run(args, io) {
    // A signal during the loading stops the run at once. One during the analysis and the writes,
    // which are synchronous, is delivered only when they end: the set is then whole, and the
    // signal still stops the run with its exit code (review-ux item 5: it used to be dropped).
    let written = false;
    let pending: StopSignal | undefined;
    const restore = onStopSignal((signal) => {
      if (written) {
        pending = signal;
        return;
      }
      io.stderr('crosscheck compare: interrupted: no output written\n');
      process.exit(SIGNAL_EXIT[signal]);
    });
    try {
      const code = await comparePair(args, io);
      written = true;
      await signalsDelivered();
      if (pending === undefined) return code;
      io.stderr('crosscheck compare: interrupted after writing its outputs\n');
      return SIGNAL_EXIT[pending];
    } finally {
      restore();
    }
  },
};
