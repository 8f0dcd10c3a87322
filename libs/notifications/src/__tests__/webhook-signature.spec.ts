import { createHmac } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '@quartier/platform';
import { newWebhookSecret, signWebhook, verifyWebhookSignature, WEBHOOK_DELIVERY_HEADER, WEBHOOK_EVENT_HEADER, WEBHOOK_SIGNATURE_HEADER } from '../channels/webhook-signature.js';

const SECRET = 'whsec_3kXw1QmB0yJc7u5o9tVd2hRnZ4pLaE8sFgT6iMbYqC0';
const T = 1_767_225_600;
// The example of docs/webhooks.md, byte for byte: an integration that reproduces its signature is right.
const DOC_BODY =
  '{"id":"0194d2b0-8c1a-7f00-9a3e-5b2c7d1e4f60","type":"booking.confirmed","createdAt":"2026-01-01T00:00:00.000Z","tenant":"alpine","data":{"city":"Zürich"}}';
const DOC_SIGNATURE = 'd7c90480aa8d37ae863dc6a2234455bff0bfef3864d76aa402575ca619113174';

const atT = (offsetSeconds = 0) => (T + offsetSeconds) * 1000;

describe('webhook signatures', () => {
  it('names the headers receivers read', () => {
    expect([WEBHOOK_SIGNATURE_HEADER, WEBHOOK_DELIVERY_HEADER, WEBHOOK_EVENT_HEADER]).toEqual(['Quartier-Signature', 'Quartier-Delivery', 'Quartier-Event']);
  });

  it('produces the documented example signature', () => {
    expect(signWebhook(SECRET, T, DOC_BODY)).toBe(`t=${T},v1=${DOC_SIGNATURE}`);
  });

  it('follows the documented steps: HMAC-SHA256 keyed with the whole secret over "<t>.<body>" as UTF-8, in lower-case hex', () => {
    const body = JSON.stringify({ id: 'evt_1', data: { note: 'Grüezi 👋' } });
    const byHand = createHmac('sha256', Buffer.from(SECRET, 'utf8'))
      .update(Buffer.concat([Buffer.from(String(T), 'ascii'), Buffer.from('.', 'ascii'), Buffer.from(body, 'utf8')]))
      .digest('hex');
    expect(signWebhook(SECRET, T, body)).toBe(`t=${T},v1=${byHand}`);
  });

  it('verifies what it signed', () => {
    const header = signWebhook(SECRET, T, DOC_BODY);
    expect(verifyWebhookSignature({ header, body: DOC_BODY, secret: SECRET, now: atT(42) })).toEqual({ ok: true });
  });

  it('refuses a body changed after signing, even by one space', () => {
    const header = signWebhook(SECRET, T, DOC_BODY);
    expect(verifyWebhookSignature({ header, body: DOC_BODY.replace('Zürich', 'Zurich'), secret: SECRET, now: atT() })).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifyWebhookSignature({ header, body: `${DOC_BODY} `, secret: SECRET, now: atT() })).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('refuses a signature made with another secret', () => {
    const header = signWebhook(newWebhookSecret(), T, DOC_BODY);
    expect(verifyWebhookSignature({ header, body: DOC_BODY, secret: SECRET, now: atT() })).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('refuses a timestamp moved to make an old request look fresh', () => {
    const header = signWebhook(SECRET, T, DOC_BODY).replace(`t=${T}`, `t=${T + 3600}`);
    expect(verifyWebhookSignature({ header, body: DOC_BODY, secret: SECRET, now: atT(3600) })).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('refuses a genuine request replayed outside the tolerance, in either direction', () => {
    const header = signWebhook(SECRET, T, DOC_BODY);
    expect(verifyWebhookSignature({ header, body: DOC_BODY, secret: SECRET, now: atT(300) })).toEqual({ ok: true });
    expect(verifyWebhookSignature({ header, body: DOC_BODY, secret: SECRET, now: atT(301) })).toEqual({ ok: false, reason: 'stale' });
    expect(verifyWebhookSignature({ header, body: DOC_BODY, secret: SECRET, now: atT(-301) })).toEqual({ ok: false, reason: 'stale' });
    expect(verifyWebhookSignature({ header, body: DOC_BODY, secret: SECRET, now: atT(3600), toleranceSeconds: 7200 })).toEqual({ ok: true });
  });

  it('reports a missing header apart from a malformed one', () => {
    for (const header of [undefined, null, '', '   ']) {
      expect(verifyWebhookSignature({ header, body: DOC_BODY, secret: SECRET, now: atT() })).toEqual({ ok: false, reason: 'missing' });
    }
    const v1 = `v1=${DOC_SIGNATURE}`;
    for (const header of ['garbage', DOC_SIGNATURE, v1, `t=${T}`, `t=soon,${v1}`, `t=${T},t=${T},${v1}`, `t=${T},v1=${DOC_SIGNATURE.slice(2)}`, `t=${T},v1=zz${DOC_SIGNATURE.slice(2)}`, `t=${T},,${v1}`]) {
      expect({ header, result: verifyWebhookSignature({ header, body: DOC_BODY, secret: SECRET, now: atT() }) }).toEqual({ header, result: { ok: false, reason: 'malformed' } });
    }
  });

  it('accepts any of several v1 entries, so an endpoint keeps working while its secret rotates', () => {
    const previous = newWebhookSecret();
    const oldEntry = signWebhook(previous, T, DOC_BODY).split(',')[1];
    const header = `${signWebhook(SECRET, T, DOC_BODY)},${oldEntry}`;
    expect(verifyWebhookSignature({ header, body: DOC_BODY, secret: SECRET, now: atT() })).toEqual({ ok: true });
    expect(verifyWebhookSignature({ header, body: DOC_BODY, secret: previous, now: atT() })).toEqual({ ok: true });
    expect(verifyWebhookSignature({ header, body: DOC_BODY, secret: newWebhookSecret(), now: atT() })).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('skips entries of signature schemes it does not know', () => {
    const header = `t=${T}, v2=c2lnbmVk, v1=${DOC_SIGNATURE}`;
    expect(verifyWebhookSignature({ header, body: DOC_BODY, secret: SECRET, now: atT() })).toEqual({ ok: true });
  });

  it('creates distinct, prefixed secrets of 32 random bytes', () => {
    const secrets = new Set(Array.from({ length: 20 }, () => newWebhookSecret()));
    expect(secrets.size).toBe(20);
    for (const secret of secrets) {
      expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(secret.slice('whsec_'.length), 'base64url')).toHaveLength(32);
    }
  });

  it('refuses to sign with a timestamp that is not whole Unix seconds', () => {
    expect(() => signWebhook(SECRET, Math.floor(Date.now() / 1000), DOC_BODY)).not.toThrow();
    expect(() => signWebhook(SECRET, Date.now(), DOC_BODY)).toThrow(ValidationError);
    expect(() => signWebhook(SECRET, 1.5, DOC_BODY)).toThrow(ValidationError);
    expect(() => signWebhook(SECRET, -1, DOC_BODY)).toThrow(ValidationError);
  });
});
