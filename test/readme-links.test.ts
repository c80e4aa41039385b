import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The README and docs/*.md name files and link to each other; a file that moves or a section that
// is split leaves a dangling name behind. This reads them as a user of a fresh clone would: every
// relative link must reach a file or folder, and every `src/…`, `scripts/…` or `bench/…` path the
// text names must exist (a `*` in the last part of a path must match at least one file), and a
// link's `#anchor` into a Markdown file must name one of its headings (GitHub's slugs).

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The Markdown files checked, relative to the repository root. */
const markdownFiles = (): string[] => [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

/** Targets of inline links `[text](target)` and images, without titles; external ones left out. */
const relativeLinks = (text: string): string[] =>
  [...text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((m) => m[1] as string)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
const slugOf = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** The anchors of a Markdown text's headings (outside fenced code). */
const anchorsOf = (text: string): Set<string> => {
  const unfenced = text.replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...unfenced.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slugOf(m[1] as string)));
};

/** Paths under src/, scripts/ or bench/ named in the text (not part of a longer path such as ../x/src/). */
const namedPaths = (text: string): string[] =>
  [...text.matchAll(/(?<![\w./-])((?:src|scripts|bench)\/[\w.*\-/]*[\w*/])/g)]
    .map((m) => m[1] as string)
    .map((path) => path.replace(/\.$/, ''));

/** Whether `path` (relative to the root, `*` allowed in its last part) names something that exists. */
const exists = (path: string): boolean => {
  if (!path.includes('*')) return existsSync(join(ROOT, path));
  const parts = path.replace(/\/$/, '').split('/');
  const last = parts.pop() as string;
  const folder = join(ROOT, ...parts);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return false;
  const pattern = new RegExp(`^${last.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return readdirSync(folder).some((name) => pattern.test(name));
};

describe('README and docs name only what exists', () => {
  it('reads the paths and links of a passage', () => {
    const text =
      'See [rules](docs/rules.md#ids), [site](https://x.org) and [top](#top); `src/stages/compare/agreement-*.ts`, ' +
      '`npx tsx scripts/eval-polnear.ts`, bench/run.ts. and ../elsewhere/src/no.ts';
    expect(relativeLinks(text)).toEqual(['docs/rules.md#ids', '#top']);
    expect(slugOf('Attribution, PolNeAR dev')).toBe('attribution-polnear-dev');
    expect(slugOf('Cost within the limits (2026-11-29)')).toBe('cost-within-the-limits-2026-11-29');
    expect(namedPaths(text)).toEqual([
      'src/stages/compare/agreement-*.ts',
      'scripts/eval-polnear.ts',
      'bench/run.ts',
    ]);
  });

  for (const file of markdownFiles()) {
    it(`${file}: every relative link and every named src/, scripts/, bench/ path exists`, () => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const base = dirname(join(ROOT, file));
      const broken = (target: string): boolean => {
        const [path = '', anchor] = target.split('#');
        const full = path === '' ? join(ROOT, file) : join(base, decodeURI(path));
        if (!existsSync(full)) return true;
        if (anchor === undefined || !full.endsWith('.md')) return false;
        return !anchorsOf(readFileSync(full, 'utf8')).has(anchor);
      };
      const brokenLinks = relativeLinks(text)
        .filter(broken)
        .map((target) => (target.startsWith('#') ? `${file}${target}` : relative(ROOT, join(base, target))));
      const missing = [...new Set(namedPaths(text))].filter((path) => !exists(path));
      expect({ brokenLinks, missing }).toEqual({ brokenLinks: [], missing: [] });
    });
  }
});
