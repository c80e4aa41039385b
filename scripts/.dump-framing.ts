// dev-only: dump framing findings on tune pairs (not committed)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareSources, analyzeFile } from '../src/pipeline.js';
const root = process.argv[2];
const judged = JSON.parse(readFileSync(join(root, 'eval/findings/judged.json'), 'utf8')).filter((f: any) => f.kind === 'framing');
const held = (p: string) => /basil\/2014-|2013-68748e7f|event-4/.test(p);
const events: string[] = [];
for (const c of ['basil', 'newswcl50']) for (const e of readdirSync(join(root, 'corpora', c)).sort()) events.push(`corpora/${c}/${e}`);
let total = 0;
const ov = (x: number[], y: any[]) => y.some((s) => x[0] < s[1] && s[0] < x[1]);
for (const ev of events) {
  if (held(ev)) continue;
  const files = readdirSync(join(root, ev)).filter((f) => f.endsWith('.txt')).sort();
  const srcs = files.map((f) => analyzeFile(join(root, ev, f)));
  for (let i = 0; i < files.length; i++)
    for (let j = i + 1; j < files.length; j++) {
      const r = compareSources(srcs[i], srcs[j]);
      const ap = `${ev}/${files[i]}`, bp = `${ev}/${files[j]}`;
      for (const f of r.findings.filter((f: any) => f.kind === 'framing')) {
        total++;
        const a = f.a[0], b = f.b[0];
        const jj = judged.find((x: any) => x.a_path === ap && x.b_path === bp && ov([a.start, a.end], x.a) && ov([b.start, b.end], x.b));
        const sa = srcs[i].sentences.find((s) => s.id === a.sentence)!;
        const sb = srcs[j].sentences.find((s) => s.id === b.sentence)!;
        console.log(`--- ${ap} ${bp} ${f.ruleId} sal=${f.salience}${(f as any).confidence !== undefined ? ` conf=${(f as any).confidence}` : ''} ${jj ? `JUDGED=${jj.verdict}` : ''}`);
        console.log(`  A[${a.start}] ${a.text} | ${sa.text.replace(/\s+/g, ' ').slice(0, 300)}`);
        console.log(`  B[${b.start}] ${b.text} | ${sb.text.replace(/\s+/g, ' ').slice(0, 300)}`);
      }
    }
}
console.log('total', total);
