// An operator's webhook endpoint on loopback for tests: it records every request byte for byte,
// answers as a test scripts it, and checks signatures with its own reading of docs/webhooks.md.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readBody } from './http-request.js';

export interface ReceivedWebhook {
  method: string;
  /** Path and query string, as requested. */
  path: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** The raw body, decoded as UTF-8. */
  body: string;
  receivedAt: Date;
  /** The status answered, or null for a request the receiver left hanging. */
  answeredWith: number | null;
}

type Answer = { kind: 'status'; status: number; body: string | null; headers: Record<string, string> } | { kind: 'hang' };

interface ScriptStep {
  answer: Answer;
  remaining: number;
}

interface CountWaiter {
  count: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

export class WebhookReceiver {
  private readonly server: Server;
  private port: number | null = null;
  private readonly sockets = new Set<Socket>();
  private received: ReceivedWebhook[] = [];
  private script: ScriptStep[] = [];
  private waiters: CountWaiter[] = [];

  private constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  /** Listens on 127.0.0.1 on a free port. */
  static async start(): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver();
    await new Promise<void>((resolve, reject) => {
      receiver.server.once('error', reject);
      receiver.server.listen(0, '127.0.0.1', () => resolve());
    });
    receiver.port = (receiver.server.address() as AddressInfo).port;
    return receiver;
  }

  url(path = '/hooks'): string {
    if (this.port === null) throw new Error('WebhookReceiver is stopped');
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** Also cuts the connections of requests left hanging, so a sender waiting on them sees them close. */
  async stop(): Promise<void> {
    if (this.port === null) return;
    this.port = null;
    for (const waiter of this.waiters) waiter.reject(new Error('WebhookReceiver stopped while a test was waiting for requests'));
    this.waiters = [];
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await closed;
  }

  requests(): ReceivedWebhook[] {
    return [...this.received];
  }

  /** Forgets the recorded requests; the scripted answers stay. */
  clear(): void {
    this.received = [];
  }

  /**
   * Answers the next `times` requests with `status` (with `answer.body`, else a short text), then
   * 200 again. Replaces whatever was scripted before, so `respondWith(200)` undoes any script.
   */
  respondWith(status: number, times = Infinity, answer: { body?: string; headers?: Record<string, string> } = {}): void {
    this.script = [{ answer: { kind: 'status', status, body: answer.body ?? null, headers: answer.headers ?? {} }, remaining: times }];
  }

  /** Queues `count` failed answers after whatever is already scripted. */
  failNext(count: number, status = 500): void {
    this.script.push({ answer: { kind: 'status', status, body: null, headers: {} }, remaining: count });
  }

  /** Queues `count` requests that get no answer at all, like an endpoint stuck behind a dead upstream. */
  hangNext(count: number): void {
    this.script.push({ answer: { kind: 'hang' }, remaining: count });
  }

  /** Resolves with the recorded requests once at least `count` have arrived. */
  async waitForCount(count: number, timeoutMs = 5_000): Promise<ReceivedWebhook[]> {
    if (this.received.length < count) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          this.waiters = this.waiters.filter((waiter) => waiter !== entry);
          reject(new Error(`Expected ${count} webhook request(s) within ${timeoutMs} ms, received ${this.received.length}`));
        }, timeoutMs);
        const entry: CountWaiter = {
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        };
        this.waiters.push(entry);
      });
    }
    return this.requests();
  }

  /**
   * The recorded requests whose `Quartier-Signature` is valid for `secret`, checked the way an
   * operator's endpoint would from the documentation alone: HMAC-SHA256 keyed with the secret
   * over `<t>.<raw body>`, any `v1` entry matching, `t` within the tolerance of the arrival time.
   */
  verifiedWith(secret: string, toleranceSeconds = 300): ReceivedWebhook[] {
    return this.received.filter((request) => carriesValidSignature(request, secret, toleranceSeconds));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: string;
    try {
      body = await readBody(req);
    } catch {
      // The sender gave up mid-body (its timeout, its abort): nothing arrived to record.
      return;
    }
    const answer = this.nextAnswer();
    const request: ReceivedWebhook = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: flattenHeaders(req),
      body,
      receivedAt: new Date(),
      answeredWith: answer.kind === 'status' ? answer.status : null,
    };
    this.received.push(request);
    this.notifyWaiters();
    if (answer.kind === 'hang') return;
    const reply = answer.body ?? (answer.status >= 200 && answer.status < 300 ? 'received' : `scripted failure ${answer.status}`);
    res.writeHead(answer.status, { 'Content-Type': 'text/plain; charset=utf-8', ...answer.headers }).end(reply);
  }

  private nextAnswer(): Answer {
    const step = this.script[0];
    if (!step) return { kind: 'status', status: 200, body: null, headers: {} };
    step.remaining -= 1;
    if (step.remaining <= 0) this.script.shift();
    return step.answer;
  }

  private notifyWaiters(): void {
    const reached = this.waiters.filter((waiter) => this.received.length >= waiter.count);
    this.waiters = this.waiters.filter((waiter) => this.received.length < waiter.count);
    for (const waiter of reached) waiter.resolve();
  }
}

function flattenHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function carriesValidSignature(request: ReceivedWebhook, secret: string, toleranceSeconds: number): boolean {
  const header = request.headers['quartier-signature'];
  if (!header) return false;
  const timestamps: string[] = [];
  const signatures: string[] = [];
  for (const pair of header.split(',')) {
    const [name, ...rest] = pair.split('=');
    const value = rest.join('=').trim();
    if (name?.trim() === 't') timestamps.push(value);
    if (name?.trim() === 'v1') signatures.push(value);
  }
  const [timestamp] = timestamps;
  if (timestamps.length !== 1 || !timestamp || !/^\d+$/.test(timestamp)) return false;

  const expected = createHmac('sha256', secret).update(`${timestamp}.${request.body}`).digest();
  // Buffer.from(…, 'hex') stops quietly at the first non-hex character, so the shape is checked first.
  const matches = signatures.some((hex) => /^[0-9a-f]{64}$/i.test(hex) && timingSafeEqual(Buffer.from(hex, 'hex'), expected));
  const ageSeconds = Math.abs(request.receivedAt.getTime() / 1000 - Number(timestamp));
  return matches && ageSeconds <= toleranceSeconds;
}
