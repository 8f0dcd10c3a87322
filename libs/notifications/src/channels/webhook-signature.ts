// How Quartier signs tenant webhooks and how a receiver checks them; docs/webhooks.md gives operators'
// developers the same algorithm step by step, so anything changed here must change there too.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ValidationError } from '@quartier/platform';

export const WEBHOOK_SIGNATURE_HEADER = 'Quartier-Signature';
/** The delivery's id: the same on every retry and replay of one delivery, so receivers can drop a repeat. */
export const WEBHOOK_DELIVERY_HEADER = 'Quartier-Delivery';
export const WEBHOOK_EVENT_HEADER = 'Quartier-Event';

/** How far a signature's timestamp may be from the receiver's clock before the request counts as a replay. */
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;

const SECRET_PREFIX = 'whsec_';
const SIGNATURE_SCHEME = 'v1';
const HEX_SHA256 = /^[0-9a-f]{64}$/i;
const UNIX_SECONDS = /^\d{1,11}$/;
const MAX_UNIX_SECONDS = 99_999_999_999;

export type WebhookVerification = { ok: true } | { ok: false; reason: 'missing' | 'malformed' | 'stale' | 'mismatch' };

/** A fresh endpoint secret: 32 random bytes, shown to the operator once and used as the HMAC key as is. */
export function newWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64url');
}

/** The `Quartier-Signature` header value for one attempt: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw new ValidationError('timestamp', 'A webhook timestamp is whole Unix seconds');
  // Date.now() passed as is would sign a time thousands of years ahead that every receiver refuses as stale.
  if (timestamp > MAX_UNIX_SECONDS) throw new ValidationError('timestamp', 'A webhook timestamp is Unix seconds, not milliseconds');
  if (secret.length === 0) throw new ValidationError('secret', 'A webhook secret cannot be empty');
  return `t=${timestamp},${SIGNATURE_SCHEME}=${hmacHex(secret, timestamp, body)}`;
}

/**
 * Checks a received header against the raw body. Several `v1=` entries are accepted so an endpoint
 * can be signed with both its old and new secret while it rotates; one match is enough. The
 * signature is checked before the timestamp, so a forged request is reported as a mismatch even
 * when it is also old.
 */
export function verifyWebhookSignature(input: {
  header: string | null | undefined;
  body: string;
  secret: string;
  toleranceSeconds?: number;
  /** Milliseconds since the epoch, like Date.now(). */
  now?: number;
}): WebhookVerification {
  const { header, body, secret, toleranceSeconds = DEFAULT_WEBHOOK_TOLERANCE_SECONDS, now = Date.now() } = input;
  if (header === null || header === undefined || header.trim() === '') return { ok: false, reason: 'missing' };
  const parsed = parseSignatureHeader(header);
  if (!parsed) return { ok: false, reason: 'malformed' };

  const expected = Buffer.from(hmacHex(secret, parsed.timestamp, body), 'hex');
  // Every candidate is compared, so the time taken does not tell which entry matched.
  let matched = false;
  for (const candidate of parsed.signatures) {
    if (timingSafeEqual(expected, candidate)) matched = true;
  }
  if (!matched) return { ok: false, reason: 'mismatch' };

  if (Math.abs(now / 1000 - parsed.timestamp) > toleranceSeconds) return { ok: false, reason: 'stale' };
  return { ok: true };
}

function hmacHex(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

/**
 * Exactly one `t`, at least one `v1`; entries of schemes this version does not know are skipped so
 * a later scheme can be sent alongside `v1` without breaking existing receivers.
 */
function parseSignatureHeader(header: string): { timestamp: number; signatures: Buffer[] } | null {
  let timestamp: number | null = null;
  const signatures: Buffer[] = [];
  for (const entry of header.split(',')) {
    const separator = entry.indexOf('=');
    if (separator <= 0) return null;
    const key = entry.slice(0, separator).trim();
    const value = entry.slice(separator + 1).trim();
    if (key === 't') {
      if (timestamp !== null || !UNIX_SECONDS.test(value)) return null;
      timestamp = Number(value);
    } else if (key === SIGNATURE_SCHEME) {
      if (!HEX_SHA256.test(value)) return null;
      signatures.push(Buffer.from(value, 'hex'));
    }
  }
  if (timestamp === null || signatures.length === 0) return null;
  return { timestamp, signatures };
}
