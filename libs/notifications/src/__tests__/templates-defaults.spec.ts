import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '@quartier/platform';
import { NOTIFICATION_KINDS, NOTIFICATION_LOCALES, type NotificationLocale, USER_CHANNELS, variablesOf } from '../catalog/notification-kinds.js';
import { defaultLinkLabel, defaultTemplate } from '../templates/default-templates.js';
import { renderTemplate } from '../templates/template-renderer.js';
import { validateTemplate } from '../templates/template-validation.js';

const every = NOTIFICATION_KINDS.flatMap(({ kind }) => USER_CHANNELS.flatMap((channel) => NOTIFICATION_LOCALES.map((locale) => [kind, channel, locale] as const)));

/** Values as long as real ones tend to be, already formatted the way the sender formats them. */
const typical: Record<NotificationLocale, Record<string, string>> = {
  de: {
    startsAt: 'Di., 14. Mai, 14:30',
    reviewUntil: '21. Mai 2025',
    arrivalDate: '16. Mai 2025',
    serviceName: 'WLAN einrichten',
    wantedFrom: 'Mittwoch, 17. September um 14:30',
    openUntil: 'Mittwoch, 17. September um 17:00',
    rewardName: 'Shop-Gutschein 50',
    levelName: 'Bester Freund',
  },
  fr: {
    startsAt: 'mar. 14 mai, 14:30',
    reviewUntil: '21 mai 2025',
    arrivalDate: '16 mai 2025',
    serviceName: 'Installation Wi-Fi',
    wantedFrom: 'mercredi 17 septembre à 14:30',
    openUntil: 'mercredi 17 septembre à 17:00',
    rewardName: 'Bon boutique 50',
    levelName: 'Meilleur ami',
  },
  it: {
    startsAt: 'mar 14 mag, 14:30',
    reviewUntil: '21 mag 2025',
    arrivalDate: '16 mag 2025',
    serviceName: 'Configurare il Wi-Fi',
    wantedFrom: 'mercoledì 17 settembre alle ore 14:30',
    openUntil: 'mercoledì 17 settembre alle ore 17:00',
    rewardName: 'Buono negozio 50',
    levelName: 'Miglior amico',
  },
  en: {
    startsAt: 'Tue 14 May, 14:30',
    reviewUntil: '21 May 2025',
    arrivalDate: '16 May 2025',
    serviceName: 'Wi-Fi setup',
    wantedFrom: 'Wednesday 17 September at 14:30',
    openUntil: 'Wednesday 17 September at 17:00',
    rewardName: 'Shop voucher 50',
    levelName: 'Best Friend',
  },
};
const common = {
  siteName: 'Alpine Neighborhood',
  recipientName: 'Anna Müller',
  link: 'https://alpine.quartier.ch/r/7F3K2Q',
  helperName: 'Marco Rossi',
  customerName: 'Lea Meier',
  otherPartyName: 'Marco Rossi',
  senderName: 'Marco Rossi',
  // People write outside GSM-7 (an emoji), so no SMS text may carry the excerpt.
  messageExcerpt: 'Grüezi, ich komme gern um 14 Uhr und bringe eine Leiter mit. Gibt es vor dem Haus einen Parkplatz? 🙂',
  postalCode: '8004',
  price: 'CHF 45.00',
  amount: 'CHF 120.50',
  receiptNumber: 'Q-2025-000123',
  requestReference: 'REQ-7F3K2',
  reason: 'No helper answered within 3 hours',
  postalArea: '80xx',
  requestCount: '12',
  points: '2500',
  previousLevelName: 'Gold',
  // A helper's own words after a call, outside GSM-7 like a conversation's, so no SMS text may carry it either.
  note: 'Der Router ist defekt 🙁 und muss vor Ort ersetzt werden; bitte ein neues Gerät mitbringen.',
};
const valuesFor = (locale: NotificationLocale): Record<string, string> => ({ ...common, ...typical[locale] });
/** The same values for help that starts with a call. */
const byCallFor = (locale: NotificationLocale): Record<string, string> => ({ ...valuesFor(locale), byCall: 'yes' });

// GSM 03.38 basic alphabet: text made only of these goes out as 7-bit, 160 characters per segment.
const GSM_7 = new Set([
  ...'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
]);

describe('default templates', () => {
  it.each(every)('%s by %s in %s exists and passes the operators’ own validation', (kind, channel, locale) => {
    const text = defaultTemplate(kind, channel, locale);
    expect(text.body.trim()).not.toBe('');
    if (channel === 'sms') expect(text.subject).toBeNull();
    else expect(text.subject?.trim()).toBeTruthy();
    expect(() => validateTemplate({ kind, channel, subject: text.subject, body: text.body })).not.toThrow();
  });

  it.each(every)('%s by %s in %s leaves no placeholder behind when filled, for a visit and for a call', (kind, channel, locale) => {
    for (const values of [valuesFor(locale), byCallFor(locale)]) {
      const rendered = renderTemplate(defaultTemplate(kind, channel, locale), values);
      expect(`${rendered.subject ?? ''} ${rendered.body}`).not.toMatch(/\{\{|\}\}/);
    }
  });

  it.each(every.filter(([, channel]) => channel === 'sms'))('%s by %s in %s fits one 160-character text message, for a visit and for a call', (kind, _channel, locale) => {
    for (const values of [valuesFor(locale), byCallFor(locale)]) {
      const { body } = renderTemplate(defaultTemplate(kind, 'sms', locale), values);
      expect([...body].filter((character) => !GSM_7.has(character))).toEqual([]);
      expect(body.length).toBeLessThanOrEqual(160);
    }
  });

  it('is written in each language, not copied from English', () => {
    for (const [kind, channel, locale] of every.filter(([, , locale]) => locale !== 'en')) {
      expect(defaultTemplate(kind, channel, locale).body).not.toBe(defaultTemplate(kind, channel, 'en').body);
    }
  });

  it('writes German the Swiss way, with "ss" and the formal "Sie"', () => {
    for (const [kind, channel] of every.filter(([, , locale]) => locale === 'de')) {
      const { subject, body } = defaultTemplate(kind, channel, 'de');
      expect(`${subject ?? ''} ${body}`).not.toMatch(/ß|\b(du|dein|deine|dich|dir)\b/i);
    }
    expect(defaultTemplate('booking.confirmed', 'email', 'de').body).toContain('Freundliche Grüsse');
  });

  it('mentions the reason for a rejection only when there is one', () => {
    const text = defaultTemplate('application.rejected', 'email', 'en');
    const withReason = renderTemplate(text, { ...valuesFor('en'), reason: 'Your documents expired' }).body;
    const without = renderTemplate(text, { ...valuesFor('en'), reason: '' }).body;
    expect(withReason).toContain('at this time.\n\nReason: Your documents expired\n\nIf you have questions');
    expect(without).toContain('at this time.\n\nIf you have questions');
    expect(without).not.toContain('Reason');
  });

  it('lists an escalation’s reason under its details', () => {
    const body = renderTemplate(defaultTemplate('request.escalated', 'email', 'de'), valuesFor('de')).body;
    expect(body).toContain('Postleitzahl: 8004\nGrund: No helper answered within 3 hours\n\nBitte prüfen Sie');
  });

  it('asks a helper offered a request to answer by when the offer lapses, and leaves that out when unknown', () => {
    const sms = defaultTemplate('dispatch.offer', 'sms', 'en');
    expect(renderTemplate(sms, valuesFor('en')).body).toBe(
      'Alpine Neighborhood: New request Wi-Fi setup in 8004. Reply by Wednesday 17 September at 17:00: https://alpine.quartier.ch/r/7F3K2Q',
    );
    expect(renderTemplate(sms, { ...valuesFor('en'), openUntil: '' }).body).toBe('Alpine Neighborhood: New request Wi-Fi setup in 8004. Reply: https://alpine.quartier.ch/r/7F3K2Q');
    const email = renderTemplate(defaultTemplate('dispatch.offer', 'email', 'de'), { ...valuesFor('de'), wantedFrom: '' }).body;
    expect(email).toContain('Postleitzahl: 8004\nOffen bis: Mittwoch, 17. September um 17:00\n\nWer zuerst zusagt');
    expect(email).not.toContain('Gewünscht ab');
  });

  it('tells a helper their points came back with a turned-down reward, and why only when there is a reason', () => {
    const text = defaultTemplate('redemption.rejected', 'email', 'fr');
    const withReason = renderTemplate(text, { ...valuesFor('fr'), reason: 'Article épuisé' }).body;
    const without = renderTemplate(text, { ...valuesFor('fr'), reason: '' }).body;
    expect(withReason).toContain('cette fois-ci.\n\nMotif : Article épuisé\n\nVos 2500 points ont été recrédités');
    expect(without).toContain('cette fois-ci.\n\nVos 2500 points ont été recrédités');
    expect(renderTemplate(defaultTemplate('redemption.rejected', 'in_app', 'it'), { ...valuesFor('it'), reason: '' }).body).toBe('I Suoi 2500 punti Le sono stati restituiti.');
  });

  it('names the level a helper left only when it is known', () => {
    const text = defaultTemplate('level.reached', 'in_app', 'de');
    expect(renderTemplate(text, valuesFor('de')).body).toBe('Herzlichen Glückwunsch! Sie sind von Gold zur Stufe Bester Freund aufgestiegen.');
    expect(renderTemplate(text, { ...valuesFor('de'), previousLevelName: '' }).body).toBe('Herzlichen Glückwunsch! Sie sind zur Stufe Bester Freund aufgestiegen.');
  });

  it('uses every variable of a kind somewhere in its shipped texts, in every language', () => {
    for (const { kind, variables } of NOTIFICATION_KINDS) {
      for (const locale of NOTIFICATION_LOCALES) {
        const texts = USER_CHANNELS.map((channel) => defaultTemplate(kind, channel, locale))
          .map(({ subject, body }) => `${subject ?? ''} ${body}`)
          .join(' ');
        // A switch like byCall is never shown, only tested: {{#if byCall}} uses it.
        const unused = variables.filter((name) => !texts.includes(`{{${name}}}`) && !texts.includes(`{{#if ${name}}}`));
        expect([kind, locale, unused]).toEqual([kind, locale, []]);
      }
    }
  });

  it('tells the customer the helper will call for help by call, and will come by for a visit', () => {
    const inApp = defaultTemplate('booking.confirmed', 'in_app', 'en');
    expect(renderTemplate(inApp, byCallFor('en')).body).toBe('Marco Rossi will call you about “Wi-Fi setup” on Tue 14 May, 14:30.');
    expect(renderTemplate(inApp, valuesFor('en')).body).toBe('Marco Rossi will help you with “Wi-Fi setup” on Tue 14 May, 14:30.');
    const email = defaultTemplate('booking.confirmed', 'email', 'de');
    expect(renderTemplate(email, byCallFor('de')).body).toContain('Marco Rossi ruft Sie zur vereinbarten Zeit an');
    expect(renderTemplate(email, byCallFor('de')).body).not.toContain('kommt zur vereinbarten Zeit zu Ihnen');
    expect(renderTemplate(email, valuesFor('de')).body).toContain('Marco Rossi kommt zur vereinbarten Zeit zu Ihnen.');
    expect(renderTemplate(defaultTemplate('appointment.reminder', 'sms', 'fr'), byCallFor('fr')).body).toBe(
      'Rappel Alpine Neighborhood : Marco Rossi vous appellera le mar. 14 mai, 14:30 pour Installation Wi-Fi. Gardez votre téléphone à portée de main.',
    );
  });

  it('tells the helper to call the customer, with the phone number on the job page, and that an offered call needs no travel', () => {
    const assigned = renderTemplate(defaultTemplate('booking.assigned', 'in_app', 'en'), byCallFor('en'));
    expect(assigned).toEqual({ subject: 'New call: Wi-Fi setup', body: 'Call Lea Meier on Tue 14 May, 14:30 (CHF 45.00); the phone number is on the job page.' });
    expect(renderTemplate(defaultTemplate('job.reminder', 'email', 'it'), byCallFor('it')).body).toContain('trova il numero di telefono del cliente nella pagina dell’incarico');
    const offer = renderTemplate(defaultTemplate('dispatch.offer', 'email', 'en'), byCallFor('en'));
    expect(offer.subject).toBe('New request: call a customer about Wi-Fi setup');
    expect(offer.body).toContain('It is a call: no travel needed.');
    expect(offer.body).not.toContain('near you');
    expect(renderTemplate(defaultTemplate('dispatch.offer', 'sms', 'en'), byCallFor('en')).body).toBe(
      'Alpine Neighborhood: New request by call (no travel): Wi-Fi setup. Reply by Wednesday 17 September at 17:00: https://alpine.quartier.ch/r/7F3K2Q',
    );
  });

  it('tells the customer a call needs a visit, with the helper’s note only when there is one, and never in a text message', () => {
    const email = defaultTemplate('visit.needed', 'email', 'en');
    expect(renderTemplate(email, { ...valuesFor('en'), note: 'The router needs replacing' }).body).toContain(
      'needs someone on site.\n\nNote from Marco Rossi: The router needs replacing\n\nWe are now finding a helper to come by, at the price already agreed.',
    );
    expect(renderTemplate(email, { ...valuesFor('en'), note: '' }).body).toContain('needs someone on site.\n\nWe are now finding a helper');
    const inApp = defaultTemplate('visit.needed', 'in_app', 'fr');
    expect(renderTemplate(inApp, { ...valuesFor('fr'), note: '' }).body).not.toContain('Note');
    expect(renderTemplate(inApp, { ...valuesFor('fr'), note: 'Routeur à changer' }).body).toMatch(/ Note : Routeur à changer$/);
    for (const locale of NOTIFICATION_LOCALES) expect(defaultTemplate('visit.needed', 'sms', locale).body).not.toContain('{{note}}');
  });

  it('hands out a copy that callers may change', () => {
    const text = defaultTemplate('payout.paid', 'email', 'fr');
    text.body = 'changed';
    expect(defaultTemplate('payout.paid', 'email', 'fr').body).not.toBe('changed');
  });

  it('has a button label per kind in every language', () => {
    expect(defaultLinkLabel('review.requested', 'en')).toBe('Write a review');
    expect(defaultLinkLabel('review.requested', 'de')).toBe('Bewertung schreiben');
    for (const { kind } of NOTIFICATION_KINDS) {
      const labels = NOTIFICATION_LOCALES.map((locale) => defaultLinkLabel(kind, locale));
      expect(labels.every((label) => label.trim().length > 0 && label.length <= 30)).toBe(true);
      expect(new Set(labels).size).toBe(NOTIFICATION_LOCALES.length);
    }
  });

  it('refuses a kind, channel or locale Quartier does not know', () => {
    const fieldOf = (run: () => unknown): string | undefined => {
      try {
        run();
        return undefined;
      } catch (error) {
        return error instanceof ValidationError ? error.field : `unexpected ${String(error)}`;
      }
    };
    expect(fieldOf(() => defaultTemplate('booking.teleported', 'email', 'en'))).toBe('kind');
    expect(fieldOf(() => defaultTemplate('booking.confirmed', 'fax' as never, 'en'))).toBe('channel');
    expect(fieldOf(() => defaultTemplate('booking.confirmed', 'constructor' as never, 'en'))).toBe('channel');
    expect(fieldOf(() => defaultTemplate('booking.confirmed', 'email', 'rm' as never))).toBe('locale');
    expect(fieldOf(() => defaultLinkLabel('booking.teleported', 'en'))).toBe('kind');
  });

  it('uses only the variables of its kind (the catalog is the contract)', () => {
    for (const [kind, channel, locale] of every) {
      const { subject, body } = defaultTemplate(kind, channel, locale);
      const used = [...`${subject ?? ''}${body}`.matchAll(/\{\{(?:#if |#unless )?([A-Za-z]+)\}\}/g)].map((match) => match[1]);
      expect(used.filter((name) => name !== undefined && name !== 'else' && !variablesOf(kind).includes(name))).toEqual([]);
    }
  });
});
