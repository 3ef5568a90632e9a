/**
 * WCAG contrast arithmetic for the theme: the palette's default shades put grey, blue and green text
 * under 4.5:1 on white and on their own light backgrounds, so the theme darkens them until they pass.
 * Hex colours only (#rgb or #rrggbb): the theme's palettes are written that way.
 */

type Rgb = [number, number, number];

function parseHex(color: string): Rgb {
  const hex = color.replace('#', '');
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  if (!/^[0-9a-f]{6}$/iu.test(full)) throw new Error(`Not a hex colour: ${color}`);
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance (WCAG 2.x). */
function luminance(color: string): number {
  const [r, g, b] = parseHex(color).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The colour mixed with black: `fraction` 0.1 is 10% darker. */
export function darken(color: string, fraction: number): string {
  return toHex(parseHex(color).map((c) => c * (1 - fraction)) as Rgb);
}

/**
 * The colour itself when it reaches `ratio` against every background, else the least darkened
 * version of it (mixed with black in 2% steps) that does. Hue is kept, so a green stays green.
 */
export function darkenToContrast(color: string, backgrounds: string[], ratio: number): string {
  for (let step = 0; step <= 50; step += 1) {
    const candidate = darken(color, step * 0.02);
    if (backgrounds.every((background) => contrastRatio(candidate, background) >= ratio)) return candidate;
  }
  return '#000000';
}
