import { describe, expect, it } from 'vitest';
import { speakerKind } from '../../src/text/speaker-kind.js';
import { mentionName } from '../../src/text/speaker-name.js';

// A person named before the body they belong to ("PERSON of the ORG") is the speaker; a body
// named alone after a role word or a title's "of" stays what it was. Names invented for the test.
describe('mentionName: a name before "of the" body', () => {
  it.each([
    ['Ana Lee of the Harbour Pilots Union', 'Ana Lee'],
    ['Tomas Ruiz at the Marlow Institute', 'Tomas Ruiz'],
    ['Dr. Lena Okafor of the Coastal Research Council', 'Lena Okafor'],
    ['Lena Okafor of the nonpartisan Coastal Policy Center in Marlow', 'Lena Okafor'],
    ['Director of the Harbour Trust', 'Trust'],
    ['officials of the Harbour Trust', 'Harbour Trust'],
    ['a fellow at the Marlow Institute', 'Marlow Institute'],
    ['Ruiz and the Harbour Trust', 'Harbour Trust'],
    ['Speaker of the House Tomas Ruiz', 'Tomas Ruiz'],
    ['Lopez of Ohio', 'Lopez'],
    // An "and" joins a second speaker; it links no complement (the coordinator check).
    ['Lopez of Ohio and the Harbour Trust', 'Harbour Trust'],
  ])('%s → %s', (mention, name) => expect(mentionName(mention)?.words.join(' ')).toBe(name));

  it('reads the person as a person', () => {
    expect(speakerKind('Ana Lee of the Harbour Pilots Union')).toBe('person');
  });
});
