import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';

/** `crosscheck rules`: print the rule catalogue, every stage's rules in order with their ruleIds. */
export const rulesCommand: Command = {
  name: 'rules',
  summary: 'print every rule, in order, with the ruleIds it writes',
  args: '',
  positionals: { min: 0, max: 0 },
  flags: {},
  async run(_args, io) {
    // Loaded here, not at the top: the catalogue imports every stage, and with them the NLP model.
    const { renderCatalogueText } = await import('../../catalogue.js');
    io.stdout(renderCatalogueText());
    return EXIT.ok;
  },
};
