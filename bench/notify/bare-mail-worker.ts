// Variant (b) of the notification benchmark, the baseline: a bare BullMQ worker on a queue of its
// own, each job carrying one mail rendered beforehand, sent through a nodemailer transport with the
// options SmtpMailer gives its own (pooled, 5 connections, the send timeout on connecting, greeting,
// socket and DNS, no file or URL access). No Postgres, no Nest, no fan-out, no delivery log.
import { type AppConfig, redisQueueName } from '@quartier/platform';
import { type Job, Worker } from 'bullmq';
import nodemailer from 'nodemailer';

export const BARE_QUEUE = 'notifications-bare';

/** One mail as the product's delivery job hands it to its mailer. */
export interface BareMail {
  messageId: string;
  from: { name: string; address: string };
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

export interface BareMailWorker {
  worker: Worker<BareMail>;
  close(): Promise<void>;
}

/** The transport SmtpMailer.fromUrl builds for a plain smtp:// URL without credentials (libs/notifications/src/channels/smtp-mailer.ts). */
function pooledTransport(smtpUrl: string, timeoutMs: number) {
  const url = new URL(smtpUrl);
  return nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port),
    secure: url.protocol === 'smtps:',
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    dnsTimeout: timeoutMs,
    logger: false,
    disableFileAccess: true,
    disableUrlAccess: true,
    pool: true,
    maxConnections: 5,
  });
}

export function startBareMailWorker(input: { config: AppConfig; smtpUrl: string; concurrency: number }): BareMailWorker {
  const { config } = input;
  const transport = pooledTransport(input.smtpUrl, config.NOTIFY_SEND_TIMEOUT_MS);

  async function send(job: Job<BareMail>): Promise<string> {
    const mail = job.data;
    const info = await transport.sendMail({
      messageId: mail.messageId,
      from: mail.from,
      to: { name: '', address: mail.to },
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: mail.headers,
    });
    return info.response;
  }

  const redis = new URL(config.REDIS_URL);
  const worker = new Worker<BareMail>(redisQueueName(BARE_QUEUE), send, {
    connection: { host: redis.hostname, port: Number(redis.port || 6379), maxRetriesPerRequest: null },
    prefix: config.QUEUE_PREFIX,
    concurrency: input.concurrency,
  });
  worker.on('error', (error) => console.error('bare mail worker error', error));
  return {
    worker,
    async close() {
      await worker.close();
      transport.close();
    },
  };
}
