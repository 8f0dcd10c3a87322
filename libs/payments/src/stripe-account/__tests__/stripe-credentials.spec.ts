import { describe, expect, it } from '@jest/globals';
import { assertWebhookSecret, maskSecretKey, maskWebhookSecret, secretKeyModeOrThrow } from '../stripe-credentials.js';

describe('Stripe credential formats', () => {
  it('reads the mode of secret and restricted keys', () => {
    expect(secretKeyModeOrThrow('sk_test_0123456789abcdef')).toBe('test');
    expect(secretKeyModeOrThrow('rk_live_0123456789abcdef')).toBe('live');
  });

  it.each(['pk_test_0123456789abcdef', 'sk_test_short', 'sk_test_0123456789 abcdef', 'sk_other_0123456789abcdef', ''])('refuses %j on secretKey', (key) => {
    expect(() => secretKeyModeOrThrow(key)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'secretKey' }));
  });

  it('refuses a webhook secret without its whsec_ prefix on webhookSecret', () => {
    expect(() => assertWebhookSecret('whsec_0123456789ab')).not.toThrow();
    expect(() => assertWebhookSecret('0123456789abcdefgh')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'webhookSecret' }));
  });

  it('masks all but the prefix and the last four characters', () => {
    expect(maskSecretKey('live', false, '1234')).toBe('sk_live_••••1234');
    expect(maskSecretKey('test', true, '9876')).toBe('rk_test_••••9876');
    expect(maskWebhookSecret('abcd')).toBe('whsec_••••abcd');
  });
});
