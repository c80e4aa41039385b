import type { Report, ReportSource } from '../model/report.js';
import { schemaText, validate, validateAt } from '../schema/index.js';

interface Sliceable {
  start: number;
  end: number;
  text: string;
}

type Side = 'a' | 'b';
const SIDES: readonly Side[] = ['a', 'b'];
const HEX_HASH = /^[0-9a-f]{64}$/;

let claimKeys: Set<string> | undefined;

/**
 * The properties any claim may carry: those `claims.schema.json` declares for its kinds. The kinds
 * compose `range` and `claimBase` with `allOf`, which draft-07's `additionalProperties` cannot close.
 */
function allowedClaimKeys(): Set<string> {
  if (!claimKeys) {
    const definitions = JSON.parse(schemaText('claims')).definitions as Record<
      string,
      { properties?: Record<string, { enum?: string[] }> }
    >;
    // Each claim kind has a definition of its own name (`quantity`, `date`…).
    const kinds = definitions.claim.properties?.kind.enum ?? [];
    const names = ['range', 'claimBase', ...kinds];
    claimKeys = new Set(names.flatMap((name) => Object.keys(definitions[name]?.properties ?? {})));
  }
  return claimKeys;
}

const REPORT = 'urn:crosscheck:report#';
const CLAIMS = 'urn:crosscheck:claims#';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The report's long arrays and the schema of their items. */
const TOP_ARRAYS = [
  { key: 'claims', ref: `${REPORT}/properties/claims/items` },
  { key: 'findings', ref: `${REPORT}/definitions/finding` },
  { key: 'alignment', ref: `${REPORT}/properties/alignment/items` },
  { key: 'diagnostics', ref: `${CLAIMS}/definitions/diagnostic` },
];
const SENTENCE = `${CLAIMS}/definitions/sentence`;

/**
 * Source parts found sound in an earlier report. The pipeline builds a source's part once and
 * shares it by all of that source's reports (a batch compares each source with many others), so
 * its sentences are checked once, not once per pair. Objects, not contents: a report read from a
 * file, or a copy, is checked in full.
 */
const soundSources = new WeakSet<object>();

/**
 * Schema errors of a report in time linear in its size: the report with its long arrays
 * emptied, then each item of those arrays on its own (see `validateAt`).
 */
function validateSchema(report: unknown): string[] {
  if (!isObject(report)) return validate('report', report);
  const hollow: Json = { ...report };
  const parts: { ref: string; path: string; items: unknown[] }[] = [];
  for (const { key, ref } of TOP_ARRAYS) {
    const items = report[key];
    if (Array.isArray(items)) parts.push({ ref, path: `/${key}`, items });
    if (Array.isArray(items)) hollow[key] = [];
  }
  if (isObject(report.sources)) {
    const sources: Json = { ...report.sources };
    for (const side of SIDES) {
      const source = sources[side];
      if (!isObject(source) || !Array.isArray(source.sentences)) continue;
      if (!soundSources.has(source))
        parts.push({ ref: SENTENCE, path: `/sources/${side}/sentences`, items: source.sentences });
      sources[side] = { ...source, sentences: [] };
    }
    hollow.sources = sources;
  }
  const problems = validate('report', hollow);
  for (const { ref, path, items } of parts) {
    items.forEach((item, i) => {
      problems.push(...validateAt(ref, item, `${path}/${i}`));
    });
  }
  return problems;
}

/**
 * Everything a report promises beyond its schema: every sentence, claim and span slices to its
 * text with start ≤ end, claims lie inside their sentence, ids are unique, every reference
 * resolves, the summary counts the findings, hashes are sha256 hex. Returns the problems found.
 * Linear in the size of the report, whatever it holds.
 */
export function checkReport(report: Report): string[] {
  const problems = validateSchema(report);
  if (problems.length > 0) return problems;
  const sources = report.sources;
  const slice = (where: string, source: ReportSource, item: Sliceable) => {
    if (item.start > item.end) problems.push(`${where}: start ${item.start} is after end ${item.end}`);
    else if (source.text.slice(item.start, item.end) !== item.text) {
      problems.push(`${where}: text.slice(${item.start}, ${item.end}) is not ${JSON.stringify(item.text)}`);
    }
  };
  const sentences = {
    a: new Map(sources.a.sentences.map((s) => [s.id, s])),
    b: new Map(sources.b.sentences.map((s) => [s.id, s])),
  };
  for (const side of SIDES) {
    const source = sources[side];
    if (source.hash !== undefined && !HEX_HASH.test(source.hash))
      problems.push(`sources.${side}.hash is not a sha256 hex digest`);
    if (!soundSources.has(source))
      for (const s of source.sentences) slice(`sources.${side}.${s.id}`, source, s);
  }
  const claimIds = new Set<string>();
  for (const claim of report.claims) {
    const where = `claim ${claim.id}`;
    if (claimIds.has(claim.id)) problems.push(`${where} appears twice`);
    claimIds.add(claim.id);
    slice(where, sources[claim.side], claim);
    const sentence = sentences[claim.side].get(claim.sentence);
    if (!sentence) problems.push(`${where} names unknown ${claim.sentence}`);
    else if (claim.start < sentence.start || claim.end > sentence.end)
      problems.push(`${where} lies outside its sentence ${claim.sentence}`);
    for (const key of Object.keys(claim))
      if (!allowedClaimKeys().has(key)) problems.push(`${where} has an unknown property '${key}'`);
  }
  const counts = new Map<string, number>();
  const findingIds = new Set<string>();
  for (const finding of report.findings) {
    if (findingIds.has(finding.id)) problems.push(`finding ${finding.id} appears twice`);
    findingIds.add(finding.id);
    counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + 1);
    for (const side of SIDES) {
      for (const span of finding[side]) {
        slice(`finding ${finding.id} span`, sources[side], span);
        if (!sentences[side].has(span.sentence))
          problems.push(`finding ${finding.id} names unknown ${span.sentence}`);
      }
    }
    for (const ref of finding.claims)
      if (!claimIds.has(ref)) problems.push(`finding ${finding.id} cites unknown ${ref}`);
  }
  for (const [kind, count] of Object.entries(report.summary)) {
    if ((counts.get(kind) ?? 0) !== count)
      problems.push(`summary.${kind} is ${count} but the report has ${counts.get(kind) ?? 0} such findings`);
  }
  for (const [i, link] of report.alignment.entries()) {
    for (const side of SIDES) {
      for (const id of link[side])
        if (!sentences[side].has(id)) problems.push(`alignment ${i} names unknown ${id}`);
    }
  }
  if (problems.length === 0) for (const side of SIDES) soundSources.add(sources[side]);
  return problems;
}

/** Throws when a report just built breaks its promises: a bug, reported before any file is written. */
export function assertReport(report: Report): void {
  const problems = checkReport(report);
  if (problems.length > 0) {
    throw new Error(`report ${report.pair.id} failed its own check: ${problems.slice(0, 3).join('; ')}`);
  }
}

/** What a claims file must hold for its offsets to be trusted (see `claimsFileIsSound`). */
interface ClaimsFileShape {
  source: {
    text: string;
    sentences: (Sliceable & { id: string; tokens?: [number, number, ...unknown[]][] })[];
  };
  claims: (Sliceable & { sentence: string })[];
}

/**
 * Whether a schema-valid claims file is still true to its text: every sentence and claim slices
 * to its text inside its sentence, every token lies in its sentence. A file edited by hand fails,
 * and the cache then treats it as stale (issue 12, row 7).
 */
export function claimsFileIsSound(file: ClaimsFileShape): boolean {
  const { text, sentences } = file.source;
  const byId = new Map(sentences.map((s) => [s.id, s]));
  const slices = (item: Sliceable) =>
    item.start <= item.end && text.slice(item.start, item.end) === item.text;
  for (const s of sentences) {
    if (!slices(s)) return false;
    for (const [start, end] of s.tokens ?? [])
      if (start < s.start || end > s.end || start > end) return false;
  }
  return file.claims.every((claim) => {
    const sentence = byId.get(claim.sentence);
    return (
      sentence !== undefined && slices(claim) && claim.start >= sentence.start && claim.end <= sentence.end
    );
  });
}
