// The WebhookSender that POSTs over HTTP(S): one signed attempt, its answer classified for the
// delivery's retries (docs/webhooks.md describes the same behaviour to operators' developers).
import { DeliveryFailure } from './delivery-failure.js';
import type { OutgoingWebhook, WebhookResponse } from './webhook-sender.js';
import { WebhookSender } from './webhook-sender.js';
import { signWebhook, WEBHOOK_DELIVERY_HEADER, WEBHOOK_EVENT_HEADER, WEBHOOK_SIGNATURE_HEADER } from './webhook-signature.js';

/** What the delivery log keeps of an answer; a receiver's error page is rarely worth more. */
const EXCERPT_BYTES = 2048;

export interface HttpWebhookSenderOptions {
  /** For the whole attempt: connecting, the answer's headers and its excerpt. */
  timeoutMs?: number;
  userAgent?: string;
}

/**
 * A DeliveryFailure that also carries the endpoint's answer when there was one, so a failed attempt
 * can be logged with its status, excerpt and duration like a successful one.
 */
export class WebhookDeliveryFailure extends DeliveryFailure {
  /** The answer's excerpt, where the delivery log looks for it on any failure; null without an answer. */
  readonly bodyExcerpt: string | null;

  constructor(
    message: string,
    permanent: boolean,
    code: string,
    readonly response: WebhookResponse | null,
  ) {
    super(message, permanent, code);
    this.bodyExcerpt = response?.bodyExcerpt ?? null;
  }
}

export class HttpWebhookSender extends WebhookSender {
  private readonly timeoutMs: number;
  private readonly userAgent: string;

  constructor(options: HttpWebhookSenderOptions = {}) {
    super();
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.userAgent = options.userAgent ?? 'Quartier-Webhooks/1';
  }

  /**
   * Resolves on a 2xx answer. Anything else throws a WebhookDeliveryFailure: permanent for a URL
   * that cannot be posted to (`bad_url`) and for 410 Gone, temporary for every other status (code =
   * the status), for `timeout`, `network` and for the caller's own abort (`aborted`).
   */
  override async send(webhook: OutgoingWebhook, signal?: AbortSignal): Promise<WebhookResponse> {
    const url = endpointUrlOrThrow(webhook.url);
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const started = performance.now();
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': this.userAgent,
          [WEBHOOK_SIGNATURE_HEADER]: signWebhook(webhook.secret, webhook.timestamp, webhook.body),
          [WEBHOOK_DELIVERY_HEADER]: webhook.deliveryId,
          [WEBHOOK_EVENT_HEADER]: webhook.eventType,
        },
        body: webhook.body,
        // A redirect would carry the signed event to an address the operator never registered.
        redirect: 'manual',
        signal: signal ? AbortSignal.any([timeout, signal]) : timeout,
      });
    } catch (error) {
      throw unreachable(error, { timedOut: timeout.aborted, abortedByCaller: signal?.aborted ?? false, timeoutMs: this.timeoutMs });
    }

    const answer: WebhookResponse = {
      status: response.status,
      bodyExcerpt: await readExcerpt(response),
      durationMs: Math.round(performance.now() - started),
    };
    if (answer.status >= 200 && answer.status < 300) return answer;
    throw refusal(answer, response.headers.get('location'));
  }
}

function endpointUrlOrThrow(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookDeliveryFailure('The endpoint URL is not a valid URL', true, 'bad_url', null);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new WebhookDeliveryFailure(`The endpoint URL must be http(s), not ${url.protocol.slice(0, -1)}`, true, 'bad_url', null);
  }
  // fetch refuses such URLs itself; saying why here keeps the delivery log readable.
  if (url.username !== '' || url.password !== '') {
    throw new WebhookDeliveryFailure('The endpoint URL must not contain credentials', true, 'bad_url', null);
  }
  return url;
}

function refusal(answer: WebhookResponse, location: string | null): WebhookDeliveryFailure {
  const code = String(answer.status);
  if (answer.status === 410) {
    return new WebhookDeliveryFailure('The endpoint answered 410 Gone: it no longer accepts deliveries', true, code, answer);
  }
  if (answer.status >= 300 && answer.status < 400) {
    const target = location ? ` to ${location}` : '';
    return new WebhookDeliveryFailure(`The endpoint redirected${target} (HTTP ${code}); webhooks do not follow redirects`, false, code, answer);
  }
  // Receivers fail transiently all the time (deploys, overload, a bug fixed an hour later); the
  // delivery's attempts are what bound the retries, not the status.
  return new WebhookDeliveryFailure(`The endpoint answered HTTP ${code}`, false, code, answer);
}

function unreachable(error: unknown, how: { timedOut: boolean; abortedByCaller: boolean; timeoutMs: number }): WebhookDeliveryFailure {
  if (how.timedOut) return new WebhookDeliveryFailure(`The endpoint did not answer within ${how.timeoutMs} ms`, false, 'timeout', null);
  if (how.abortedByCaller) return new WebhookDeliveryFailure('The attempt was cancelled before the endpoint answered', false, 'aborted', null);
  return new WebhookDeliveryFailure(`Could not reach the endpoint: ${networkCause(error)}`, false, 'network', null);
}

/**
 * fetch reports every network error as "fetch failed"; the useful part (ECONNREFUSED, ENOTFOUND…) is
 * its cause. Read by shape, not instanceof: fetch's errors may come from another realm (vm contexts).
 */
function networkCause(error: unknown): string {
  const { message, cause } = (typeof error === 'object' && error !== null ? error : {}) as { message?: unknown; cause?: unknown };
  if (typeof cause === 'object' && cause !== null) {
    const detail = cause as { code?: unknown; message?: unknown };
    if (typeof detail.code === 'string') return detail.code;
    if (typeof detail.message === 'string' && detail.message !== '') return detail.message;
  }
  return typeof message === 'string' ? message : String(error);
}

/**
 * The first EXCERPT_BYTES of the answer; the rest is never downloaded. A body that breaks off or
 * outlasts the timeout leaves what arrived: the status already says how the attempt went.
 */
async function readExcerpt(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let complete = false;
  try {
    while (size < EXCERPT_BYTES) {
      const { done, value } = await reader.read();
      if (done) {
        complete = true;
        break;
      }
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    // Keep the bytes that arrived.
  } finally {
    if (!complete) await reader.cancel().catch(() => undefined);
  }
  const bytes = Buffer.concat(chunks).subarray(0, EXCERPT_BYTES);
  // Streaming mode leaves out a character cut in half at the limit instead of printing U+FFFD.
  return new TextDecoder('utf-8').decode(bytes, { stream: !complete });
}
