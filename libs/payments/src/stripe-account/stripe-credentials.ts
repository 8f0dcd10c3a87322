// Format rules and masking for a tenant's Stripe credentials. Formats only: whether Stripe accepts
// the key is learned on the first call made with it, never when it is saved.
import { ValidationError } from '@quartier/platform';

export type StripeKeyMode = 'test' | 'live';

const SECRET_KEY = /^(sk|rk)_(test|live)_[A-Za-z0-9]+$/;
const WEBHOOK_SECRET = /^whsec_[A-Za-z0-9+/=]+$/;
const PUBLISHABLE_KEY = /^pk_(test|live)_[A-Za-z0-9]+$/;
const MIN_SECRET_KEY_LENGTH = 20;
const MIN_WEBHOOK_SECRET_LENGTH = 14;
const MAX_LENGTH = 255;

/** The key's mode; a malformed key is BAD_USER_INPUT on `secretKey`. */
export function secretKeyModeOrThrow(secretKey: string): StripeKeyMode {
  const match = SECRET_KEY.exec(secretKey);
  if (!match || secretKey.length < MIN_SECRET_KEY_LENGTH || secretKey.length > MAX_LENGTH) {
    throw new ValidationError(
      'secretKey',
      'Enter a Stripe secret key (sk_test_… or sk_live_…) or restricted key (rk_test_… or rk_live_…) of at least 20 characters',
    );
  }
  return match[2] as StripeKeyMode;
}

/**
 * A publishable key of the secret key's own mode: a test key with a live secret (or the reverse) would
 * make every card the site's form collects unknown to the account that charges it.
 */
export function assertPublishableKey(publishableKey: string, mode: StripeKeyMode): void {
  const match = PUBLISHABLE_KEY.exec(publishableKey);
  if (!match || publishableKey.length < MIN_SECRET_KEY_LENGTH || publishableKey.length > MAX_LENGTH) {
    throw new ValidationError('publishableKey', 'Enter the Stripe publishable key (pk_test_… or pk_live_…) of at least 20 characters');
  }
  if (match[1] !== mode) {
    throw new ValidationError('publishableKey', `Enter the ${mode} publishable key (pk_${mode}_…): the secret key is a ${mode} key`);
  }
}

export function assertWebhookSecret(webhookSecret: string): void {
  if (!WEBHOOK_SECRET.test(webhookSecret) || webhookSecret.length < MIN_WEBHOOK_SECRET_LENGTH || webhookSecret.length > MAX_LENGTH) {
    throw new ValidationError('webhookSecret', 'Enter the webhook signing secret Stripe shows for the endpoint (whsec_…)');
  }
}

export function lastFour(secret: string): string {
  return secret.slice(-4);
}

/** `sk_live_••••1234`: the prefix says which kind of key it is, the last four which one. */
export function maskSecretKey(mode: StripeKeyMode, restricted: boolean, last4: string): string {
  return `${restricted ? 'rk' : 'sk'}_${mode}_••••${last4}`;
}

export function maskWebhookSecret(last4: string): string {
  return `whsec_••••${last4}`;
}
