import { readSynsets, type Synset, type WordNetPos } from '../wordnet/read-wordnet.js';

// Measurement only (development-gates.ts): a verb and the noun that names its act in one WordNet
// derivation ("investigate" / "investigation", "decide" / "decision"), read from WordNet 3.1's
// derivationally related form pointers ('+', word to word; wndb(5)). Nouns are kept only where
// WordNet files them as acts, events, processes or communication: "supporter" (noun.person)
// names who acts, not the act.

const LETTER: Record<string, WordNetPos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
const EVENT_NOUNS = new Set(['noun.act', 'noun.event', 'noun.process', 'noun.communication']);

/** Lemma → the lemmas of its other part of speech (verb ↔ event noun) in one derivation. */
export function eventDerivations(): Map<string, Set<string>> {
  const synsets = new Map<string, Synset>();
  for (const pos of ['noun', 'verb'] as const)
    for (const [offset, s] of readSynsets(pos)) synsets.set(`${pos}:${offset}`, s);
  const out = new Map<string, Set<string>>();
  for (const s of synsets.values())
    for (const [symbol, offset, letter, words] of s.pointers) {
      const t = synsets.get(`${LETTER[letter]}:${offset}`);
      if (symbol !== '+' || !t || t.pos === s.pos) continue;
      if (!EVENT_NOUNS.has((s.pos === 'noun' ? s : t).lexFile)) continue;
      const from = s.words[Number.parseInt(words.slice(0, 2), 16) - 1];
      const to = t.words[Number.parseInt(words.slice(2), 16) - 1];
      if (!from || !to || from.includes(' ') || to.includes(' ')) continue;
      out.set(from, (out.get(from) ?? new Set()).add(to));
    }
  return out;
}
