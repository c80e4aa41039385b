import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';

/** `crosscheck extract <source…>`: write each source's claims to `<out>/<event>/<id>.json`. */
export const extractCommand: Command = {
  name: 'extract',
  summary: 'extract the claims of sources into claims files',
  args: '<source…>',
  positionals: { min: 1, max: Number.POSITIVE_INFINITY },
  flags: {
    out: { type: 'string', value: 'DIR', description: 'folder for claims files (default: claims)' },
  },
  async run({ values, positionals }, io) {
    // Loaded here, not at the top: commands that analyse nothing never load the NLP model.
    const { analyzeCached, claimsPath } = await import('../../store/claims-cache.js');
    const out = (values.out as string | undefined) ?? 'claims';
    for (const path of positionals) {
      const { source, reused } = analyzeCached(path, out);
      const target = claimsPath(out, source.event, source.id);
      io.stdout(`${target}: ${source.claims.length} claims${reused ? ' (up to date)' : ''}\n`);
    }
    return EXIT.ok;
  },
};
