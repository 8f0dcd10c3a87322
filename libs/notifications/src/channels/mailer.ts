// The email port. Adapters are built per deployment or per tenant (SMTP_URL, or the tenant's own
// SMTP URL); the delivery job only sees this class.
export interface OutgoingEmail {
  /** Deterministic per delivery (`<delivery id>@<domain>`), so a resent mail is recognisably the same one. */
  messageId: string;
  from: { name: string; address: string };
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

export interface SentReceipt {
  /** What the provider calls the message (SMTP: the queue id in its 250 reply, else the Message-ID). */
  providerMessageId: string;
}

export abstract class Mailer {
  /** Resolves once the server accepted the message; throws DeliveryFailure otherwise. */
  abstract send(mail: OutgoingEmail, signal?: AbortSignal): Promise<SentReceipt>;
  /** Closes pooled connections. */
  abstract close(): Promise<void>;
}
