// The Twilio adapter against a Twilio-compatible server on loopback: what reaches the provider, and
// which refusals the delivery job will retry.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { FakeSmsProvider } from '@quartier/testing';
import { DeliveryFailure } from '../channels/delivery-failure.js';
import type { OutgoingSms } from '../channels/sms-sender.js';
import { TwilioSmsSender, twilioCredentialsAreValid } from '../channels/twilio-sms-sender.js';

const ACCOUNT_SID = 'AC5ef8732a3c49700934481addd5ce1659';
const AUTH_TOKEN = '9f2d1c0b8a7e6d5c4b3a29180f1e2d3c';
const FROM = '+41445551234';
const SERVICE = 'MG2b6c0e9d8f7a6b5c4d3e2f1a0b9c8d7e';

let provider: FakeSmsProvider;

beforeEach(async () => {
  provider = await FakeSmsProvider.start();
  provider.addAccount(ACCOUNT_SID, AUTH_TOKEN);
});

afterEach(async () => {
  await provider.stop();
});

function sender(options: { authToken?: string; from?: string; timeoutMs?: number } = {}): TwilioSmsSender {
  return new TwilioSmsSender({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, from: FROM, baseUrl: provider.baseUrl, ...options });
}

const sms = (overrides: Partial<OutgoingSms> = {}): OutgoingSms => ({
  to: '+41791234567',
  body: 'Quartier: Anna confirmed your appointment on Tuesday at 14:00.',
  idempotencyKey: 'delivery-3f1c',
  ...overrides,
});

async function failure(promise: Promise<unknown>): Promise<DeliveryFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DeliveryFailure) return error;
    throw error;
  }
  throw new Error('expected the send to fail');
}

describe('TwilioSmsSender', () => {
  it('sends the text from the tenant’s number and returns Twilio’s message sid', async () => {
    const receipt = await sender().send(sms());
    const [message] = provider.messages();
    expect(receipt.providerMessageId).toBe(message.sid);
    expect(message).toMatchObject({
      to: '+41791234567',
      from: FROM,
      body: 'Quartier: Anna confirmed your appointment on Tuesday at 14:00.',
      idempotencyToken: 'delivery-3f1c',
    });
  });

  it('sends through the tenant’s Messaging Service when its sender is one', async () => {
    await sender({ from: SERVICE }).send(sms());
    expect(provider.messages()[0]).toMatchObject({ from: null, messagingServiceSid: SERVICE });
  });

  it('gives up for good on a number that is not valid (21211)', async () => {
    const refused = await failure(sender().send(sms({ to: '079 123 45 67' })));
    expect(refused).toMatchObject({ permanent: true, code: '21211' });
    expect(provider.messages()).toHaveLength(0);
  });

  it('gives up for good on a recipient who replied STOP (21610)', async () => {
    provider.rejectNumber('+41791234567');
    const refused = await failure(sender().send(sms()));
    expect(refused).toMatchObject({ permanent: true, code: '21610' });
  });

  it('retries later when Twilio is unavailable (503) or throttling (429)', async () => {
    provider.failNext(1, 503);
    provider.failNext(1, 429);
    expect(await failure(sender().send(sms()))).toMatchObject({ permanent: false, code: '20503' });
    expect(await failure(sender().send(sms()))).toMatchObject({ permanent: false, code: '20429' });
    await sender().send(sms());
    expect(provider.messages()).toHaveLength(1);
  });

  it('retries later when the answer never comes, and the retry does not text the recipient twice', async () => {
    provider.timeoutNext(1);
    const lost = await failure(sender({ timeoutMs: 300 }).send(sms()));
    expect(lost.permanent).toBe(false);
    expect(provider.messages()).toHaveLength(1);

    const receipt = await sender().send(sms());
    expect(provider.messages()).toHaveLength(1);
    expect(receipt.providerMessageId).toBe(provider.messages()[0].sid);
  });

  it('retries later with wrong credentials, since the operator can correct them (20003 / 401)', async () => {
    const refused = await failure(sender({ authToken: 'ffffffffffffffffffffffffffffffff' }).send(sms()));
    expect(refused).toMatchObject({ permanent: false, code: '20003' });
    expect(refused.message).not.toContain('ffffffffffffffffffffffffffffffff');
  });

  it('retries later when Twilio cannot be reached at all', async () => {
    const { baseUrl } = provider;
    await provider.stop();
    const unreachable = new TwilioSmsSender({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, from: FROM, baseUrl });
    expect(await failure(unreachable.send(sms()))).toMatchObject({ permanent: false, code: null });
  });

  it('stops waiting when the caller cancels, leaving the delivery to be retried', async () => {
    provider.timeoutNext(1);
    const cancel = new AbortController();
    const sending = failure(sender().send(sms(), cancel.signal));
    await provider.waitForCount(1, 5000);
    cancel.abort();
    expect(await sending).toMatchObject({ permanent: false, message: expect.stringContaining('cancelled') });
  });
});

describe('twilioCredentialsAreValid', () => {
  it('accepts an account sid, a token and an E.164 number or a Messaging Service', () => {
    expect(twilioCredentialsAreValid({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, from: FROM })).toBeNull();
    expect(twilioCredentialsAreValid({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, from: SERVICE })).toBeNull();
  });

  it('names the field that is wrong', () => {
    expect(twilioCredentialsAreValid({ accountSid: 'SK5ef8732a3c49700934481addd5ce1659', authToken: AUTH_TOKEN, from: FROM })).toBe('accountSid');
    expect(twilioCredentialsAreValid({ accountSid: ACCOUNT_SID, authToken: 'not-a-token', from: FROM })).toBe('authToken');
    expect(twilioCredentialsAreValid({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, from: '044 555 12 34' })).toBe('from');
    expect(twilioCredentialsAreValid({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, from: 'MG123' })).toBe('from');
    // Too short to be anyone's sender number, though E.164 in form.
    expect(twilioCredentialsAreValid({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, from: '+41123' })).toBe('from');
  });
});
