import type { BatchSummary } from '../model/summary.js';
import { escapeHtml as esc } from './html/escape.js';

/** How many skipped paths the index names; summary.json holds them all. */
const SHOWN = 20;

/**
 * The index's line naming the paths the batch passed over (an event folder with one source, a
 * pipe), so that no event vanishes from the page unsaid (user trial 1).
 */
export function skippedNote(skipped: NonNullable<BatchSummary['skipped']>): string {
  const named = skipped.slice(0, SHOWN).map(({ path, reason }) => `${esc(path)}: ${esc(reason)}`);
  const more = skipped.length > SHOWN ? `; and ${skipped.length - SHOWN} more in summary.json` : '';
  return `<p class="error">Skipped: ${named.join('; ')}${more}.</p>`;
}
