// The tenant-webhook port: one signed POST of an event to an operator's endpoint.
export interface OutgoingWebhook {
  url: string;
  /** The endpoint's signing secret, in clear (sealed at rest). */
  secret: string;
  /** The delivery's id; sent as a header so receivers can drop a repeat. */
  deliveryId: string;
  eventType: string;
  /** The exact bytes sent and signed. */
  body: string;
  /** Unix seconds of this attempt; part of the signature. */
  timestamp: number;
}

export interface WebhookResponse {
  status: number;
  /** The first 2 KiB of the answer, for the delivery log. */
  bodyExcerpt: string;
  durationMs: number;
}

export abstract class WebhookSender {
  /** Resolves on a 2xx answer; throws DeliveryFailure otherwise (carrying the status as code). */
  abstract send(webhook: OutgoingWebhook, signal?: AbortSignal): Promise<WebhookResponse>;
}
