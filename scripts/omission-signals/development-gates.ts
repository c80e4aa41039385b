/**
 * Which test of development.ts `reportingWindow` lets each judged omitted-development omission stay
 * shown (dev17, issue 10): readers judge most WRONG omissions as developments the other article
 * reports in other words, and the test that should turn them into details lets them escape. Run:
 *
 *   npx tsx scripts/omission-signals/development-gates.ts ../shared JUDGE_DIR... [--quote N]
 *
 * For every judged omission of the rule on TUNE pairs (batches named *heldout* and held-out pairs are
 * never read), each evidence sentence is found again in a fresh analysis of the pair and measured by
 * gates.ts `developmentGates`: the first test it fails and each test's value. Prints one line a
 * sentence, a table of the lead sentence's failed test × verdict, and, for the first N (default 20)
 * WRONG omissions, the reader's reason beside the best window of the other article, to check
 * whether the window the gates found is the sentence the reader quotes. Last, what relaxing a test
 * (a higher substance bar, an unsaid event allowed, sentences with no event, a verb and its event
 * noun of one WordNet derivation counted as said: derivations.ts) would at most turn into details:
 * an upper bound, as the best window is the one measured without the relaxation. Measurement only.
 */
import { align, idfWeight } from '../../src/stages/align/index.js';
import { compareContext, otherSide } from '../../src/stages/compare/context.js';
import { matchFacts } from '../../src/stages/compare/facts/fact-match.js';
import { statedOnly } from '../../src/stages/compare/index.js';
import { anchorsOf } from '../../src/stages/compare/omission/anchors.js';
import { PARTICIPANTS } from '../../src/stages/compare/omission/development.js';
import { itemOf, type Scan, scanOf } from '../../src/stages/compare/omission/items.js';
import { mentionsOf, windowsOf } from '../../src/stages/compare/omission/mentions.js';
import { claimsBySentence } from '../../src/stages/compare/omission/source-index.js';
import { analyzerOf } from '../findings/analyzed.js';
import { relocate } from '../findings/locate.js';
import { splitOf } from '../findings/split.js';
import { eventDerivations } from './derivations.js';
import { type DevelopmentGates, developmentGates } from './gates.js';
import { type JudgedOmission, judgedOmissions } from './judged.js';

const RULE = 'compare/omitted-development';
const VERDICTS = ['WRONG', 'TRIVIAL', 'CORRECT'] as const;
const GATES = ['substance', 'events', 'participants', 'window', 'passes', 'not found'] as const;

const args = process.argv.slice(2);
const quoteAt = args.indexOf('--quote');
const quote = quoteAt >= 0 ? Number(args.splice(quoteAt, 2)[1]) : 20;
const [shared, ...judgeDirs] = args;
if (!shared || judgeDirs.length === 0 || !Number.isInteger(quote)) {
  console.error(
    'usage: npx tsx scripts/omission-signals/development-gates.ts ../shared JUDGE_DIR... [--quote N]',
  );
  process.exit(2);
}

const analyze = analyzerOf(shared);
const scans = new Map<string, Scan>();

/** The scan of the side an omission is on, as omission/index.ts builds it: once a pair and side. */
function scanFor(j: JudgedOmission): Scan {
  const key = `${j.aPath}|${j.bPath}|${j.side}`;
  let scan = scans.get(key);
  if (!scan) {
    const [a, b] = [analyze(j.aPath), analyze(j.bPath)];
    const ctx = compareContext(statedOnly(a), statedOnly(b), align(a, b), idfWeight);
    const other = ctx[otherSide(j.side)];
    scan = scanOf(ctx, j.side, matchFacts(ctx).answered[j.side], mentionsOf(other), windowsOf(other));
    scans.set(key, scan);
  }
  return scan;
}

interface Measured {
  sentence: string;
  gates: DevelopmentGates;
  /** Whether the current code still takes the sentence as new to the other article as a whole. */
  whole: string;
  window: string;
  /** The rare nouns and verbs the other article says in no form: what the substance test weighs. */
  unsaid: string[];
  /** The substance left, and the events unsaid, when a derived form (derivations.ts) counts as said. */
  derived: { substanceLeft: number; eventsUnsaid: number };
}

const derivations = eventDerivations();

/** Each evidence sentence of a judged omission, measured; none when its spans are not found again. */
function measure(j: JudgedOmission): Measured[] {
  const scan = scanFor(j);
  const text = scan.ctx[j.side].text;
  const claims = claimsBySentence(scan.ctx[j.side]);
  const ranges = j.spans.flatMap(([s, e], k) => relocate(text, s, e, j.texts[k]) ?? []);
  const ats = scan.body.flatMap((s, at) =>
    ranges.some((r) => r.start < s.end && s.start < r.end) ? [at] : [],
  );
  const derivedSaid = (lemma: string) =>
    [...(derivations.get(lemma) ?? [])].some((x) => scan.m.lemmas.has(x));
  return ats.map((at) => {
    const sentence = scan.body[at];
    const own = claims.get(sentence.id) ?? [];
    const anchors = anchorsOf(sentence, text, own, scan.m, scan.answered, scan.names);
    const gates = developmentGates(sentence, text, anchors, scan.m, scan.other, scan.ctx.rarity);
    const item = itemOf(scan, at, [...own]);
    const { sentences } = scan.other;
    const w = gates.best.window;
    const next = w >= 0 && sentences[w + 1]?.paragraph === sentences[w].paragraph ? [w, w + 1] : [w];
    const window =
      w < 0 ? '' : next.map((k) => scan.other.text.slice(sentences[k].start, sentences[k].end)).join(' ');
    const whole =
      item === null ? 'no item' : item.whole ? 'whole' : item.reportedIn ? 'detail (reported)' : 'detail';
    // As development.ts `substanceLeft` weighs them: rare nouns and verbs, adjectives left out.
    const tags = new Map(sentence.tokens.map((t) => [t.start, t.pos]));
    const words = anchors.filter((a) => a.type === 'word' && tags.get(a.range.start) !== 'ADJ');
    const lemma = (a: (typeof words)[number]) => a.key.replace(/^word:/, '');
    const unsaidWords = words.filter((a) => !a.present && !a.reworded);
    const weight = (xs: typeof words) => xs.reduce((n, a) => n + a.weight, 0);
    const total = weight(words);
    const left = weight(unsaidWords.filter((a) => !derivedSaid(lemma(a))));
    return {
      sentence: text.slice(sentence.start, sentence.end),
      gates,
      whole,
      window,
      unsaid: unsaidWords.map((a) => lemma(a)),
      derived: {
        substanceLeft: total === 0 ? 0 : left / total,
        eventsUnsaid: gates.eventsUnsaid.filter((e) => !derivedSaid(e)).length,
      },
    };
  });
}

/** A relaxation of `reportingWindow`'s tests, to bound what it would turn into details. */
interface Relaxation {
  name: string;
  substance: number;
  unsaidEvents: number;
  noEvents: boolean;
  derived: boolean;
}

const RELAXATIONS: Relaxation[] = [
  { name: 'as is', substance: 0.5, unsaidEvents: 0, noEvents: false, derived: false },
  { name: 'derivations', substance: 0.5, unsaidEvents: 0, noEvents: false, derived: true },
  { name: 'substance 0.6', substance: 0.6, unsaidEvents: 0, noEvents: false, derived: false },
  { name: 'substance 0.7', substance: 0.7, unsaidEvents: 0, noEvents: false, derived: false },
  { name: 'one event unsaid', substance: 0.5, unsaidEvents: 1, noEvents: false, derived: false },
  { name: 'no event needed', substance: 0.5, unsaidEvents: 0, noEvents: true, derived: false },
  { name: '0.6 + no event', substance: 0.6, unsaidEvents: 0, noEvents: true, derived: false },
  { name: '0.7 + one unsaid', substance: 0.7, unsaidEvents: 1, noEvents: false, derived: false },
];

/** Whether a sentence would be a detail under `r` (at most: the best window was measured unrelaxed). */
function detailUnder(m: Measured, r: Relaxation): boolean {
  const g = m.gates;
  if (m.whole !== 'whole' || g.failed === null) return true;
  const left = r.derived ? m.derived.substanceLeft : g.substanceLeft;
  const unsaid = r.derived ? m.derived.eventsUnsaid : g.events - g.eventsSaid;
  if (left > r.substance || unsaid > r.unsaidEvents || (g.events === 0 && !r.noEvents)) return false;
  // Lenient, so a bound: the window need report only the events said by form, less those let go.
  return (
    g.participants >= PARTICIPANTS &&
    g.best.participants >= PARTICIPANTS &&
    g.best.events >= g.eventsSaid - r.unsaidEvents
  );
}

const gateOf = (g: DevelopmentGates) => g.failed ?? 'passes';
const line = (m: Measured) => {
  const g = m.gates;
  return `${gateOf(g).padEnd(12)} left=${g.substanceLeft.toFixed(2)} events=${g.eventsSaid}/${g.events} participants=${g.participants} best=w${g.best.window}:p${g.best.participants},e${g.best.events} now=${m.whole} unsaid=[${m.unsaid.join(',')}] events unsaid=[${g.eventsUnsaid.join(',')}]`;
};

const { judged } = judgedOmissions(judgeDirs, /heldout/);
const rows = judged
  .filter((j) => j.rule === RULE && splitOf(j.aPath) === 'tune' && splitOf(j.bPath) === 'tune')
  .filter((j) => (VERDICTS as readonly string[]).includes(j.verdict))
  .sort((x, y) => (`${x.aPath}${x.bPath}${x.spans[0][0]}` < `${y.aPath}${y.bPath}${y.spans[0][0]}` ? -1 : 1))
  .map((j) => ({ j, measured: measure(j) }));

const table = new Map<string, number>();
const count = (key: string) => table.set(key, (table.get(key) ?? 0) + 1);
for (const { j, measured } of rows) {
  console.log(`${j.verdict} ${j.side} ${j.aPath} ${j.bPath} (${j.from})`);
  for (const m of measured) console.log(`  ${line(m)} | ${m.sentence.slice(0, 100)}`);
  count(`lead ${measured[0] ? gateOf(measured[0].gates) : 'not found'} ${j.verdict}`);
  for (const m of measured) count(`all ${gateOf(m.gates)} ${j.verdict}`);
}

for (const part of ['lead', 'all']) {
  console.log(
    `\n${part === 'lead' ? 'Lead sentence of each omission' : 'Every evidence sentence'}: first test failed × verdict`,
  );
  console.log(`${'test'.padEnd(13)}${VERDICTS.map((v) => v.padStart(8)).join('')}`);
  for (const gate of GATES)
    console.log(
      `${gate.padEnd(13)}${VERDICTS.map((v) => String(table.get(`${part} ${gate} ${v}`) ?? 0).padStart(8)).join('')}`,
    );
}

console.log(
  '\nWhat each relaxation would at most turn into details: omissions (every sentence) | lead sentences',
);
for (const r of RELAXATIONS) {
  const cells = (pick: (x: (typeof rows)[number]) => boolean) =>
    VERDICTS.map((v) => `${v}=${rows.filter((x) => x.j.verdict === v && pick(x)).length}`).join(' ');
  const all = cells((x) => x.measured.length > 0 && x.measured.every((m) => detailUnder(m, r)));
  const lead = cells((x) => x.measured[0] !== undefined && detailUnder(x.measured[0], r));
  console.log(`${r.name.padEnd(18)} ${all} | ${lead}`);
}

console.log(`\nThe first ${quote} WRONG omissions: the reader's reason, and the gates' best window there`);
for (const { j, measured } of rows.filter((r) => r.j.verdict === 'WRONG').slice(0, quote)) {
  console.log(`\n${j.aPath} ${j.bPath} ${j.side}\n  why: ${j.why}`);
  for (const m of measured) console.log(`  own: ${m.sentence}\n    ${line(m)}\n    best window: ${m.window}`);
}
