import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '@quartier/platform';
import { NOTIFICATION_LOCALES } from '../catalog/notification-kinds.js';
import { type BrandedEmailInput, brandedEmail, type EmailBranding, footerFor, LINK_LABELS } from '../templates/email-layout.js';

const branding: EmailBranding = {
  displayName: 'Alpine Neighborhood',
  logoUrl: 'https://cdn.alpine.example.ch/logo.png',
  primaryColor: '#0B3D91',
  accentColor: '#FFCC00',
  fontFamily: '"Source Sans Pro", Helvetica',
};

function email(overrides: Partial<BrandedEmailInput> = {}): { html: string; text: string } {
  return brandedEmail({
    subject: 'Booking confirmed',
    body: 'Hello Anna,\n\nYour booking is confirmed.\nService: Wi-Fi setup\n\nKind regards\nThe Alpine Neighborhood team',
    link: 'https://alpine.example.ch/bookings/42',
    linkLabel: 'View booking',
    locale: 'en',
    branding,
    footer: footerFor('en', 'Alpine Neighborhood'),
    ...overrides,
  });
}

describe('brandedEmail', () => {
  it('falls back to the default colours, font and no logo when the branding document lacks them', () => {
    const partial = { displayName: 'Alpine Neighborhood' } as unknown as EmailBranding;
    const { html } = email({ branding: partial });
    const { html: defaults } = email({ branding: { displayName: 'Alpine Neighborhood', logoUrl: null, primaryColor: '', accentColor: '', fontFamily: '' } });
    expect(html).toBe(defaults);
    expect(html).not.toContain('<img');
    expect(html).toContain('Alpine Neighborhood');
  });

  it('builds a complete HTML document in the recipient’s language', () => {
    const { html } = email({ locale: 'fr' });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    expect(html).toContain('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">');
    expect(html).toContain('<title>Booking confirmed</title>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain('role="presentation"');
    expect(html).not.toMatch(/<style|<link|class=/);
  });

  it('turns blank lines into paragraphs and single line breaks into <br>', () => {
    const { html } = email({ body: 'Hello Anna,\r\n\r\nLine one\nLine two\n\n\n\nLast' });
    const paragraphs = [...html.matchAll(/<p [^>]*>(.*?)<\/p>/g)].map((match) => match[1]);
    expect(paragraphs).toEqual(['Hello Anna,', 'Line one<br>Line two', 'Last']);
  });

  it('escapes markup from the body and from every value', () => {
    const script = '<script>alert(1)</script>';
    const { html, text } = email({
      subject: `Offer from ${script}`,
      body: `Hello ${script},\n\n"Quotes" & 'apostrophes'`,
      linkLabel: `Open ${script}`,
      footer: `Footer ${script}`,
      branding: { ...branding, displayName: `Evil" onerror="alert(1)` },
    });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('onerror="');
    expect(html).toContain('Hello &lt;script&gt;alert(1)&lt;/script&gt;,');
    expect(html).toContain('&quot;Quotes&quot; &amp; &#39;apostrophes&#39;');
    expect(html).toContain('alt="Evil&quot; onerror=&quot;alert(1)"');
    expect(text).toContain(`Hello ${script},`);
  });

  it('shows the logo with the site name as its text alternative', () => {
    const { html } = email();
    expect(html).toContain('<img src="https://cdn.alpine.example.ch/logo.png" alt="Alpine Neighborhood"');
  });

  it('writes the site name in the header when there is no logo, or only an unsafe one', () => {
    for (const logoUrl of [null, 'javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', 'not a url']) {
      const { html } = email({ branding: { ...branding, logoUrl } });
      expect(html).not.toContain('<img');
      expect(html).not.toMatch(/javascript:|onload/);
      expect(html).toMatch(/<span [^>]*>Alpine Neighborhood<\/span>/);
    }
  });

  it('paints the header in the primary colour and the button in the accent colour, with readable text', () => {
    const { html } = email();
    expect(html).toMatch(/<td bgcolor="#0b3d91" style="background-color:#0b3d91;[^"]*">/);
    // dark blue header: white name; yellow button: dark label
    expect(html).toMatch(/<td bgcolor="#ffcc00" style="background-color:#ffcc00;[^"]*">\n<a href="https:\/\/alpine\.example\.ch\/bookings\/42" [^>]*color:#111827;[^>]*>View booking<\/a>/);
    const noLogo = email({ branding: { ...branding, logoUrl: null } }).html;
    expect(noLogo).toMatch(/<span style="[^"]*color:#ffffff;">Alpine Neighborhood<\/span>/);
  });

  it('neutralizes colours and fonts that try to break out of the style attribute', () => {
    const { html } = email({
      branding: {
        ...branding,
        primaryColor: 'red;background:url(https://evil.example/x)',
        accentColor: '#fff" onclick="alert(1)',
        fontFamily: 'Arial;background-image:url(x)',
      },
    });
    expect(html).not.toMatch(/url\(|onclick|red;/);
    expect(html).toContain('background-color:#1f2937');
    expect(html).toContain('background-color:#2563eb');
    expect(html).toContain('font-family:Helvetica, Arial, sans-serif;');
    for (const fontFamily of ['Arial" onmouseover="x', "'Open Sans", 'Comic Sans MS}', 'expression(alert(1))']) {
      expect(brandedEmail({ ...input(), branding: { ...branding, fontFamily } }).html).toContain('font-family:Helvetica, Arial, sans-serif;');
    }
  });

  it('uses the brand font, with a fallback for clients that lack it', () => {
    expect(email().html).toContain("font-family:'Source Sans Pro', Helvetica, Arial, sans-serif;");
    expect(email({ branding: { ...branding, fontFamily: 'Georgia, serif' } }).html).toContain('font-family:Georgia, serif;');
  });

  it('adds the button only when there is a link', () => {
    const withLink = email();
    expect(withLink.html.match(/<a /g)).toHaveLength(1);
    const withoutLink = email({ link: null });
    expect(withoutLink.html).not.toContain('<a ');
    expect(withoutLink.html).not.toContain('View booking');
  });

  it('refuses a link that is not a web address', () => {
    expect(() => email({ link: 'javascript:alert(1)' })).toThrow(ValidationError);
    try {
      email({ link: 'javascript:alert(1)' });
    } catch (error) {
      expect((error as ValidationError).field).toBe('link');
    }
  });

  it('keeps an escaped link intact in the button', () => {
    const { html } = email({ link: 'https://alpine.example.ch/r?a=1&b="x"' });
    expect(html).toContain('href="https://alpine.example.ch/r?a=1&amp;b=%22x%22"');
  });

  it('gives a plain-text twin: body, then the link on its own line, then the footer', () => {
    const { text } = email();
    expect(text).toBe(
      'Hello Anna,\n\nYour booking is confirmed.\nService: Wi-Fi setup\n\nKind regards\nThe Alpine Neighborhood team\n\n' +
        'https://alpine.example.ch/bookings/42\n\n' +
        'You receive this because you use Alpine Neighborhood. Choose what you hear about in your settings.',
    );
    expect(email({ link: null }).text).not.toContain('https://');
  });

  it('ends with the footer line', () => {
    const { html } = email({ footer: footerFor('de', 'Alpine Neighborhood') });
    expect(html).toContain('>Sie erhalten diese Nachricht, weil Sie Alpine Neighborhood nutzen. In Ihren Einstellungen wählen Sie, worüber wir Sie informieren.</td>');
  });
});

describe('footerFor and LINK_LABELS', () => {
  it('explains in each language why the mail arrives and where to change it', () => {
    const footers = NOTIFICATION_LOCALES.map((locale) => footerFor(locale, 'Alpine Neighborhood'));
    expect(footers.every((footer) => footer.includes('Alpine Neighborhood'))).toBe(true);
    expect(new Set(footers).size).toBe(4);
    expect(footerFor('fr', 'Alpine')).toMatch(/^Vous recevez ce message parce que vous utilisez Alpine\./);
    expect(footerFor('it', 'Alpine')).toMatch(/^Riceve questo messaggio perché utilizza Alpine\./);
  });

  it('labels the button in each language', () => {
    expect(LINK_LABELS).toEqual({ de: 'Öffnen', fr: 'Ouvrir', it: 'Apri', en: 'Open' });
  });
});

function input(): BrandedEmailInput {
  return { subject: 'Hi', body: 'Hi', link: null, linkLabel: 'Open', locale: 'en', branding, footer: 'Footer' };
}
