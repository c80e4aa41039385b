import { UserError } from '../../errors.js';
import { fileIdentity as identity } from '../../io/file-identity.js';

// What `compare` checks of its paths before it reads anything: two different inputs, and outputs
// that overwrite neither an input nor each other.

/** Refuses one article given twice, by one path or two (user trial 5): it would agree with itself. */
export function checkInputs([a, b]: string[]): void {
  if (identity(a) !== identity(b)) return;
  const what = a === b ? `${a} is given twice` : `${a} and ${b} are the same file`;
  throw new UserError('bad-usage', what, 'name two different articles', b);
}

// Names of stdout itself: written to as files, a rename would replace the device (review-ux item 2).
export const STDOUT_NAMES = new Set(['-', '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/** Refuses an output that names an input (it would overwrite the article) or another output, and a second `-`. */
export function checkTargets(inputs: string[], targets: { flag: string; target: string }[]): void {
  const taken = new Map(inputs.map((path) => [identity(path), `the input ${path}`]));
  let stdout: string | undefined;
  for (const { flag, target } of targets) {
    if (STDOUT_NAMES.has(target)) {
      // stdout holds one document: a second would be dropped or run into the first (user trial 8).
      if (stdout) {
        throw new UserError(
          'bad-usage',
          `--${stdout} and --${flag} ${target} both name stdout`,
          'send one format to stdout and write the others to files',
        );
      }
      stdout = `${flag} ${target}`;
      continue;
    }
    const earlier = taken.get(identity(target));
    if (earlier) {
      throw new UserError(
        'bad-usage',
        `--${flag} ${target} names ${earlier}`,
        `give --${flag} a file of its own, e.g. report.${flag}`,
        target,
      );
    }
    taken.set(identity(target), `--${flag}`);
  }
}
