// A helper's price for a service as read: per hour, fixed, or on quote.
import type { Formatters } from '../i18n/format';
import type { Messages } from '../i18n/messages';

export interface PriceOf {
  pricingMode: 'FIXED' | 'HOURLY' | 'QUOTE';
  priceMinor: number | null;
  currency: string;
}

export function priceText(price: PriceOf, t: Messages, format: Formatters): string {
  if (price.pricingMode === 'QUOTE' || price.priceMinor === null) return t.onQuote;
  const amount = format.money(price.priceMinor, price.currency);
  return price.pricingMode === 'HOURLY' ? t.perHour(amount) : t.fixedPrice(amount);
}
