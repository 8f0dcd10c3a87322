import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import nodemailer, { type NodemailerError, type SendMailOptions } from 'nodemailer';
import { SmtpSink } from '../smtp-sink.js';

let sink: SmtpSink;

beforeEach(async () => {
  sink = await SmtpSink.start();
});

afterEach(async () => {
  await sink.stop();
});

function send(message: Partial<SendMailOptions> = {}, url = sink.url) {
  const transport = nodemailer.createTransport(url);
  return transport
    .sendMail({
      from: { name: 'Alpine Helpers', address: 'hello@alpine.example' },
      to: 'anna@example.ch',
      subject: 'Your booking',
      text: 'See you on Monday.',
      html: '<p>See you on <b>Monday</b>.</p>',
      ...message,
    })
    .finally(() => transport.close());
}

async function refusal(promise: Promise<unknown>): Promise<NodemailerError> {
  try {
    await promise;
  } catch (error) {
    return error as NodemailerError;
  }
  throw new Error('expected the SMTP send to fail');
}

describe('SmtpSink', () => {
  it('records what a client sent, as a mailbox would show it', async () => {
    const info = await send({ messageId: '<d-1@alpine.example>', headers: { 'X-Quartier-Delivery': 'd-1', 'X-Topic': 'Rückfrage' } });

    const [message] = sink.messages();
    expect(message).toMatchObject({
      messageId: 'd-1@alpine.example',
      from: { name: 'Alpine Helpers', address: 'hello@alpine.example' },
      to: ['anna@example.ch'],
      envelopeFrom: 'hello@alpine.example',
      subject: 'Your booking',
      text: 'See you on Monday.',
      html: '<p>See you on <b>Monday</b>.</p>',
      authenticatedAs: null,
    });
    expect(message!.headers['x-quartier-delivery']).toBe('d-1');
    expect(message!.headers['x-topic']).toBe('Rückfrage');
    expect(info.response).toContain(`queued as ${message!.queueId}`);
    expect(sink.url).toBe(`smtp://127.0.0.1:${sink.port}`);
  });

  it('finds a message by its Message-ID with or without angle brackets', async () => {
    await send({ messageId: '<d-2@alpine.example>', subject: 'Second' });

    expect(sink.byMessageId('d-2@alpine.example')?.subject).toBe('Second');
    expect(sink.byMessageId('<d-2@alpine.example>')?.subject).toBe('Second');
    expect(sink.byMessageId('d-3@alpine.example')).toBeUndefined();
  });

  it('keeps every copy of a resent message and reports the repeats', async () => {
    await send({ messageId: '<d-1@alpine.example>' });
    await send({ messageId: '<d-1@alpine.example>' });
    await send({ messageId: '<d-1@alpine.example>' });
    await send({ messageId: '<d-2@alpine.example>' });

    expect(sink.count()).toBe(4);
    expect(sink.duplicates()).toEqual([{ messageId: 'd-1@alpine.example', count: 3 }]);

    sink.clear();
    expect(sink.count()).toBe(0);
    expect(sink.duplicates()).toEqual([]);
  });

  it('hands out copies, so a test cannot change what was received', async () => {
    await send({ messageId: '<d-1@alpine.example>' });

    sink.messages()[0]!.to.push('mallory@example.ch');
    sink.messages().pop();

    expect(sink.messages()[0]!.to).toEqual(['anna@example.ch']);
  });

  it('refuses a recipient at RCPT TO with the chosen code, by address or pattern', async () => {
    sink.rejectRecipient('Gone@Example.ch');
    sink.rejectRecipient(/@full\.example$/, 452);

    const gone = await refusal(send({ to: 'gone@example.ch' }));
    const full = await refusal(send({ to: 'box@full.example' }));

    expect(gone).toMatchObject({ responseCode: 550, command: 'RCPT TO' });
    expect(full).toMatchObject({ responseCode: 452, command: 'RCPT TO' });
    expect(sink.count()).toBe(0);

    await send({ to: 'anna@example.ch' });
    expect(sink.messages().map((message) => message.to)).toEqual([['anna@example.ch']]);
  });

  it('fails the next messages at the end of DATA, then accepts again', async () => {
    sink.failNext(2);

    expect(await refusal(send({ subject: 'one' }))).toMatchObject({ responseCode: 451, command: 'DATA' });
    expect(await refusal(send({ subject: 'two' }))).toMatchObject({ responseCode: 451, command: 'DATA' });
    await send({ subject: 'three' });

    expect(sink.messages().map((message) => message.subject)).toEqual(['three']);
  });

  it('fails at MAIL FROM with another code when asked', async () => {
    sink.failNext(1, 421, 'mail-from');

    expect(await refusal(send())).toMatchObject({ responseCode: 421, command: 'MAIL FROM' });
    await send();
    expect(sink.count()).toBe(1);
  });

  it('forgets injected failures on reset but keeps the messages', async () => {
    await send({ subject: 'before' });
    sink.rejectRecipient('anna@example.ch');
    sink.failNext(5);

    sink.reset();
    await send({ subject: 'after' });

    expect(sink.messages().map((message) => message.subject)).toEqual(['before', 'after']);
  });

  it('refuses a message over its size limit with 552 and does not record it', async () => {
    const small = await SmtpSink.start({ size: 2_000 });
    try {
      const tooBig = await refusal(send({ text: 'x'.repeat(10_000) }, small.url));
      await send({ subject: 'fits' }, small.url);

      expect(tooBig.responseCode).toBe(552);
      expect(small.messages().map((message) => message.subject)).toEqual(['fits']);
    } finally {
      await small.stop();
    }
  });

  it('takes any login and records who sent', async () => {
    await send({}, `smtp://tenant%40alpine.example:secret@127.0.0.1:${sink.port}`);

    expect(sink.messages()[0]!.authenticatedAs).toBe('tenant@alpine.example');
  });

  it('waits until enough messages have arrived', async () => {
    const arrived = sink.waitForCount(2, 10_000);
    await send({ subject: 'one' });
    await send({ subject: 'two' });

    await expect(arrived).resolves.toBeUndefined();
    await expect(sink.waitForCount(1, 10_000)).resolves.toBeUndefined();
  });

  it('says how many messages arrived when waiting gives up', async () => {
    await send();

    await expect(sink.waitForCount(3, 50)).rejects.toThrow('expected 3 message(s) within 50 ms, but 1 arrived');
  });

  it('no longer answers once stopped', async () => {
    const stopped = await SmtpSink.start();
    await stopped.stop();

    const error = await refusal(send({}, stopped.url));
    expect(error.originalCode ?? error.code).toBe('ECONNREFUSED');
  });
});
