import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile } from '../src/pipeline.js';
import { align } from '../src/stages/align/index.js';
import { FRAMING_CHECKS } from '../src/stages/compare/framing/checks.js';
import { FRAMING_RULES } from '../src/stages/compare/framing/index.js';
import { findLabelMentions } from '../src/stages/compare/framing/mentions.js';
const root = process.argv[2];
const held = (p: string) => /basil\/2014-|2013-68748e7f|event-4/.test(p);
for (const c of ['basil', 'newswcl50']) for (const e of readdirSync(join(root, 'corpora', c)).sort()) {
  const ev = `corpora/${c}/${e}`; if (held(ev)) continue;
  const files = readdirSync(join(root, ev)).filter((f) => f.endsWith('.txt')).sort();
  const srcs = files.map((f) => analyzeFile(join(root, ev, f)));
  for (let i = 0; i < files.length; i++) for (let j = i + 1; j < files.length; j++) {
    const a = srcs[i], b = srcs[j];
    const links = (align as any)(a, b).links ?? (align as any)(a, b);
    const mentions: any = [findLabelMentions(a), findLabelMentions(b)];
    for (const rule of FRAMING_RULES) for (const p of rule.detect({ a, b, links, mentions }, rule.ruleId)) {
      const rej = FRAMING_CHECKS.find((ch) => ch.rejects(p, { mentions }));
      console.log(`${ev} ${files[i]}/${files[j]} ${rule.ruleId.slice(16)} ${rej ? rej.ruleId.slice(22) : 'KEPT'} | ${p.a.span.text} [${p.a.category}${p.a.quoted?',q':''}] / ${p.b.span.text} [${p.b.category}${p.b.quoted?',q':''}]`);
    }
  }
}
