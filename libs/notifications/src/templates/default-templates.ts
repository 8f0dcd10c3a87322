// The texts Quartier ships for every kind, channel and locale. A tenant starts from these and may
// override any of them; kinds and locales come from the notification catalog.
import { ValidationError } from '@quartier/platform';
import { kindDefinition, type NotificationKind, type NotificationLocale, type UserChannel } from '../catalog/notification-kinds.js';
import { de } from './defaults/de.js';
import { en } from './defaults/en.js';
import { fr } from './defaults/fr.js';
import { it } from './defaults/it.js';
import type { LocaleDefaults } from './defaults/locale-defaults.js';
import type { TemplateText } from './template-text.js';

const DEFAULTS: Readonly<Record<NotificationLocale, LocaleDefaults>> = { de, fr, it, en };

/** A fresh copy of the shipped text, so callers may edit it without touching the defaults. */
export function defaultTemplate(kind: string, channel: UserChannel, locale: NotificationLocale): TemplateText {
  const texts = localeDefaults(locale).templates[knownKindOrThrow(kind)];
  // Object.hasOwn: a channel arriving from outside as "constructor" must not reach Object's prototype.
  if (!Object.hasOwn(texts, channel)) throw new ValidationError('channel', `There is no channel called "${channel}"`);
  const text = texts[channel];
  return { subject: text.subject, body: text.body };
}

/** What the email button says for `kind` in `locale`, e.g. "View booking". */
export function defaultLinkLabel(kind: string, locale: NotificationLocale): string {
  return localeDefaults(locale).linkLabels[knownKindOrThrow(kind)];
}

function knownKindOrThrow(kind: string): NotificationKind {
  if (!kindDefinition(kind)) throw new ValidationError('kind', `There is no notification called "${kind}"`);
  return kind as NotificationKind;
}

function localeDefaults(locale: NotificationLocale): LocaleDefaults {
  if (!Object.hasOwn(DEFAULTS, locale)) throw new ValidationError('locale', `Notifications are not available in "${locale}"`);
  return DEFAULTS[locale];
}
