import type { Finding, FindingKind } from '../../model/finding.js';
import type { ReportSentence } from '../../model/report.js';
import type { Side } from '../../model/span.js';
import { escapeHtml } from './escape.js';

/** A finding's evidence span in one sentence. */
export interface Mark {
  finding: string;
  kind: FindingKind;
  start: number;
  end: number;
}

/** A run of a sentence covered by the same set of findings (possibly none). */
export interface Piece {
  start: number;
  end: number;
  /** Findings covering the run, in report order (most salient first). */
  findings: Array<{ id: string; kind: FindingKind }>;
}

/** Every finding's spans on one side, grouped by sentence id. */
export function marksBySentence(findings: Finding[], side: Side): Map<string, Mark[]> {
  const marks = new Map<string, Mark[]>();
  for (const f of findings) {
    for (const span of f[side]) {
      const list = marks.get(span.sentence) ?? [];
      list.push({ finding: f.id, kind: f.kind, start: span.start, end: span.end });
      marks.set(span.sentence, list);
    }
  }
  return marks;
}

/**
 * Cuts a sentence at every mark boundary, so overlapping and nested spans ("last week" inside
 * an omitted sentence) become flat runs, each naming all the findings that cover it.
 */
export function cutPieces(sentence: { start: number; end: number }, marks: Mark[]): Piece[] {
  const clip = (n: number) => Math.min(Math.max(n, sentence.start), sentence.end);
  const points = new Set([sentence.start, sentence.end]);
  for (const m of marks) {
    points.add(clip(m.start));
    points.add(clip(m.end));
  }
  const sorted = [...points].sort((x, y) => x - y);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [start, end] = [sorted[i], sorted[i + 1]];
    const covering = marks.filter((m) => m.start <= start && m.end >= end && m.start < m.end);
    const findings = covering.map((m) => ({ id: m.finding, kind: m.kind }));
    pieces.push({
      start,
      end,
      findings: findings.filter((f, k) => findings.findIndex((g) => g.id === f.id) === k),
    });
  }
  return pieces;
}

/**
 * The HTML of one sentence: plain runs escaped, marked runs as focusable buttons that name
 * their findings (`data-f`) and kinds (`data-k`); the client script selects and filters by them.
 */
export function renderSentenceText(
  sentence: ReportSentence,
  marks: Mark[],
  rank: Map<string, number>,
): string {
  const order = (x: { id: string }, y: { id: string }) => (rank.get(x.id) ?? 0) - (rank.get(y.id) ?? 0);
  return cutPieces(sentence, marks)
    .map((piece) => {
      const text = escapeHtml(sentence.text.slice(piece.start - sentence.start, piece.end - sentence.start));
      if (piece.findings.length === 0) return text;
      const findings = [...piece.findings].sort(order);
      const ids = escapeHtml(findings.map((f) => f.id).join(' '));
      const kinds = findings.map((f) => f.kind).join(' ');
      const title = escapeHtml(findings.map((f) => `${f.id} ${f.kind}`).join('; '));
      return `<span class="hl k-${findings[0].kind}" role="button" tabindex="0" data-f="${ids}" data-k="${kinds}" title="${title}">${text}</span>`;
    })
    .join('');
}
