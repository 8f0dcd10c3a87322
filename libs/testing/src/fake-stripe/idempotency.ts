// Stripe's idempotency keys: one outcome per (API key's platform, Stripe-Account, key), replayed for a
// retry with the same parameters, refused for different parameters or while the first is still running.
import { idempotencyFailure, StripeFailure } from './stripe-errors.js';

export interface StoredResponse {
  status: number;
  body: string;
  requestId: string;
}

interface IdempotencyRecord {
  endpoint: string;
  fingerprint: string;
  response?: StoredResponse;
}

export type IdempotencyDecision =
  | { kind: 'execute'; release: (response: StoredResponse | undefined) => void }
  | { kind: 'replay'; response: StoredResponse };

/** Parameters compared regardless of the order their keys were sent in. */
function fingerprint(params: unknown): string {
  return JSON.stringify(params, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
}

export class IdempotencyStore {
  private readonly records = new Map<string, IdempotencyRecord>();

  /**
   * Decides what a keyed request does. On `execute` the key is held as in flight until `release` is
   * called with the outcome to keep, or with undefined when nothing ran and the key is free again.
   */
  begin(input: { platformId: string; stripeAccount: string | undefined; key: string; endpoint: string; params: unknown }): IdempotencyDecision | StripeFailure {
    const scopedKey = JSON.stringify([input.platformId, input.stripeAccount ?? null, input.key]);
    const print = fingerprint(input.params);
    const existing = this.records.get(scopedKey);
    if (existing) {
      if (!existing.response) {
        return idempotencyFailure(
          409,
          'There is currently another in-progress request using this Stripe-Account, API key, and idempotency key. Please try again later.',
        );
      }
      if (existing.endpoint !== input.endpoint) {
        return idempotencyFailure(
          400,
          `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${existing.endpoint}' vs '${input.endpoint}'). Try using a key other than '${input.key}' if you meant to execute a different request.`,
        );
      }
      if (existing.fingerprint !== print) {
        return idempotencyFailure(
          400,
          `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${input.key}' if you meant to execute a different request.`,
        );
      }
      return { kind: 'replay', response: existing.response };
    }
    const record: IdempotencyRecord = { endpoint: input.endpoint, fingerprint: print };
    this.records.set(scopedKey, record);
    return {
      kind: 'execute',
      release: (response) => {
        if (response) record.response = response;
        else this.records.delete(scopedKey);
      },
    };
  }
}
