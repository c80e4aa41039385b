import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/pipeline.js';
import { EDITS } from './edits.js';
import { quotesPaired } from './quote-marks.js';

// The harness makes only edits a reader would expect reported (issue 5, perturb10): passages
// written for this test.
const HEAD = '---\ntitle: Council votes on the budget\npublished: 2012-11-30\n---\n';
const analyze = (body: string) => analyzeText(HEAD + body, {}, 'perturb/test.txt');

describe('quotesPaired', () => {
  it.each([
    ['“We won,” she said.', true],
    ['"We won," she said.', true],
    ['The council met on Monday.', true],
    ['He added, “There are those who think we should leave.', false],
    ['But one of them should not be the chairman.”', false],
    ['"One party will tax, she said.', false],
  ])('%s → %s', (text, expected) => {
    expect(quotesPaired(text)).toBe(expected);
  });
});

describe('drop-attribution edits', () => {
  it.each([
    // The outlet could state it: the edit is made.
    ['The vote was close.\n\n"The budget leaves the parks without money," Mayor Ann Lee said.\n', true],
    ['The vote was close.\n\nThe budget leaves the parks without money, Mayor Ann Lee said.\n', true],
    // First person: stripped of marks and tag it still reads as someone's words.
    ['The vote was close.\n\n"We will not leave the parks without money," Mayor Ann Lee said.\n', false],
    ['The vote was close.\n\n"I think the budget is wrong," Mayor Ann Lee said.\n', false],
    // The tag also serves a quotation after it in the paragraph, each mark paired: the edit is made.
    [
      'The vote was close.\n\n"The budget leaves the parks without money," she said. "The pools close in May."\n',
      true,
    ],
    // Curly and straight marks mixed, and a next paragraph that opens a quotation: made.
    [
      'The vote was close.\n\n“The budget leaves the parks without money," she said.\n\n"We lost," he said.\n',
      true,
    ],
    // A quotation running on into the next paragraph (AP style) leaves the first one open: made.
    [
      'The vote was close.\n\n"The budget leaves the parks without money," she said. "The pools close in May.\n\n"The libraries close in June," she said.\n',
      true,
    ],
    // A mark missing inside the paragraph is no run-on, whatever the next paragraph opens with.
    [
      'The vote was close.\n\n"The budget leaves the parks without money," she said. The pools close" she told reporters.\n\n"We lost," he said.\n',
      false,
    ],
    // The tail after a quotation and its speaker says where it was said, not who said it.
    [
      'The vote was close.\n\n"The budget leaves the parks without money," Mayor Ann Lee, a Democrat, told The Courier.\n',
      false,
    ],
    // A scare quote inside the statement: the tail is the only source, the edit is made.
    [
      'The vote was close.\n\nThe budget is an "outrageous" cut for the parks, according to his office.\n',
      true,
    ],
    // Its marks do not pair up: whose words the bare sentence is cannot be read.
    [
      'The vote was close.\n\n"The budget leaves the parks without money," she said. \'The pools close in May."\n',
      false,
    ],
  ])('%s → edit made: %s', (body, made) => {
    const edit = EDITS['drop-attribution'](analyze(body));
    expect(edit !== null).toBe(made);
  });
});

describe('delete-sentence edits', () => {
  it('never deletes half of a quotation that runs over two sentences', () => {
    const body = [
      'The council met on Monday to vote on the city budget for next year.',
      'Mayor Ann Lee said, “There are members who want to cut the parks budget this year.',
      'But none of them should chair the finance committee of the council.”',
      'The finance committee will publish the final budget figures in March.',
      'Residents can comment on the budget proposal until the end of February.',
    ].join(' ');
    const source = analyze(`${body}\n`);
    const edit = EDITS['delete-sentence'](source);
    expect(edit).not.toBeNull();
    expect(quotesPaired(source.text.slice(edit?.start, edit?.end))).toBe(true);
  });
});
