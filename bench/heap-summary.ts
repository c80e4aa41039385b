/**
 * A heap snapshot summarised (issue 13): the objects' own sizes by constructor (or V8's type for
 * strings, arrays, code…), largest first, and the retained size of the largest objects, each
 * named by the first edge that reaches it, so a lexicon or model structure shows by its property name.
 * Usage: npx tsx bench/heap-summary.ts <file.heapsnapshot> [rows]
 */
import { readFileSync } from 'node:fs';

interface Snapshot {
  snapshot: {
    meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

const [file, rowsArg = '25'] = process.argv.slice(2);
if (!file) throw new Error('usage: npx tsx bench/heap-summary.ts <file.heapsnapshot> [rows]');
const rows = Number(rowsArg);
const snap = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
const { meta } = snap.snapshot;
const nf = meta.node_fields.length;
const ef = meta.edge_fields.length;
const [T, N, SIZE, EDGES] = ['type', 'name', 'self_size', 'edge_count'].map((f) =>
  meta.node_fields.indexOf(f),
);
const [ET, EN, TO] = ['type', 'name_or_index', 'to_node'].map((f) => meta.edge_fields.indexOf(f));
const types = meta.node_types[0];
const edgeTypes = meta.edge_types[0];
const count = snap.nodes.length / nf;
const typeOf = (i: number) => types[snap.nodes[i * nf + T]];
const nameOf = (i: number) => snap.strings[snap.nodes[i * nf + N]];
const sizeOf = (i: number) => snap.nodes[i * nf + SIZE];

// Each node's first edge, and its children, in the snapshot's order.
const firstEdge = new Uint32Array(count + 1);
for (let i = 0; i < count; i++) firstEdge[i + 1] = firstEdge[i] + snap.nodes[i * nf + EDGES];
const isWeak = (e: number) => edgeTypes[snap.edges[e * ef + ET]] === 'weak';
const target = (e: number) => snap.edges[e * ef + TO] / nf;

/** Own sizes grouped by constructor name for objects, by V8 type otherwise. */
function byConstructor(): [string, number, number][] {
  const groups = new Map<string, [number, number]>();
  for (let i = 0; i < count; i++) {
    const key = typeOf(i) === 'object' || typeOf(i) === 'closure' ? `${typeOf(i)} ${nameOf(i)}` : typeOf(i);
    const g = groups.get(key) ?? [0, 0];
    g[0] += sizeOf(i);
    g[1] += 1;
    groups.set(key, g);
  }
  return [...groups].map(([k, [s, n]]): [string, number, number] => [k, s, n]).sort((x, y) => y[1] - x[1]);
}

/** Immediate dominators from node 0 (the root), by Cooper, Harvey and Kennedy's iteration over reverse postorder. */
function dominators(): { idom: Int32Array; order: Int32Array } {
  const post = new Int32Array(count).fill(-1);
  const order = new Int32Array(count);
  let n = 0;
  const stack: number[] = [0];
  const next = new Uint32Array(count);
  const seen = new Uint8Array(count);
  seen[0] = 1;
  for (let i = 0; i < count; i++) next[i] = firstEdge[i];
  while (stack.length > 0) {
    const v = stack[stack.length - 1];
    if (next[v] < firstEdge[v + 1]) {
      const e = next[v]++;
      const w = target(e);
      if (!isWeak(e) && !seen[w]) {
        seen[w] = 1;
        stack.push(w);
      }
    } else {
      stack.pop();
      post[v] = n;
      order[n++] = v;
    }
  }
  const preds: number[][] = Array.from({ length: count }, () => []);
  for (let v = 0; v < count; v++)
    if (seen[v])
      for (let e = firstEdge[v]; e < firstEdge[v + 1]; e++) if (!isWeak(e)) preds[target(e)].push(v);
  const idom = new Int32Array(count).fill(-1);
  idom[0] = 0;
  const intersect = (a: number, b: number) => {
    while (a !== b) {
      while (post[a] < post[b]) a = idom[a];
      while (post[b] < post[a]) b = idom[b];
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = n - 2; k >= 0; k--) {
      const v = order[k];
      let d = -1;
      for (const p of preds[v]) if (idom[p] !== -1) d = d === -1 ? p : intersect(p, d);
      if (d !== -1 && idom[v] !== d) {
        idom[v] = d;
        changed = true;
      }
    }
  }
  return { idom, order: order.subarray(0, n) };
}

/** The first edge's name that reaches each node (a property name, an index, a variable). */
function edgeNames(): string[] {
  const names: string[] = new Array(count);
  for (let v = 0; v < count; v++)
    for (let e = firstEdge[v]; e < firstEdge[v + 1]; e++) {
      const w = target(e);
      if (names[w] !== undefined || isWeak(e)) continue;
      const t = edgeTypes[snap.edges[e * ef + ET]];
      const raw = snap.edges[e * ef + EN];
      names[w] =
        `${nameOf(v).slice(0, 30)}.${t === 'element' || t === 'hidden' ? `[${raw}]` : snap.strings[raw]}`;
    }
  return names;
}

const mb = (b: number) => (b / 1e6).toFixed(2);
const groups = byConstructor();
const total = groups.reduce((s, g) => s + g[1], 0);
console.log(`${count} nodes, ${mb(total)} MB own size in all`);
console.log('own size by constructor (MB, count):');
for (const [k, s, c] of groups.slice(0, rows))
  console.log(`  ${mb(s).padStart(7)}  ${String(c).padStart(8)}  ${k.slice(0, 80)}`);
const { idom, order } = dominators();
const retained = new Float64Array(count);
for (const v of order) retained[v] += sizeOf(v);
for (const v of order) if (v !== 0) retained[idom[v]] += retained[v];
const names = edgeNames();
// The largest retainers over 0.2 MB (synthetic roots skipped); a container and what it holds both appear.
const top = [...order]
  .filter((v) => typeOf(v) !== 'synthetic' && retained[v] > 0.2e6)
  .sort((a, b) => retained[b] - retained[a])
  .slice(0, rows * 2);
console.log('largest retained (MB, reached as, type name):');
for (const v of top)
  console.log(
    `  ${mb(retained[v]).padStart(7)}  ${(names[v] ?? '?').slice(0, 60).padEnd(60)}  ${typeOf(v)} ${nameOf(v).slice(0, 40)}`,
  );
console.log('dominator chains of the largest:');
for (const v of top.slice(0, rows)) {
  const chain: string[] = [];
  for (let u = v; u !== 0 && chain.length < 8; u = idom[u]) chain.push(names[u] ?? '?');
  console.log(`  ${mb(retained[v]).padStart(7)}  ${chain.join(' < ')}`);
}
// What the largest retainer holds, one level down: which module variable of a bundle is biggest.
const biggest = top[0];
const held = order
  .filter((v) => v !== biggest && idom[v] === biggest)
  .sort((a, b) => retained[b] - retained[a]);
console.log(`held directly by the largest (${names[biggest]}):`);
for (const v of held.slice(0, rows))
  console.log(`  ${mb(retained[v]).padStart(7)}  ${names[v] ?? '?'}  ${typeOf(v)} ${nameOf(v).slice(0, 40)}`);
