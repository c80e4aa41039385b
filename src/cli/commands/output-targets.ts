import { sep } from 'node:path';
import { UserError } from '../../errors.js';
import { fileIdentity } from '../../io/file-identity.js';

// What `group` and `batch` check of their outputs before they read anything (user trial 18, items
// 2 and 10): no file they write is the input corpus, and a batch never writes into the folder it
// reads its sources from. Paths are compared as compare-targets.ts compares them, by real path.

/** An output of a command: a file it writes, or a folder it writes (or replaces) the contents of. */
export interface OutputTarget {
  flag: string;
  path: string;
  folder?: boolean;
}

/** Whether `path` is `folder` or lies inside it, both as real paths. */
function within(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);
}

/** Refuses an output that would overwrite the corpus, as a file or as a file inside a folder it writes. */
export function checkCorpusTargets(corpus: string, targets: OutputTarget[]): void {
  const input = fileIdentity(corpus);
  for (const { flag, path, folder } of targets) {
    const output = fileIdentity(path);
    if (folder ? !within(input, output) : input !== output) continue;
    throw new UserError(
      'bad-usage',
      `--${flag} ${path} names the input corpus ${corpus}${folder ? ' or its folder' : ''}`,
      `give --${flag} a new ${folder ? 'folder' : 'file'} beside the corpus, not the corpus itself`,
      path,
    );
  }
}

/** Refuses a batch whose `--out` is its sources folder: its reports would be read as articles next time. */
export function checkOutNotSources(sourcesDir: string, outDir: string): void {
  if (fileIdentity(sourcesDir) !== fileIdentity(outDir)) return;
  throw new UserError(
    'bad-usage',
    `--out ${outDir} is the sources folder`,
    'write the reports to a folder of their own, e.g. --out reports',
    outDir,
  );
}
