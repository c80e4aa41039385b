import { contentSecurityPolicy } from './html/csp.js';
import { escapeHtml as esc } from './html/escape.js';

/**
 * The opening of a batch page (`index.html`, `outlets.html`) up to its heading: one
 * self-contained document whose only inline script and style are allowed by hash, no network.
 */
export function pageStart(title: string, script: string, style: string): string {
  // The generator mark lets `batch` pass over a page copied into an event folder (user trial 18, item 10).
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="generator" content="crosscheck">
<meta http-equiv="Content-Security-Policy" content="${esc(contentSecurityPolicy(script, style))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${style}</style>
</head>
<body>
<main>
<h1>${esc(title)}</h1>
`;
}
