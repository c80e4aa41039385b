import { describe, expect, it } from 'vitest';
import { analyzeFile, compareSources } from '../../src/pipeline.js';
import { serializeJson } from '../../src/report/json.js';

// A sample event shipped in sources/: three outlets, so each source is in two pairs.
const DIR = 'sources/basil-2010-38f7cbb7';
const [fox, hpo, nyt] = ['fox', 'hpo', 'nyt'].map((name) => analyzeFile(`${DIR}/${name}.txt`));
const plain = (report: unknown) => `${JSON.stringify(report, null, 2)}\n`;

describe('serializeJson writes what JSON.stringify writes, a source part once per source (issue 13)', () => {
  it('for each pair of an event, sharing sources between pairs', () => {
    for (const [a, b] of [
      [fox, hpo],
      [fox, nyt],
      [hpo, nyt],
      [hpo, fox],
    ]) {
      const report = compareSources(a, b);
      expect(serializeJson(report)).toBe(plain(report));
      expect(serializeJson(report)).toBe(plain(report));
    }
  });

  it('shares a deeply frozen source part between reports, which nothing can change', () => {
    const [x, y] = [compareSources(fox, hpo), compareSources(fox, nyt)];
    expect(x.sources.a).toBe(y.sources.a);
    expect(Object.isFrozen(x.sources.a.sentences[0])).toBe(true);
    expect(() => {
      (x.claims[0] as { id: string }).id = 'changed';
    }).toThrow(TypeError);
  });

  it('writes a copy changed by hand as it now is', () => {
    const report = compareSources(fox, hpo);
    serializeJson(report);
    const edited = structuredClone(report);
    edited.sources.a.outlet = 'Edited outlet';
    edited.claims.length = 1;
    edited.findings = [];
    expect(serializeJson(edited)).toBe(plain(edited));
    expect(serializeJson(edited)).toContain('"outlet": "Edited outlet"');
  });

  it('for empty and undefined parts as JSON.stringify leaves them', () => {
    const report = { ...compareSources(fox, hpo), claims: [], capped: undefined };
    expect(serializeJson(report)).toBe(plain(report));
  });
});
