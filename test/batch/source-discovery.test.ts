import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planBatch } from '../../src/batch/plan.js';
import { tempDir } from './helpers.js';

// Which files of an event folder a batch reads (user trial 18, items 6, 10 and 11).

function eventsDir(layout: Record<string, Record<string, string>>): string {
  const root = tempDir();
  for (const [event, files] of Object.entries(layout)) {
    mkdirSync(join(root, event), { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(root, event, file), text);
  }
  return root;
}

const TEXT = 'Some text.\n';

describe('source discovery', () => {
  it('reads .TXT, .Md and .HTML like their lower-case forms, ids as the file names say', () => {
    const root = eventsDir({
      ev: { 'Harbor.TXT': TEXT, 'voice.Md': TEXT, 'wire.HTML': TEXT, 'x.text': TEXT },
    });
    const plan = planBatch(root);
    expect(plan.events[0].sources.map((s) => s.id)).toEqual(['Harbor', 'voice', 'wire']);
    expect(plan.pairs.map((p) => p.id)).toEqual(['ev/Harbor--voice', 'ev/Harbor--wire', 'ev/voice--wire']);
  });

  it('refuses two files whose names differ only in the case of the extension', () => {
    const root = eventsDir({ ev: { 'a.txt': TEXT, 'a.TXT': TEXT, 'b.txt': TEXT } });
    expect(() => planBatch(root)).toThrow(/share the source id 'a'/);
  });

  it('names every extension it reads when no event folder has sources', () => {
    const root = eventsDir({ ev: { 'notes.json': TEXT } });
    expect(() => planBatch(root)).toThrow(/holds no event folder with \.txt, \.md or \.html sources/);
  });

  it('skips a crosscheck output folder and the reports crosscheck wrote, noting each', () => {
    const root = eventsDir({
      ev: {
        'a.txt': TEXT,
        'b.md': TEXT,
        'a--b.html':
          '<!doctype html>\n<html lang="en">\n<head>\n<meta name="generator" content="crosscheck 9.9.9">\n</head>',
        'summary.md': '[//]: # (generator: crosscheck 9.9.9)\n\n## crosscheck: A vs B\n',
      },
      reports: {
        'summary.json':
          '{\n  "schemaVersion": 1,\n  "generator": {\n    "name": "crosscheck",\n    "version": "9.9.9"\n  }\n}\n',
        'x.md': TEXT,
        'y.md': TEXT,
      },
    });
    const plan = planBatch(root);
    expect(plan.pairs.map((p) => p.id)).toEqual(['ev/a--b']);
    const name = basename(root);
    expect(plan.skipped).toEqual([
      { path: `${name}/reports`, reason: 'a crosscheck output folder' },
      { path: `${name}/ev/a--b.html`, reason: 'a report crosscheck wrote' },
      { path: `${name}/ev/summary.md`, reason: 'a report crosscheck wrote' },
    ]);
  });

  it('records skipped paths under the input folder name, however the folder was typed', () => {
    const root = eventsDir({ solo: { 'a.txt': TEXT }, ev: { 'a.txt': TEXT, 'b.txt': TEXT } });
    const typed = [root, relative(process.cwd(), root), join(root, '..', basename(root))];
    const skipped = typed.map((path) => planBatch(path).skipped);
    expect(skipped[0]).toEqual([
      { path: `${basename(root)}/solo`, reason: 'only 1 source, nothing to compare' },
    ]);
    expect(skipped[1]).toEqual(skipped[0]);
    expect(skipped[2]).toEqual(skipped[0]);
  });
});
