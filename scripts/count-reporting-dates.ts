/**
 * Counts the dates that time a reporting act (src/tables/reporting-dates.ts) over the tune
 * sources of a corpora folder (user trial 10, item 2), held-out events skipped
 * (scripts/findings/split.ts).
 *
 * Usage: `npx tsx scripts/count-reporting-dates.ts ../shared/corpora [--list] [--facts]`.
 * Prints `sources= dates= reporting= fact_dates_with_cue=`; `--list` prints each reporting date
 * with its sentence, `--facts` each date left as the outlet's fact in a sentence with a cue.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim, DateClaim } from '../src/model/claim.js';
import { analyzeFile } from '../src/pipeline.js';
import { reportingDates } from '../src/tables/reporting-dates.js';
import { dataPath } from './data-path.js';
import { splitOf } from './findings/split.js';

const args = process.argv.slice(2);
const root = dataPath(
  args.find((a) => !a.startsWith('--')),
  undefined,
  'count-reporting-dates.ts CORPORA [--list] [--facts]',
);

/** Every tune source of the corpora folder, as [path relative to shared/, absolute path], sorted. */
function tuneSources(): [string, string][] {
  const found: [string, string][] = [];
  for (const corpus of readdirSync(root).sort())
    for (const event of readdirSync(join(root, corpus)).sort())
      for (const file of readdirSync(join(root, corpus, event)).sort()) {
        const rel = `corpora/${corpus}/${event}/${file}`;
        if (file.endsWith('.txt') && splitOf(rel) === 'tune')
          found.push([rel, join(root, corpus, event, file)]);
      }
  return found;
}

const totals = { sources: 0, dates: 0, reporting: 0, factDatesWithCue: 0 };
for (const [rel, path] of tuneSources()) {
  const source = analyzeFile(path);
  const claims = source.claims as Claim[];
  const times = reportingDates(claims, source.text, source.sentences, source.meta.published);
  const cued = new Set(claims.filter((c) => c.kind === 'attribution').map((c) => c.sentence));
  const sentence = (c: Claim) => source.sentences.find((s) => s.id === c.sentence)?.text ?? '';
  totals.sources += 1;
  for (const c of claims) {
    if (c.kind !== 'date') continue;
    totals.dates += 1;
    const date = c as DateClaim;
    if (times(date)) {
      totals.reporting += 1;
      if (args.includes('--list')) console.log(`R\t${rel}\t${date.text}\t${sentence(date)}`);
    } else if (date.basis.stance === 'fact' && cued.has(date.sentence)) {
      totals.factDatesWithCue += 1;
      if (args.includes('--facts')) console.log(`F\t${rel}\t${date.text}\t${sentence(date)}`);
    }
  }
}
console.log(
  `sources=${totals.sources} dates=${totals.dates} reporting=${totals.reporting} fact_dates_with_cue=${totals.factDatesWithCue}`,
);
