/**
 * Escaping for the HTML report. Every piece of source text and front matter goes through
 * `escapeHtml`: the five characters the HTML spec treats as markup in text and quoted
 * attributes become character references (OWASP XSS Prevention Cheat Sheet, rule #1 and #2).
 */

const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML text node or a double- or single-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => REFERENCES[c]);
}

/**
 * Returns the URL, normalised, when it is an absolute http(s) URL, else null: a `javascript:`
 * or `data:` link in a source's front matter must never become a clickable link.
 */
export function safeHttpUrl(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
