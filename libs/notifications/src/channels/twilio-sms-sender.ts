// The SMS adapter for Twilio's Programmable Messaging REST API, built per tenant from its own
// account credentials. Tells the delivery job which refusals are worth retrying.
import { DeliveryFailure } from './delivery-failure.js';
import type { SentReceipt } from './mailer.js';
import { OutgoingSms, SmsSender } from './sms-sender.js';

export interface TwilioCredentials {
  /** 'AC' and 32 hex digits. */
  accountSid: string;
  /** 32 hex digits. */
  authToken: string;
  /** An E.164 number of the account, or a Messaging Service ('MG' and 32 hex digits). */
  from: string;
}

export interface TwilioSmsSenderOptions extends TwilioCredentials {
  baseUrl?: string;
  timeoutMs?: number;
}

const ACCOUNT_SID = /^AC[0-9a-f]{32}$/i;
const AUTH_TOKEN = /^[0-9a-f]{32}$/i;
const MESSAGING_SERVICE_SID = /^MG[0-9a-f]{32}$/i;
/** A sender number: E.164 with a country code and at least 7 digits (shorter ones are no real sender). */
const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * Refusals about the recipient or the text itself: sending the same SMS again cannot succeed.
 * Everything else (credentials, sender number, account limits) is the operator's to fix, so it is
 * retried with backoff in the meantime.
 */
const PERMANENT_CODES = new Set([
  21211, // 'To' is not a valid phone number
  21408, // SMS to the recipient's region is not enabled
  21602, // the body is empty
  21610, // the recipient replied STOP
  21612, // the recipient cannot be reached via SMS
  21614, // 'To' is not a mobile number
  21617, // the body is too long
  30003, // the handset is unreachable
  30005, // the number is unknown to the carrier
  30006, // a landline or unreachable carrier
]);

/** Which field of a tenant's Twilio settings is malformed, or null when all three look right. */
export function twilioCredentialsAreValid(credentials: TwilioCredentials): keyof TwilioCredentials | null {
  if (!ACCOUNT_SID.test(credentials.accountSid)) return 'accountSid';
  if (!AUTH_TOKEN.test(credentials.authToken)) return 'authToken';
  if (!E164.test(credentials.from) && !MESSAGING_SERVICE_SID.test(credentials.from)) return 'from';
  return null;
}

export class TwilioSmsSender extends SmsSender {
  private readonly messagesUrl: string;
  private readonly authorization: string;
  private readonly from: string;
  private readonly timeoutMs: number;

  constructor(options: TwilioSmsSenderOptions) {
    super();
    const baseUrl = (options.baseUrl ?? 'https://api.twilio.com').replace(/\/+$/, '');
    this.messagesUrl = `${baseUrl}/2010-04-01/Accounts/${encodeURIComponent(options.accountSid)}/Messages.json`;
    this.authorization = `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64')}`;
    this.from = options.from;
    this.timeoutMs = options.timeoutMs ?? 15_000;
  }

  async send(sms: OutgoingSms, signal?: AbortSignal): Promise<SentReceipt> {
    const form = new URLSearchParams({ To: sms.to, Body: sms.body });
    form.set(this.from.startsWith('MG') ? 'MessagingServiceSid' : 'From', this.from);
    const timeout = AbortSignal.timeout(this.timeoutMs);

    let status: number;
    let text: string;
    try {
      const response = await fetch(this.messagesUrl, {
        method: 'POST',
        headers: {
          Authorization: this.authorization,
          Accept: 'application/json',
          // Twilio drops a repeat of a request it already executed, so a retry after a lost answer
          // does not text the recipient twice.
          'I-Twilio-Idempotency-Token': sms.idempotencyKey,
        },
        body: form,
        signal: signal ? AbortSignal.any([timeout, signal]) : timeout,
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      // The provider may have accepted the message before the line dropped; the idempotency token
      // makes the retry safe.
      const reason = timeout.aborted ? `no answer within ${this.timeoutMs} ms` : signal?.aborted ? 'the send was cancelled' : describe(error);
      throw DeliveryFailure.temporary(`Twilio could not be reached: ${reason}`);
    }

    const answer = parseJson(text);
    if (status >= 200 && status < 300) {
      if (typeof answer?.sid === 'string' && answer.sid) return { providerMessageId: answer.sid };
      throw DeliveryFailure.temporary(`Twilio answered ${status} without a message sid`, String(status));
    }

    const twilioCode = typeof answer?.code === 'number' ? answer.code : null;
    const reason = typeof answer?.message === 'string' ? answer.message : `HTTP ${status}`;
    const code = String(twilioCode ?? status);
    if (status >= 400 && status < 500 && twilioCode !== null && PERMANENT_CODES.has(twilioCode)) {
      throw DeliveryFailure.permanent(`Twilio refused the SMS: ${reason}`, code);
    }
    throw DeliveryFailure.temporary(`Twilio did not take the SMS (${status}): ${reason}`, code);
  }
}

interface TwilioAnswer {
  sid?: unknown;
  code?: unknown;
  message?: unknown;
}

function parseJson(text: string): TwilioAnswer | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as TwilioAnswer) : null;
  } catch {
    return null;
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // fetch reports socket errors as "fetch failed" and keeps the useful part in `cause`.
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
