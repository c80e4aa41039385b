import { describe, expect, it } from 'vitest';
import { apposedOrganisations } from '../../src/text/apposed-organisations.js';

// Names a source calls an organisation by an appositive ("X, a watchdog group"): evidence that a
// capitalised phrase is no person's name. Passages invented for the test.
describe('apposedOrganisations', () => {
  it.each([
    ['The suit was brought by Save Our Coast, a watchdog group run by lawyers.', ['save our coast']],
    ['Save Our Coast, the coastal advocacy group, said no.', ['save our coast']],
    ['Harbour Gazette, a weekly newspaper, reported it.', ['harbour gazette']],
    // near misses: a person's appositive that holds an organisation word, but not as its head
    ['Ana Lee, a spokeswoman for the group, said no.', []],
    ['Ana Lee, a party leader, said no.', []],
    ['Ana Lee, the group’s president, said no.', []],
    ['Ana Lee, a member of the coalition, said no.', []],
    ['Ana Lee, who runs the group, said no.', []],
  ])('%j → %j', (text, names) => {
    expect([...apposedOrganisations(text)].sort()).toEqual(names);
  });
});
