import { describe, expect, it } from 'vitest';
import { dateWords } from '../../../src/lexicons/date-words.js';
import { loadLexicon } from '../../../src/lexicons/load.js';
import { numberWords } from '../../../src/lexicons/number-words.js';
import { quantityActs } from '../../../src/lexicons/quantity-acts.js';
import { vagueQuantities } from '../../../src/lexicons/vague-quantities.js';

const FILES = [
  'number-words',
  'currency-names',
  'quantity-qualifiers',
  'vague-quantities',
  'quantity-acts',
  'date-words',
];

describe('quantity and date lexicons', () => {
  it.each(FILES)('%s: every entry cites a source and has a note', (name) => {
    const file = loadLexicon<Record<string, unknown>>(name);
    expect(file.name).toBe(name);
    expect(file.entries.length).toBeGreaterThan(0);
    for (const entry of file.entries) {
      expect(typeof entry.source, JSON.stringify(entry)).toBe('string');
      expect(entry.source.length).toBeGreaterThan(0);
      expect(typeof entry.note, JSON.stringify(entry)).toBe('string');
    }
  });

  it('vague ranges are ordered and unspecified counts have none', () => {
    for (const v of vagueQuantities()) {
      if (v.precision === 'vague') expect(v.min ?? Number.NaN).toBeLessThan(v.max ?? Number.NaN);
      else expect(v.min).toBeUndefined();
    }
  });

  it('indexes resolve the words the rules rely on', () => {
    expect(numberWords().get('million')).toMatchObject({ value: 1_000_000, kind: 'scale' });
    expect(quantityActs().get('kill')).toMatchObject({ act: 'kill', casualty: 'killed' });
    expect(dateWords().months.get('may')).toBe(5);
    expect(dateWords().weekdays.get('thursday')).toBe(4);
    expect(dateWords().units.get('year')).toBe(365.25);
  });
});
