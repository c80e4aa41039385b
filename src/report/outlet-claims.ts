import type { Stance } from '../model/claim.js';
import type { ClaimStances, OutletProfile } from '../model/profile.js';
import { escapeHtml as esc } from './html/escape.js';
import { barChart, legend, PART_FILLS } from './outlet-charts.js';

// outlets.html's view of how each outlet presents its claims (user trial 7, item 2): from the
// claims of its articles, so it has data wherever the articles have claims, unlike the
// attribution findings, which a batch rarely shows.

/** The stances in the order the profile lists them (fact first); the same keys in every profile. */
const stancesOf = (claims: ClaimStances) => Object.keys(claims.stated) as Stance[];

const share = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((100 * part) / whole)} %`);

/** The kinds of stated claims, as the table heads them. */
const KINDS = [
  ['quantity', 'figures'],
  ['date', 'dates'],
  ['blame', 'blame'],
] as const;

/** The share of a kind's claims stated as fact, with its count ("3 % of 40"). */
function kindShare(counts: Record<Stance, number>): string {
  const total = Object.values(counts).reduce((n, v) => n + v, 0);
  return total === 0 ? '—' : `${share(counts.fact, total)} of ${total}`;
}

/** The table under the chart: every count, and the share stated as fact, in all and by kind. */
function stanceTable(profiles: OutletProfile[], stances: Stance[]): string {
  const verbs = stances.filter((s): s is Exclude<Stance, 'fact'> => s !== 'fact');
  const byKind = KINDS.map(([, head]) => `<th scope="col">${head} as fact</th>`).join('');
  const head = `<tr><th scope="col">Outlet</th><th scope="col">Articles</th>${stances.map((s) => `<th scope="col">${s === 'fact' ? 'as fact' : esc(s)}</th>`).join('')}<th scope="col">share as fact</th>${byKind}<th scope="col">dates of statements</th><th scope="col">reported statements</th><th scope="col">speakers</th></tr>`;
  const rows = profiles.map((p) => {
    const { stated, statedByKind, reportingDates, reported, sources, speakers } = p.claims;
    const total = stances.reduce((n, s) => n + stated[s], 0);
    const statements = verbs.map((s) => `${reported[s]} ${s}`).join(', ');
    const kinds = KINDS.map(([kind]) => `<td>${kindShare(statedByKind[kind])}</td>`).join('');
    return `<tr><th scope="row">${esc(p.outlet)}</th><td>${sources}</td>${stances.map((s) => `<td>${stated[s]}</td>`).join('')}<td>${share(stated.fact, total)}</td>${kinds}<td>${reportingDates}</td><td>${statements}</td><td>${speakers}</td></tr>`;
  });
  return `<div class="wrap"><table><thead>${head}</thead><tbody>${rows.join('\n')}</tbody></table></div>`;
}

/**
 * The section: a stacked bar per outlet of its figure, date and blame claims by stance, and the
 * table of counts with its reported statements and speakers.
 */
export function claimStanceSection(profiles: OutletProfile[]): string {
  if (profiles.length === 0) return '<p>No outlet.</p>';
  const stated = stancesOf(profiles[0].claims);
  const chart = barChart(
    'Figure, date and blame claims of each outlet: stated as fact or attributed, by stance',
    profiles.map((p) => ({
      label: p.outlet,
      parts: stated.map((s, i) => ({ name: s, value: p.claims.stated[s], fill: PART_FILLS[i] })),
    })),
  );
  return `<p>From the claims of each outlet's articles, each article once: its figures, dates and blame, stated in its own voice (as fact) or attributed, by the stance of the attribution (said, claimed, confirmed, denied, hedged), with the share stated as fact for each kind; a date that times a reporting verb ("said Thursday") says when a statement was made, not a fact the outlet asserts, so it is counted apart, under dates of statements; and the statements it reports, by the stance of their verb. Speakers are the distinct speaker keys of each article's claims (claims.csv <code>speaker_key</code>), summed over its articles: names are not matched across articles, so one person quoted in two articles counts twice. Counted by the extractor, not read by a person: see claims.csv for each claim.</p>
${legend(stated.map((s) => (s === 'fact' ? 'stated as fact' : s)))}
<div class="wrap">${chart}</div>
${stanceTable(profiles, stated)}`;
}
