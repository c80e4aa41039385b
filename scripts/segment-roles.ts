// Lists every line of the dev articles with the role segment gives it, one TSV row per line:
// split, path, line index, role, text. Run before and after a change of segment's role rules
// and diff the two lists to read every line that moved (issue 10, body9). Held-out articles are
// skipped unless `--heldout` asks for them: HELPERS.md forbids reading them while tuning.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readSource } from '../src/stages/read/index.js';
import { segment } from '../src/stages/segment/index.js';
import { splitOf } from './findings/split.js';

function articles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return articles(path);
      return name.endsWith('.txt') ? [path] : [];
    });
}

const shared = process.argv[2];
if (!shared) throw new Error('usage: tsx scripts/segment-roles.ts ../shared [--heldout]');
const withHeldout = process.argv.includes('--heldout');
for (const path of articles(join(shared, 'corpora'))) {
  const rel = relative(shared, path);
  if (!withHeldout && splitOf(rel) === 'heldout') continue;
  const source = segment(readSource(path));
  const lines = new Map<number, { role: string; start: number; end: number }>();
  for (const s of source.sentences) {
    const line = lines.get(s.paragraph);
    if (line) line.end = s.end;
    else lines.set(s.paragraph, { role: s.role, start: s.start, end: s.end });
  }
  for (const [index, { role, start, end }] of lines) {
    const text = source.text.slice(start, end).replace(/\s+/g, ' ');
    process.stdout.write(`${splitOf(rel)}\t${rel}\t${index}\t${role}\t${text}\n`);
  }
}
