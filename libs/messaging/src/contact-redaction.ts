// Until a booking is confirmed, customers and helpers talk through the site: email addresses and
// phone numbers in a message are replaced by a visible placeholder before the message is stored,
// so the original never exists anywhere to leak later. Phone numbers are found by libphonenumber
// (numbers valid for their country, in any usual writing: spaces, dots, dashes, 0041 or +41).
import { type CountryCode, findPhoneNumbersInText, isSupportedCountry } from 'libphonenumber-js/core';
// The full metadata as a JavaScript module: the validity of numbers per country, not only their length.
import metadata from 'libphonenumber-js/max/metadata';

export const CONTACT_PLACEHOLDER = '[contact hidden until booking]';

/**
 * name@example.ch, also with spaces around the sign or written "(at)"/"[at]" and "(dot)"/"[dot]".
 * The domain must end in a label of letters, so times ("@ 10.30") are left alone.
 */
const EMAIL = /[\p{L}\p{N}._%+-]+ ?(?:@|\(at\)|\[at\]) ?(?:[\p{L}\p{N}-]+ ?(?:\.|\(dot\)|\[dot\]) ?)+\p{L}{2,}/giu;

type Range = [start: number, end: number];

/**
 * The text with every email address and phone number replaced by the placeholder. Numbers written
 * without a country code are read as numbers of `defaultCountry` (the request's country).
 */
export function redactContacts(text: string, defaultCountry: string | null): { text: string; redacted: boolean } {
  const ranges: Range[] = [...text.matchAll(EMAIL)].map((match) => [match.index, match.index + match[0].length]);
  const country = defaultCountry && isSupportedCountry(defaultCountry as CountryCode, metadata) ? (defaultCountry as CountryCode) : undefined;
  for (const found of findPhoneNumbersInText(text, { defaultCountry: country }, metadata)) ranges.push([found.startsAt, found.endsAt]);
  if (ranges.length === 0) return { text, redacted: false };
  // An address can hold digits a phone number was also found in: overlapping ranges are one.
  const merged = ranges
    .sort((a, b) => a[0] - b[0])
    .reduce<Range[]>((out, range) => {
      const last = out.at(-1);
      if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
      else out.push([...range]);
      return out;
    }, []);
  let result = '';
  let at = 0;
  for (const [start, end] of merged) {
    result += text.slice(at, start) + CONTACT_PLACEHOLDER;
    at = end;
  }
  return { text: result + text.slice(at), redacted: true };
}
