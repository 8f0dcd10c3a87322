// The email adapter for any SMTP server, built from the deployment's SMTP_URL or a tenant's own
// SMTP URL. Tells the delivery job which refusals are worth retrying.
import { ValidationError } from '@quartier/platform';
import nodemailer, { type NodemailerError, type SMTPSentMessageInfo, type SMTPTransportOptions, type Transporter } from 'nodemailer';
import { DeliveryFailure } from './delivery-failure.js';
import { Mailer, type OutgoingEmail, type SentReceipt } from './mailer.js';

export interface SmtpMailerOptions {
  /** Bounds connecting, the server's greeting and every silence on the socket. Default 20 s. */
  timeoutMs?: number;
  /** Keep connections open between messages. Default true. */
  pool?: boolean;
  /** Open connections per mailer when pooled. Default 5. */
  maxConnections?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;
/** Connections a pooled mailer opens: a batch's mails go out this many at a time. */
export const DEFAULT_MAX_CONNECTIONS = 5;
const REDACTED = '••••';

/** Whether a settings value is an smtp: or smtps: URL with a host this adapter can connect to. */
export function smtpUrlIsValid(url: string): boolean {
  return parseSmtpUrl(url) !== null;
}

/** The URL with its password replaced, for operators' views of the settings. */
export function redactSmtpUrl(url: string): string {
  // Of anything else nothing can say where a password would sit in it, so none of it is shown.
  if (!smtpUrlIsValid(url)) return REDACTED;
  const parsed = new URL(url);
  if (!parsed.password) return url;
  // Set through the URL API the bullets would come back percent-encoded.
  parsed.password = 'redacted';
  return parsed.href.replace(':redacted@', `:${REDACTED}@`);
}

export class SmtpMailer extends Mailer {
  private readonly inFlight = new Set<Promise<unknown>>();
  private closed = false;

  private constructor(private readonly transporter: Transporter<SMTPSentMessageInfo, SMTPTransportOptions>) {
    super();
  }

  /**
   * Only the URL's scheme, host, port and credentials are read, not its query options: a tenant's
   * URL chooses the server, while timeouts, pooling and logging stay Quartier's.
   */
  static fromUrl(url: string, options: SmtpMailerOptions = {}): SmtpMailer {
    const server = parseSmtpUrl(url);
    if (!server) throw new ValidationError('smtpUrl', 'Use an smtp:// or smtps:// URL with a host');
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const common = {
      ...server,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
      dnsTimeout: timeoutMs,
      logger: false,
      // Templates render text and HTML only; nothing in a mail may make the worker read a file or a URL.
      disableFileAccess: true,
      disableUrlAccess: true,
    };
    const transporter =
      options.pool === false
        ? nodemailer.createTransport(common)
        : nodemailer.createTransport({ ...common, pool: true, maxConnections: options.maxConnections ?? DEFAULT_MAX_CONNECTIONS });
    return new SmtpMailer(transporter);
  }

  async send(mail: OutgoingEmail, signal?: AbortSignal): Promise<SentReceipt> {
    if (this.closed) throw DeliveryFailure.temporary('The mailer is closed');
    const sending = this.transporter.sendMail({
      messageId: mail.messageId,
      from: { name: mail.from.name, address: mail.from.address },
      // An object, so an address is never read as a list of several.
      to: { name: '', address: mail.to },
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: mail.headers,
      signal,
    });
    const settled = sending.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight.add(settled);
    try {
      const info = await sending;
      return { providerMessageId: providerMessageIdOf(info) };
    } catch (error) {
      throw deliveryFailureOf(error, signal);
    } finally {
      this.inFlight.delete(settled);
    }
  }

  /** Resolves once the connections are closed and the sends already under way have ended. */
  async close(): Promise<void> {
    this.closed = true;
    this.transporter.close();
    await Promise.all(this.inFlight);
  }
}

interface SmtpServerSettings {
  host: string;
  port?: number;
  secure: boolean;
  auth?: { user: string; pass: string };
}

function parseSmtpUrl(url: string): SmtpServerSettings | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') return null;
    const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
    if (!host) return null;
    const settings: SmtpServerSettings = { host, secure: parsed.protocol === 'smtps:' };
    if (parsed.port) settings.port = Number(parsed.port);
    if (parsed.username || parsed.password) {
      settings.auth = { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) };
    }
    return settings;
  } catch {
    return null;
  }
}

/**
 * What the server calls the message: the id a provider names when it replaces the Message-ID,
 * else the queue id of the usual "250 … queued as X" / "250 OK id=X" replies, else the Message-ID.
 */
function providerMessageIdOf(info: SMTPSentMessageInfo): string {
  if (info.serverMessageId) return info.serverMessageId;
  const reply = info.response ?? '';
  const queueId = /\bqueued as\s+([\w.-]+)/i.exec(reply) ?? /\bid=([\w.-]+)/i.exec(reply);
  return queueId?.[1] ?? info.messageId;
}

/** The part of the mail each envelope command carries. */
const REFUSED_PART: Record<string, string> = {
  'MAIL FROM': 'the sender',
  'RCPT TO': 'the recipient',
  DATA: 'the message',
};

function deliveryFailureOf(error: unknown, signal: AbortSignal | undefined): DeliveryFailure {
  if (error instanceof DeliveryFailure) return error;
  const failure = (error ?? {}) as NodemailerError;
  // The server may have taken the message before the send was given up; its fixed Message-ID
  // lets a retry be recognised as the same mail.
  if (failure.code === 'EABORT' || signal?.aborted) return DeliveryFailure.temporary('The SMTP send was interrupted');

  const reply = failure.responseCode;
  if (reply) {
    const code = String(reply);
    const command = failure.command ?? 'SMTP';
    const refused = REFUSED_PART[command];
    const refusal = `The mail server refused ${refused ?? 'the session'} (${command}): ${failure.response ?? failure.message}`;
    // Only a refusal of this mail (its sender, recipient or content) is final. A server refusing
    // the session (greeting, login) is the operator's to fix, and retrying meanwhile lets a
    // corrected setting deliver it. 503 says the session was out of step, not that the mail was refused.
    if (refused && reply >= 500 && reply !== 503) return DeliveryFailure.permanent(refusal, code);
    return DeliveryFailure.temporary(refusal, code);
  }

  const code = failure.originalCode ?? failure.code ?? null;
  const reason = failure.message || String(error);
  // Refused before anything reached a server (no recipient, a message over the server's SIZE):
  // the same mail would be refused again.
  if (failure.code === 'EENVELOPE' || failure.code === 'EMESSAGE') {
    return DeliveryFailure.permanent(`The mail could not be sent: ${reason}`, code);
  }
  return DeliveryFailure.temporary(`The mail server gave no answer: ${reason}`, code);
}
