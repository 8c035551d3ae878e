/**
 * Draws the toolbar and store icons from the one SVG source.
 * Run `npm run icons` after changing public/icon.svg; the PNGs are committed.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const svg = readFileSync('public/icon.svg', 'utf8');
mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(`public/icon/${size}.png`, png);
  console.log(`public/icon/${size}.png`);
}
