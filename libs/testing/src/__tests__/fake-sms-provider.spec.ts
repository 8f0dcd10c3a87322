// The fake SMS provider speaks Twilio's Messages API closely enough that adapter tests mean something:
// plain HTTP requests here, shaped as Twilio documents them.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { FakeSmsProvider } from '../fake-sms-provider.js';

const SID = 'AC0123456789abcdef0123456789abcdef';
const TOKEN = '0123456789abcdef0123456789abcdef';
const SERVICE = 'MG0123456789abcdef0123456789abcdef';

let provider: FakeSmsProvider;

beforeEach(async () => {
  provider = await FakeSmsProvider.start({ now: () => new Date('2030-05-06T07:08:09Z') });
  provider.addAccount(SID, TOKEN);
});

afterEach(async () => {
  await provider.stop();
});

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

async function post(
  fields: Record<string, string>,
  options: { sid?: string; token?: string; idempotencyToken?: string; signal?: AbortSignal } = {},
): Promise<Answer> {
  const sid = options.sid ?? SID;
  const headers: Record<string, string> = {
    Authorization: `Basic ${Buffer.from(`${sid}:${options.token ?? TOKEN}`).toString('base64')}`,
  };
  if (options.idempotencyToken) headers['I-Twilio-Idempotency-Token'] = options.idempotencyToken;
  const response = await fetch(`${provider.baseUrl}/2010-04-01/Accounts/${sid}/Messages.json`, {
    method: 'POST',
    headers,
    body: new URLSearchParams(fields),
    signal: options.signal,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const text = (to = '+41791234567', body = 'Your helper arrives at 14:00.') => ({ To: to, From: '+41445551234', Body: body });

describe('FakeSmsProvider', () => {
  it('accepts a message with 201 and a Twilio-shaped resource, and records it', async () => {
    const answer = await post(text());
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ to: '+41791234567', from: '+41445551234', body: 'Your helper arrives at 14:00.', status: 'queued', account_sid: SID });
    expect(answer.body.sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(provider.messages()).toEqual([
      {
        sid: answer.body.sid,
        accountSid: SID,
        to: '+41791234567',
        from: '+41445551234',
        messagingServiceSid: null,
        body: 'Your helper arrives at 14:00.',
        receivedAt: new Date('2030-05-06T07:08:09Z'),
        idempotencyToken: null,
      },
    ]);
  });

  it('sends through a Messaging Service when given one instead of a number', async () => {
    const answer = await post({ To: '+41791234567', MessagingServiceSid: SERVICE, Body: 'Hello' });
    expect(answer.status).toBe(201);
    expect(provider.messages()[0]).toMatchObject({ from: null, messagingServiceSid: SERVICE });
  });

  it('refuses unknown credentials and another account’s path with 401 / 20003', async () => {
    const wrongToken = await post(text(), { token: 'ffffffffffffffffffffffffffffffff' });
    expect(wrongToken).toEqual({ status: 401, body: expect.objectContaining({ code: 20003, status: 401 }) });
    const unknownAccount = await post(text(), { sid: 'ACffffffffffffffffffffffffffffffff' });
    expect(unknownAccount.status).toBe(401);
    expect(provider.messages()).toHaveLength(0);
  });

  it('refuses a number that is not E.164 with 400 / 21211', async () => {
    const answer = await post(text('0791234567'));
    expect(answer).toEqual({ status: 400, body: expect.objectContaining({ code: 21211, status: 400 }) });
    expect(provider.messages()).toHaveLength(0);
  });

  it('refuses a rejected number with the chosen code, others still go through', async () => {
    provider.rejectNumber('+41790000000');
    provider.rejectNumber('+41790000001', 21614);
    expect((await post(text('+41790000000'))).body).toMatchObject({ code: 21610, status: 400 });
    expect((await post(text('+41790000001'))).body).toMatchObject({ code: 21614, status: 400 });
    expect((await post(text('+41790000002'))).status).toBe(201);
    expect(provider.messages().map((sms) => sms.to)).toEqual(['+41790000002']);
  });

  it('answers the same idempotency token with the same message and sends it only once', async () => {
    const first = await post(text(), { idempotencyToken: 'delivery-1' });
    const repeat = await post(text(), { idempotencyToken: 'delivery-1' });
    const other = await post(text(), { idempotencyToken: 'delivery-2' });
    expect(repeat).toEqual(first);
    expect(other.body.sid).not.toBe(first.body.sid);
    expect(provider.messages().map((sms) => sms.idempotencyToken)).toEqual(['delivery-1', 'delivery-2']);
  });

  it('fails the next requests with the injected status without recording them', async () => {
    provider.failNext(2);
    provider.failNext(1, 429);
    expect((await post(text())).status).toBe(503);
    expect((await post(text())).body).toMatchObject({ code: 20503, status: 503 });
    expect((await post(text())).body).toMatchObject({ code: 20429, status: 429 });
    expect((await post(text())).status).toBe(201);
    expect(provider.messages()).toHaveLength(1);
  });

  it('records a message whose answer it never sends, and replays it for the retry', async () => {
    provider.timeoutNext(1);
    const lost = post(text(), { idempotencyToken: 'delivery-7', signal: AbortSignal.timeout(300) });
    await expect(lost).rejects.toThrow();
    expect(provider.messages()).toHaveLength(1);

    const retry = await post(text(), { idempotencyToken: 'delivery-7' });
    expect(retry.status).toBe(201);
    expect(retry.body.sid).toBe(provider.messages()[0].sid);
    expect(provider.messages()).toHaveLength(1);
  });

  it('waits for messages arriving later, and gives up after its timeout', async () => {
    const arrived = provider.waitForCount(2, 5000);
    await post(text());
    await post(text('+41797654321'));
    expect((await arrived).map((sms) => sms.to)).toEqual(['+41791234567', '+41797654321']);
    await expect(provider.waitForCount(3, 50)).rejects.toThrow('received 2 of 3');
  });

  it('forgets messages, failures, rejections and tokens on reset, but keeps accounts', async () => {
    await post(text(), { idempotencyToken: 'delivery-1' });
    provider.rejectNumber('+41790000000');
    provider.failNext(1);
    provider.reset();
    expect(provider.messages()).toEqual([]);
    expect((await post(text('+41790000000'))).status).toBe(201);
    expect((await post(text(), { idempotencyToken: 'delivery-1' })).status).toBe(201);
    expect(provider.messages()).toHaveLength(2);
  });
});
