import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/lexicons/load.js';
import { phrasesStartingWith, reportingVerb } from '../../../src/lexicons/reporting-verbs.js';
import type { AttributionClaim } from '../../../src/model/claim.js';
import { analyzeText } from '../../../src/pipeline.js';

const attributions = (text: string): AttributionClaim[] =>
  analyzeText(text, { outlet: 'test', published: '2018-05-14' }).claims.filter(
    (c): c is AttributionClaim => c.kind === 'attribution',
  );

describe('attribution patterns', () => {
  // [sentence, speaker, cue lemma, stance, content]
  it.each([
    [
      'Israeli officials said the assault was in response to rockets.',
      'Israeli officials',
      'say',
      'said',
      'the assault was in response to rockets',
    ],
    [
      'The minister said that the talks would resume on Friday.',
      'The minister',
      'say',
      'said',
      'the talks would resume on Friday',
    ],
    [
      'The talks will resume on Friday, the ministry added.',
      'the ministry',
      'add',
      'said',
      'The talks will resume on Friday',
    ],
    [
      'The talks will resume on Friday, according to a ministry statement.',
      'a ministry statement',
      'according to',
      'said',
      'The talks will resume on Friday',
    ],
    [
      'According to the ministry, the talks will resume on Friday.',
      'the ministry',
      'according to',
      'said',
      'the talks will resume on Friday',
    ],
    ['“We will win,” said Ostrander.', 'Ostrander', 'say', 'said', '“We will win'],
    [
      'Israel claims it struck dozens of targets.',
      'Israel',
      'claim',
      'claimed',
      'it struck dozens of targets',
    ],
    ['The group alleged that the vote was rigged.', 'The group', 'allege', 'claimed', 'the vote was rigged'],
    [
      'The army denied that it had shelled the town.',
      'The army',
      'deny',
      'denied',
      'it had shelled the town',
    ],
    [
      'Officials told reporters on Monday that the border was closed.',
      'Officials',
      'tell',
      'said',
      'the border was closed',
    ],
    ['Turkey reaffirmed its commitment to the ceasefire.', null, null, null, null],
    ['The two sides traded fire over reported strikes.', null, null, null, null],
  ])('%s', (sentence, speaker, lemma, stance, content) => {
    const found = attributions(sentence);
    if (speaker === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    expect(found[0].speaker?.text).toBe(speaker);
    expect(found[0].cue.lemma).toBe(lemma);
    expect(found[0].stance).toBe(stance);
    expect(found[0].content.text).toBe(content);
  });

  it('resolves a pronoun speaker to the previous speaker and keeps its own offsets', () => {
    const text =
      'A spokesperson for Kazakhstan’s foreign ministry, Anuar Zhainakov, confirmed that talks began. A rebel delegation was expected on Monday, he wrote on Telegram.';
    const [, second] = attributions(text);
    expect(second.speaker?.text).toBe('he');
    expect(text.slice(second.speaker?.start, second.speaker?.end)).toBe('he');
    expect(second.speaker?.antecedent?.text).toBe(
      'A spokesperson for Kazakhstan’s foreign ministry, Anuar Zhainakov',
    );
    expect(second.speaker?.group).toBe('kazakhstan-foreign-ministry');
  });

  it('gives every span exact offsets', () => {
    const text = 'Israel claims it struck dozens of targets. The talks will resume, the ministry added.';
    for (const a of attributions(text)) {
      for (const span of [a, a.cue, a.content, ...(a.speaker ? [a.speaker] : [])]) {
        expect(text.slice(span.start, span.end)).toBe(span.text);
      }
    }
  });
});

describe('reporting-verb lexicon data', () => {
  it('validates against its schema on load and resolves verbs and phrases', () => {
    expect(reportingVerb('say')?.stance).toBe('said');
    expect(reportingVerb('deny')?.stance).toBe('denied');
    expect(phrasesStartingWith('call').map((p) => p.words.join(' '))).toContain('call for');
  });

  it('gives every cue a stance, a frame and a published source, none taken from evaluation data', () => {
    const file = loadLexicon<{ lemma: string; stance: string; frame: string }>('reporting-verbs');
    for (const e of file.entries) {
      expect(['said', 'claimed', 'confirmed', 'denied', 'hedged'], e.lemma).toContain(e.stance);
      expect(['any', 'that', 'object', 'label', 'act', 'topic'], e.lemma).toContain(e.frame);
      expect(e.source, e.lemma).not.toMatch(/own addition|dev cues|from polnear/iu);
      expect(e.note, e.lemma).toBeTruthy();
    }
  });
});
