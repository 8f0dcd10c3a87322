// The baseline's mails, rendered before any round with the product's own templates and branded
// layout, exactly as the fan-out renders an `application.approved` email for each helper: the
// shipped text in the helper's language, the site's name, the helper's name and the link to their
// profile, inside the tenant's branding. The run compares what the sink received from both variants
// per recipient, so a difference here stops it instead of skewing it.
import type { AppConfig } from '@quartier/platform';
import type { BrandingPolicy } from '@quartier/tenancy';
import { localeFor } from '../../libs/notifications/src/fan-out/template-resolution.js';
import { brandedEmail, defaultTemplate, footerFor, LINK_LABELS, renderTemplate } from '../../libs/notifications/src/templates/index.js';
import type { BareMail } from './bare-mail-worker.js';
import { NOTIFY_KIND, type NotifyMarketplace } from './notify-database.js';

/** What the fan-out would store per helper (everything but the Message-ID, which is per delivery). */
export type RenderedMail = Omit<BareMail, 'messageId' | 'headers'>;

export function renderApprovalMails(input: { config: AppConfig; marketplace: NotifyMarketplace; branding: BrandingPolicy; origin: string }): Map<string, RenderedMail> {
  const { marketplace, branding } = input;
  const siteName = branding.displayName || marketplace.tenantName;
  const link = `${input.origin}/helper`;
  const mails = new Map<string, RenderedMail>();
  for (const recipient of marketplace.recipients) {
    const locale = localeFor(recipient.locale, { locales: marketplace.locales, defaultLocale: marketplace.defaultLocale });
    const text = renderTemplate(defaultTemplate(NOTIFY_KIND, 'email', locale), { siteName, recipientName: recipient.displayName, link });
    const subject = text.subject ?? siteName;
    const mail = brandedEmail({ subject, body: text.body, link, linkLabel: LINK_LABELS[locale], locale, branding: { ...branding, displayName: siteName }, footer: footerFor(locale, siteName) });
    mails.set(recipient.id, {
      from: { name: siteName, address: input.config.MAIL_FROM_ADDRESS },
      to: recipient.email,
      subject,
      text: mail.text,
      html: mail.html,
    });
  }
  return mails;
}
