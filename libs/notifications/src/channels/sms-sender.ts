// The SMS port, built per tenant from its own provider credentials.
import type { SentReceipt } from './mailer.js';

export interface OutgoingSms {
  /** E.164. */
  to: string;
  body: string;
  /** The delivery's id: adapters that support it pass it on so the provider can drop a repeat. */
  idempotencyKey: string;
}

export abstract class SmsSender {
  /** Resolves once the provider accepted the message; throws DeliveryFailure otherwise. */
  abstract send(sms: OutgoingSms, signal?: AbortSignal): Promise<SentReceipt>;
}
