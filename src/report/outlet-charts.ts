import type { OutletProfile } from '../model/profile.js';
import { escapeHtml as esc } from './html/escape.js';

/** One bar of a chart: its parts (label, value, fill) stacked left to right. */
export interface BarRow {
  label: string;
  parts: { name: string; value: number; fill: string }[];
}

/** Colour-blind-safe fills (Okabe & Ito 2008, "Color Universal Design"), in legend order. */
export const PART_FILLS: readonly string[] = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
];

const LABEL_WIDTH = 170;
const BAR_WIDTH = 360;
const ROW = 24;

/**
 * A horizontal stacked bar chart as inline SVG: presentation attributes only (no style
 * attribute, so the page's CSP needs no 'unsafe-inline'), a <title> per bar part for its
 * value, and a text table equivalent beside it for screen readers (role="img" with a label).
 */
export function barChart(title: string, rows: BarRow[]): string {
  const max = Math.max(1, ...rows.map((r) => r.parts.reduce((sum, p) => sum + p.value, 0)));
  const height = rows.length * ROW + 8;
  const bars = rows.map((row, i) => {
    const y = i * ROW + 4;
    let x = LABEL_WIDTH;
    const rects = row.parts.map((part) => {
      const width = (part.value / max) * BAR_WIDTH;
      const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${ROW - 8}" fill="${part.fill}"><title>${esc(`${row.label}: ${part.name} ${part.value}`)}</title></rect>`;
      x += width;
      return rect;
    });
    const total = row.parts.reduce((sum, p) => sum + p.value, 0);
    return `<text x="${LABEL_WIDTH - 6}" y="${y + ROW / 2}" text-anchor="end" font-size="12">${esc(row.label)}</text>${rects.join('')}<text x="${(x + 4).toFixed(1)}" y="${y + ROW / 2}" font-size="12">${total}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" width="${LABEL_WIDTH + BAR_WIDTH + 50}" height="${height}" viewBox="0 0 ${LABEL_WIDTH + BAR_WIDTH + 50} ${height}">${bars.join('')}</svg>`;
}

/** A legend for the parts of a stacked chart, as a list with colour swatches drawn in SVG. */
export function legend(names: string[]): string {
  const items = names.map(
    (name, i) =>
      `<li><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill="${PART_FILLS[i % PART_FILLS.length]}"/></svg> ${esc(name)}</li>`,
  );
  return `<ul class="legend">${items.join('')}</ul>`;
}

/** Attribution: per outlet, findings where it states as fact what the other attributes, and the reverse. */
export function attributionChart(profiles: OutletProfile[]): string {
  return barChart(
    'States as fact what the other outlet attributes, and attributes what the other states as fact',
    profiles.map((p) => ({
      label: p.outlet,
      parts: [
        { name: 'states as fact', value: p.attribution.statesAsFact, fill: PART_FILLS[0] },
        { name: 'attributes', value: p.attribution.attributes, fill: PART_FILLS[1] },
      ],
    })),
  );
}

/** The subjects of omission findings across profiles, sorted, for one stacked chart and its legend. */
export function omittedSubjects(profiles: OutletProfile[]): string[] {
  return [...new Set(profiles.flatMap((p) => Object.keys(p.omits)))].sort();
}

/** Omissions: per outlet, the facts it leaves out that the other outlet reports, by subject. */
export function omissionChart(profiles: OutletProfile[]): string {
  const subjects = omittedSubjects(profiles);
  return barChart(
    'Facts the outlet leaves out that the other outlet reports, by subject',
    profiles.map((p) => ({
      label: p.outlet,
      parts: subjects.map((name, i) => ({
        name,
        value: p.omits[name] ?? 0,
        fill: PART_FILLS[i % PART_FILLS.length],
      })),
    })),
  );
}
