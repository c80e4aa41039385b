import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicons/load.js';
import type { VerbClass } from '../../src/lexicons/stance-verbs.js';

// Review 3 (2026-11-30), M3: the reporting-verb lexicon gives each cue a stance that extraction
// and the other compare rules read (attribution-nested takes "said" as a neutral report); the
// stance-verb lexicon gives attribution-verb its class. Where both classify a lemma they must
// agree, or one rule reads a verb as neutral that the other reads as doubting.
const AGREEING: Record<VerbClass, readonly string[]> = {
  neutral: ['said'],
  doubt: ['claimed'],
  // reporting-verbs.yaml has no endorsing stance: "said" (not doubted) or "confirmed" (factive).
  endorse: ['said', 'confirmed'],
  culpable: ['confirmed', 'denied'],
};

interface Entry {
  lemma: string;
  kind: string;
  class?: VerbClass;
  stance?: string;
}

const stanceVerbs = loadLexicon<Entry>('stance-verbs').entries.filter((e) => e.kind === 'verb');
const reporting = new Map(
  loadLexicon<Entry>('reporting-verbs')
    .entries.filter((e) => e.kind === 'verb' || e.kind === 'phrase')
    .map((e) => [e.lemma, e.stance]),
);

describe('stance-verbs.yaml and reporting-verbs.yaml agree', () => {
  it('classes a lemma both lexicons list alike', () => {
    const disagreeing = stanceVerbs.flatMap((e) => {
      const stance = reporting.get(e.lemma);
      return stance && e.class && !AGREEING[e.class].includes(stance)
        ? [`${e.lemma}: ${e.class} / ${stance}`]
        : [];
    });
    expect(disagreeing).toEqual([]);
  });

  it('gives every doubting reporting verb the doubting class where it has one', () => {
    const classes = new Map(stanceVerbs.map((e) => [e.lemma, e.class]));
    const disagreeing = [...reporting].flatMap(([lemma, stance]) => {
      const cls = classes.get(lemma);
      return cls && stance === 'claimed' && cls !== 'doubt' ? [`${lemma}: ${cls} / ${stance}`] : [];
    });
    expect(disagreeing).toEqual([]);
  });

  it('covers the lemmas both list', () => {
    expect(stanceVerbs.filter((e) => reporting.has(e.lemma)).length).toBeGreaterThan(20);
  });
});
