// Money is an integer amount of minor units and an ISO 4217 currency; never a float.
import { ValidationError } from './errors/errors.js';

export interface Money {
  readonly amountMinor: number;
  readonly currency: string;
}

const CURRENCY = /^[A-Z]{3}$/;

/** ISO 4217 codes this runtime knows; read once, as asking Intl builds the list anew each time. */
let knownCurrencies: ReadonlySet<string> | null = null;

export function isCurrency(code: string): boolean {
  if (!CURRENCY.test(code)) return false;
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies.has(code);
}

export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function money(amountMinor: number, currency: string): Money {
  if (!Number.isSafeInteger(amountMinor)) {
    throw new ValidationError('amountMinor', 'Amount must be a whole number of minor units');
  }
  if (!isCurrency(currency)) {
    throw new ValidationError('currency', `Unknown currency ${currency}`);
  }
  return Object.freeze({ amountMinor, currency });
}

/** Parses a decimal string such as "49.90" into minor units without floating point arithmetic. */
export function toMinorUnits(decimal: string, currency: string): Money {
  const digits = minorDigits(currency);
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(decimal.trim());
  if (!match || (match[3] ?? '').length > digits) {
    throw new ValidationError('amount', `"${decimal}" is not an amount in ${currency}`);
  }
  const [, sign, whole, fraction = ''] = match;
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return money(sign ? -minor : minor, currency);
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) {
    throw new ValidationError('currency', `Cannot add ${a.currency} and ${b.currency}`);
  }
  return money(a.amountMinor + b.amountMinor, a.currency);
}

export function formatMoney(value: Money, locale: string): string {
  const digits = minorDigits(value.currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency: value.currency }).format(
    value.amountMinor / 10 ** digits,
  );
}
