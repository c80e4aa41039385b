import type { Rule } from '../../../model/rule.js';
import { otherAgent } from './agreement-agent.js';
import type { Clause } from './agreement-clauses.js';
import { otherTimes } from './agreement-clock.js';
import { contrasting } from './agreement-contrast.js';
import { otherMood } from './agreement-mood.js';
import { deniesShared } from './agreement-negation.js';
import { otherNumbered } from './agreement-numbered.js';
import { noSharedFact } from './agreement-proposition.js';
import type { RelatedWords } from './agreement-related.js';

/**
 * Inputs: two clauses, one a side, which lemmas they share and the WordNet pairs that link them.
 * Two clauses may share every word and still state two facts: each veto below names one way
 * they can. `agree` (agreement-verdict.ts) asks them in order before it weighs what is shared;
 * a veto writes no finding, it only keeps one from being made.
 */

/** What a veto reads: the two clauses, whether a lemma is shared (itself or through a link), the links. */
export interface VetoInput {
  a: Clause;
  b: Clause;
  shared: (lemma: string) => boolean;
  links: readonly RelatedWords[];
}

/** A test that two clauses state different facts: true vetoes their agreement. */
export type AgreementVeto = (input: VetoInput) => boolean;

/**
 * Whether both clauses deny some of what they share (`deniesShared`), or neither does: "refused to
 * provide details" and "provided no details" both deny; "pleaded guilty" and "pleaded not guilty" do not agree.
 */
const samePolarity = ({ a, b, shared }: VetoInput): boolean =>
  deniesShared(a, shared) === deniesShared(b, shared);

/** The id of the veto that reads no fact shared: `agree` lets a quotation both print past it. */
export const NO_FACT = 'compare/agreement-veto-no-fact';

/** The ids of the vetoes that find the same statement with another figure in it: a time of day, a numbered grade. */
export const CLOCK_VETO = 'compare/agreement-veto-clock';
export const NUMBERED_VETO = 'compare/agreement-veto-numbered';
export const FIGURE_VETOES: ReadonlySet<string> = new Set([CLOCK_VETO, NUMBERED_VETO]);

/** The vetoes of sentence agreement, in the order `agree` asks them; a symmetric test each. */
export const AGREEMENT_VETOES: readonly Rule<AgreementVeto>[] = [
  {
    id: 'compare/agreement-veto-polarity',
    stage: 'compare',
    summary: 'one side denies what the other states ("paid the fine" / "did not pay the fine")',
    run: (x) => !samePolarity(x),
    outcomes: [],
  },
  {
    id: 'compare/agreement-veto-doer',
    stage: 'compare',
    summary: 'another doer of the same act ("Governor Whitfield vetoed" / "Mayor Okonkwo vetoed")',
    run: ({ a, b, shared }) => otherAgent(a, b, shared),
    outcomes: [],
  },
  {
    id: 'compare/agreement-veto-mood',
    stage: 'compare',
    summary: 'a possibility or plan against the act stated as done in the past ("may raise" / "raised")',
    run: ({ a, b, shared, links }) => otherMood(a, b, shared, links),
    outcomes: [],
  },
  {
    id: 'compare/agreement-veto-contrast',
    stage: 'compare',
    summary: 'opposite words where the rest is the same, WordNet antonyms ("rose" / "fell")',
    run: ({ a, b }) => contrasting(a, b),
    outcomes: [],
  },
  {
    id: CLOCK_VETO,
    stage: 'compare',
    summary:
      'two different times of day ("issued the warning at 1:20 p.m." / "issued its warning at 12:45 p.m.")',
    run: ({ a, b }) => otherTimes(a, b),
    outcomes: [],
  },
  {
    id: NUMBERED_VETO,
    stage: 'compare',
    summary: 'one noun numbered differently, a grade or a member of a series ("at level 3" / "at level 4")',
    run: ({ a, b }) => otherNumbered(a, b),
    outcomes: [],
  },
  {
    id: NO_FACT,
    stage: 'compare',
    summary:
      'only the speaker, the reporting cue, its setting and the day recur ("Reyes said in a statement on Friday" / "Reyes told reporters on Friday")',
    run: ({ a, b, links }) => noSharedFact(a, b, links),
    outcomes: [],
  },
];

/** The id of the first veto that sets the two clauses apart, if any, but for the veto `skip`. */
export function vetoOf(input: VetoInput, skip?: string): string | undefined {
  return AGREEMENT_VETOES.find((v) => v.id !== skip && v.run(input))?.id;
}
