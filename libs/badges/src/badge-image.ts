import { createHash } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';

const escapeXml = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&apos;');

/** Greedy word wrap to at most `maxLines` lines of `width` characters (the last one ellipsised). */
function wrap(value: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of value.split(/\s+/).filter(Boolean)) {
    if (current && (current + ' ' + word).length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1].slice(0, width - 1)}…`;
    return kept;
  }
  return lines;
}

const PALETTE = ['#1f5f8b', '#7a3e9d', '#2e7d32', '#b5562b', '#8b1f4b', '#00695c'];

/** A round badge with the achievement's name and issuer; its colour is stable per achievement. */
export function renderBadgeSvg(input: { achievementId: string; name: string; issuerName: string }): string {
  const colour = PALETTE[createHash('sha256').update(input.achievementId).digest()[0] % PALETTE.length];
  const lines = wrap(input.name, 22, 4);
  const firstY = 200 - ((lines.length - 1) * 26) / 2;
  const title = lines
    .map((line, index) => `<text x="200" y="${firstY + index * 26}" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="21" font-weight="bold" fill="#ffffff">${escapeXml(line)}</text>`)
    .join('');
  const issuer = wrap(input.issuerName, 30, 2)
    .map((line, index) => `<text x="200" y="${318 + index * 18}" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="14" fill="#ffffff">${escapeXml(line)}</text>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400" role="img" aria-label="${escapeXml(input.name)}">` +
    `<title>${escapeXml(input.name)}</title>` +
    `<circle cx="200" cy="200" r="190" fill="${colour}"/>` +
    `<circle cx="200" cy="200" r="172" fill="none" stroke="#ffffff" stroke-width="6" stroke-dasharray="4 8"/>` +
    `<text x="200" y="96" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="16" letter-spacing="4" fill="#ffffff">STACKS BADGE</text>` +
    title +
    issuer +
    `</svg>`
  );
}

/** Rasterises an SVG to PNG (resvg, system fonts). */
export function renderPng(svg: string, width = 400): Buffer {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng());
}
