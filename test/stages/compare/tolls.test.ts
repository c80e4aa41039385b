import { describe, expect, it } from 'vitest';
import { article, brief, compareArticles } from './facts-helpers.js';

// Tolls as news tells them (user trial 22): one count of the dead in other words ("were killed" /
// "died" / "the death toll rose to"), a later report's new count, who vouches for a toll. Passages
// written for this test.

const findings = (pubA: string, a: string[], pubB: string, b: string[]) =>
  compareArticles(article('A', pubA, a), article('B', pubB, b));

const divergences = (pubA: string, a: string[], pubB: string, b: string[]) =>
  findings(pubA, a, pubB, b)
    .filter((f) => f.kind === 'divergence')
    .map(brief);

describe('one toll in other words', () => {
  it('"were killed" against "died", both with the injured: a divergence', () => {
    expect(
      divergences(
        '2026-03-08',
        [
          'Twelve people were killed and 80 injured in a crush at the north gate of Arlo stadium on Saturday evening, police said.',
        ],
        '2026-03-08',
        [
          'Fifteen people died and 80 were injured when the crowd surged at the north gate of Arlo stadium on Saturday night.',
        ],
      ),
    ).toEqual(['compare/quantity-divergence: Twelve people ~ Fifteen people']);
  });

  // Blind measure 22: a rose toll read as a divergence was judged WRONG (the later report explained
  // the rise); it stays in the JSON below the display threshold and answers the omission rule.
  it('a later report whose toll rose: kept below the display threshold, saying how many days later it came', () => {
    const found = findings(
      '2026-04-14',
      [
        'The collapse of the Sella bridge over the Tarrow killed 14 people on Tuesday, the emergency service said.',
      ],
      '2026-04-16',
      [
        'The death toll from the collapse of the Sella bridge over the Tarrow rose to 19 on Thursday, the emergency service said.',
      ],
    ).filter((f) => f.kind === 'divergence');
    expect(found.map(brief)).toEqual(['compare/quantity-divergence: 14 people ~ 19']);
    expect(found[0].explanation).toContain('B reporting 2 days later');
    expect(found[0].confidence).toBeLessThan(0.5);
  });

  it('a later report whose toll fell: shown, saying so', () => {
    const found = findings(
      '2026-04-14',
      [
        'The collapse of the Sella bridge over the Tarrow killed 19 people on Tuesday, the emergency service said.',
      ],
      '2026-04-15',
      [
        'The collapse of the Sella bridge over the Tarrow on Tuesday killed 14 people, the emergency service said.',
      ],
    ).filter((f) => f.kind === 'divergence');
    expect(found.map(brief)).toEqual(['compare/quantity-divergence: 19 people ~ 14 people']);
    expect(found[0].explanation).toContain('B reporting 1 day later with the lower figure');
    expect(found[0].confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('the same toll, one counted as lives lost: an agreement, no divergence', () => {
    const found = findings(
      '2026-06-03',
      [
        'Twenty-three pilgrims lost their lives when their bus left the road on the Kestrel Pass, police said.',
      ],
      '2026-06-03',
      ['Twenty-three people were killed when a bus carrying pilgrims left the road on the Kestrel Pass.'],
    );
    expect(found.filter((f) => f.kind === 'divergence')).toEqual([]);
    expect(found.filter((f) => f.ruleId === 'compare/quantity-agreement').map(brief)).toEqual([
      'compare/quantity-agreement: Twenty-three pilgrims ~ Twenty-three people',
    ]);
  });
});

describe('one toll under two nouns (review of truth22)', () => {
  it('"killed 12 villagers" / "killed 19 people" in aligned sentences: a divergence', () => {
    expect(
      divergences(
        '2026-05-02',
        [
          'Gunmen killed 12 villagers in an attack on Dorra in Kesh province on Friday night, the governor said.',
        ],
        '2026-05-02',
        [
          'Gunmen killed 19 people in an attack on Dorra in Kesh province on Friday night, the governor said.',
        ],
      ),
    ).toEqual(['compare/quantity-divergence: 12 villagers ~ 19 people']);
  });
});

describe('tolls of different scopes (review of truth22)', () => {
  it.each([
    [
      "a day's dead against the running toll",
      'The heat killed 14 people on Tuesday alone across the province of Orsa, officials said.',
      'The death toll from the heatwave across the province of Orsa rose to 41 on Tuesday, officials said.',
    ],
    [
      "one group's dead against a toll that includes others",
      'The shelling of Varn killed eight soldiers at the border post on Monday, the army said.',
      'The death toll from the shelling of Varn rose to 30 on Monday, including civilians, the army said.',
    ],
  ])('%s: no divergence', (_name, a, b) => {
    expect(divergences('2026-07-14', [a], '2026-07-14', [b])).toEqual([]);
  });
});

describe('figures that are no toll of the same dead', () => {
  // Review of truth22b: "died when two trains collided" gives the trains the act before "when".
  it('"killing 15 passengers" / "Fifteen people died when two trains collided": both figures agree', () => {
    const found = findings(
      '2026-03-20',
      [
        'Two trains collided near Sorb on Friday, killing 15 passengers and wounding more than 70, the rail operator said.',
      ],
      '2026-03-20',
      ['Fifteen people died when two trains collided near Sorb on Friday, the rail operator said.'],
    );
    expect(found.filter((f) => f.kind === 'divergence')).toEqual([]);
    expect(found.filter((f) => f.ruleId === 'compare/quantity-agreement').map(brief)).toContain(
      'compare/quantity-agreement: 15 passengers ~ Fifteen people',
    );
  });

  it.each([
    [
      'the dead against the rescued',
      'At least 12 people were killed when the ferry Marit sank off Kell on Monday.',
      'Twenty people were rescued when the ferry Marit sank off Kell on Monday.',
    ],
    [
      'children among the dead against all the dead',
      'Five children were among the dead after the ferry Marit sank off Kell on Monday.',
      'Twenty-three people were killed after the ferry Marit sank off Kell on Monday.',
    ],
    [
      'children among the dead, told first, against all the dead',
      'Among the dead after the ferry Marit sank off Kell on Monday were five children.',
      'Twenty-three people were killed after the ferry Marit sank off Kell on Monday.',
    ],
    [
      'the dead against those taken to hospital',
      'Two workers died after chlorine leaked from the Fennick plant on Monday.',
      'Two workers died and 140 people were taken to hospital after chlorine leaked from the Fennick plant on Monday.',
    ],
  ])('%s: no divergence or refinement', (_name, a, b) => {
    const found = findings('2026-03-10', [a], '2026-03-10', [b]);
    expect(found.filter((f) => f.kind === 'divergence' || f.kind === 'refinement').map(brief)).toEqual([]);
  });
});

describe('sentences that give one thing different figures do not "report the same thing"', () => {
  it.each([
    [
      'The government set aside 12 million euros for emergency cooling centres in Orvan on Wednesday.',
      'The government released 15 million euros for emergency cooling centres in Orvan on Wednesday.',
    ],
    [
      'Hospitals in Orvan have treated more than 1,000 people for heatstroke this week.',
      'Hospitals in Orvan treated more than 1,200 people for heatstroke this week.',
    ],
    // A share with nothing named after it, as an amount of money: two offers of one pay round.
    [
      'Employers in Orvan improved their pay offer to 7 percent over two years.',
      'The union in Orvan is demanding a 12 percent pay rise over two years; employers have offered 6 percent.',
    ],
  ])('%s / %s', (a, b) => {
    const found = findings('2026-07-20', [a], '2026-07-20', [b]);
    const agreements = found.filter((f) => f.ruleId === 'compare/sentence-agreement').map((f) => f.a[0].text);
    expect(agreements.filter((t) => t.includes('Orvan'))).toEqual([]);
  });
});

describe('who vouches for a toll', () => {
  const camp =
    'An airstrike on the Halif camp in northern Marovia killed at least 31 people on Tuesday, local health officials said.';
  it('a toll sourced on one side and stated as fact on the other is kept below the display threshold', () => {
    // Tried and not kept: showing it when nothing sourced the stated toll nearby (review of
    // truth22b: "The figures come from the regional health office" two sentences on reads as none).
    const found = findings('2026-02-17', [camp], '2026-02-17', [
      'Warplanes bombed the Halif camp in northern Marovia on Tuesday, killing 31 civilians.',
      'Smoke rose over the burned tents for hours.',
    ]).filter((f) => f.kind === 'attribution');
    expect(found.map((f) => [f.a[0].text, f.b[0].text, f.confidence < 0.5])).toEqual([
      ['at least 31 people', '31 civilians', true],
    ]);
  });

  // A toll's floor reports its number (toll.ts): "15 people" / "at least 12 people" are two tolls,
  // "12 people" / "at least 12 people" one.
  it('a toll and the same toll as a floor are one figure: "12 people" / "at least 12 people" are contrasted', () => {
    const found = findings(
      '2026-02-17',
      [
        'An earthquake killed 12 people in the coastal town of Marin on Wednesday, according to the health ministry.',
      ],
      '2026-02-17',
      ['An earthquake killed at least 12 people in Marin on Wednesday.'],
    ).filter((f) => f.ruleId === 'compare/attribution-of-claim');
    expect(found.map((f) => [f.a[0].text, f.b[0].text])).toEqual([['12 people', 'at least 12 people']]);
  });

  it('no contrast at all between two figures ("at least 31" / "more than 40")', () => {
    const found = findings('2026-02-17', [camp], '2026-02-17', [
      'Warplanes bombed the Halif camp in northern Marovia on Tuesday, killing more than 40 civilians.',
      'Smoke rose over the burned tents for hours.',
    ]).filter((f) => f.kind === 'attribution');
    expect(found).toEqual([]);
  });

  it('names the speaker a pronoun stands for', () => {
    const found = findings(
      '2026-03-08',
      [
        'Health chief Anita Solberg said 23 of the injured at the Arlo stadium gate were in a serious condition. Four children were among the dead, she said.',
      ],
      '2026-03-08',
      ['Four children were among the dead at the Arlo stadium gate.'],
    ).filter((f) => f.kind === 'attribution');
    expect(found.map((f) => f.explanation)).toEqual([
      expect.stringContaining('attributes it to Health chief Anita Solberg'),
    ]);
  });
});

describe('a count grown more precise (user trial 22)', () => {
  const refinements = (a: string[], b: string[]) =>
    findings('2026-04-14', a, '2026-04-14', b)
      .filter((f) => f.kind === 'refinement')
      .map(brief);

  it("an exact count past the other side's floor: a refinement", () => {
    expect(
      refinements(
        ['The Sella bridge collapsed on Tuesday morning, sending at least 20 vehicles into the river.'],
        ['The Sella bridge collapsed on Tuesday morning, and 23 vehicles went into the river.'],
      ),
    ).toEqual(['compare/quantity-refinement: at least 20 vehicles ~ 23 vehicles']);
  });

  it.each([
    [
      'two acts of one noun (review of truth22b)',
      ['Rioters in Velm set at least 20 cars on fire on Saturday night, police said.'],
      ['Police in Velm towed 23 cars away on Saturday night, police said.'],
    ],
    [
      'a ceiling is an estimate, not a floor',
      ['Up to 20 vehicles went into the water when the Sella bridge collapsed on Tuesday.'],
      [
        'Divers searched the wreck of the Sella bridge all day.',
        'Eighteen vehicles were pulled from the river by Thursday.',
      ],
    ],
    [
      'a noun counted twice on one side ties nothing',
      ['The fire destroyed at least 30 homes in Alder Creek and 45 homes in Pine Hollow.'],
      ['Crews reached the valley on Monday.', 'In Pine Hollow, 52 homes were reduced to ash.'],
    ],
    // Blind 49 reader: the vague side sized another set of the noun.
    [
      'a vague word under another act, in sentences not linked',
      [
        'Council officers said they had now spoken to almost all of the roughly 140 guests and staff who were present at the Orrin wedding.',
      ],
      [
        'The groom said the couple had cancelled their trip to Malta and had spoken to a lawyer about the costs several guests had incurred.',
      ],
    ],
    [
      '"several" is some of them, not a count',
      ['About 12,000 residents were evacuated from the valley on Sunday.'],
      ['Crews reached the valley on Monday.', 'Several residents said the warning came too late.'],
    ],
  ])('%s: nothing', (_name, a, b) => {
    expect(refinements(a, b)).toEqual([]);
  });
});

// Blind sets 43, 44, 46 and 47: their writers set "at least 14" against "At least 17 people were
// killed", and tolls in two leads whose sentences share few words, as conflicts; the tool saw
// compatible floors or no same fact. Passages written for this test.
describe('tolls as the counts they report (toll.ts)', () => {
  it('two floors of the dead: a divergence that says the tolls differ', () => {
    const found = findings(
      '2025-10-28',
      [
        'A cyclone struck the coast of Varesh late on Monday. At least seven people were killed, officials said.',
      ],
      '2025-10-28',
      [
        'At least 11 people were killed after a cyclone struck the coast of Varesh on Monday, officials said.',
      ],
    ).filter((f) => f.kind === 'divergence');
    expect(found.map(brief)).toEqual([
      'compare/quantity-divergence: At least seven people ~ At least 11 people',
    ]);
    expect(found[0].explanation).toContain('the tolls they report differ');
    expect(found[0].confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('a floor and the same count: no divergence', () => {
    expect(
      divergences(
        '2025-10-28',
        ['At least 11 people were killed after a cyclone struck the coast of Varesh on Monday.'],
        '2025-10-28',
        ['Eleven people were killed when a cyclone struck the coast of Varesh on Monday.'],
      ),
    ).toEqual([]);
  });

  it("the leads' tolls, in sentences that share few words: a divergence", () => {
    expect(
      divergences(
        '2025-01-15',
        [
          'A passenger ferry capsized in rough seas off Tablo Island early on Wednesday.',
          'At least 14 people died and nine were missing, the coast guard said.',
        ],
        '2025-01-15',
        [
          'The ferry that capsized off Tablo had sailed despite a gale warning issued six hours earlier, officials said. Seventeen people were killed.',
        ],
      ),
    ).toEqual(['compare/quantity-divergence: At least 14 people ~ Seventeen people']);
  });

  it("the headlines' tolls: a divergence", () => {
    const titled = (outlet: string, title: string, body: string) =>
      `---\noutlet: ${outlet}\npublished: 2025-03-02\ntitle: ${title}\n---\n${body}\n`;
    const found = compareArticles(
      titled(
        'A',
        'Magnitude 5.8 earthquake kills 14 in Orsa',
        'The earthquake struck before dawn on Sunday.',
      ),
      titled('B', 'Quake in Orsa kills 17 as rescuers search rubble', 'Rescuers worked through the night.'),
    ).filter((f) => f.kind === 'divergence');
    expect(found.map(brief)).toEqual(['compare/quantity-divergence: 14 ~ 17']);
  });

  it('a toll told in the headlines and again in the leads: one divergence, at the leads', () => {
    const titled = (outlet: string, title: string, body: string) =>
      `---\noutlet: ${outlet}\npublished: 2025-01-15\ntitle: ${title}\n---\n${body}\n`;
    const found = compareArticles(
      titled(
        'A',
        'Ferry capsizes off Tablo Island, 14 dead and 9 missing',
        'A passenger ferry capsized in rough seas off Tablo Island early on Wednesday. At least 14 people died, the coast guard said.',
      ),
      titled(
        'B',
        'Tablo ferry sailed despite gale warning; 17 dead',
        'The ferry that capsized off Tablo had sailed despite a gale warning, officials said. Seventeen people were killed.',
      ),
    ).filter((f) => f.kind === 'divergence');
    expect(found.map(brief)).toEqual(['compare/quantity-divergence: At least 14 people ~ Seventeen people']);
  });

  it.each([
    [
      'two places',
      [
        'A passenger ferry capsized off Tablo Island early on Wednesday.',
        'At least 14 people died in Tablo, the coast guard said.',
      ],
      [
        'The ferry that capsized off Tablo had sailed despite a gale warning. Seventeen people were killed in Marvel Bay.',
      ],
    ],
    [
      'two counts of the dead in one lead',
      [
        'A passenger ferry capsized off Tablo Island early on Wednesday.',
        'At least 14 people died, the coast guard said, and 3 people died on the quay.',
      ],
      ['The ferry that capsized off Tablo had sailed despite a gale warning. Seventeen people were killed.'],
    ],
    [
      'another counted noun',
      [
        'A passenger ferry capsized off Tablo Island early on Wednesday.',
        'Two crew members died, the coast guard said.',
      ],
      ['The ferry that capsized off Tablo had sailed despite a gale warning. Seventeen people were killed.'],
    ],
    [
      'a toll told after the lead',
      [
        'A passenger ferry capsized off Tablo Island early on Wednesday.',
        'Rescuers searched the water through the night.',
        'Divers reached the hull at dawn.',
        'At least 14 people died, the coast guard said later.',
      ],
      ['The ferry that capsized off Tablo had sailed despite a gale warning. Seventeen people were killed.'],
    ],
    [
      'a part of the dead',
      [
        'A passenger ferry capsized off Tablo Island early on Wednesday.',
        'Among the dead were four children.',
      ],
      ['The ferry that capsized off Tablo had sailed despite a gale warning. Seventeen people were killed.'],
    ],
  ])('%s: no divergence', (_name, a, b) => {
    expect(divergences('2025-01-15', a, '2025-01-15', b)).toEqual([]);
  });
});
