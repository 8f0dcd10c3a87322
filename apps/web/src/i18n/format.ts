// Money, distances, ratings and instants for one locale, in the site's currency and time zone.
// Money arrives in integer minor units; the currency's own number of decimals turns it into a price.

export interface Formatters {
  money(minor: number, currency?: string): string;
  kilometres(km: number): string;
  stars(rating: number): string;
  /** An instant as the site's local weekday, date and time. */
  dateTime(iso: string): string;
  /** The site's local date of an instant. */
  date(iso: string): string;
  /** The site's local time of day of an instant. */
  time(iso: string): string;
  /** A length of time in minutes ("90 Minuten"). */
  minutes(count: number): string;
  /** The site's time zone as readers call it ("Central European Time"). */
  zoneName: string;
}

function zoneNameOf(tag: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat(tag, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(new Date());
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

export function createFormatters(tag: string, site: { currency: string; timezone: string }): Formatters {
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  const moneyFormat = (currency: string) => {
    let format = moneyFormats.get(currency);
    if (!format) {
      format = new Intl.NumberFormat(tag, { style: 'currency', currency });
      moneyFormats.set(currency, format);
    }
    return format;
  };
  const distance = new Intl.NumberFormat(tag, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 });
  const rating = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const instant = new Intl.DateTimeFormat(tag, { timeZone: site.timezone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  const day = new Intl.DateTimeFormat(tag, { timeZone: site.timezone, day: 'numeric', month: 'long', year: 'numeric' });
  const clock = new Intl.DateTimeFormat(tag, { timeZone: site.timezone, hour: '2-digit', minute: '2-digit' });
  const minutes = new Intl.NumberFormat(tag, { style: 'unit', unit: 'minute', unitDisplay: 'long' });
  return {
    money(minor, currency = site.currency) {
      const format = moneyFormat(currency);
      const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
      return format.format(minor / 10 ** digits);
    },
    kilometres: (km) => distance.format(km),
    stars: (value) => rating.format(value),
    dateTime: (iso) => instant.format(new Date(iso)),
    date: (iso) => day.format(new Date(iso)),
    time: (iso) => clock.format(new Date(iso)),
    minutes: (count) => minutes.format(count),
    zoneName: zoneNameOf(tag, site.timezone),
  };
}
