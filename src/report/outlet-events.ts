import type { ClaimStances, OutletProfile } from '../model/profile.js';
import { byCodeUnit } from '../text/by-code-unit.js';
import { counted } from '../text/counted.js';
import { escapeHtml as esc } from './html/escape.js';

// User trials 8 and 10 (item 3): outlets that cover different events cannot be compared by their
// totals (an outlet only in one event's pairs has that event's mix of figures and quotes). The
// table puts each event on a row and each outlet in a column, from the profile's `claimsByEvent`.

/** "12 of 30 as fact (40 %); 2 articles": one outlet's claims in one event. */
function cell(claims: ClaimStances | undefined): string {
  if (!claims) return '<td>—</td>';
  const total = Object.values(claims.stated).reduce((n, v) => n + v, 0);
  const share = total === 0 ? '' : ` (${Math.round((100 * claims.stated.fact) / total)} %)`;
  const articles = counted(claims.sources, 'article');
  return `<td>${claims.stated.fact} of ${total} as fact${share}; ${articles}</td>`;
}

/**
 * The event × outlet table of claims stated as fact: events down (sorted), outlets across, "—"
 * where the outlet has no article in the event.
 */
export function eventClaimTable(profiles: OutletProfile[]): string {
  const events = [...new Set(profiles.flatMap((p) => Object.keys(p.claimsByEvent)))].sort(byCodeUnit);
  if (events.length === 0) return '<p>No event.</p>';
  const head = `<tr><th scope="col">Event</th>${profiles.map((p) => `<th scope="col">${esc(p.outlet)}</th>`).join('')}</tr>`;
  const rows = events.map(
    (event) =>
      `<tr><th scope="row">${esc(event)}</th>${profiles.map((p) => cell(p.claimsByEvent[event])).join('')}</tr>`,
  );
  return `<p>The same figure, date and blame claims by event (outlets.json <code>claimsByEvent</code>): compare outlets within a row, since events differ in how much is quoted.</p>
<div class="wrap"><table><thead>${head}</thead><tbody>${rows.join('\n')}</tbody></table></div>`;
}
