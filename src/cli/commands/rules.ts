import { renderCatalogueText } from '../../catalogue.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';

/** `crosscheck rules`: print the rule catalogue, every stage's rules in order with their ruleIds. */
export const rulesCommand: Command = {
  name: 'rules',
  summary: 'print every rule, in order, with the ruleIds it writes',
  args: '',
  positionals: { min: 0, max: 0 },
  flags: {},
  run(_args, io) {
    io.stdout(renderCatalogueText());
    return EXIT.ok;
  },
};
