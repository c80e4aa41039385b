import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isWriteError, UserError } from '../errors.js';
import { writeAtomic } from '../io/write-atomic.js';
import type { AnalyzedSource } from '../model/analyzed-source.js';
import { analyzeFile, analyzeSource, readSource } from '../pipeline.js';
import { claimsFileIsSound } from '../report/check-claims.js';
import { validate } from '../schema/index.js';
import { VERSION } from '../version.js';
import { type ClaimsFile, fromClaimsFile, toClaimsFile } from './claims-file.js';

/** Where the claims of a source live: `<dir>/<event>/<source id>.json`. */
export function claimsPath(dir: string, event: string, id: string): string {
  return join(dir, event, `${id}.json`);
}

/** The claims file's JSON, validated against `claims.schema.json`. */
function renderClaims(source: AnalyzedSource): string {
  const file = toClaimsFile(source);
  const errors = validate('claims', file);
  if (errors.length > 0)
    throw new Error(`claims file breaks claims.schema.json: ${errors.slice(0, 3).join('; ')}`);
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The cheap check a cache read makes instead of the full schema: the file was validated when it
 * was written (`renderClaims`), so a file of this version and hash only needs the shape that
 * `fromClaimsFile` walks. Full validation cost ~0.5 ms a file and was repeated on every read.
 */
function hasShape(file: ClaimsFile): boolean {
  const source = file.source;
  return (
    file.schemaVersion === 1 &&
    typeof source.text === 'string' &&
    Array.isArray(source.sentences) &&
    source.sentences.every((s) => Array.isArray(s?.tokens)) &&
    Array.isArray(file.claims) &&
    Array.isArray(file.diagnostics)
  );
}

/** Reads a claims file when it was made from these exact bytes by this version of the tool. */
function readFreshClaims(path: string, hash: string): AnalyzedSource | null {
  if (!existsSync(path)) return null;
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as ClaimsFile;
    if (file.generator?.version !== VERSION || file.source?.hash !== hash) return null;
    // Schema-valid when written; on read the shape and the offsets are checked (a hand-edited file
    // may hold offsets that no longer slice), not the whole schema again.
    return hasShape(file) && claimsFileIsSound(file) ? fromClaimsFile(file) : null;
  } catch {
    // A damaged cache file is not the user's problem: extract again and overwrite it.
    return null;
  }
}

/** How `analyzeCached` uses the cache folder. */
export interface ClaimsCacheOptions {
  /** Write a claims file that is missing or stale (default true); false only reads the cache. */
  write?: boolean;
  /** The flag that names the folder, for the error line: `--claims` (default), `extract`'s `--out`. */
  flag?: string;
}

/**
 * Writes a source's claims file. A cache that cannot be written stops the run as an unusable
 * `--out` does (isWriteError), with a line that names the cache and the flag that moves it
 * (user trial 11: the bare folder error did not say it was the cache; user trial 21: extract's
 * flag is `--out`).
 */
function writeClaims(dir: string, target: string, source: AnalyzedSource, flag: string): void {
  try {
    writeAtomic(target, renderClaims(source));
  } catch (error) {
    if (!isWriteError(error)) throw error;
    throw new UserError(
      'bad-out',
      `cannot write the claims cache ${dir} (${error.message})`,
      `give ${flag} a writable folder`,
      dir,
    );
  }
}

/**
 * Analyses a source, reusing `<dir>/<event>/<id>.json` when it is up to date and, unless
 * `options.write` is false, writing it when it is not. With no dir, always analyzes.
 */
export function analyzeCached(
  path: string,
  dir?: string,
  { write = true, flag = '--claims' }: ClaimsCacheOptions = {},
): { source: AnalyzedSource; reused: boolean } {
  if (!dir) return { source: analyzeFile(path), reused: false };
  const raw = readSource(path);
  const target = claimsPath(dir, raw.event, raw.id);
  const cached = readFreshClaims(target, raw.hash);
  if (cached) return { source: { ...cached, path: raw.path, recordedPath: raw.recordedPath }, reused: true };
  const source = analyzeSource(raw);
  if (write) writeClaims(dir, target, source, flag);
  return { source, reused: false };
}
