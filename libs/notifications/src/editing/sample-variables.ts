// Believable values for previewing a template: every variable a kind may use, written the way a real
// message in that language would show it (dates in the site's timezone, money in its currency).
import { COMMON_VARIABLES, type NotificationLocale, variablesOf } from '../catalog/notification-kinds.js';
import type { FactValue } from '../catalog/notification-rules.js';
import { formatFact } from '../fan-out/format-facts.js';

const DAY_MS = 86_400_000;

/** Today's date at 14:00 UTC plus `days`: a round time that reads like a real booking. */
function daysFrom(now: Date, days: number): Date {
  const at = new Date(now.getTime() + days * DAY_MS);
  at.setUTCHours(14, 0, 0, 0);
  return at;
}

function sampleFacts(now: Date, currency: string): Record<string, FactValue> {
  return {
    recipientName: 'Anna Meier',
    helperName: 'Luca Bernasconi',
    customerName: 'Anna Meier',
    otherPartyName: 'Luca Bernasconi',
    senderName: 'Luca Bernasconi',
    messageExcerpt: {
      localized: {
        de: 'Guten Tag, ich bringe eine Leiter mit. Gibt es vor dem Haus einen Parkplatz?',
        fr: 'Bonjour, j’apporte une échelle. Y a-t-il une place de parc devant la maison ?',
        it: 'Buongiorno, porto una scala. C’è un parcheggio davanti alla casa?',
        en: 'Hello, I will bring a ladder. Is there somewhere to park in front of the house?',
      },
    },
    serviceName: { localized: { de: 'Fensterreinigung', fr: 'Nettoyage de vitres', it: 'Pulizia delle finestre', en: 'Window cleaning' } },
    price: { money: { minor: 8400, currency } },
    amount: { money: { minor: 8400, currency } },
    startsAt: { date: daysFrom(now, 3) },
    reviewUntil: { date: daysFrom(now, 14) },
    arrivalDate: { date: daysFrom(now, 2) },
    postalCode: '8004',
    receiptNumber: 'QR-0193A1B2-C3D4E5',
    requestReference: 'C3D4E5F6',
    wantedFrom: { date: daysFrom(now, 1) },
    openUntil: { date: daysFrom(now, 0) },
    postalArea: '80xx',
    requestCount: '12',
    rewardName: { localized: { de: 'Kinogutschein', fr: 'Bon de cinéma', it: 'Buono per il cinema', en: 'Cinema voucher' } },
    points: '300',
    levelName: { localized: { de: 'Silber', fr: 'Argent', it: 'Argento', en: 'Silver' } },
    previousLevelName: { localized: { de: 'Bronze', fr: 'Bronze', it: 'Bronzo', en: 'Bronze' } },
    // The preview shows the wording for a call; an operator reads the visit's wording beside it in the {{else}}.
    byCall: 'yes',
    note: {
      localized: {
        de: 'Der Router ist defekt und muss vor Ort ersetzt werden.',
        fr: 'Le routeur est défectueux et doit être remplacé sur place.',
        it: 'Il router è guasto e va sostituito sul posto.',
        en: 'The router is faulty and needs replacing on site.',
      },
    },
    reason: {
      localized: {
        de: 'Die Unterlagen sind unvollständig.',
        fr: 'Les documents sont incomplets.',
        it: 'I documenti sono incompleti.',
        en: 'The documents are incomplete.',
      },
    },
  };
}

export function sampleVariables(input: {
  kind: string;
  locale: NotificationLocale;
  now: Date;
  timeZone: string;
  currency: string;
  siteName: string;
  link: string;
}): Record<string, string> {
  const facts = sampleFacts(input.now, input.currency);
  const values: Record<string, string> = {};
  for (const name of variablesOf(input.kind)) {
    if ((COMMON_VARIABLES as readonly string[]).includes(name)) continue;
    const fact = facts[name];
    // A variable added to the catalog without a sample still shows where it lands.
    values[name] = fact === undefined ? `[${name}]` : formatFact(fact, input.locale, input.locale, input.timeZone);
  }
  return { ...values, siteName: input.siteName, recipientName: 'Anna Meier', link: input.link };
}
