/** Codes of the user errors the CLI reports with exit 2. */
export type UserErrorCode =
  | 'missing-file'
  | 'not-a-file'
  | 'empty-file'
  | 'binary-file'
  | 'invalid-utf8'
  | 'bad-front-matter'
  | 'bad-usage'
  | 'bad-report'
  | 'bad-corpus'
  | 'write-failed'
  | 'read-failed'
  | 'too-large'
  | 'bad-out'
  | 'id-clash'
  | 'out-locked'
  | 'bad-shards';

/**
 * A mistake the user can fix: a missing file, a bad flag, a malformed source.
 * The CLI prints `message` and `fix` as one line and exits 2, without a stack trace.
 */
export class UserError extends Error {
  readonly code: UserErrorCode;
  readonly fix: string;
  readonly path?: string;

  constructor(code: UserErrorCode, message: string, fix: string, path?: string) {
    super(message);
    this.name = 'UserError';
    this.code = code;
    this.fix = fix;
    this.path = path;
  }

  /** The one line the CLI prints. */
  toLine(): string {
    return `crosscheck: ${this.message}: ${this.fix}`;
  }
}

/**
 * An error of the place crosscheck writes to (a full disk, an unusable folder): a batch stops on
 * it, with what it wrote so far intact, rather than failing every later pair the same way.
 */
export function isWriteError(error: unknown): error is UserError {
  return error instanceof UserError && (error.code === 'write-failed' || error.code === 'bad-out');
}

/** The errno code of a failed file operation, else its message: what a user's error line names. */
export function reasonOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/** A file that exists but could not be read (`code`: the errno code or message, `reasonOf`). */
export function readFailed(path: string, code: string): UserError {
  return new UserError('read-failed', `cannot read ${path} (${code})`, 'check the file and the disk', path);
}
