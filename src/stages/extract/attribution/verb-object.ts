// A verb of the reporting lexicon that takes a clause, used with a noun-phrase object instead:
// "Clinton cited his remarks", "The campaign is defending the tweets", "He did not address the
// report". PolNeAR counts the object as the content (Newell et al. 2018; PARC: Pareti 2016, §3,
// the content may be a noun phrase); it names what was said about, not a proposition, so the claim
// is marked `non-proposition` as the topic rules' are. Runs after the clause rules, so a clause
// after the verb ("said the plan failed") is theirs.
import { posClass, verbClass } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';
import { phraseStartingAt } from '../../../text/noun-phrase.js';
import { type AttributionRule, attribution, speakerOf } from './context.js';
import { cueSubject } from './distant-subject.js';
import { isTimePhrase, withoutTime } from './speaker-time.js';
import { canSpeak, notProposition, topicContent } from './topic.js';

/** Frames of verbs whose content is a clause: their noun-phrase object is a topic. */
const CLAUSE_FRAMES = new Set(['any', 'that', 'clause']);

/**
 * Whether the object from `k` is a noun phrase that ends the verb's complement: not a time ("said
 * Friday"), not an adjective alone ("felt comfortable": a predicative, Quirk et al. 1985, 16.43),
 * and not the addressee of an infinitive or the subject of a clause ("told staff to …", "think it
 * should …", "said she left": the clause rules' or nobody's).
 */
function nounObject(tokens: Token[], k: number): boolean {
  const np = phraseStartingAt(tokens, k);
  if (!np || isTimePhrase(tokens, np)) return false;
  if (tokens[k].pos === 'ADJ' && !/^(?:NOUN|PROPN|ADJ|NUM)$/u.test(tokens[k + 1]?.pos ?? '')) return false;
  const words = tokens.slice(np.first, np.last + 1);
  if (!words.some((t) => /^(?:NOUN|PROPN|PRON|NUM)$/u.test(t.pos))) return false;
  const after = tokens[np.last + 1];
  // "defending the tweets shaming her": an -ing participle after the noun modifies it.
  const clause = after?.pos === 'AUX' || (after?.pos === 'VERB' && !after.lower.endsWith('ing'));
  return !after || (after.lower !== 'to' && !clause);
}

/** "SPEAKER cited HIS REMARKS": a clause-taking reporting verb with a noun-phrase object. */
export const verbObjectRule: AttributionRule = (ctx) => {
  const { tokens, cue } = ctx;
  if (cue.entry.kind !== 'verb' || !CLAUSE_FRAMES.has(cue.entry.frame) || tokens[cue.first].pos !== 'VERB')
    return null;
  // "declared his candidacy": a declaration's object is the act it performs (Searle 1976).
  if (verbClass('declarative').has(cue.entry.lemma)) return null;
  const next = tokens[cue.last + 1]?.pos ?? '';
  if (!posClass('object-start').has(next) && next !== 'PRON') return null;
  if (!nounObject(tokens, cue.last + 1)) return null;
  // A participle right after a noun modifies it ("an ad touting his plan"): no cue.
  if (tokens[cue.first].lower.endsWith('ing') && tokens[cue.first - 1]?.pos === 'NOUN') return null;
  const np = withoutTime(tokens, cueSubject(tokens, cue, ctx.cues));
  const content = topicContent(ctx, cue.last + 1);
  if (!np || !content || !canSpeak(tokens.slice(np.first, np.last + 1))) return null;
  return notProposition(
    attribution(ctx, 'extract/attribution-verb-object', speakerOf(ctx, np), content.start, content.end),
  );
};
