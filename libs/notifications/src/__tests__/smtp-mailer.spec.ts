import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ValidationError } from '@quartier/platform';
import { SmtpSink } from '@quartier/testing';
import { createServer, type Server, type Socket } from 'node:net';
import { DeliveryFailure } from '../channels/delivery-failure.js';
import type { OutgoingEmail } from '../channels/mailer.js';
import { redactSmtpUrl, SmtpMailer, smtpUrlIsValid } from '../channels/smtp-mailer.js';

let sink: SmtpSink;
let mailer: SmtpMailer;

beforeEach(async () => {
  sink = await SmtpSink.start();
  mailer = SmtpMailer.fromUrl(sink.url, { timeoutMs: 10_000 });
});

afterEach(async () => {
  await mailer.close();
  await sink.stop();
});

function email(overrides: Partial<OutgoingEmail> = {}): OutgoingEmail {
  return {
    messageId: '01970a3c-8f1e-7c2a-9b1d-5e6f7a8b9c0d@alpine.quartier.test',
    from: { name: 'Alpine Helpers', address: 'no-reply@alpine.quartier.test' },
    to: 'anna@example.ch',
    subject: 'Your helper confirmed Monday, 09:00',
    text: 'Hello Anna,\n\nLuca will come on Monday at 09:00.',
    html: '<p>Hello Anna,</p><p>Luca will come on <b>Monday at 09:00</b>.</p>',
    headers: { 'X-Quartier-Delivery': '01970a3c-8f1e-7c2a-9b1d-5e6f7a8b9c0d' },
    ...overrides,
  };
}

async function failureOf(promise: Promise<unknown>): Promise<DeliveryFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DeliveryFailure) return error;
    throw error;
  }
  throw new Error('expected the send to fail');
}

/** A port nothing listens on: bound once by the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('SmtpMailer', () => {
  it('delivers the mail with its own Message-ID, sender name, subject, bodies and headers', async () => {
    const mail = email();

    const receipt = await mailer.send(mail);

    const received = sink.byMessageId(mail.messageId);
    expect(received).toMatchObject({
      messageId: mail.messageId,
      from: { name: 'Alpine Helpers', address: 'no-reply@alpine.quartier.test' },
      to: ['anna@example.ch'],
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    });
    expect(received!.headers['x-quartier-delivery']).toBe('01970a3c-8f1e-7c2a-9b1d-5e6f7a8b9c0d');
    // The queue id the server named in its 250 reply is what operators look up at the provider.
    expect(receipt.providerMessageId).toBe(received!.queueId);
  });

  it('keeps non-ASCII subjects and sender names intact', async () => {
    const mail = email({ subject: 'Bestätigung: Zügeln am Montag', from: { name: 'Zürcher Helfer', address: 'hallo@zuerich.quartier.test' } });

    await mailer.send(mail);

    expect(sink.byMessageId(mail.messageId)).toMatchObject({ subject: mail.subject, from: { name: 'Zürcher Helfer' } });
  });

  it('reports a recipient the server refuses as permanent with its code, and keeps delivering others', async () => {
    sink.rejectRecipient('gone@example.ch');

    const failure = await failureOf(mailer.send(email({ to: 'gone@example.ch' })));
    await mailer.send(email({ messageId: 'second@alpine.quartier.test' }));

    expect(failure).toMatchObject({ permanent: true, code: '550' });
    expect(failure.message).toContain('recipient');
    expect(sink.messages().map((message) => message.messageId)).toEqual(['second@alpine.quartier.test']);
  });

  it('reports a mailbox that is only unavailable for now as temporary', async () => {
    sink.rejectRecipient(/@busy\.example$/, 450);

    const failure = await failureOf(mailer.send(email({ to: 'anna@busy.example' })));

    expect(failure).toMatchObject({ permanent: false, code: '450' });
  });

  it('reports a temporary server failure as temporary, and the retry arrives once', async () => {
    sink.failNext(1);
    const mail = email();

    const failure = await failureOf(mailer.send(mail));
    await mailer.send(mail);

    expect(failure).toMatchObject({ permanent: false, code: '451' });
    expect(sink.count()).toBe(1);
    expect(sink.duplicates()).toEqual([]);
  });

  it('reports a sender refused for now at MAIL FROM as temporary', async () => {
    sink.failNext(1, 451, 'mail-from');

    const failure = await failureOf(mailer.send(email()));

    expect(failure).toMatchObject({ permanent: false, code: '451' });
    expect(failure.message).toContain('sender');
  });

  it('reports a message over the server size limit as permanent', async () => {
    const small = await SmtpSink.start({ size: 2_000 });
    const toSmall = SmtpMailer.fromUrl(small.url);
    try {
      const failure = await failureOf(toSmall.send(email({ html: `<p>${'x'.repeat(10_000)}</p>` })));

      expect(failure.permanent).toBe(true);
      expect(small.count()).toBe(0);
    } finally {
      await toSmall.close();
      await small.stop();
    }
  });

  it('reports a server nobody answers on as temporary', async () => {
    const unreachable = SmtpMailer.fromUrl(`smtp://127.0.0.1:${await closedPort()}`);
    try {
      const failure = await failureOf(unreachable.send(email()));

      expect(failure).toMatchObject({ permanent: false, code: 'ECONNREFUSED' });
    } finally {
      await unreachable.close();
    }
  });

  it('gives up on a server that never greets and reports it as temporary', async () => {
    const sockets = new Set<Socket>();
    const silent: Server = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    const waiting = SmtpMailer.fromUrl(`smtp://127.0.0.1:${port}`, { timeoutMs: 200 });
    try {
      const failure = await failureOf(waiting.send(email()));

      expect(failure).toMatchObject({ permanent: false, code: 'ETIMEDOUT' });
    } finally {
      await waiting.close();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('reports a cancelled send as an interruption to retry, and nothing goes out', async () => {
    const failure = await failureOf(mailer.send(email({ messageId: 'cancelled@alpine.quartier.test' }), AbortSignal.abort()));
    await mailer.send(email({ messageId: 'next@alpine.quartier.test' }));

    expect(failure.permanent).toBe(false);
    expect(failure.message).toContain('interrupted');
    expect(sink.messages().map((message) => message.messageId)).toEqual(['next@alpine.quartier.test']);
  });

  it('sends the same Message-ID again when a delivery is repeated, which the sink counts', async () => {
    const mail = email();

    await mailer.send(mail);
    await mailer.send(mail);

    expect(sink.duplicates()).toEqual([{ messageId: mail.messageId, count: 2 }]);
  });

  it('delivers several mails at once over its pool', async () => {
    const mails = Array.from({ length: 8 }, (_, i) => email({ messageId: `m-${i}@alpine.quartier.test`, to: `user${i}@example.ch` }));

    await Promise.all(mails.map((mail) => mailer.send(mail)));

    expect(sink.messages().map((message) => message.messageId).sort()).toEqual(mails.map((mail) => mail.messageId).sort());
  });

  it('logs in with the credentials of the URL', async () => {
    const withLogin = SmtpMailer.fromUrl(`smtp://tenant%40alpine.example:s%3Acret@127.0.0.1:${sink.port}`, { pool: false });
    try {
      await withLogin.send(email());

      expect(sink.messages()[0]!.authenticatedAs).toBe('tenant@alpine.example');
    } finally {
      await withLogin.close();
    }
  });

  it('refuses to send once closed', async () => {
    await mailer.close();

    const failure = await failureOf(mailer.send(email()));

    expect(failure.permanent).toBe(false);
    expect(sink.count()).toBe(0);
  });

  it('refuses a URL it cannot connect to', () => {
    expect(() => SmtpMailer.fromUrl('https://mail.example.ch')).toThrow(ValidationError);
  });
});

describe('smtpUrlIsValid', () => {
  it.each(['smtp://mail.example.ch', 'smtps://user:pass@mail.example.ch:465', 'smtp://127.0.0.1:2525', 'smtp://[::1]:25'])('accepts %s', (url) => {
    expect(smtpUrlIsValid(url)).toBe(true);
  });

  it.each(['', 'mail.example.ch', 'https://mail.example.ch', 'smtp://', 'smtp:///path', 'smtp://user:%zz@mail.example.ch'])('refuses %p', (url) => {
    expect(smtpUrlIsValid(url)).toBe(false);
  });
});

describe('redactSmtpUrl', () => {
  it('hides the password and keeps everything else', () => {
    expect(redactSmtpUrl('smtps://tenant%40alpine.example:hunter2@mail.example.ch:465')).toBe('smtps://tenant%40alpine.example:••••@mail.example.ch:465');
  });

  it('leaves a URL without a password as it is', () => {
    expect(redactSmtpUrl('smtp://mail.example.ch:25')).toBe('smtp://mail.example.ch:25');
    expect(redactSmtpUrl('smtp://relay@mail.example.ch')).toBe('smtp://relay@mail.example.ch');
  });

  it('shows nothing of a value that is not a URL', () => {
    expect(redactSmtpUrl('user:secret@mail')).toBe('••••');
  });
});
