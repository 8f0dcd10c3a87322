// Each tenant's notification settings: the sender of its mails, its own SMTP server and SMS account
// (secrets sealed with ENCRYPTION_KEY, shown redacted), and the quiet hours that hold SMS until
// morning in the tenant's timezone. A tenant without a row uses the deployment's defaults.
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, Clock, type RequestContext, SecretBox, TenantDatabase, type TenantTransaction, userIdOf, ValidationError } from '@quartier/platform';
import { redactSmtpUrl, smtpUrlIsValid } from '../channels/smtp-mailer.js';
import { twilioCredentialsAreValid } from '../channels/twilio-sms-sender.js';
import type { QuietHours } from '../quiet-hours.js';

export interface NotificationSettingsView {
  senderName: string | null;
  senderAddress: string | null;
  /** The tenant's own SMTP URL with its password hidden; null when the deployment's server (or none) is used. */
  smtpUrl: string | null;
  smsAccountSid: string | null;
  smsFrom: string | null;
  quietHoursStart: string;
  quietHoursEnd: string;
  updatedAt: Date | null;
}

export interface NotificationSettingsInput {
  senderName?: string | null;
  senderAddress?: string | null;
  /** undefined keeps, null removes, a string sets. */
  smtpUrl?: string | null;
  /** Set together (account SID, auth token, sender) or removed together with null. */
  sms?: { accountSid: string; authToken: string; from: string } | null;
  quietHoursStart?: string;
  quietHoursEnd?: string;
}

/** What the delivery job needs, secrets in clear. */
export interface TenantChannelSettings {
  senderName: string | null;
  senderAddress: string | null;
  smtpUrl: string | null;
  sms: { accountSid: string; authToken: string; from: string } | null;
  quietHours: QuietHours;
}

interface SettingsRow {
  sender_name: string | null;
  sender_address: string | null;
  smtp_url_sealed: string | null;
  smtp_url_redacted: string | null;
  sms_account_sid: string | null;
  sms_auth_token_sealed: string | null;
  sms_from: string | null;
  quiet_hours_start: string;
  quiet_hours_end: string;
  updated_at: Date;
}

const DEFAULT_QUIET_HOURS: QuietHours = { start: '21:00', end: '08:00' };
const SETTINGS_COLUMNS = `sender_name, sender_address, smtp_url_sealed, smtp_url_redacted, sms_account_sid, sms_auth_token_sealed, sms_from,
  quiet_hours_start, quiet_hours_end, updated_at`;
const SELECT_SETTINGS = `select ${SETTINGS_COLUMNS} from notification_settings where tenant_id = $1`;

export const NOTIFICATION_SECRET_PURPOSES = {
  smtpUrl: (tenantId: string) => `notification-smtp-url:${tenantId}`,
  smsAuthToken: (tenantId: string) => `notification-sms-token:${tenantId}`,
  webhookSecret: (tenantId: string) => `webhook-endpoint-secret:${tenantId}`,
};

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SMTP_FORMAT = 'Enter the mail server as smtp://user:password@host:port or smtps://…';

function checkedSmtpUrl(value: string): string {
  const url = value.trim();
  if (!smtpUrlIsValid(url)) throw new ValidationError('smtpUrl', SMTP_FORMAT);
  return new URL(url).toString();
}

const SMS_FIELD_RULES = {
  accountSid: 'An account SID starts with AC followed by 32 hexadecimal characters',
  authToken: 'An auth token is 32 hexadecimal characters',
  from: 'The sender is a phone number in international format (+41…) or a messaging service SID (MG…)',
} as const;

/** The adapter's own check (twilioCredentialsAreValid), with the field's rule for the operator. */
function checkedSms(input: { accountSid: string; authToken: string; from: string }): { accountSid: string; authToken: string; from: string } {
  const sms = { accountSid: input.accountSid.trim(), authToken: input.authToken.trim(), from: input.from.trim() };
  const wrong = twilioCredentialsAreValid(sms);
  if (wrong) throw new ValidationError(`sms.${wrong}`, SMS_FIELD_RULES[wrong]);
  return sms;
}

function optionalLine(field: string, value: string | null | undefined, max: number): string | null | undefined {
  if (value === undefined || value === null) return value;
  const trimmed = value.trim();
  if (trimmed.length === 0) return null;
  if (trimmed.length > max || /[\r\n]/.test(trimmed)) throw new ValidationError(field, `Use one line of at most ${max} characters`);
  return trimmed;
}

@Injectable()
export class NotificationSettingsService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(SecretBox) private readonly secrets: SecretBox,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  settings(ctx: RequestContext): Promise<NotificationSettingsView> {
    return this.db.run(ctx, async (tx) => {
      const [row] = await tx.query<SettingsRow>(SELECT_SETTINGS, [tx.tenantId]);
      return toView(row);
    });
  }

  update(ctx: RequestContext, input: NotificationSettingsInput): Promise<NotificationSettingsView> {
    const senderName = optionalLine('senderName', input.senderName, 120);
    const senderAddress = optionalLine('senderAddress', input.senderAddress, 254);
    if (senderAddress && !EMAIL.test(senderAddress)) throw new ValidationError('senderAddress', 'Enter an email address such as service@example.ch');
    const smtpUrl = input.smtpUrl === undefined || input.smtpUrl === null ? input.smtpUrl : checkedSmtpUrl(input.smtpUrl);
    const sms = input.sms === undefined || input.sms === null ? input.sms : checkedSms(input.sms);
    for (const field of ['quietHoursStart', 'quietHoursEnd'] as const) {
      const value = input[field];
      if (value !== undefined && !TIME.test(value)) throw new ValidationError(field, 'Use a 24-hour time such as 21:00');
    }
    return this.db.run(ctx, async (tx) => {
      const tenantId = tx.tenantId;
      const [current] = await tx.query<SettingsRow>(`${SELECT_SETTINGS} for update`, [tenantId]);
      const keep = <K extends keyof SettingsRow>(key: K): SettingsRow[K] | null => current?.[key] ?? null;
      const values = [
        tenantId,
        senderName === undefined ? keep('sender_name') : senderName,
        senderAddress === undefined ? keep('sender_address') : senderAddress,
        smtpUrl === undefined ? keep('smtp_url_sealed') : smtpUrl && this.secrets.seal(NOTIFICATION_SECRET_PURPOSES.smtpUrl(tenantId), smtpUrl),
        smtpUrl === undefined ? keep('smtp_url_redacted') : smtpUrl && redactSmtpUrl(smtpUrl),
        sms === undefined ? keep('sms_account_sid') : (sms?.accountSid ?? null),
        sms === undefined ? keep('sms_auth_token_sealed') : sms && this.secrets.seal(NOTIFICATION_SECRET_PURPOSES.smsAuthToken(tenantId), sms.authToken),
        sms === undefined ? keep('sms_from') : (sms?.from ?? null),
        input.quietHoursStart ?? current?.quiet_hours_start ?? DEFAULT_QUIET_HOURS.start,
        input.quietHoursEnd ?? current?.quiet_hours_end ?? DEFAULT_QUIET_HOURS.end,
        userIdOf(ctx),
        this.clock.now(),
      ];
      const [row] = await tx.query<SettingsRow>(
        `insert into notification_settings (tenant_id, sender_name, sender_address, smtp_url_sealed, smtp_url_redacted, sms_account_sid, sms_auth_token_sealed,
           sms_from, quiet_hours_start, quiet_hours_end, updated_by, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         on conflict (tenant_id) do update set sender_name = excluded.sender_name, sender_address = excluded.sender_address,
           smtp_url_sealed = excluded.smtp_url_sealed, smtp_url_redacted = excluded.smtp_url_redacted, sms_account_sid = excluded.sms_account_sid,
           sms_auth_token_sealed = excluded.sms_auth_token_sealed, sms_from = excluded.sms_from, quiet_hours_start = excluded.quiet_hours_start,
           quiet_hours_end = excluded.quiet_hours_end, updated_by = excluded.updated_by, updated_at = excluded.updated_at
         returning ${SETTINGS_COLUMNS}`,
        values,
      );
      return toView(row);
    });
  }

  /** The channel settings in clear, for sending; the deployment's SMTP_URL when the tenant has none. */
  async channelsIn(tx: TenantTransaction): Promise<TenantChannelSettings> {
    const [row] = await tx.query<SettingsRow>(SELECT_SETTINGS, [tx.tenantId]);
    const tenantId = tx.tenantId;
    return {
      senderName: row?.sender_name ?? null,
      senderAddress: row?.sender_address ?? null,
      smtpUrl: row?.smtp_url_sealed ? this.secrets.open(NOTIFICATION_SECRET_PURPOSES.smtpUrl(tenantId), row.smtp_url_sealed) : (this.config.SMTP_URL ?? null),
      sms:
        row?.sms_account_sid && row.sms_auth_token_sealed && row.sms_from
          ? { accountSid: row.sms_account_sid, authToken: this.secrets.open(NOTIFICATION_SECRET_PURPOSES.smsAuthToken(tenantId), row.sms_auth_token_sealed), from: row.sms_from }
          : null,
      quietHours: row ? { start: row.quiet_hours_start, end: row.quiet_hours_end } : DEFAULT_QUIET_HOURS,
    };
  }
}

function toView(row: SettingsRow | undefined): NotificationSettingsView {
  return {
    senderName: row?.sender_name ?? null,
    senderAddress: row?.sender_address ?? null,
    smtpUrl: row?.smtp_url_redacted ?? null,
    smsAccountSid: row?.sms_account_sid ?? null,
    smsFrom: row?.sms_from ?? null,
    quietHoursStart: row?.quiet_hours_start ?? DEFAULT_QUIET_HOURS.start,
    quietHoursEnd: row?.quiet_hours_end ?? DEFAULT_QUIET_HOURS.end,
    updatedAt: row?.updated_at ?? null,
  };
}
