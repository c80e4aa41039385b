// Participial cues hang on a clause: "The mayor attacked Ostrander on Friday, saying she was unfit"
// (after a comma or a dash, over up to two adverbs: "… -- claiming that …", "…, even suggesting"),
// "…, telling the Times that …", "with each saying the other lacks judgment", "praised the team
// before adding …" (after a linking preposition: by, after, while, before, …). The speaker is the
// subject of the clause before the comma; the phrase right before the participle after "with";
// after a linking preposition, the subject of the nearest verb before it.
// A participle may also open the sentence ("Citing a new study, the mayor said …", "After saying
// X, she left"): its subject is the main clause's, right after the comma that closes it.

import { isRoleNoun } from '../../../lexicons/role-nouns.js';
import type { Token } from '../../../model/source.js';
import { actorGroup } from '../../../text/actors.js';
import {
  openingBefore,
  phraseEndingAt,
  phraseStartingAt,
  subjectOf,
  type TokenRange,
} from '../../../text/noun-phrase.js';
import { outsideQuote } from '../../../text/quotes.js';
import { breakBefore, coordinatedClause, isLinking } from './clause-breaks.js';
import { type AttributionRule, attribution, type CueContext, clauseEnd, speakerOf } from './context.js';
import { messageObject } from './message-object.js';
import { contentStart } from './preposed.js';
import { withoutTime } from './speaker-time.js';

/**
 * The subject of the nearest verb before `comma` that has one: the clause the participle hangs on.
 * A phrase right after a verb ("challenging statements made by X", "disputing
 * remarks the governor made") is that word's object, with a relative clause inside it (Quirk et
 * al. 1985, ch. 17), and one right after "that" is the subject of a clause embedded in the main
 * one ("insisted that the matter was minor -- suggesting …"): a main-clause subject further back
 * wins over either; failing one, the nearest phrase.
 */
function clauseSubject(tokens: Token[], comma: number): TokenRange | null {
  let nearest: TokenRange | null = null;
  // A clause's verb lies within a few dozen words of its participle; further back is another clause.
  for (let k = comma - 1; k >= Math.max(0, comma - 40); k--) {
    // "sent a letter to the dean (where Ruiz teaches), saying …": a parenthesis is an aside, no host.
    if (tokens[k].text === ')') {
      const open = openingBefore(tokens, k, 40);
      if (open >= 0) k = open;
      continue;
    }
    const copula = isCopula(tokens, k);
    if (tokens[k].pos !== 'VERB' && !copula) continue;
    const np = withoutTime(tokens, subjectOf(tokens, k));
    // "The plan was popular, suggesting …": only someone can suggest; a copula's inanimate subject is no host.
    if (!np || (copula && !animate(tokens, np))) continue;
    const before = tokens[np.first - 1];
    if (before?.pos !== 'VERB' && before?.lower !== 'that') return np;
    nearest ??= np;
  }
  return nearest;
}

/** A form of "be" as the clause's verb (not an auxiliary): "the aides were also pleased, perhaps recognizing …". */
function isCopula(tokens: Token[], k: number): boolean {
  return tokens[k].lemma === 'be' && !/^(?:VERB|AUX)$/u.test(tokens[k + 1]?.pos ?? '');
}

/** A phrase that names someone: a name, a known actor, a role noun ("aides") or a personal pronoun other than "it". */
function animate(tokens: Token[], np: TokenRange): boolean {
  const words = tokens.slice(np.first, np.last + 1);
  const head = words[words.length - 1];
  if (words.some((t) => t.pos === 'PROPN')) return true;
  if (head.pos === 'PRON') return /^(?:he|she|we|they|i)$/u.test(head.lower);
  return isRoleNoun(head.lemma) || actorGroup(words.map((t) => t.text).join(' ')) !== null;
}

/**
 * "praised the team before adding …": after a linking preposition the participle's subject is
 * that of the nearest verb; none when that verb sits inside an earlier reporting verb's content
 * ("The judge said the company broke the law before denying …": who denies is unclear).
 */
function linkedSubject(ctx: CueContext, before: number): TokenRange | null {
  const { tokens, cue } = ctx;
  // The nearest verb with a subject: a noun the tagger reads as a verb ("asked for a reply") has none.
  for (let k = before - 1; k >= 0; k--) {
    if (tokens[k].pos !== 'VERB' && !isCopula(tokens, k)) continue;
    const np = subjectOf(tokens, k);
    if (!np) continue;
    return ctx.cues.some((c) => c !== cue && c.entry.kind === 'verb' && c.last < k)
      ? null
      : withoutTime(tokens, np);
  }
  return null;
}

/**
 * ", saying CONTENT": a present participle of a reporting verb after a comma or dash, "with X" or a
 * linking preposition ("before adding"); else one opening the sentence (opener).
 */
export const participle: AttributionRule = (ctx) => {
  const { tokens, cue } = ctx;
  if (!tokens[cue.first].lower.endsWith('ing')) return null;
  const comma = breakBefore(tokens, cue.first);
  const before = comma >= 0 ? comma : cue.first - 1;
  let np: TokenRange | null = null;
  if (comma >= 0) np = clauseSubject(tokens, outsideQuote(tokens, comma));
  else if (isLinking(tokens[before]?.lower ?? '')) np = linkedSubject(ctx, before);
  else {
    const withNp = phraseEndingAt(tokens, before);
    if (withNp && tokens[withNp.first - 1]?.lower === 'with') np = withoutTime(tokens, withNp);
  }
  if (!np) return opener(ctx);
  const k = contentStart(tokens, ctx.scan, cue.last + 1, cue.entry.lemma, cue.entry.frame);
  if (k < 0 || k >= tokens.length) return messageObject(ctx, np);
  const end = Math.min(clauseEnd(ctx), coordinatedClause(tokens, k));
  return attribution(ctx, 'extract/attribution-participle', speakerOf(ctx, np), tokens[k].start, end);
};

/** "Citing CONTENT, SPEAKER verb …": a participle opening the sentence (maybe after "After"), the main subject after its comma. */
const opener: AttributionRule = (ctx) => {
  const { tokens, cue } = ctx;
  if (cue.first > 1 || (cue.first === 1 && !isLinking(tokens[0].lower))) return null;
  let comma = cue.last + 1;
  while (comma < tokens.length && tokens[comma].text !== ',') comma++;
  const np = phraseStartingAt(tokens, comma + 1);
  // The phrase after the comma must be the subject of a verb: "Citing X, Trump repeatedly accused …".
  const verb = np ? ctx.scan.nextVerb[np.last + 1] : tokens.length;
  if (!np || comma >= tokens.length || verb >= tokens.length || verb - np.last > 3) return null;
  // "Speaking at a rally, …": a preposition after the participle opens an adjunct, not what is said.
  if (comma - cue.last < 2 || tokens[cue.last + 1].pos === 'ADP') return null;
  const draft = attribution(
    ctx,
    'extract/attribution-participle',
    speakerOf(ctx, np),
    tokens[cue.last + 1].start,
    tokens[comma].start,
  );
  // "Citing a new study": an object with no verb of its own names what is cited, no proposition.
  const clause = ctx.scan.nextVerb[cue.last + 1] < comma;
  return draft && (clause ? draft : { ...draft, contentKind: 'non-proposition' });
};
