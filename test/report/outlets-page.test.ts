import { describe, expect, it } from 'vitest';
import type { OutletProfile } from '../../src/model/profile.js';
import { renderOutletsPage } from '../../src/report/outlets-page.js';
import { noStances } from '../../src/tables/claim-stances.js';

// User trial 10, items 3 and 6: outlets.html has an event × outlet table of claims stated as
// fact, and says how many referents the framing matrix compared. Profiles invented for the test.
function profile(outlet: string, events: Record<string, [number, number]>, labels = 0): OutletProfile {
  const claimsByEvent = Object.fromEntries(
    Object.entries(events).map(([event, [fact, said]]) => {
      const claims = noStances();
      claims.sources = 1;
      claims.stated.fact = fact;
      claims.stated.said = said;
      return [event, claims];
    }),
  );
  return {
    outlet,
    pairs: 1,
    labels: labels > 0 ? [{ referent: 'government', label: 'regime', count: labels }] : [],
    attribution: { statesAsFact: 0, attributes: 0 },
    claims: noStances(),
    claimsByEvent,
    omits: {},
    omitsCapped: { pairs: 0, beyond: 0, confident: 0 },
  };
}

describe('outlets.html', () => {
  const html = renderOutletsPage([
    profile('Daily Courier', { flood: [3, 1], vote: [2, 0] }, 2),
    profile('Evening Post', { flood: [0, 4] }),
  ]);

  it.each([
    [
      '<th scope="row">flood</th><td>3 of 4 as fact (75 %); 1 article</td><td>0 of 4 as fact (0 %); 1 article</td>',
    ],
    ['<th scope="row">vote</th><td>2 of 2 as fact (100 %); 1 article</td><td>—</td>'],
    ['<p>1 referent compared'],
  ])('shows %s', (fragment) => expect(html).toContain(fragment));
});
