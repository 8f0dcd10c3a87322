// The shape every locale's shipped defaults fill in, so a kind added to the catalog cannot ship
// without its text in all four languages.
import type { NotificationKind, UserChannel } from '../../catalog/notification-kinds.js';
import type { TemplateText } from '../template-text.js';

export interface LocaleDefaults {
  readonly templates: Readonly<Record<NotificationKind, Readonly<Record<UserChannel, TemplateText>>>>;
  /** What the email button says, per kind ("View booking", "Write a review"). */
  readonly linkLabels: Readonly<Record<NotificationKind, string>>;
}

/** Joins paragraphs with the blank line the email layout splits on. */
export function paragraphs(...parts: string[]): string {
  return parts.join('\n\n');
}
