import type { AnalyzedSource } from '../model/analyzed-source.js';
import type { Claim } from '../model/claim.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ReportSentence } from '../model/report.js';
import type { SourceMeta } from '../model/source.js';
import { reportPath } from '../pipeline.js';
import { VERSION } from '../version.js';

/** A token stored compactly: [start, end, lemma, pos]; the surface text is sliced back from the source. */
export type StoredToken = [number, number, string, string];

/** The JSON written to `claims/<event>/<source>.json`, published as `claims.schema.json`. */
export interface ClaimsFile {
  schemaVersion: 1;
  generator: { name: 'crosscheck'; version: string };
  source: SourceMeta & {
    id: string;
    event: string;
    path: string;
    hash: string;
    text: string;
    /** Where the file's body starts in `text` when the title was put before it. */
    bodyStart?: number;
    sentences: (ReportSentence & { tokens: StoredToken[] })[];
  };
  claims: Claim[];
  diagnostics: Diagnostic[];
}

/** Turns an analyzed source into its claims file. Tokens are kept so `compare` need not segment again. */
export function toClaimsFile(source: AnalyzedSource): ClaimsFile {
  return {
    schemaVersion: 1,
    generator: { name: 'crosscheck', version: VERSION },
    source: {
      id: source.id,
      event: source.event,
      path: reportPath(source.path),
      hash: source.hash,
      ...source.meta,
      text: source.text,
      ...(source.bodyStart ? { bodyStart: source.bodyStart } : {}),
      sentences: source.sentences.map((s) => ({
        id: s.id,
        start: s.start,
        end: s.end,
        text: s.text,
        role: s.role,
        paragraph: s.paragraph,
        tokens: s.tokens.map((t): StoredToken => [t.start, t.end, t.lemma, t.pos]),
      })),
    },
    claims: source.claims,
    diagnostics: source.diagnostics,
  };
}

/** Rebuilds the analyzed source from a claims file. */
export function fromClaimsFile(file: ClaimsFile): AnalyzedSource {
  const { id, event, path, hash, text, bodyStart, sentences, ...meta } = file.source;
  return {
    id,
    event,
    path,
    hash,
    text,
    ...(bodyStart ? { bodyStart } : {}),
    meta,
    diagnostics: file.diagnostics,
    claims: file.claims,
    sentences: sentences.map((s, index) => ({
      ...s,
      index,
      tokens: s.tokens.map(([start, end, lemma, pos]) => {
        const surface = text.slice(start, end);
        return { text: surface, start, end, lemma, pos, lower: surface.toLowerCase() };
      }),
    })),
  };
}
