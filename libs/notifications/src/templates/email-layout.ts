// Wraps a rendered email in the tenant's branding: an HTML document that mail clients display the same
// way (tables, inline styles) and its plain-text twin. Every value is treated as untrusted: text is
// escaped, colours and fonts are re-checked, and only web addresses become links or images.
import { ValidationError } from '@quartier/platform';
import { NOTIFICATION_LOCALES, type NotificationLocale } from '../catalog/notification-kinds.js';

export interface EmailBranding {
  displayName: string;
  logoUrl: string | null;
  primaryColor: string;
  accentColor: string;
  fontFamily: string;
}

export interface BrandedEmailInput {
  subject: string;
  /** Plain text: blank lines separate paragraphs, single line breaks stay line breaks. */
  body: string;
  link: string | null;
  linkLabel: string;
  locale: NotificationLocale;
  branding: EmailBranding;
  footer: string;
}

/** The button's words when a kind has none of its own (see defaultLinkLabel). */
export const LINK_LABELS: Readonly<Record<NotificationLocale, string>> = Object.freeze({
  de: 'Öffnen',
  fr: 'Ouvrir',
  it: 'Apri',
  en: 'Open',
});

const FOOTERS: Readonly<Record<NotificationLocale, (siteName: string) => string>> = {
  de: (siteName) => `Sie erhalten diese Nachricht, weil Sie ${siteName} nutzen. In Ihren Einstellungen wählen Sie, worüber wir Sie informieren.`,
  fr: (siteName) => `Vous recevez ce message parce que vous utilisez ${siteName}. Dans vos paramètres, vous choisissez les messages que vous recevez.`,
  it: (siteName) => `Riceve questo messaggio perché utilizza ${siteName}. Nelle impostazioni può scegliere quali messaggi ricevere.`,
  en: (siteName) => `You receive this because you use ${siteName}. Choose what you hear about in your settings.`,
};

export function footerFor(locale: NotificationLocale, siteName: string): string {
  return FOOTERS[knownLocale(locale)](siteName);
}

const DEFAULT_PRIMARY = '#1f2937';
const DEFAULT_ACCENT = '#2563eb';
const DEFAULT_FONT = 'Helvetica, Arial, sans-serif';
const TEXT_COLOR = '#1f2937';
const MUTED_COLOR = '#6b7280';
const DARK_ON_LIGHT = '#111827';
const LIGHT_ON_DARK = '#ffffff';

export function brandedEmail(input: BrandedEmailInput): { html: string; text: string } {
  const link = input.link === null ? null : webAddress(input.link);
  if (input.link !== null && link === null) throw new ValidationError('link', 'The link must be a web address starting with https:// or http://');

  // A branding document written before a field existed (or by hand) may lack it: the default applies.
  const primary = safeColor(input.branding.primaryColor ?? '', DEFAULT_PRIMARY);
  const accent = safeColor(input.branding.accentColor ?? '', DEFAULT_ACCENT);
  const font = safeFontFamily(input.branding.fontFamily ?? '');
  const logoUrl = input.branding.logoUrl ? webAddress(input.branding.logoUrl) : null;
  const body = normalizeLineBreaks(input.body).trim();

  const html = [
    '<!DOCTYPE html>',
    `<html lang="${knownLocale(input.locale)}">`,
    '<head>',
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="x-apple-disable-message-reformatting">',
    '<meta name="color-scheme" content="light">',
    `<title>${escapeHtml(input.subject)}</title>`,
    '</head>',
    `<body style="margin:0;padding:0;background-color:#f3f4f6;font-family:${font};">`,
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f3f4f6" style="background-color:#f3f4f6;">',
    '<tr><td align="center" style="padding:24px 12px;">',
    '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;">',
    header(input.branding.displayName, logoUrl, primary, font),
    '<tr><td bgcolor="#ffffff" style="background-color:#ffffff;padding:32px;border-radius:0 0 8px 8px;">',
    `<h1 style="margin:0 0 24px;font-family:${font};font-size:22px;line-height:30px;font-weight:bold;color:${TEXT_COLOR};">${escapeHtml(input.subject)}</h1>`,
    ...paragraphsOf(body).map(
      (lines) => `<p style="margin:0 0 16px;font-family:${font};font-size:16px;line-height:24px;color:${TEXT_COLOR};">${lines.map(escapeHtml).join('<br>')}</p>`,
    ),
    link === null ? '' : button(link, input.linkLabel, accent, font),
    '</td></tr>',
    `<tr><td style="padding:16px 32px;font-family:${font};font-size:12px;line-height:18px;color:${MUTED_COLOR};text-align:center;">${escapeHtml(input.footer)}</td></tr>`,
    '</table>',
    '</td></tr>',
    '</table>',
    '</body>',
    '</html>',
  ]
    .filter((line) => line !== '')
    .join('\n');

  const text = [body, ...(link === null ? [] : [link]), input.footer].join('\n\n');
  return { html, text };
}

function header(displayName: string, logoUrl: string | null, primary: string, font: string): string {
  const ink = readableOn(primary);
  const content =
    logoUrl === null
      ? `<span style="font-family:${font};font-size:22px;line-height:30px;font-weight:bold;color:${ink};">${escapeHtml(displayName)}</span>`
      : // The alt text is styled like the name so a client that blocks images still shows the brand.
        `<img src="${escapeHtml(logoUrl)}" alt="${escapeHtml(displayName)}" height="40" style="display:block;height:40px;width:auto;max-width:240px;border:0;outline:none;text-decoration:none;font-family:${font};font-size:22px;font-weight:bold;color:${ink};">`;
  return `<tr><td bgcolor="${primary}" style="background-color:${primary};padding:20px 32px;border-radius:8px 8px 0 0;">${content}</td></tr>`;
}

/** A table-cell button: Outlook ignores padding on links, so the coloured cell carries the shape. */
function button(link: string, label: string, accent: string, font: string): string {
  return [
    '<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 8px;">',
    `<tr><td bgcolor="${accent}" style="background-color:${accent};border-radius:6px;">`,
    `<a href="${escapeHtml(link)}" target="_blank" style="display:inline-block;padding:12px 24px;font-family:${font};font-size:16px;line-height:20px;font-weight:bold;color:${readableOn(accent)};text-decoration:none;border-radius:6px;">${escapeHtml(label)}</a>`,
    '</td></tr>',
    '</table>',
  ].join('\n');
}

function paragraphsOf(body: string): string[][] {
  return body
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => paragraph.split('\n'));
}

function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/** Only #rgb or #rrggbb reaches a style attribute; anything else falls back to Quartier's colour. */
function safeColor(value: string, fallback: string): string {
  return /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value) ? value.toLowerCase() : fallback;
}

const FONT_NAME = /^(?:'[A-Za-z0-9 -]{1,60}'|[A-Za-z][A-Za-z0-9 -]{0,59})$/;
const GENERIC_FAMILIES = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui']);

/**
 * Font names, quoted or not, separated by commas: no semicolon, colon, parenthesis or double quote can
 * reach the style attribute. A generic family is appended so clients without the font stay readable.
 */
function safeFontFamily(value: string): string {
  const names = value
    .replace(/"/g, "'")
    .split(',')
    .map((name) => name.trim());
  if (names.length === 0 || names.length > 8 || !names.every((name) => FONT_NAME.test(name))) return DEFAULT_FONT;
  const last = names[names.length - 1]?.toLowerCase() ?? '';
  return GENERIC_FAMILIES.has(last) ? names.join(', ') : [...names, 'Arial', 'sans-serif'].join(', ');
}

function webAddress(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Dark or white text, whichever contrasts more with `background` (WCAG relative luminance). */
function readableOn(background: string): string {
  const contrastWithWhite = 1.05 / (luminance(background) + 0.05);
  const contrastWithDark = (luminance(background) + 0.05) / (luminance(DARK_ON_LIGHT) + 0.05);
  return contrastWithWhite >= contrastWithDark ? LIGHT_ON_DARK : DARK_ON_LIGHT;
}

function luminance(hex: string): number {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((digit) => digit + digit).join('') : hex.slice(1);
  const [red, green, blue] = [0, 2, 4].map((offset) => {
    const channel = Number.parseInt(digits.slice(offset, offset + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (red ?? 0) + 0.7152 * (green ?? 0) + 0.0722 * (blue ?? 0);
}

function knownLocale(locale: NotificationLocale): NotificationLocale {
  return NOTIFICATION_LOCALES.includes(locale) ? locale : 'en';
}
