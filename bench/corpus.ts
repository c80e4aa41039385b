import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One event of the benchmark corpus: its outlets' files, as read. */
export interface BenchEvent {
  name: string;
  files: { name: string; content: string }[];
}

/** The corpora the benchmark reads, as laid out in `../shared/corpora`. */
export const CORPORA = ['newswcl50', 'basil'];

/** Reads the real multi-outlet events under `root` (NewsWCL50 and BASIL, whichever is there). */
export function readCorpora(root: string): BenchEvent[] {
  const events: BenchEvent[] = [];
  for (const corpus of CORPORA.filter((c) => existsSync(join(root, c)))) {
    for (const event of readdirSync(join(root, corpus)).sort()) {
      const dir = join(root, corpus, event);
      const files = readdirSync(dir)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8') }));
      if (files.length > 1) events.push({ name: `${corpus}-${event}`, files });
    }
  }
  return events;
}

/** A small deterministic PRNG (mulberry32), so every run builds the same corpus. */
function random(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** One small edit of a body: change a number, swap two adjacent words, or drop a sentence. */
export function editBody(body: string, seed: number): string {
  const next = random(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)];
  const kind = Math.floor(next() * 3);
  const numbers = [...body.matchAll(/\d+/g)];
  if (kind === 0 && numbers.length > 0) {
    const m = pick(numbers);
    const index = m.index ?? 0;
    return `${body.slice(0, index)}${Number(m[0]) + 1 + Math.floor(next() * 9)}${body.slice(index + m[0].length)}`;
  }
  const sentences = [...body.matchAll(/[^.!?\n]+[.!?]+\s+/g)];
  if (kind === 1 && sentences.length > 2) {
    const m = pick(sentences);
    const index = m.index ?? 0;
    return body.slice(0, index) + body.slice(index + m[0].length);
  }
  const words = [...body.matchAll(/\b[a-z]{4,}\s+[a-z]{4,}\b/g)];
  if (words.length === 0) return `${body}\n`;
  const m = pick(words);
  const [x, y] = m[0].split(/\s+/);
  const index = m.index ?? 0;
  return `${body.slice(0, index)}${y} ${x}${body.slice(index + m[0].length)}`;
}

function editSource(content: string, seed: number): string {
  const end = content.startsWith('---') ? content.indexOf('\n---', 3) + 4 : 0;
  return content.slice(0, end) + editBody(content.slice(end), seed);
}

/**
 * Writes `replicas` copies of the events under `dir` (copy 0 as published, the others with one
 * small edit per article) and stops once `pairs` pairs are laid out. Returns the pair count.
 */
export function writeCorpus(dir: string, events: BenchEvent[], pairs: number): number {
  let laid = 0;
  for (let copy = 0; laid < pairs; copy++) {
    for (const event of events) {
      if (laid >= pairs) break;
      const folder = join(dir, `${event.name}~${copy}`);
      mkdirSync(folder, { recursive: true });
      event.files.forEach((file, i) => {
        const content = copy === 0 ? file.content : editSource(file.content, copy * 7919 + i * 104729 + laid);
        writeFileSync(join(folder, file.name), content);
      });
      const n = event.files.length;
      laid += (n * (n - 1)) / 2;
    }
  }
  return laid;
}
