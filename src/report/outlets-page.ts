import type { OmissionCap } from '../model/capped.js';
import type { OutletProfile } from '../model/profile.js';
import { counted } from '../text/counted.js';
import { escapeHtml as esc } from './html/escape.js';
import { attributionChart, legend, omissionChart, omittedSubjects } from './outlet-charts.js';
import { claimStanceSection } from './outlet-claims.js';
import { eventClaimTable } from './outlet-events.js';
import { pageStart } from './page-start.js';

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:1.5rem;color:#1b1b1b;background:#fff}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}.wrap{overflow-x:auto}
table{border-collapse:collapse;font-size:.9rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top}
th{background:#f2f2f2;text-align:left}ul.legend{list-style:none;padding:0;display:flex;gap:1rem;flex-wrap:wrap}
ul.labels{margin:0;padding-left:1rem}`;

/** The framing matrix: referents down, outlets across, each cell the labels the outlet used with counts. */
function labelMatrix(profiles: OutletProfile[]): string {
  const referents = [...new Set(profiles.flatMap((p) => p.labels.map((l) => l.referent)))].sort();
  if (referents.length === 0) return '<p>No framing findings.</p>';
  const head = `<tr><th scope="col">Referent</th>${profiles.map((p) => `<th scope="col">${esc(p.outlet)}</th>`).join('')}</tr>`;
  const rows = referents.map((referent) => {
    const cells = profiles.map((p) => {
      const used = p.labels.filter((l) => l.referent === referent);
      return `<td>${used.length === 0 ? '' : `<ul class="labels">${used.map((l) => `<li>${esc(l.label)} (${l.count})</li>`).join('')}</ul>`}</td>`;
    });
    return `<tr><th scope="row">${esc(referent)}</th>${cells.join('')}</tr>`;
  });
  // User trial 10, item 6: say how few referents the framing findings compared.
  const compared = `<p>${counted(referents.length, 'referent')} compared: only those of shown framing findings (the actor lexicon's groups), not every name the outlets use.</p>`;
  return `${compared}\n<div class="wrap"><table><thead>${head}</thead><tbody>${rows.join('\n')}</tbody></table></div>`;
}

/**
 * `outlets.html`: the outlet profiles of a batch as one self-contained page: the framing matrix
 * as a table, attribution and omission as SVG bar charts drawn here, at build time. No script,
 * inline style allowed only by its hash, no network. Equal profiles give byte-equal pages.
 * `omissionCap` is the batch's `--omission-cap` when not the default (summary.json's).
 */
export function renderOutletsPage(profiles: OutletProfile[], omissionCap?: OmissionCap): string {
  const title = `crosscheck: ${profiles.length} outlet(s)`;
  return `${pageStart(title, '', STYLE)}<p>Across every pair of the batch (<a href="index.html">index</a>). Counts are shown findings, except under “Stated as fact or attributed”, which counts the claims of the outlet's articles.</p>
<h2>Labels for the same referents</h2>
${labelMatrix(profiles)}
<h2>Stated as fact or attributed</h2>
${claimStanceSection(profiles)}
<h3>By event</h3>
${eventClaimTable(profiles)}
<h2>Attribution contrasts shown</h2>
${attributionNote(profiles)}
${legend(['states as fact what the other attributes', 'attributes what the other states as fact'])}
<div class="wrap">${attributionChart(profiles)}</div>
<h2>What each outlet leaves out</h2>
${capNote(profiles, omissionCap)}
${legend(omittedSubjects(profiles))}
<div class="wrap">${omissionChart(profiles)}</div>
</main>
</body>
</html>
`;
}

/** Says what the contrast chart counts, and that it is empty when no such finding was shown (user trials 7 and 10). */
function attributionNote(profiles: OutletProfile[]): string {
  const shown = profiles.reduce((n, p) => n + p.attribution.statesAsFact + p.attribution.attributes, 0);
  if (shown === 0)
    return '<p>No data: no shown finding puts a claim one outlet states as fact beside the same claim the other attributes. Read the section above.</p>';
  return '<p>Shown findings that put a claim of each outlet side by side (agreements on a figure or date, attribution findings), where one outlet states as fact, in a sentence that reports no one, what the other gives inside a reported statement; each pair of claims once, and a date that times a reporting verb is neither. Few findings qualify: read the counts beside the section above.</p>';
}

/**
 * Says where the bars measure the omission cap rather than the outlet (user trial 6, item 2):
 * each report keeps a few omissions per omitting side, and the candidates past that are counted.
 */
function capNote(profiles: OutletProfile[], omissionCap?: OmissionCap): string {
  if (omissionCap === 'all')
    return '<p>Shown omission findings; the omission cap was lifted (<code>--omission-cap all</code>): every omission candidate is in the reports, and the bars count the shown ones.</p>';
  const cut = profiles.filter((p) => p.omitsCapped.pairs > 0);
  // The default cap keeps its wording (outputs of runs without the flag stay byte-equal).
  const keeps = omissionCap === undefined ? 'a few omissions' : `at most ${omissionCap} omissions`;
  if (cut.length === 0) return '<p>Shown omission findings; no pair reached the omission cap.</p>';
  const items = cut.map(
    (p) =>
      `${esc(p.outlet)}: capped in ${p.omitsCapped.pairs} of ${p.pairs} pairs, ${p.omitsCapped.beyond} more candidates (${p.omitsCapped.confident} confident)`,
  );
  return `<p>Shown omission findings only. Each report keeps ${keeps} per omitting side; where the cap cut, the bars measure the cap, not the outlet. Candidates past the cap (not in the reports; run the batch with <code>--omission-cap all</code> to list them all): ${items.join('; ')}.</p>`;
}
