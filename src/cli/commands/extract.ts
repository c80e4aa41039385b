import { basename, dirname, extname } from 'node:path';
import { UserError } from '../../errors.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';

/** Two sources of one event with one id (`x.txt`, `x.md`) would overwrite each other's claims file. */
function checkIds(paths: string[]): void {
  const seen = new Map<string, string>();
  for (const path of paths) {
    const key = `${basename(dirname(path))}/${basename(path, extname(path))}`;
    const earlier = seen.get(key);
    if (earlier !== undefined && earlier !== path) {
      throw new UserError(
        'id-clash',
        `${earlier} and ${path} share the claims file of '${key}'`,
        "rename one: a source's id is its file name without the extension",
        path,
      );
    }
    seen.set(key, path);
  }
}

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
    checkIds(positionals);
    for (const path of positionals) {
      const { source, reused } = analyzeCached(path, out, { flag: '--out' });
      const target = claimsPath(out, source.event, source.id);
      io.stdout(`${target}: ${source.claims.length} claims${reused ? ' (up to date)' : ''}\n`);
    }
    return EXIT.ok;
  },
};
