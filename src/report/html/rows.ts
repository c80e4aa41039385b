import type { AlignmentLink, AlignmentRelation } from '../../model/alignment.js';

/** One sentence in a row of the split view. */
export interface RowCell {
  id: string;
  /** Position of the sentence in its article, from 0. */
  index: number;
  /** Shown before a sentence that precedes it in the article: the row pulled it forward. */
  moved: boolean;
}

/** A row of the split view: aligned sentences side by side, or one side's sentence alone. */
export interface Row {
  a: RowCell[];
  b: RowCell[];
  /** `equivalent` when every link of the group is; null for a sentence present on one side only. */
  relation: AlignmentRelation | null;
  /** Best link score in the group; null when unaligned. */
  score: number | null;
}

type Node = `${'a' | 'b'}:${string}`;

/**
 * Lays two articles out as a split diff. Links that share a sentence form one group (n:m), and
 * each group fills one row. Both sides are read in order; when the next sentences of a and b
 * belong to different groups, the group that pulls fewer sentences forward goes first
 * (like the "patience" heuristic of line diffs, it favours keeping long runs in order).
 */
export function layoutRows(a: string[], b: string[], alignment: AlignmentLink[]): Row[] {
  const groups = groupLinks(alignment);
  const index = { a: new Map(a.map((id, i) => [id, i])), b: new Map(b.map((id, i) => [id, i])) };
  const groupOf = new Map<Node, Group>();
  for (const g of groups) for (const node of [...g.a.map(nodeA), ...g.b.map(nodeB)]) groupOf.set(node, g);
  const shown = new Set<Node>();
  const raw: Array<{ a: string[]; b: string[]; group: Group | null }> = [];
  const emit = (g: Group) => {
    raw.push({ a: g.a, b: g.b, group: g });
    for (const node of [...g.a.map(nodeA), ...g.b.map(nodeB)]) shown.add(node);
  };
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && shown.has(nodeA(a[i]))) i++;
    while (j < b.length && shown.has(nodeB(b[j]))) j++;
    if (i >= a.length && j >= b.length) break;
    const ga = i < a.length ? groupOf.get(nodeA(a[i])) : undefined;
    const gb = j < b.length ? groupOf.get(nodeB(b[j])) : undefined;
    if (i < a.length && !ga) {
      raw.push({ a: [a[i]], b: [], group: null });
      shown.add(nodeA(a[i]));
    } else if (j < b.length && !gb) {
      raw.push({ a: [], b: [b[j]], group: null });
      shown.add(nodeB(b[j]));
    } else if (ga && gb && ga !== gb) {
      // How far each choice jumps ahead on the other side.
      const costA = Math.min(...ga.b.map((id) => index.b.get(id) ?? 0)) - j;
      const costB = Math.min(...gb.a.map((id) => index.a.get(id) ?? 0)) - i;
      emit(costB < costA ? gb : ga);
    } else emit((ga ?? gb) as Group);
  }
  return toRows(raw, index);
}

interface Group {
  a: string[];
  b: string[];
  links: AlignmentLink[];
}

const nodeA = (id: string): Node => `a:${id}`;
const nodeB = (id: string): Node => `b:${id}`;

/** Connected components of the alignment graph, in the order their first link appears. */
function groupLinks(alignment: AlignmentLink[]): Group[] {
  const parent = new Map<Node, Node>();
  const find = (n: Node): Node => {
    const p = parent.get(n) ?? n;
    if (p === n) return n;
    const root = find(p);
    parent.set(n, root);
    return root;
  };
  const nodes = (link: AlignmentLink) => [...link.a.map(nodeA), ...link.b.map(nodeB)];
  for (const link of alignment) {
    const [first, ...rest] = nodes(link);
    for (const n of rest) parent.set(find(n), find(first));
  }
  const byRoot = new Map<Node, Group>();
  for (const link of alignment) {
    const root = find(nodes(link)[0]);
    const group = byRoot.get(root) ?? { a: [], b: [], links: [] };
    byRoot.set(root, group);
    group.links.push(link);
    for (const id of link.a) if (!group.a.includes(id)) group.a.push(id);
    for (const id of link.b) if (!group.b.includes(id)) group.b.push(id);
  }
  return [...byRoot.values()];
}

/** Sorts each row's cells into reading order and marks the ones shown ahead of their turn. */
function toRows(
  raw: Array<{ a: string[]; b: string[]; group: Group | null }>,
  index: { a: Map<string, number>; b: Map<string, number> },
): Row[] {
  const next = { a: 0, b: 0 };
  const done = { a: new Set<number>(), b: new Set<number>() };
  const cells = (side: 'a' | 'b', ids: string[]): RowCell[] =>
    ids
      .map((id) => ({ id, index: index[side].get(id) ?? 0 }))
      .sort((x, y) => x.index - y.index)
      .map(({ id, index: at }) => {
        const moved = at > next[side];
        done[side].add(at);
        while (done[side].has(next[side])) next[side]++;
        return { id, index: at, moved };
      });
  return raw.map(({ a, b, group }) => ({
    a: cells('a', a),
    b: cells('b', b),
    relation: group
      ? group.links.every((l) => l.relation === 'equivalent')
        ? 'equivalent'
        : 'partial'
      : null,
    score: group ? Math.max(...group.links.map((l) => l.score)) : null,
  }));
}
