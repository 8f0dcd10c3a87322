import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { WebhookReceiver } from '@quartier/testing';
import { DeliveryFailure } from '../channels/delivery-failure.js';
import { HttpWebhookSender, WebhookDeliveryFailure } from '../channels/http-webhook-sender.js';
import type { OutgoingWebhook } from '../channels/webhook-sender.js';
import { newWebhookSecret, verifyWebhookSignature } from '../channels/webhook-signature.js';

let receiver: WebhookReceiver;
const sender = new HttpWebhookSender();

beforeEach(async () => {
  receiver = await WebhookReceiver.start();
});

afterEach(async () => {
  await receiver.stop();
});

function webhook(overrides: Partial<OutgoingWebhook> = {}): OutgoingWebhook {
  const body = JSON.stringify({
    id: '0194d2b0-8c1a-7f00-9a3e-5b2c7d1e4f60',
    type: 'booking.confirmed',
    createdAt: '2030-03-04T09:00:00.000Z',
    tenant: 'alpine',
    data: { helperName: 'Anaïs Müller', note: 'Grüezi 👋\nbis morn' },
  });
  return {
    url: receiver.url('/hooks/quartier?site=alpine'),
    secret: newWebhookSecret(),
    deliveryId: '0194d2b1-0000-7000-8000-00000000d001',
    eventType: 'booking.confirmed',
    body,
    timestamp: Math.floor(Date.now() / 1000),
    ...overrides,
  };
}

async function failure(promise: Promise<unknown>): Promise<WebhookDeliveryFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WebhookDeliveryFailure) return error;
    throw error;
  }
  throw new Error('expected the delivery to fail');
}

describe('HttpWebhookSender against a receiving endpoint', () => {
  it('POSTs the body byte for byte with headers the endpoint can verify', async () => {
    const outgoing = webhook();
    const response = await sender.send(outgoing);

    expect(response).toMatchObject({ status: 200, bodyExcerpt: 'received' });
    const [request] = receiver.requests();
    expect(receiver.requests()).toHaveLength(1);
    expect(request).toMatchObject({ method: 'POST', path: '/hooks/quartier?site=alpine', body: outgoing.body });
    expect(request!.headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': 'Quartier-Webhooks/1',
      'quartier-delivery': outgoing.deliveryId,
      'quartier-event': 'booking.confirmed',
      'content-length': String(Buffer.byteLength(outgoing.body)),
    });
    expect(request!.headers['quartier-signature']).toMatch(new RegExp(`^t=${outgoing.timestamp},v1=[0-9a-f]{64}$`));
    expect(receiver.verifiedWith(outgoing.secret)).toEqual([request]);
    expect(receiver.verifiedWith(newWebhookSecret())).toEqual([]);
    expect(verifyWebhookSignature({ header: request!.headers['quartier-signature'], body: request!.body, secret: outgoing.secret, now: request!.receivedAt.getTime() })).toEqual({ ok: true });
  });

  it('sends the configured user agent', async () => {
    await new HttpWebhookSender({ userAgent: 'Alpine-Helpers-Webhooks/2' }).send(webhook());
    expect(receiver.requests()[0]!.headers['user-agent']).toBe('Alpine-Helpers-Webhooks/2');
  });

  it('treats a server error as temporary, carrying the status and the answer for the log', async () => {
    receiver.failNext(1, 500);
    const error = await failure(sender.send(webhook()));

    expect(error).toBeInstanceOf(DeliveryFailure);
    expect(error).toMatchObject({ permanent: false, code: '500' });
    expect(error.response).toMatchObject({ status: 500, bodyExcerpt: 'scripted failure 500' });
    expect(error.bodyExcerpt).toBe('scripted failure 500');
    expect(receiver.requests()).toHaveLength(1);
    await expect(sender.send(webhook())).resolves.toMatchObject({ status: 200 });
  });

  it('treats a client error as temporary too: the delivery’s attempts bound the retries', async () => {
    receiver.failNext(1, 401);
    await expect(failure(sender.send(webhook()))).resolves.toMatchObject({ permanent: false, code: '401' });
  });

  it('stops for good on 410 Gone', async () => {
    receiver.respondWith(410);
    await expect(failure(sender.send(webhook()))).resolves.toMatchObject({ permanent: true, code: '410' });
  });

  it('does not follow a redirect to an address the operator never registered', async () => {
    receiver.respondWith(307, 1, { headers: { Location: receiver.url('/elsewhere') } });
    const error = await failure(sender.send(webhook()));

    expect(error).toMatchObject({ permanent: false, code: '307' });
    expect(error.message).toContain('/elsewhere');
    expect(receiver.requests().map((request) => request.path)).toEqual(['/hooks/quartier?site=alpine']);
  });

  it('gives up on an endpoint that never answers and reports a timeout', async () => {
    receiver.hangNext(1);
    const error = await failure(new HttpWebhookSender({ timeoutMs: 300 }).send(webhook()));

    expect(error).toMatchObject({ permanent: false, code: 'timeout', response: null, bodyExcerpt: null });
    expect(receiver.requests()).toHaveLength(1);
  });

  it('reports an endpoint nobody listens on as a temporary network failure', async () => {
    const outgoing = webhook();
    await receiver.stop();
    const error = await failure(sender.send(outgoing));

    expect(error).toMatchObject({ permanent: false, code: 'network' });
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('stops when the caller cancels, without calling it a timeout', async () => {
    receiver.hangNext(1);
    const cancel = new AbortController();
    const sending = failure(sender.send(webhook(), cancel.signal));
    await receiver.waitForCount(1);
    cancel.abort();

    await expect(sending).resolves.toMatchObject({ permanent: false, code: 'aborted' });
  });

  it('refuses URLs that are not http(s) without sending anything', async () => {
    for (const url of ['ftp://127.0.0.1/hooks', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url', `http://user:secret@127.0.0.1/hooks`]) {
      const error = await failure(sender.send(webhook({ url })));
      expect({ url, permanent: error.permanent, code: error.code }).toEqual({ url, permanent: true, code: 'bad_url' });
    }
    expect(receiver.requests()).toEqual([]);
  });

  it('keeps only the first 2 KiB of a long answer, without a character cut in half', async () => {
    receiver.respondWith(200, 1, { body: `a${'é'.repeat(5000)}` });
    const response = await sender.send(webhook());

    expect(response.bodyExcerpt).toBe(`a${'é'.repeat(1023)}`);
  });
});
