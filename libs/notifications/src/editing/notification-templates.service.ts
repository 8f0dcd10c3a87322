// Operators' editing of the site's notification texts: read a kind's texts in one language (the site's
// own or the shipped ones), save a checked text, go back to the shipped one, and preview a draft
// filled with sample values inside the site's branded email.
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, Clock, type RequestContext, TenantDatabase, type TenantTransaction, userIdOf, ValidationError } from '@quartier/platform';
import { TenantPolicyService } from '@quartier/tenancy';
import { kindDefinition, NOTIFICATION_LOCALES, type NotificationLocale, USER_CHANNELS, type UserChannel, variablesOf } from '../catalog/notification-kinds.js';
import { brandedEmail, defaultTemplate, footerFor, LINK_LABELS, renderTemplate, type TemplateText, validateTemplate } from '../templates/index.js';
import { sampleVariables } from './sample-variables.js';

export interface NotificationTemplateView {
  kind: string;
  channel: UserChannel;
  locale: NotificationLocale;
  subject: string | null;
  body: string;
  customized: boolean;
  variables: string[];
  updatedAt: Date | null;
  updatedBy: string | null;
}

export interface TemplateDraft {
  kind: string;
  channel: UserChannel;
  locale: string;
  subject?: string | null;
  body: string;
}

export interface TemplatePreview {
  subject: string | null;
  body: string;
  html: string | null;
}

interface TemplateRow {
  channel: UserChannel;
  subject: string | null;
  body: string;
  updated_at: Date;
  updated_by: string;
}

interface SiteRow {
  name: string;
  slug: string;
  locales: string[];
  timezone: string;
  currency: string;
}

function knownKindOrThrow(kind: string): string {
  if (!kindDefinition(kind)) throw new ValidationError('kind', `There is no notification called "${kind}"`);
  return kind;
}

function customView(kind: string, locale: NotificationLocale, row: TemplateRow): NotificationTemplateView {
  return { kind, channel: row.channel, locale, subject: row.subject, body: row.body, customized: true, variables: [...variablesOf(kind)], updatedAt: row.updated_at, updatedBy: row.updated_by };
}

function shippedView(kind: string, channel: UserChannel, locale: NotificationLocale): NotificationTemplateView {
  const text = defaultTemplate(kind, channel, locale);
  return { kind, channel, locale, subject: text.subject, body: text.body, customized: false, variables: [...variablesOf(kind)], updatedAt: null, updatedBy: null };
}

/** The draft as it would be stored: SMS have no subject, so an empty one is none. */
function checkedDraft(draft: TemplateDraft): TemplateText {
  const subject = draft.channel === 'sms' && (draft.subject ?? '') === '' ? null : (draft.subject ?? null);
  validateTemplate({ kind: draft.kind, channel: draft.channel, subject, body: draft.body });
  return { subject, body: draft.body };
}

@Injectable()
export class NotificationTemplatesService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(TenantPolicyService) private readonly policies: TenantPolicyService,
  ) {}

  /** The kind's text on every channel in `locale`. */
  templates(ctx: RequestContext, input: { kind: string; locale: string }): Promise<NotificationTemplateView[]> {
    const kind = knownKindOrThrow(input.kind);
    return this.db.run(ctx, async (tx) => {
      const locale = await this.siteLocaleIn(tx, input.locale);
      const rows = await tx.query<TemplateRow>(
        `select channel, subject, body, updated_at, updated_by from notification_templates where tenant_id = $1 and kind = $2 and locale = $3`,
        [tx.tenantId, kind, locale],
      );
      const byChannel = new Map(rows.map((row) => [row.channel, row]));
      return USER_CHANNELS.map((channel) => {
        const row = byChannel.get(channel);
        return row ? customView(kind, locale, row) : shippedView(kind, channel, locale);
      });
    });
  }

  /** Checks the text (unknown variables are BAD_USER_INPUT on `subject` or `body`) and stores it as the site's own. */
  save(ctx: RequestContext, draft: TemplateDraft): Promise<NotificationTemplateView> {
    const text = checkedDraft(draft);
    const updatedBy = userIdOf(ctx);
    return this.db.run(ctx, async (tx) => {
      const locale = await this.siteLocaleIn(tx, draft.locale);
      const [row] = await tx.query<TemplateRow>(
        `insert into notification_templates (tenant_id, kind, channel, locale, subject, body, updated_by, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8)
         on conflict (tenant_id, kind, channel, locale) do update
           set subject = excluded.subject, body = excluded.body, updated_by = excluded.updated_by, updated_at = excluded.updated_at
         returning channel, subject, body, updated_at, updated_by`,
        [tx.tenantId, draft.kind, draft.channel, locale, text.subject, text.body, updatedBy, this.clock.now()],
      );
      return customView(draft.kind, locale, row);
    });
  }

  /** Removes the site's own text; the shipped one applies again and is returned. */
  reset(ctx: RequestContext, input: { kind: string; channel: UserChannel; locale: string }): Promise<NotificationTemplateView> {
    const kind = knownKindOrThrow(input.kind);
    if (!USER_CHANNELS.includes(input.channel)) throw new ValidationError('channel', `There is no channel called "${input.channel}"`);
    return this.db.run(ctx, async (tx) => {
      const locale = await this.siteLocaleIn(tx, input.locale);
      await tx.query(`delete from notification_templates where tenant_id = $1 and kind = $2 and channel = $3 and locale = $4`, [tx.tenantId, kind, input.channel, locale]);
      return shippedView(kind, input.channel, locale);
    });
  }

  /** The draft checked like save, filled with sample values; emails also in the site's branded HTML. Nothing is stored. */
  preview(ctx: RequestContext, draft: TemplateDraft): Promise<TemplatePreview> {
    const text = checkedDraft(draft);
    return this.db.run(ctx, async (tx) => {
      const locale = await this.siteLocaleIn(tx, draft.locale);
      const site = await this.siteIn(tx);
      const branding = await this.policies.currentDocumentIn(tx, 'branding');
      const siteName = branding.displayName || site.name;
      const link = `${this.originOf(site.slug)}/`;
      const variables = sampleVariables({ kind: draft.kind, locale, now: this.clock.now(), timeZone: site.timezone, currency: site.currency.trim(), siteName, link });
      const rendered = renderTemplate(text, variables);
      if (draft.channel !== 'email') return { subject: rendered.subject, body: rendered.body, html: null };
      const subject = rendered.subject ?? siteName;
      const mail = brandedEmail({
        subject,
        body: rendered.body,
        link,
        linkLabel: LINK_LABELS[locale],
        locale,
        branding: { ...branding, displayName: siteName },
        footer: footerFor(locale, siteName),
      });
      return { subject, body: mail.text, html: mail.html };
    });
  }

  private async siteIn(tx: TenantTransaction): Promise<SiteRow> {
    const [site] = await tx.query<SiteRow>(`select name, slug, locales, timezone, currency from tenants where id = $1`, [tx.tenantId]);
    return site;
  }

  /** One of the site's enabled languages, else BAD_USER_INPUT on `locale`. */
  private async siteLocaleIn(tx: TenantTransaction, locale: string): Promise<NotificationLocale> {
    const site = await this.siteIn(tx);
    if (!(NOTIFICATION_LOCALES as readonly string[]).includes(locale) || !site.locales.includes(locale)) {
      throw new ValidationError('locale', `This site is offered in ${site.locales.join(', ')}; "${locale}" is not one of them`);
    }
    return locale as NotificationLocale;
  }

  /** The site's address, e.g. http://alpine.localhost:3000, as the fan-out writes links. */
  private originOf(slug: string): string {
    const scheme = this.config.PUBLIC_URL_SCHEME;
    const defaultPort = scheme === 'https' ? 443 : 80;
    const port = this.config.PORT === defaultPort ? '' : `:${this.config.PORT}`;
    return `${scheme}://${slug}.${this.config.PUBLIC_BASE_DOMAIN}${port}`;
  }
}
