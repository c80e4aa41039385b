import { createHash } from 'node:crypto';

/** The `'sha256-…'` source expression for an inline block, as CSP Level 2 defines it. */
function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/**
 * The Content-Security-Policy of a report: nothing may load or run except the report's own
 * inline script and style, each allowed by its hash. No network, no fonts, no frames, no forms.
 */
export function contentSecurityPolicy(script: string, style: string): string {
  return [
    "default-src 'none'",
    `script-src ${cspHash(script)}`,
    `style-src ${cspHash(style)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
