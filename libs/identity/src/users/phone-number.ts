// Contact phone numbers, stored in E.164 (+41791234567) so every reader shows and dials them alike.
import { type CountryCode, isSupportedCountry, parsePhoneNumberWithError } from 'libphonenumber-js/core';
// The full metadata as a JavaScript module: the validity of numbers per country, not only their length.
import metadata from 'libphonenumber-js/max/metadata';
import { ValidationError } from '@quartier/platform';

/**
 * A valid number in E.164. A number written without its country code is read as one of
 * `defaultCountry` (the site's country); without one, only international numbers are understood.
 */
export function normalizePhone(input: string, defaultCountry: string | null): string {
  const text = input.trim();
  if (text.length > 40) throw new ValidationError('phone', 'A phone number has at most 40 characters');
  const country = defaultCountry && isSupportedCountry(defaultCountry as CountryCode, metadata) ? (defaultCountry as CountryCode) : undefined;
  try {
    const number = parsePhoneNumberWithError(text, { defaultCountry: country }, metadata);
    if (number.isValid()) return number.number;
  } catch {
    // Unparseable input is answered like an invalid number below.
  }
  throw new ValidationError('phone', country ? 'Not a valid phone number' : 'Not a valid phone number; write it with its country code, e.g. +41 79 123 45 67');
}
