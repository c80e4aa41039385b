import { FINDING_KINDS, type FindingKind } from '../../model/finding.js';
import { KIND_STYLES } from './kinds.js';

/**
 * Colours per finding kind: a light background under dark text (contrast above 7:1) and a
 * darker line colour for the underline, the badge and the strip. Colour is never the only cue:
 * each kind also has its letter and underline style (`kinds.ts`).
 */
const COLOURS: Record<FindingKind, { bg: string; line: string }> = {
  divergence: { bg: '#ffd9d6', line: '#b3261e' },
  omission: { bg: '#ecdcf8', line: '#6a2c9c' },
  attribution: { bg: '#ffe6b3', line: '#8a4b00' },
  framing: { bg: '#d6e6ff', line: '#0b55c4' },
  refinement: { bg: '#cfeee8', line: '#00695c' },
  agreement: { bg: '#e1f0da', line: '#2f6b1f' },
};

function kindRules(): string {
  return FINDING_KINDS.map((k) => {
    const { bg, line } = COLOURS[k];
    const u = KIND_STYLES[k].underline;
    const decoration = u === 'none' ? 'none' : `underline ${u} ${line}`;
    return [
      `.hl.k-${k}{background:${bg};text-decoration:${decoration};text-decoration-thickness:2px;text-underline-offset:3px}`,
      `.badge.k-${k}{background:${line}}`,
      `.strip .k-${k}{fill:${line}}`,
    ].join('\n');
  }).join('\n');
}

/** The whole stylesheet: layout, kinds, focus, phone and print. No fonts, images or imports. */
export const STYLE = `:root{--bar:4.6rem;color-scheme:light;--ink:#1b1b1f;--muted:#565a61;--line:#d5d8dd;--paper:#fff;--tint:#f5f6f8;--focus:#1a56db}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--paper);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.skip{position:absolute;left:-999px;top:0;background:var(--ink);color:#fff;padding:.5rem 1rem;z-index:9}
.skip:focus{left:.5rem}
main,header.top,footer{max-width:1480px;margin:0 auto;padding:0 1.25rem}
h1{font-size:1.6rem;margin:.2rem 0 1rem;line-height:1.2}
h2{font-size:1.15rem;margin:2rem 0 .75rem}
h3{font-size:.95rem;margin:0 0 .5rem}
.muted{color:var(--muted)}
.n{font-variant-numeric:tabular-nums}
.vs{color:var(--muted);font-weight:400}
header.top{padding-top:1.25rem}
.kicker{margin:0;color:var(--muted);font-size:.85rem;letter-spacing:.02em}
.cards{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.card{border:1px solid var(--line);border-radius:8px;padding:.75rem 1rem;background:var(--tint)}
.card .outlet{margin:0;font-weight:700;font-size:1.05rem}
.card .title{margin:.25rem 0 .5rem;font-family:Georgia,"Times New Roman",serif;font-size:1.05rem}
.facts{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:0;font-size:.85rem}
.facts div{display:flex;gap:.35rem;min-width:0}
.facts dt{color:var(--muted)}
.facts dd{margin:0;overflow-wrap:anywhere}
.side-badge{display:inline-block;min-width:1.4em;text-align:center;border-radius:4px;background:var(--ink);color:#fff;font:700 .75rem/1.4 system-ui,sans-serif;padding:0 .2em}
.badge{display:inline-block;min-width:1.35em;text-align:center;border-radius:3px;color:#fff;font:700 .75rem/1.35 ui-monospace,Menlo,Consolas,monospace}
.summary-grid{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,3fr);gap:1.5rem;align-items:start}
.total{margin:0 0 .5rem}
.strip{display:block;width:100%;height:14px;border-radius:3px;overflow:hidden;background:var(--tint)}
.counts{list-style:none;padding:0;margin:.6rem 0 0;display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:.9rem}
.coverage{list-style:none;padding:0;margin:1rem 0 0;font-size:.9rem;display:grid;gap:.3rem}
.top-findings,.findings{list-style:none;padding:0;margin:0}
.pick{display:block;width:100%;text-align:left;font:inherit;color:inherit;background:none;border:1px solid transparent;border-radius:6px;padding:.35rem .5rem;cursor:pointer}
.pick:hover{background:var(--tint);border-color:var(--line)}
.pick .meta{display:block;color:var(--muted);font-size:.8rem;padding-left:1.75em}
.goto{font:inherit;color:inherit;background:none;border:0;padding:0;text-align:left;cursor:pointer}
.goto q{text-decoration:underline dotted var(--focus);text-underline-offset:3px}
.goto:hover q{text-decoration-style:solid}
.pick.link{display:inline;width:auto;padding:0 .2rem;color:var(--focus);text-decoration:underline}
.finding.sel .pick,.pick[aria-pressed="true"]{background:#eef3ff;border-color:var(--focus)}
.toolbar{position:sticky;top:0;z-index:3;background:var(--paper);padding:.35rem 0 .5rem;margin-top:1.5rem;min-height:var(--bar)}
.filter{border:1px solid var(--line);border-radius:8px;margin:0;padding:.35rem .9rem .5rem;display:flex;flex-wrap:wrap;gap:.4rem 1.1rem}
.filter legend{font-size:.85rem;color:var(--muted);padding:0 .3rem}
.kind,.low{display:inline-flex;align-items:center;gap:.3rem;cursor:pointer;font-size:.9rem}
.kind .sample{padding:0 .15rem}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 340px;gap:1.5rem;align-items:start}
.split-head{display:grid;grid-template-columns:1fr 1fr;gap:0 1.5rem;font-weight:700;border-bottom:2px solid var(--ink);padding:.25rem .5rem;background:var(--paper);position:sticky;top:var(--bar);z-index:2}
.row{display:grid;grid-template-columns:1fr 1fr;gap:0 1.5rem;padding:.35rem .5rem;border-bottom:1px solid var(--line)}
.row.equivalent{box-shadow:inset 3px 0 0 #8aa4d6}
.row.partial{box-shadow:inset 3px 0 0 #c9d3e6}
.row.only-a .cell.side-a,.row.only-b .cell.side-b{background:#fafafa}
.cell{min-width:0}
.cell.side-a{grid-column:1}
.cell.side-b{grid-column:2}
.cell.empty{display:flex;align-items:center}
.cell.empty:has(.absent){background:repeating-linear-gradient(135deg,#f4f5f7 0 6px,#fff 6px 12px);border-radius:4px;padding:.25rem .5rem}
.absent{font-size:.8rem;color:var(--muted)}
.side-tag{display:none}
.sent{margin:.15rem 0;font-family:Georgia,"Times New Roman",serif;font-size:1rem;line-height:1.65}
.sent .sid{display:inline-block;min-width:2.2em;color:var(--muted);font:.72rem/1 ui-monospace,Menlo,Consolas,monospace;vertical-align:.1em}
.role,.moved{display:inline-block;margin-right:.35rem;border:1px solid var(--line);border-radius:3px;padding:0 .3rem;font:.7rem/1.4 system-ui,sans-serif;color:var(--muted);vertical-align:.1em}
.moved{border-style:dashed}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.role-caption,.role-boilerplate{color:var(--muted);font-style:italic;font-size:.9rem}
.role-headline{font-weight:700;font-size:1.1rem}
.hl{border-radius:2px;cursor:pointer;padding:0 1px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.hl.off{background:none;text-decoration:none;cursor:auto;padding:0}
.split .hl.sel{outline:2px solid var(--ink);outline-offset:1px;background:#fff1a8}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.hl:focus-visible{outline:3px solid var(--focus)}
.side{position:sticky;top:var(--bar);max-height:calc(100vh - var(--bar) - .5rem);display:flex;flex-direction:column;border-left:1px solid var(--line);padding-left:1rem}
.side .findings{overflow:auto;min-height:0;flex:1 1 auto;padding-right:.25rem}
.detail{flex:0 0 auto;max-height:45vh;overflow:auto}
.side h2{margin-top:1rem}
.detail{border:1px solid var(--line);border-radius:8px;padding:.6rem .8rem;background:var(--tint);font-size:.9rem}
.detail p{margin:.2rem 0}
.detail dl{display:grid;grid-template-columns:auto 1fr;gap:.15rem .6rem;margin:.4rem 0 0}
.detail dt{color:var(--muted)}
.detail dd{margin:0;overflow-wrap:anywhere}
.detail-title{font-weight:700}
.findings li{margin:0 0 .15rem}
.findings .pick{font-size:.9rem}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:var(--tint)}
td.num,th.num{text-align:right}
th .sort{font:inherit;font-weight:700;background:none;border:0;padding:0;cursor:pointer;color:inherit}
th .sort::after{content:" ↕";color:var(--muted)}
th[aria-sort="ascending"] .sort::after{content:" ↑"}
th[aria-sort="descending"] .sort::after{content:" ↓"}
.diagnostics li{margin:.2rem 0}
footer{margin:2.5rem auto 2rem;color:var(--muted);font-size:.85rem}
${kindRules()}
@media (max-width:1100px){:root{--bar:0px}.toolbar{position:static}.layout{grid-template-columns:1fr}.side{position:static;max-height:none;border-left:0;padding-left:0}.side .findings,.detail{max-height:none;overflow:visible}}
@media (max-width:720px){
.cards,.summary-grid{grid-template-columns:1fr}
.split-head{display:none}
.row{grid-template-columns:1fr;gap:.35rem}
.cell.side-a,.cell.side-b{grid-column:1}
.cell.empty:not(:has(.absent)){display:none}
.side-tag{display:block;font:700 .75rem/1.6 system-ui,sans-serif;color:var(--muted)}
main,header.top,footer{padding:0 .75rem}
}
@media print{
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font-size:10.5pt}
.skip,.filter input,.pick .meta{display:none}
.toolbar,.split-head,.side,.side .findings,.detail{position:static;max-height:none;overflow:visible}
.layout{grid-template-columns:1fr}
.side{border:0;padding:0}
.row,.card,tr,.findings li{break-inside:avoid}
h2{break-after:avoid}
a[href]::after{content:" (" attr(href) ")";font-size:.8em}
.hl.sel{outline:0}
}`;
