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
  | 'write-failed';

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
