// A Twilio-compatible Messages endpoint on loopback, so the real SMS adapter is tested over real
// HTTP: Basic auth per account, E.164 checks, idempotency tokens, and injected outages.
import { randomBytes } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse, STATUS_CODES } from 'node:http';
import { AddressInfo, Socket } from 'node:net';
import { firstHeader, readBody } from './http-request.js';

export interface FakeSms {
  sid: string;
  accountSid: string;
  to: string;
  /** The sending number; null when the message went through a Messaging Service. */
  from: string | null;
  messagingServiceSid: string | null;
  body: string;
  receivedAt: Date;
  idempotencyToken: string | null;
}

export interface FakeSmsProviderOptions {
  /** Stamps `receivedAt` and `date_created`; defaults to the system clock. */
  now?: () => Date;
}

interface TwilioError {
  status: number;
  code: number;
  message: string;
}

interface StoredAnswer {
  status: number;
  body: string;
}

const MESSAGES_PATH = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/;
const E164 = /^\+[1-9]\d{1,14}$/;
const MAX_BODY = 1600;

const REJECTION_MESSAGES: Record<number, string> = {
  21211: "The 'To' number is not a valid phone number.",
  21408: "Permission to send an SMS has not been enabled for the region indicated by the 'To' number.",
  21610: 'Attempt to send to unsubscribed recipient',
  21612: "The 'To' phone number is not currently reachable via SMS.",
  21614: "'To' number is not a valid mobile number",
};

export class FakeSmsProvider {
  private server?: Server;
  private url?: string;
  private readonly sockets = new Set<Socket>();
  private readonly accounts = new Map<string, string>();
  private readonly rejected = new Map<string, number>();
  /** Per account and token: the answer first given, replayed for every repeat. */
  private readonly answers = new Map<string, StoredAnswer>();
  private recorded: FakeSms[] = [];
  private failures: number[] = [];
  private timeouts = 0;
  private waiters: Array<() => void> = [];
  private readonly now: () => Date;

  private constructor(options: FakeSmsProviderOptions) {
    this.now = options.now ?? (() => new Date());
  }

  static async start(options: FakeSmsProviderOptions = {}): Promise<FakeSmsProvider> {
    const provider = new FakeSmsProvider(options);
    await provider.listen();
    return provider;
  }

  /** Pass as the adapter's `baseUrl`. */
  get baseUrl(): string {
    if (!this.url) throw new Error('FakeSmsProvider is stopped');
    return this.url;
  }

  /** Closes every socket too, including those left unanswered by `timeoutNext`. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.url = undefined;
    if (!server) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await closed;
  }

  addAccount(accountSid: string, authToken: string): void {
    this.accounts.set(accountSid, authToken);
  }

  /** Every message accepted so far, oldest first (also those whose answer never left). */
  messages(): FakeSms[] {
    return this.recorded.map((sms) => ({ ...sms }));
  }

  /** The next `count` requests are answered with `status` before anything is checked or recorded. */
  failNext(count: number, status = 503): void {
    for (let i = 0; i < count; i++) this.failures.push(status);
  }

  /** Every message to `e164` is refused with Twilio's `code` (21610: the recipient replied STOP). */
  rejectNumber(e164: string, code = 21610): void {
    this.rejected.set(e164, code);
  }

  /** The next `count` messages are accepted and recorded, but their answer is never sent. */
  timeoutNext(count: number): void {
    this.timeouts += count;
  }

  /** Forgets messages, injected failures, rejected numbers and idempotency tokens; keeps accounts. */
  reset(): void {
    this.recorded = [];
    this.failures = [];
    this.timeouts = 0;
    this.rejected.clear();
    this.answers.clear();
  }

  /** Resolves with the messages once at least `count` were accepted; rejects after `timeoutMs`. */
  async waitForCount(count: number, timeoutMs = 5000): Promise<FakeSms[]> {
    if (this.recorded.length >= count) return this.messages();
    return new Promise<FakeSms[]>((resolve, reject) => {
      const check = (): void => {
        if (this.recorded.length < count) return;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((waiter) => waiter !== check);
        resolve(this.messages());
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== check);
        reject(new Error(`FakeSmsProvider received ${this.recorded.length} of ${count} messages within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(check);
    });
  }

  private async listen(): Promise<void> {
    // A client that hangs up mid-request is no failure of the fake: drop that socket and carry on.
    const server = createServer((req, res) => void this.handle(req, res).catch(() => res.destroy()));
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const injected = this.failures.shift();
    if (injected !== undefined) return reply(res, errorAnswer({ status: injected, code: 20000 + injected, message: STATUS_CODES[injected] ?? 'Service Unavailable' }));

    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const account = MESSAGES_PATH.exec(path)?.[1];
    if (req.method !== 'POST' || !account) {
      return reply(res, errorAnswer({ status: 404, code: 20404, message: `The requested resource ${path} was not found` }));
    }
    if (!this.authenticates(req, account)) {
      return reply(res, errorAnswer({ status: 401, code: 20003, message: 'Authenticate' }));
    }

    const token = firstHeader(req, 'i-twilio-idempotency-token') ?? null;
    const key = token === null ? null : `${account}\n${token}`;
    const earlier = key === null ? undefined : this.answers.get(key);
    if (earlier) return reply(res, earlier);

    const answer = this.accept(account, new URLSearchParams(raw), token);
    if (key !== null) this.answers.set(key, answer);
    if (answer.status === 201 && this.timeouts > 0) {
      // Committed, but the answer is lost: the socket stays open until the client gives up.
      this.timeouts--;
      return;
    }
    reply(res, answer);
  }

  private authenticates(req: IncomingMessage, accountSid: string): boolean {
    const credentials = /^Basic\s+(.+)$/i.exec(firstHeader(req, 'authorization') ?? '')?.[1];
    if (!credentials) return false;
    const decoded = Buffer.from(credentials, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const [sid, token] = [decoded.slice(0, colon), decoded.slice(colon + 1)];
    return colon > 0 && sid === accountSid && this.accounts.get(sid) === token;
  }

  private accept(accountSid: string, form: URLSearchParams, idempotencyToken: string | null): StoredAnswer {
    const to = form.get('To');
    const from = form.get('From');
    const messagingServiceSid = form.get('MessagingServiceSid');
    const body = form.get('Body') ?? '';
    if (!to) return errorAnswer({ status: 400, code: 21604, message: "A 'To' phone number is required." });
    if (!from && !messagingServiceSid) return errorAnswer({ status: 400, code: 21603, message: "A 'From' phone number is required." });
    if (!body) return errorAnswer({ status: 400, code: 21602, message: 'Message body is required.' });
    if (!E164.test(to)) return errorAnswer({ status: 400, code: 21211, message: `The 'To' number ${to} is not a valid phone number.` });
    const rejection = this.rejected.get(to);
    if (rejection !== undefined) {
      return errorAnswer({ status: 400, code: rejection, message: REJECTION_MESSAGES[rejection] ?? `The message to ${to} was refused.` });
    }
    if (body.length > MAX_BODY) return errorAnswer({ status: 400, code: 21617, message: 'The concatenated message body exceeds the 1600 character limit.' });

    const sid = `SM${randomBytes(16).toString('hex')}`;
    const receivedAt = this.now();
    this.recorded.push({ sid, accountSid, to, from, messagingServiceSid, body, receivedAt, idempotencyToken });
    for (const waiter of [...this.waiters]) waiter();

    const created = receivedAt.toUTCString().replace('GMT', '+0000');
    const uri = `/2010-04-01/Accounts/${accountSid}/Messages/${sid}`;
    const message = {
      account_sid: accountSid,
      api_version: '2010-04-01',
      body,
      date_created: created,
      date_sent: null,
      date_updated: created,
      direction: 'outbound-api',
      error_code: null,
      error_message: null,
      from,
      messaging_service_sid: messagingServiceSid,
      num_media: '0',
      num_segments: String(body.length <= 160 ? 1 : Math.ceil(body.length / 153)),
      price: null,
      price_unit: 'USD',
      sid,
      status: messagingServiceSid ? 'accepted' : 'queued',
      subresource_uris: { media: `${uri}/Media.json` },
      to,
      uri: `${uri}.json`,
    };
    return { status: 201, body: JSON.stringify(message) };
  }
}

function errorAnswer(error: TwilioError): StoredAnswer {
  return {
    status: error.status,
    body: JSON.stringify({ code: error.code, message: error.message, more_info: `https://www.twilio.com/docs/errors/${error.code}`, status: error.status }),
  };
}

function reply(res: ServerResponse, answer: StoredAnswer): void {
  res.writeHead(answer.status, { 'Content-Type': 'application/json' });
  res.end(answer.body);
}
