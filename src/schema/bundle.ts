/** A JSON Schema as parsed: objects, arrays and plain values. */
type Json = unknown;

const CLAIMS_REF = 'urn:crosscheck:claims#/definitions/';

/** Rewrites every `$ref` string of a schema tree with `map`, leaving the rest as it is. */
function mapRefs(node: Json, map: (ref: string) => string): Json {
  if (Array.isArray(node)) return node.map((item) => mapRefs(item, map));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' ? map(value) : mapRefs(value, map),
    ]),
  );
}

/**
 * The report schema with the claims schema's definitions copied in and its references to them
 * made local, so a validator given this one schema resolves everything (user trial 7). A name
 * both schemas define would be ambiguous and throws (a bug of the schemas, not of the input).
 */
export function bundleReportSchema(
  report: Record<string, Json>,
  claims: Record<string, Json>,
): Record<string, Json> {
  const own = report.definitions as Record<string, Json>;
  const borrowed = claims.definitions as Record<string, Json>;
  const clash = Object.keys(borrowed).find((name) => name in own);
  if (clash) throw new Error(`report and claims schemas both define '${clash}'`);
  const local = (ref: string) =>
    ref.startsWith(CLAIMS_REF) ? `#/definitions/${ref.slice(CLAIMS_REF.length)}` : ref;
  const bundled = mapRefs(report, local) as Record<string, Json>;
  return { ...bundled, definitions: { ...(bundled.definitions as object), ...borrowed } };
}
