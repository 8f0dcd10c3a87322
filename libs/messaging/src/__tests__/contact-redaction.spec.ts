// Contact redaction on its own: what a customer or helper would write to pass their details, and
// the everyday numbers (prices, times, dates, postal codes) that must stay readable.
import { describe, expect, it } from '@jest/globals';
import { CONTACT_PLACEHOLDER, redactContacts } from '../contact-redaction.js';

const HIDDEN = CONTACT_PLACEHOLDER;

describe('redactContacts', () => {
  it.each([
    ['Call 079 123 45 67 tonight', `Call ${HIDDEN} tonight`],
    ['+41 79 123 45 67', HIDDEN],
    ['0041791234567 or (079) 123 45 67', `${HIDDEN} or ${HIDDEN}`],
    ['phone: 079.123.45.67!', `phone: ${HIDDEN}!`],
    ['spelled out 0 7 9 1 2 3 4 5 6 7', `spelled out ${HIDDEN}`],
    ['my German line +49 30 1234567', `my German line ${HIDDEN}`],
    ['write to anna.muster@gmail.com.', `write to ${HIDDEN}.`],
    ['anna (at) gmail (dot) com', HIDDEN],
    ['Anna @ Example.CH', HIDDEN],
    ['both in one: a0791234567@x.ch', `both in one: ${HIDDEN}`],
  ])('hides the contact in %j', (text, expected) => {
    expect(redactContacts(text, 'CH')).toEqual({ text: expected, redacted: true });
  });

  it.each([
    'CHF 49.00 per hour, 8001 Zürich',
    'on 12.05.2026 between 09:00-12:00',
    'meet @ 10.30 at the door',
    'order 2026-05-12, reference 123456789',
    'the router is a TP-Link AX1500',
  ])('leaves %j as written', (text) => {
    expect(redactContacts(text, 'CH')).toEqual({ text, redacted: false });
  });

  it('reads numbers without a country code as numbers of the request’s country', () => {
    // A Swiss mobile number is no valid German number written nationally, and the other way round.
    expect(redactContacts('030 1234567', 'DE').redacted).toBe(true);
    expect(redactContacts('030 1234567', 'CH').redacted).toBe(false);
    expect(redactContacts('+49 30 1234567', null).redacted).toBe(true);
  });
});
