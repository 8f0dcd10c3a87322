// Turns an event's typed facts into the strings a recipient reads: dates and times in the tenant's
// timezone, money in the tenant's currency, both written the way the recipient's language writes them.
import type { FactValue } from '../catalog/notification-rules.js';
import type { NotificationLocale } from '../catalog/notification-kinds.js';

/** Swiss conventions for the four languages the marketplace speaks. */
const INTL_LOCALE: Record<NotificationLocale, string> = { de: 'de-CH', fr: 'fr-CH', it: 'it-CH', en: 'en-GB' };

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const moneyFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(locale: NotificationLocale, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone });
    dateFormats.set(key, format);
  }
  return format;
}

function moneyFormat(locale: NotificationLocale, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency });
    moneyFormats.set(key, format);
  }
  return format;
}

/** Minor units → major, exact for the 0-, 2- and 3-digit currencies Intl knows. */
function toMajor(minor: number, currency: string): number {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return minor / 10 ** digits;
}

export function formatFact(value: FactValue, locale: NotificationLocale, fallbackLocale: NotificationLocale, timeZone: string): string {
  if (typeof value === 'string') return value;
  if ('date' in value) return dateFormat(locale, timeZone).format(value.date);
  if ('money' in value) return moneyFormat(locale, value.money.currency).format(toMajor(value.money.minor, value.money.currency));
  return value.localized[locale] ?? value.localized[fallbackLocale] ?? Object.values(value.localized)[0] ?? '';
}

export function formatFacts(facts: Record<string, FactValue>, locale: NotificationLocale, fallbackLocale: NotificationLocale, timeZone: string): Record<string, string> {
  return Object.fromEntries(Object.entries(facts).map(([name, value]) => [name, formatFact(value, locale, fallbackLocale, timeZone)]));
}
