// Amounts as people type and read them in a form, kept as integer minor units of the site's currency:
// parsed from the digits, never through a float, so 19.90 is 1990 and never 1989.

/** How many decimals the currency has (CHF 2, JPY 0). */
export function minorDigitsOf(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * A typed amount in major units ("45", "72,50", "1’250.05") as minor units; null when it is not one, or
 * has more decimals than the currency (an amount is never rounded behind the typist's back).
 */
export function amountToMinor(text: string, currency: string): number | null {
  const digits = minorDigitsOf(currency);
  const match = /^(\d{1,9})(?:[.,](\d*))?$/.exec(text.trim().replace(/['’\s]/g, ''));
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

/** Minor units as a form field shows the amount ("4500" → "45.00"). */
export function minorToAmountText(minor: number, currency: string): string {
  const digits = minorDigitsOf(currency);
  if (digits === 0) return String(minor);
  const whole = Math.floor(minor / 10 ** digits);
  const fraction = String(minor % 10 ** digits).padStart(digits, '0');
  return `${whole}.${fraction}`;
}
