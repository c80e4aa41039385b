import type { Finding } from '../../src/model/finding.js';

// The mirror law's two views of a finding (STYLE.md: comparing b with a mirrors comparing a with b).

/** A claim reference as seen from the other side: `a:` and `b:` swapped. */
const swapRef = (ref: string) => (ref.startsWith('a:') ? `b:${ref.slice(2)}` : `a:${ref.slice(2)}`);

/** A finding as seen from the other side: spans and claim sides swapped, wording aside. */
export const mirrored = (f: Finding) =>
  JSON.stringify({ kind: f.kind, a: f.b, b: f.a, claims: f.claims.map(swapRef).sort(), rule: f.ruleId });

/** A finding as it stands, wording aside, to compare with `mirrored`. */
export const plain = (f: Finding) =>
  JSON.stringify({ kind: f.kind, a: f.a, b: f.b, claims: [...f.claims].sort(), rule: f.ruleId });
