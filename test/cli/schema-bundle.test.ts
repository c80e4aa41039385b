import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { FIXTURE_EVENTS } from '../batch/helpers.js';
import { run } from './run.js';

const A = `${FIXTURE_EVENTS}summit-2018-04-27/courier.txt`;
const B = `${FIXTURE_EVENTS}summit-2018-04-27/herald.txt`;

// User trial 7: the printed report schema referred to the claims schema by its $id, so a validator
// given only what `crosscheck schema` printed could not resolve it.
describe('crosscheck schema prints a schema that stands alone', () => {
  it('validates a report, and rejects a broken one, with no other schema registered', async () => {
    const printed = (await run(['schema'])).stdout;
    expect(printed).not.toContain('urn:crosscheck:claims');
    const check = new Ajv.default({ allErrors: true, strict: false }).compile(JSON.parse(printed));
    const report = JSON.parse((await run(['compare', A, B, '--json', '-'])).stdout);
    expect(check(report), JSON.stringify(check.errors)).toBe(true);
    // The claims' definitions came along: a claim without its ruleId fails.
    delete report.claims[0].ruleId;
    expect(check(report)).toBe(false);
  });

  it('prints the claims schema as it is: it refers to nothing outside', async () => {
    const printed = (await run(['schema', 'claims'])).stdout;
    const check = new Ajv.default({ strict: false }).compile(JSON.parse(printed));
    expect(typeof check).toBe('function');
  });
});
