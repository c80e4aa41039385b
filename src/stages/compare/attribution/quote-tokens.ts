import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { Sentence, Token } from '../../../model/source.js';
import type { Quotation } from './voice.js';

// Inputs: a source's tokens and one of its quotations. Output: the tokens just before and after
// the quotation that voice.ts's `hasTag` reads for a speech tag, found by binary search over the
// source's tokens in text order (issue 13: plain filters over the whole article ran for every
// quotation), with those filters kept for a source whose tokens are not in text order.

/** How near a quotation's marks its tag's speech verb stands: '…," says Perry', 'Perry stated, "…'. */
const TAG_REACH = { after: 5, before: 6 };
/** How far a tag clause after a closing comma may run: '…," Okafor, who is 52, said'. */
const TAG_CLAUSE = 10;

/** A token with its sentence. */
type Placed = { t: Token; s: Sentence };

/** A source's tokens in text order with their sentences, and where each sentence's run of them lies. */
export interface SourceTokens {
  list: Placed[];
  /** Starts and ends never decrease along `list`: the runs below are then found by binary search. */
  ordered: boolean;
  runs: Map<Sentence, [number, number]>;
}

/** Builds a source's `SourceTokens` (once per source: `findNotOwnVoice` is cached per source). */
export function sourceTokens(source: AnalyzedSource): SourceTokens {
  const list: Placed[] = [];
  const runs = new Map<Sentence, [number, number]>();
  for (const s of source.sentences) {
    const from = list.length;
    for (const t of s.tokens) list.push({ t, s });
    runs.set(s, [from, list.length]);
  }
  const ordered = list.every(
    ({ t }, i) => i === 0 || (list[i - 1].t.start <= t.start && list[i - 1].t.end <= t.end),
  );
  return { list, ordered, runs };
}

/** The first index whose token passes a test that, along the list, fails and then holds. */
function firstWhere(list: Placed[], test: (t: Token) => boolean): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(list[mid].t)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The tokens around a quotation that `hasTag` reads (see there). */
interface Around {
  after: Placed[];
  first?: Sentence;
  before: Placed[];
  last?: Sentence;
  rest: Placed[];
}

/** `around` as plain filters over every token: what the binary searches must give. */
export function aroundByScan(tokens: Placed[], q: Quotation): Around {
  const after = tokens.filter(({ t }) => t.start >= q.end).slice(0, TAG_REACH.after);
  const first = tokens.find(({ t }) => t.start >= q.start)?.s;
  const before = tokens.filter(({ t, s }) => t.end <= q.start && s === first).slice(-TAG_REACH.before);
  const last = tokens.filter(({ t }) => t.end <= q.end).at(-1)?.s;
  const rest = tokens.filter(({ t, s }) => t.start >= q.end && s === last).slice(0, TAG_CLAUSE);
  return { after, first, before, last, rest };
}

/**
 * The tokens around a quotation, as `aroundByScan` gives them, by binary search when the tokens
 * are in text order (issue 13: the filters ran over the whole article for every quotation).
 */
export function around(tokens: SourceTokens, q: Quotation): Around {
  const { list, runs } = tokens;
  if (!tokens.ordered) return aroundByScan(list, q);
  const afterAt = firstWhere(list, (t) => t.start >= q.end);
  const first = list[firstWhere(list, (t) => t.start >= q.start)]?.s;
  const endsBefore = firstWhere(list, (t) => t.end > q.start);
  const [f0, f1] = first ? (runs.get(first) ?? [0, 0]) : [0, 0];
  const before = list.slice(f0, Math.max(f0, Math.min(f1, endsBefore))).slice(-TAG_REACH.before);
  const last = list[firstWhere(list, (t) => t.end > q.end) - 1]?.s;
  const [l0, l1] = last ? (runs.get(last) ?? [0, 0]) : [0, 0];
  const rest = list.slice(Math.max(l0, afterAt), Math.max(l0, afterAt, l1)).slice(0, TAG_CLAUSE);
  return { after: list.slice(afterAt, afterAt + TAG_REACH.after), first, before, last, rest };
}
