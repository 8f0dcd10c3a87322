// A site's branding applied at boot as CSS custom properties on :root, so one build looks like every
// tenant. Colors come from the operator, so the text drawn on or with them is chosen for contrast
// (WCAG AA) here rather than trusted.

export interface Branding {
  displayName: string;
  logoUrl: string | null;
  primaryColor: string;
  accentColor: string;
  fontFamily: string;
}

type Rgb = [number, number, number];

const WHITE: Rgb = [255, 255, 255];
const INK: Rgb = [26, 26, 26];
const AA_TEXT = 4.5;

function parseHex(hex: string): Rgb | null {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) return null;
  const value = parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** White or ink, whichever reads better on the color. */
function textOn(color: Rgb): Rgb {
  return contrast(color, WHITE) >= contrast(color, INK) ? WHITE : INK;
}

/** The color darkened just enough to be read as text on white. */
function readableOnWhite(color: Rgb): Rgb {
  let shade = color;
  for (let step = 0; step < 20 && contrast(shade, WHITE) < AA_TEXT; step++) {
    shade = shade.map((channel) => channel * 0.9) as Rgb;
  }
  return shade;
}

export function themeProperties(branding: Branding): Record<string, string> {
  const primary = parseHex(branding.primaryColor) ?? [31, 75, 153];
  const accent = parseHex(branding.accentColor) ?? [242, 169, 0];
  return {
    '--q-primary': toHex(primary),
    '--q-on-primary': toHex(textOn(primary)),
    '--q-primary-text': toHex(readableOnWhite(primary)),
    '--q-accent': toHex(accent),
    '--q-on-accent': toHex(textOn(accent)),
    '--q-font': branding.fontFamily,
  };
}

export function applyTheme(branding: Branding, root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(themeProperties(branding))) root.style.setProperty(name, value);
}
