// Builds the channel adapters a delivery needs from the tenant's settings, and keeps them: SMTP
// pools per server URL, SMS senders per account, one webhook sender for all. Closed with the process.
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@quartier/platform';
import { HttpWebhookSender } from '../channels/http-webhook-sender.js';
import type { Mailer } from '../channels/mailer.js';
import type { SmsSender } from '../channels/sms-sender.js';
import { SmtpMailer } from '../channels/smtp-mailer.js';
import { TwilioSmsSender } from '../channels/twilio-sms-sender.js';
import type { WebhookSender } from '../channels/webhook-sender.js';

const MAX_CACHED = 200;

@Injectable()
export class NotificationChannels implements OnApplicationShutdown {
  private readonly mailers = new Map<string, Mailer>();
  private readonly smsSenders = new Map<string, SmsSender>();
  readonly webhooks: WebhookSender;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.webhooks = new HttpWebhookSender({ timeoutMs: config.NOTIFY_SEND_TIMEOUT_MS });
  }

  mailerFor(smtpUrl: string): Mailer {
    let mailer = this.mailers.get(smtpUrl);
    if (!mailer) {
      if (this.mailers.size >= MAX_CACHED) this.evictOldestMailer();
      mailer = SmtpMailer.fromUrl(smtpUrl, { timeoutMs: this.config.NOTIFY_SEND_TIMEOUT_MS });
      this.mailers.set(smtpUrl, mailer);
    }
    return mailer;
  }

  smsSenderFor(account: { accountSid: string; authToken: string; from: string }): SmsSender {
    const key = `${account.accountSid}|${account.authToken}|${account.from}`;
    let sender = this.smsSenders.get(key);
    if (!sender) {
      if (this.smsSenders.size >= MAX_CACHED) this.smsSenders.delete(this.smsSenders.keys().next().value as string);
      sender = new TwilioSmsSender({ ...account, baseUrl: this.config.SMS_API_URL, timeoutMs: this.config.NOTIFY_SEND_TIMEOUT_MS });
      this.smsSenders.set(key, sender);
    }
    return sender;
  }

  async onApplicationShutdown(): Promise<void> {
    const mailers = [...this.mailers.values()];
    this.mailers.clear();
    await Promise.all(mailers.map((mailer) => mailer.close()));
  }

  private evictOldestMailer(): void {
    const [url, mailer] = this.mailers.entries().next().value as [string, Mailer];
    this.mailers.delete(url);
    void mailer.close();
  }
}
