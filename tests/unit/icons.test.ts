/**
 * The toolbar icon is rendered from one SVG at 16, 32, 48 and 128 px (scripts/build.mjs). It is
 * drawn on an 8-unit grid, so at every size each bar's edges fall on whole pixels: no row is a
 * blend of bar and background, which is what makes a small icon look blurred.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const svg = fs.readFileSync(path.join(__dirname, '../../icons/icon.svg'));
const BLUE = [0x1f, 0x4e, 0x79];
const YELLOW = [0xff, 0xd5, 0x4a];
const WHITE = [0xff, 0xff, 0xff];
/** The last bar is white at 80 % opacity over the blue. */
const FADED = WHITE.map((w, i) => Math.round(0.8 * w + 0.2 * BLUE[i]));
const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]) <= 1);

describe.each([16, 32, 48, 128])('icon at %i px', (size) => {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render();
  const rgb = (x: number, y: number) => Array.from(image.pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 3));
  const px = (units: number) => (units * size) / 128;

  test('is square and the size asked for', () => {
    expect([image.width, image.height]).toEqual([size, size]);
  });

  test('has no blended rows down the middle of the bars', () => {
    const x = Math.floor(px(40)); // inside every bar, away from the rounded ends
    for (let y = Math.ceil(px(8)); y < Math.floor(px(120)); y++) {
      const c = rgb(x, y);
      const pure = [BLUE, YELLOW, WHITE, FADED].some((k) => near(k, c));
      expect([y, pure]).toEqual([y, true]);
    }
  });

  test('the headline bar is yellow and the text bars are white', () => {
    const x = Math.floor(px(40));
    expect(rgb(x, Math.floor(px(32)))).toEqual(YELLOW);
    expect(rgb(x, Math.floor(px(56)))).toEqual(WHITE);
    expect(rgb(x, Math.floor(px(44)))).toEqual(BLUE);
  });
});
