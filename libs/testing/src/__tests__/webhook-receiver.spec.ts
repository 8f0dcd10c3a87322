import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { WebhookReceiver } from '../webhook-receiver.js';

const SECRET = 'whsec_receiver_test_secret';

let receiver: WebhookReceiver;

beforeEach(async () => {
  receiver = await WebhookReceiver.start();
});

afterEach(async () => {
  await receiver.stop();
});

/** Signs as docs/webhooks.md describes, written out here so the receiver is checked against the text, not against itself. */
function signed(body: string, options: { secret?: string; timestamp?: number } = {}): string {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const hex = createHmac('sha256', options.secret ?? SECRET).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${hex}`;
}

async function post(body: string, headers: Record<string, string> = {}, path = '/hooks'): Promise<Response> {
  return fetch(receiver.url(path), { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
}

describe('WebhookReceiver', () => {
  it('records each request with its path, headers and exact body, and answers 200', async () => {
    const body = '{"data":{"city":"Zürich"}}';
    const response = await post(body, { 'Quartier-Event': 'booking.confirmed' }, '/hooks/a?x=1');

    expect(response.status).toBe(200);
    const [request] = receiver.requests();
    expect(request).toMatchObject({ method: 'POST', path: '/hooks/a?x=1', body, answeredWith: 200 });
    expect(request!.headers).toMatchObject({ 'content-type': 'application/json', 'quartier-event': 'booking.confirmed' });
    expect(request!.receivedAt).toBeInstanceOf(Date);
    expect(receiver.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/hooks$/);
  });

  it('plays queued failures in order, then answers 200 again', async () => {
    receiver.failNext(2);
    receiver.failNext(1, 503);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await post('{}')).status);

    expect(statuses).toEqual([500, 500, 503, 200, 200]);
    expect(receiver.requests().map((request) => request.answeredWith)).toEqual(statuses);
  });

  it('answers with a status a given number of times, or until told otherwise', async () => {
    receiver.respondWith(429, 2, { body: 'slow down', headers: { 'Retry-After': '30' } });
    const limited = await post('{}');
    expect([limited.status, await limited.text(), limited.headers.get('retry-after')]).toEqual([429, 'slow down', '30']);
    expect((await post('{}')).status).toBe(429);
    expect((await post('{}')).status).toBe(200);

    receiver.respondWith(410);
    expect([(await post('{}')).status, (await post('{}')).status]).toEqual([410, 410]);
    receiver.respondWith(200);
    expect((await post('{}')).status).toBe(200);
  });

  it('leaves hanging requests unanswered but records them', async () => {
    receiver.hangNext(1);
    const hung = post('{"n":1}');
    const [request] = await receiver.waitForCount(1);

    expect(request).toMatchObject({ body: '{"n":1}', answeredWith: null });
    expect((await post('{"n":2}')).status).toBe(200);
    await receiver.stop();
    await expect(hung).rejects.toThrow();
  });

  it('waits for requests that arrive later, and says how many came when they do not', async () => {
    const waiting = receiver.waitForCount(2);
    await post('{"n":1}');
    await post('{"n":2}');
    await expect(waiting).resolves.toHaveLength(2);

    await expect(receiver.waitForCount(3, 100)).rejects.toThrow('Expected 3 webhook request(s) within 100 ms, received 2');
  });

  it('forgets recorded requests on clear', async () => {
    await post('{}');
    receiver.clear();
    expect(receiver.requests()).toEqual([]);
  });

  it('tells which requests carry a valid signature for a secret', async () => {
    const body = '{"id":"evt_1","data":{"note":"Grüezi"}}';
    const now = Math.floor(Date.now() / 1000);
    const rotated = `${signed(body, { secret: 'whsec_previous', timestamp: now })},v1=${signed(body, { timestamp: now }).split('v1=')[1]}`;
    await post(body, { 'Quartier-Signature': signed(body, { timestamp: now }) }, '/valid');
    await post(body, { 'Quartier-Signature': rotated }, '/rotated');
    await post(body, { 'Quartier-Signature': signed(body, { secret: 'whsec_other', timestamp: now }) }, '/other-secret');
    await post(`${body} `, { 'Quartier-Signature': signed(body, { timestamp: now }) }, '/tampered');
    await post(body, { 'Quartier-Signature': signed(body, { timestamp: now - 3600 }) }, '/stale');
    await post(body, { 'Quartier-Signature': `${signed(body, { timestamp: now })}zz` }, '/trailing-garbage');
    await post(body, {}, '/unsigned');

    expect(receiver.verifiedWith(SECRET).map((request) => request.path)).toEqual(['/valid', '/rotated']);
    expect(receiver.verifiedWith('whsec_other').map((request) => request.path)).toEqual(['/other-secret']);
    expect(receiver.verifiedWith(SECRET, 7200).map((request) => request.path)).toEqual(['/valid', '/rotated', '/stale']);
  });
});
