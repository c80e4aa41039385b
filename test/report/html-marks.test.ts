import { describe, expect, it } from 'vitest';
import type { ReportSentence } from '../../src/model/report.js';
import { cutPieces, type Mark, renderSentenceText } from '../../src/report/html/marks.js';

const mark = (finding: string, start: number, end: number, kind: Mark['kind'] = 'framing'): Mark => ({
  finding,
  kind,
  start,
  end,
});
/** A piece as `start-end:f1+f2`. */
const show = (pieces: ReturnType<typeof cutPieces>) =>
  pieces.map((p) => `${p.start}-${p.end}:${p.findings.map((f) => f.id).join('+')}`);

describe('cutPieces: overlapping spans become flat runs', () => {
  it.each<[string, Mark[], string[]]>([
    ['no marks', [], ['10-30:']],
    ['one mark inside', [mark('f1', 12, 15)], ['10-12:', '12-15:f1', '15-30:']],
    ['a mark covering the sentence', [mark('f1', 10, 30)], ['10-30:f1']],
    ['nested', [mark('f1', 10, 30), mark('f2', 20, 25)], ['10-20:f1', '20-25:f1+f2', '25-30:f1']],
    [
      'overlapping',
      [mark('f1', 12, 20), mark('f2', 16, 24)],
      ['10-12:', '12-16:f1', '16-20:f1+f2', '20-24:f2', '24-30:'],
    ],
    [
      'the same span in two findings',
      [mark('f1', 12, 20), mark('f2', 12, 20)],
      ['10-12:', '12-20:f1+f2', '20-30:'],
    ],
    ['a span running past the sentence is clipped', [mark('f1', 5, 12)], ['10-12:f1', '12-30:']],
    ['an empty span marks nothing', [mark('f1', 15, 15)], ['10-15:', '15-30:']],
  ])('%s', (_name, marks, expected) => {
    expect(show(cutPieces({ start: 10, end: 30 }, marks))).toEqual(expected);
  });
});

describe('renderSentenceText', () => {
  const text = 'Say <b>"hi"</b> & go';
  const sentence: ReportSentence = {
    id: 's1',
    start: 100,
    end: 100 + text.length,
    text,
    role: 'body',
    paragraph: 0,
  };

  it('escapes plain and marked runs alike', () => {
    const html = renderSentenceText(sentence, [mark('f1', 104, 115, 'omission')], new Map([['f1', 0]]));
    expect(html).toBe(
      'Say <span class="hl k-omission" role="button" tabindex="0" data-f="f1" data-k="omission" title="f1 omission">&lt;b&gt;&quot;hi&quot;&lt;/b&gt;</span> &amp; go',
    );
  });

  it('lists the findings of a run in report order and colours it by the first', () => {
    const marks = [mark('f9', 100, 103, 'agreement'), mark('f2', 100, 103, 'refinement')];
    const html = renderSentenceText(
      sentence,
      marks,
      new Map([
        ['f2', 1],
        ['f9', 8],
      ]),
    );
    expect(html).toMatch(/^<span class="hl k-refinement" [^>]*data-f="f2 f9" data-k="refinement agreement"/);
  });
});
