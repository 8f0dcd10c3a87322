// A real SMTP server on loopback for tests: Quartier's mailer talks to it as to any mail server,
// and the test reads what arrived, sees the same message arriving twice, and makes the server
// refuse recipients or fail for a while the way real ones do.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerAddress, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

export interface ReceivedEmail {
  /** The Message-ID header without its angle brackets; null when the message carried none. */
  messageId: string | null;
  /** The first mailbox of the From header. */
  from: { name: string; address: string } | null;
  /** The envelope recipients (RCPT TO): who the server accepted the message for. */
  to: string[];
  /** The envelope sender (MAIL FROM). */
  envelopeFrom: string;
  subject: string;
  text: string;
  html: string | null;
  /** Header values by lowercase name, decoded; a header present more than once keeps its first value. */
  headers: Record<string, string>;
  /** The user the client logged in as, when it did. */
  authenticatedAs: string | null;
  /** The id the sink named in its 250 reply ("queued as …"), as a provider's queue id. */
  queueId: string;
  receivedAt: Date;
}

export interface SmtpSinkOptions {
  /** Largest message accepted, in bytes (advertised as SIZE; a larger one gets 552). */
  size?: number;
  /** A slow server: each message is answered this long after its data arrived. */
  replyDelayMs?: number;
}

/** Where an injected temporary failure strikes: before anything is sent, or after the whole message was. */
export type FailureStage = 'mail-from' | 'data';

interface RecipientRejection {
  match: string | RegExp;
  code: number;
}

interface PlannedFailures {
  remaining: number;
  code: number;
  stage: FailureStage;
}

interface CountWaiter {
  count: number;
  resolve: () => void;
}

export class SmtpSink {
  private readonly received: ReceivedEmail[] = [];
  private rejections: RecipientRejection[] = [];
  private failures: PlannedFailures | null = null;
  private waiters: CountWaiter[] = [];

  private readonly server: SMTPServer;
  private listeningOn = 0;
  /** Errors of the server itself (not of a client hanging up), for tests to assert on. */
  readonly serverErrors: Error[] = [];

  private readonly replyDelayMs: number;

  private constructor(options: SmtpSinkOptions) {
    this.replyDelayMs = options.replyDelayMs ?? 0;
    this.server = new SMTPServer({
      authOptional: true,
      // Tenants' SMTP URLs carry credentials; the sink takes any, over plain text, as no real server would.
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      size: options.size,
      rejectOversized: options.size !== undefined,
      // A stopped sink hangs up on connected clients at once instead of waiting for them to leave.
      closeTimeout: 10,
      onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? 'anonymous' }),
      onMailFrom: (_address, _session, callback) => callback(this.failureAt('mail-from')),
      onRcptTo: (address, _session, callback) => callback(this.rejectionOf(address)),
      onData: (stream, session, callback) => {
        this.receive(stream, session).then(
          (queueId) => callback(null, `OK: queued as ${queueId}`),
          (error: unknown) => callback(error instanceof Error ? error : smtpError(451, String(error))),
        );
      },
    });
    // A client killed mid-conversation (a worker process SIGKILLed by a crash test) resets its
    // connection; that ends the conversation, as on any mail server, and is no error of the sink.
    this.server.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') this.serverErrors.push(error);
    });
  }

  static async start(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
    const sink = new SmtpSink(options);
    const { server } = sink.server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      sink.server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    sink.listeningOn = (server.address() as AddressInfo).port;
    return sink;
  }

  get port(): number {
    return this.listeningOn;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  messages(): ReceivedEmail[] {
    return this.received.map((message) => ({ ...message, to: [...message.to], headers: { ...message.headers } }));
  }

  /** The first copy received with this Message-ID (angle brackets optional). */
  byMessageId(messageId: string): ReceivedEmail | undefined {
    const wanted = bareMessageId(messageId);
    const found = this.received.find((message) => message.messageId === wanted);
    return found && { ...found, to: [...found.to], headers: { ...found.headers } };
  }

  count(): number {
    return this.received.length;
  }

  /** Forgets the messages received so far; injected failures stay (see reset). */
  clear(): void {
    this.received.length = 0;
  }

  /**
   * Message-IDs that arrived more than once, with how many copies. A mailbox that keeps one copy
   * per Message-ID would show each of them once; the sink keeps every copy so a resend is visible.
   */
  duplicates(): Array<{ messageId: string; count: number }> {
    const counts = new Map<string, number>();
    for (const { messageId } of this.received) {
      if (messageId !== null) counts.set(messageId, (counts.get(messageId) ?? 0) + 1);
    }
    return [...counts].filter(([, count]) => count > 1).map(([messageId, count]) => ({ messageId, count }));
  }

  /** Refuses a recipient at RCPT TO, as a server does for a mailbox that does not exist (5xx) or is full (4xx). */
  rejectRecipient(match: string | RegExp, code = 550): void {
    this.rejections.push({ match, code });
  }

  /**
   * Fails the next `count` messages with a temporary error, at the end of DATA (the whole message
   * was sent, the server did not take it) or at MAIL FROM (nothing was sent).
   */
  failNext(count: number, code = 451, stage: FailureStage = 'data'): void {
    this.failures = count > 0 ? { remaining: count, code, stage } : null;
  }

  /** Removes every injected failure; received messages stay (see clear). */
  reset(): void {
    this.rejections = [];
    this.failures = null;
  }

  /** Resolves once at least `count` messages have arrived; rejects after `timeoutMs` saying how many did. */
  async waitForCount(count: number, timeoutMs: number): Promise<void> {
    if (this.received.length >= count) return;
    await new Promise<void>((resolve, reject) => {
      const waiter: CountWaiter = {
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((other) => other !== waiter);
        const arrived = this.received.length;
        reject(new Error(`SmtpSink expected ${count} message(s) within ${timeoutMs} ms, but ${arrived} arrived`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  private failureAt(stage: FailureStage): Error | null {
    const failures = this.failures;
    if (!failures || failures.stage !== stage) return null;
    failures.remaining -= 1;
    if (failures.remaining <= 0) this.failures = null;
    return smtpError(failures.code, 'Try again later');
  }

  private rejectionOf(recipient: SMTPServerAddress): Error | null {
    const address = recipient.address.toLowerCase();
    const rejection = this.rejections.find(({ match }) =>
      typeof match === 'string' ? match.toLowerCase() === address : match.test(recipient.address),
    );
    if (!rejection) return null;
    const text = rejection.code >= 500 ? `Mailbox ${recipient.address} does not exist` : `Mailbox ${recipient.address} is unavailable`;
    return smtpError(rejection.code, text);
  }

  private async receive(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    // The server answers 552 itself; the message must not count as received.
    if (stream.sizeExceeded) throw smtpError(552, 'Message too big');
    if (this.replyDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.replyDelayMs));
    const failure = this.failureAt('data');
    if (failure) throw failure;

    const parsed = await simpleParser(Buffer.concat(chunks));
    const queueId = randomBytes(6).toString('hex').toUpperCase();
    const mailFrom = session.envelope.mailFrom;
    this.received.push({
      messageId: parsed.messageId ? bareMessageId(parsed.messageId) : null,
      from: firstMailbox(parsed),
      to: session.envelope.rcptTo.map((recipient) => recipient.address),
      envelopeFrom: mailFrom ? mailFrom.address : '',
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      html: typeof parsed.html === 'string' ? parsed.html : null,
      headers: headersOf(parsed),
      authenticatedAs: typeof session.user === 'string' ? session.user : null,
      queueId,
      receivedAt: new Date(),
    });
    const arrived = this.received.length;
    const due = this.waiters.filter((waiter) => waiter.count <= arrived);
    this.waiters = this.waiters.filter((waiter) => waiter.count > arrived);
    for (const waiter of due) waiter.resolve();
    return queueId;
  }
}

function smtpError(responseCode: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode });
}

function bareMessageId(messageId: string): string {
  return messageId.trim().replace(/^<|>$/g, '');
}

function firstMailbox(parsed: ParsedMail): ReceivedEmail['from'] {
  const mailbox = parsed.from?.value[0];
  return mailbox ? { name: mailbox.name, address: mailbox.address ?? '' } : null;
}

function headersOf(parsed: ParsedMail): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { key, line } of parsed.headerLines) {
    if (key in headers) continue;
    const decoded = parsed.headers.get(key);
    if (typeof decoded === 'string') headers[key] = decodeWords(decoded);
    else if (Array.isArray(decoded) && typeof decoded[0] === 'string') headers[key] = decodeWords(decoded[0]);
    // Structured values (addresses, dates, content types) keep their text as it was sent.
    else headers[key] = line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
  }
  return headers;
}

// mailparser decodes only the headers it knows; a custom header with non-ASCII text arrives as
// RFC 2047 encoded words ("=?UTF-8?Q?R=C3=BCckfrage?="), which a test wants to read as sent.
const ENCODED_WORD = /=\?([^?*]+)(?:\*[^?]*)?\?([BbQq])\?([^?]*)\?=/g;

function decodeWords(value: string): string {
  // Whitespace between two encoded words belongs to neither (RFC 2047, section 6.2).
  const joined = value.replace(/(\?=)\s+(?==\?)/g, '$1');
  return joined.replace(ENCODED_WORD, (word, charset: string, encoding: string, text: string) => {
    try {
      const bytes =
        encoding.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
      return new TextDecoder(charset).decode(bytes);
    } catch {
      return word;
    }
  });
}
