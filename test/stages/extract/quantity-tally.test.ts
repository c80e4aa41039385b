import { describe, expect, it } from 'vitest';
import { quantity } from './quantity-helpers.js';

// A running total's value (tally-words.yaml): "the death toll rose to 15" counts the dead,
// although no noun or act stands next to the figure. Passages written for this test.

describe('a tally noun and a verb of its level give the figure its act', () => {
  it.each([
    ["The death toll from Monday's bus crash on the Arlen bridge rose to 15 on Tuesday.", '15', 'killed'],
    ['The death toll stood at 12 by nightfall.', '12', 'killed'],
    ['The death toll has now climbed to 31.', '31', 'killed'],
    ['Officials gave a death toll of 31.', '31', 'killed'],
    ['The number of dead reached 9, the mayor said.', '9', 'killed'],
    ['The number of people killed had risen to 40 by Friday.', '40', 'killed'],
    ['The number of injured rose sharply to 80.', '80', 'wounded'],
    ['The number of missing fell to 5 after divers searched the lake.', '5', 'missing'],
    ["The number of dead from Sunday's bus crash on the Kestrel Pass stood at 27 on Friday.", '27', 'killed'],
  ])('%s → %s is a casualty figure (%s)', (sentence, text, casualty) => {
    expect(quantity(sentence, text)).toMatchObject({ subtype: 'casualty', casualty, noun: null });
  });

  it('a headline in title case: "Death Toll in Bus Crash Rises to 15"', () => {
    expect(quantity('Death Toll in Bus Crash Rises to 15\n\nBody text here.', '15')).toMatchObject({
      casualty: 'killed',
    });
  });

  it('the number of what its "of" phrase names, not always a casualty: "the number of people evacuated"', () => {
    expect(quantity('The number of people evacuated rose to 3,000.', '3,000')).toMatchObject({
      subtype: 'count',
      act: 'evacuate',
    });
  });

  it.each([
    ['Officials who counted the dead said 15.', '15'],
    ['The number of trains rose to 40.', '40'],
    ['The toll road reopened, and traffic rose to 900 cars an hour.', '900 cars'],
    ['Shares rose to 15 after the report on the death toll.', '15'],
    // Review of truth22: a bare toll may be a charge; a toll before a noun names none.
    ['The toll on the Orin bridge will rise to 12 next year.', '12'],
    ['Traffic at the toll plaza climbed to 52,000 on Sunday.', '52,000'],
  ])('no tally: %s', (sentence, text) => {
    expect(quantity(sentence, text).casualty).toBeUndefined();
  });
});

describe('other ways news counts the dead and hurt (user trial 22)', () => {
  it.each([
    ['Five children were among the dead.', 'Five children', 'killed'],
    ['Among the injured were three firefighters.', 'three firefighters', 'wounded'],
    ['Twenty-three pilgrims lost their lives on the pass.', 'Twenty-three pilgrims', 'killed'],
    ['The outbreak has claimed 48 lives since June.', '48 lives', 'killed'],
    ['In all, 12 lives were lost.', '12 lives', 'killed'],
    ['Jets bombed the camp, killing 31 civilians and wounding more than 70.', 'more than 70', 'wounded'],
    // Blind 38 reader: "Two officers suffered minor injuries" / "Four officers were injured" is one count of the hurt.
    ['Two officers suffered minor injuries.', 'Two officers', 'wounded'],
    ['Three guards sustained serious head injuries in the attack.', 'Three guards', 'wounded'],
    ['Six miners suffered injuries.', 'Six miners', 'wounded'],
  ])('%s → %s (%s)', (sentence, text, casualty) => {
    expect(quantity(sentence, text)).toMatchObject({ subtype: 'casualty', casualty });
  });

  it.each([
    ['Medics saved 20 lives that night.', '20 lives'],
    ['The party lost 5 seats in the vote.', '5 seats'],
    ['Four children were among the winners.', 'Four children'],
    // Review of truth22.
    ['About 2,000 investors lost their life savings when the bank collapsed.', 'About 2,000 investors'],
    ["Dozens of painters lost their life's work in the fire.", 'Dozens of painters'],
    ['The company claimed 48 lives were saved by its defibrillators.', '48 lives'],
    ['Four firms suffered losses in the quarter.', 'Four firms'],
    ['Two players suffered injury setbacks last season.', 'Two players'],
    // Review of truth22b: "perished" is said of shops too; not read as a toll.
    ['Some 120 shops perished in the downturn.', 'Some 120 shops'],
  ])('no casualty: %s', (sentence, text) => {
    expect(quantity(sentence, text).casualty).toBeUndefined();
  });
});
