// Which text a recipient gets: the tenant's own template for the recipient's language, else the
// shipped one. A recipient whose language the site does not offer reads the site's default language.
import type { TenantTransaction } from '@quartier/platform';
import { type NotificationLocale, NOTIFICATION_LOCALES, type UserChannel } from '../catalog/notification-kinds.js';
import { defaultTemplate, type TemplateText } from '../templates/index.js';

export interface TenantLocales {
  locales: readonly string[];
  defaultLocale: NotificationLocale;
}

/** The language a recipient reads on this site. */
export function localeFor(userLocale: string | null, tenant: TenantLocales): NotificationLocale {
  if (userLocale && tenant.locales.includes(userLocale) && (NOTIFICATION_LOCALES as readonly string[]).includes(userLocale)) return userLocale as NotificationLocale;
  return tenant.defaultLocale;
}

export class TemplateSet {
  constructor(private readonly overrides: Map<string, TemplateText>) {}

  static async loadIn(tx: TenantTransaction, kinds: readonly string[]): Promise<TemplateSet> {
    const rows = await tx.query<{ kind: string; channel: string; locale: string; subject: string | null; body: string }>(
      `select kind, channel, locale, subject, body from notification_templates where tenant_id = $1 and kind = any($2::text[])`,
      [tx.tenantId, kinds],
    );
    return new TemplateSet(new Map(rows.map((row) => [keyOf(row.kind, row.channel, row.locale), { subject: row.subject, body: row.body }])));
  }

  textFor(kind: string, channel: UserChannel, locale: NotificationLocale): TemplateText {
    return this.overrides.get(keyOf(kind, channel, locale)) ?? defaultTemplate(kind, channel, locale);
  }

  isCustomized(kind: string, channel: UserChannel, locale: NotificationLocale): boolean {
    return this.overrides.has(keyOf(kind, channel, locale));
  }
}

function keyOf(kind: string, channel: string, locale: string): string {
  return `${kind}|${channel}|${locale}`;
}
