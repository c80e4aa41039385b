import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type CorpusEntry,
  DEFAULT_COLUMNS,
  describeSkip,
  parseColumns,
  readCorpus,
} from '../../src/corpus/index.js';

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-corpus-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
async function all(path: string, columns = DEFAULT_COLUMNS): Promise<CorpusEntry[]> {
  const rows: CorpusEntry[] = [];
  for await (const row of readCorpus(path, columns)) rows.push(row);
  return rows;
}
const articles = (rows: CorpusEntry[]) => rows.flatMap((r) => ('article' in r ? [r.article] : []));
const skips = (rows: CorpusEntry[]) => rows.flatMap((r) => ('problem' in r ? [describeSkip(r)] : []));

describe('readCorpus', () => {
  it('reads JSONL with crosscheck names and news-please names, skipping bad lines by number', async () => {
    const path = file(
      'a.jsonl',
      [
        JSON.stringify({
          outlet: 'Wire',
          published: '2018-05-14',
          title: 'T',
          url: 'https://w.example/1',
          text: 'Body one.',
        }),
        '{broken',
        '',
        JSON.stringify({
          source_domain: 'np.example',
          date_publish: '2018-05-15 10:00:00',
          maintext: 'Body two.',
        }),
        JSON.stringify({ outlet: 'NoText' }),
        JSON.stringify({ url: 'https://www.host.example/x', text: 'Body three.', event: 'e1' }),
        '[1,2]',
      ].join('\n'),
    );
    const rows = await all(path);
    expect(articles(rows)).toEqual([
      { outlet: 'Wire', published: '2018-05-14', title: 'T', url: 'https://w.example/1', text: 'Body one.' },
      { outlet: 'np.example', published: '2018-05-15', text: 'Body two.' },
      { outlet: 'host.example', url: 'https://www.host.example/x', text: 'Body three.', event: 'e1' },
    ]);
    expect(skips(rows)).toEqual([
      expect.stringMatching(/^line 2: not JSON/),
      'line 5: no text (columns text/maintext)',
      'line 7: not a JSON object',
    ]);
  });

  it('streams CSV with quoted newlines, reports a record with the wrong field count by line', async () => {
    const path = file(
      'a.csv',
      'outlet,published,text\nWire,2018-05-14,"Line one.\nLine two."\nBad,2018-05-14\nPress,not a date,Body.\n',
    );
    const rows = await all(path);
    expect(rows.map((r) => r.at.line)).toEqual([2, 4, 5]);
    expect(articles(rows)).toEqual([
      { outlet: 'Wire', published: '2018-05-14', text: 'Line one.\nLine two.' },
      { outlet: 'Press', text: 'Body.' },
    ]);
    expect(skips(rows)).toEqual([expect.stringMatching(/^line 4: Invalid Record Length/)]);
  });

  it('reads a folder of news-please JSON files in path order, naming a bad file', async () => {
    const np = join(dir, 'np');
    mkdirSync(join(np, 'b.example'), { recursive: true });
    writeFileSync(
      join(np, 'b.example', '2.json'),
      JSON.stringify({ source_domain: 'b.example', maintext: 'B.' }),
    );
    writeFileSync(join(np, 'a.json'), JSON.stringify({ source_domain: 'a.example', maintext: 'A.' }));
    writeFileSync(join(np, 'c.json'), 'nope');
    const rows = await all(np);
    expect(articles(rows).map((a) => a.outlet)).toEqual(['a.example', 'b.example']);
    expect(skips(rows)).toEqual([expect.stringMatching(/^c\.json: not JSON/)]);
  });

  it('maps columns from --columns', async () => {
    const path = file('b.csv', 'site,body,story\nWire,Text.,s1\n');
    const rows = await all(path, parseColumns('outlet=site,text=body,event=story'));
    expect(articles(rows)).toEqual([{ outlet: 'Wire', text: 'Text.', event: 's1' }]);
  });

  it.each([
    ['outlet', /--columns 'outlet' is not FIELD=COLUMN/],
    ['colour=red', /--columns 'colour=red'/],
  ])('rejects --columns %s', (spec, message) => {
    expect(() => parseColumns(spec)).toThrow(message);
  });

  it('rejects an unknown extension and a missing path with a UserError', async () => {
    await expect(all(file('a.xml', '<a/>'))).rejects.toThrow(/unknown corpus format '.xml'/);
    await expect(all(join(dir, 'none.jsonl'))).rejects.toThrow(/does not exist/);
  });
});
