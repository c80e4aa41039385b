import { analyzeFile } from '../src/pipeline.js';
import { findLabelMentions } from '../src/stages/compare/framing/mentions.js';
for (const f of ['presstv', 'wire']) {
  const s = analyzeFile(`/work/wt-frame/sources/astana-2018-05-14/${f}.txt`);
  for (const m of findLabelMentions(s)) console.log(f, m.sentence.id, m.entry.group, m.entry.label, m.key, m.quoted, m.span.text);
}
