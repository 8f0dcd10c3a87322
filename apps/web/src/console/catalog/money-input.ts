// The fixed prices the pricing policy allows a service, as the API checks them (amounts typed in the
// catalog's forms go through i18n/money.ts).

/**
 * The fixed prices allowed for a duration: the policy's hourly bounds times the duration, rounded
 * half up, as the API checks them.
 */
export function fixedPriceBounds(hourly: { minMinor: number; maxMinor: number }, minutes: number): { minMinor: number; maxMinor: number } {
  const forDuration = (rate: number) => Math.floor((rate * minutes + 30) / 60);
  return { minMinor: Math.max(1, forDuration(hourly.minMinor)), maxMinor: forDuration(hourly.maxMinor) };
}
