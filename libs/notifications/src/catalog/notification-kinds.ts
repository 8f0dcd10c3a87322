// What Quartier tells people about, to whom, with which variables, and on which channels by default.
// A kind is one message a person receives; templates exist per tenant × kind × channel × locale, and
// users choose their channels per kind.

export const NOTIFICATION_LOCALES = ['de', 'fr', 'it', 'en'] as const;
export type NotificationLocale = (typeof NOTIFICATION_LOCALES)[number];

/** Channels a person receives on. Tenant webhooks are the operators' integration, not a person's channel. */
export const USER_CHANNELS = ['email', 'sms', 'in_app'] as const;
export type UserChannel = (typeof USER_CHANNELS)[number];

export type Audience = 'customer' | 'helper' | 'operator';

/** Variables every template of every kind may use. */
export const COMMON_VARIABLES = ['siteName', 'recipientName', 'link'] as const;

export interface NotificationKindDefinition {
  readonly kind: string;
  readonly audience: readonly Audience[];
  /**
   * Variables beyond COMMON_VARIABLES; values arrive already formatted for the recipient's locale (dates, money).
   * `byCall` is a switch for {{#if byCall}}: 'yes' when the help is a call (remote), empty for a visit.
   */
  readonly variables: readonly string[];
  readonly defaultChannels: readonly UserChannel[];
  /** For operators choosing and editing templates. */
  readonly description: string;
}

const kinds = [
  { kind: 'application.approved', audience: ['helper'], variables: [], defaultChannels: ['email', 'in_app'], description: 'A helper passed vetting and can take jobs' },
  { kind: 'application.rejected', audience: ['helper'], variables: ['reason'], defaultChannels: ['email', 'in_app'], description: 'A helper application was turned down' },
  { kind: 'offer.received', audience: ['customer'], variables: ['helperName', 'serviceName', 'price'], defaultChannels: ['email', 'in_app'], description: 'A helper offered to help with a posted request' },
  { kind: 'booking.confirmed', audience: ['customer'], variables: ['helperName', 'serviceName', 'startsAt', 'postalCode', 'price', 'byCall'], defaultChannels: ['email', 'in_app'], description: 'The customer’s booking is confirmed' },
  { kind: 'booking.assigned', audience: ['helper'], variables: ['customerName', 'serviceName', 'startsAt', 'postalCode', 'price', 'byCall'], defaultChannels: ['email', 'sms', 'in_app'], description: 'A helper has a new confirmed job' },
  { kind: 'appointment.reminder', audience: ['customer'], variables: ['helperName', 'serviceName', 'startsAt', 'postalCode', 'byCall'], defaultChannels: ['email', 'sms', 'in_app'], description: 'Reminder to the customer before the appointment' },
  { kind: 'job.reminder', audience: ['helper'], variables: ['customerName', 'serviceName', 'startsAt', 'postalCode', 'byCall'], defaultChannels: ['sms', 'in_app'], description: 'Reminder to the helper before the job' },
  { kind: 'helper.on_the_way', audience: ['customer'], variables: ['helperName', 'serviceName', 'startsAt'], defaultChannels: ['sms', 'in_app'], description: 'The helper is on the way' },
  { kind: 'appointment.started', audience: ['customer'], variables: ['helperName', 'serviceName', 'startsAt', 'byCall'], defaultChannels: ['sms', 'in_app'], description: 'The helper started the job' },
  { kind: 'request.completed', audience: ['customer'], variables: ['helperName', 'serviceName'], defaultChannels: ['email', 'in_app'], description: 'The helper marked the job completed' },
  { kind: 'review.requested', audience: ['customer', 'helper'], variables: ['otherPartyName', 'serviceName', 'reviewUntil'], defaultChannels: ['email', 'in_app'], description: 'Asks both sides of a completed job for a review' },
  { kind: 'payment.receipt', audience: ['customer'], variables: ['amount', 'receiptNumber', 'serviceName'], defaultChannels: ['email', 'in_app'], description: 'Receipt for a captured payment' },
  { kind: 'payment.refunded', audience: ['customer'], variables: ['amount', 'serviceName'], defaultChannels: ['email', 'in_app'], description: 'A refund was sent' },
  { kind: 'payout.paid', audience: ['helper'], variables: ['amount', 'arrivalDate'], defaultChannels: ['email', 'in_app'], description: 'A payout reached the helper’s bank' },
  { kind: 'request.escalated', audience: ['operator'], variables: ['serviceName', 'postalCode', 'requestReference', 'reason'], defaultChannels: ['email', 'in_app'], description: 'A request needs an operator' },
  { kind: 'dispatch.offer', audience: ['helper'], variables: ['serviceName', 'postalCode', 'wantedFrom', 'openUntil', 'byCall'], defaultChannels: ['sms', 'in_app'], description: 'A request nearby (or a call, for remote help) is offered to the helper; the first to accept gets it' },
  { kind: 'incident.opened', audience: ['operator'], variables: ['serviceName', 'postalArea', 'requestCount'], defaultChannels: ['email', 'in_app'], description: 'Many alike requests in one area point to one fault' },
  { kind: 'redemption.requested', audience: ['operator'], variables: ['helperName', 'rewardName', 'points'], defaultChannels: ['email', 'in_app'], description: 'A helper asks to redeem points for a reward' },
  { kind: 'redemption.approved', audience: ['helper'], variables: ['rewardName', 'points'], defaultChannels: ['email', 'in_app'], description: 'The helper’s reward was approved' },
  { kind: 'redemption.rejected', audience: ['helper'], variables: ['rewardName', 'points', 'reason'], defaultChannels: ['email', 'in_app'], description: 'The helper’s reward was turned down and the points given back' },
  // In the app only by default: a conversation goes back and forth, and a message per line written
  // would flood an inbox or a phone. A person who wants them by email or SMS chooses so.
  { kind: 'message.received', audience: ['customer', 'helper'], variables: ['senderName', 'serviceName', 'messageExcerpt'], defaultChannels: ['in_app'], description: 'The other side of a request wrote in its conversation' },
  { kind: 'visit.needed', audience: ['customer'], variables: ['helperName', 'serviceName', 'note'], defaultChannels: ['email', 'sms', 'in_app'], description: 'The helper’s call found that the job needs a visit; a helper to come by is being found' },
  { kind: 'level.reached', audience: ['helper'], variables: ['levelName', 'previousLevelName'], defaultChannels: ['email', 'in_app'], description: 'The helper reached a higher rewards level' },
] as const satisfies readonly NotificationKindDefinition[];

export type NotificationKind = (typeof kinds)[number]['kind'];

export const NOTIFICATION_KINDS: readonly NotificationKindDefinition[] = Object.freeze(kinds.map((kind) => Object.freeze(kind)));

const byKind = new Map<string, NotificationKindDefinition>(NOTIFICATION_KINDS.map((definition) => [definition.kind, definition]));

export function kindDefinition(kind: string): NotificationKindDefinition | undefined {
  return byKind.get(kind);
}

/** Every variable a template of `kind` may use. */
export function variablesOf(kind: string): readonly string[] {
  const definition = byKind.get(kind);
  return definition ? [...COMMON_VARIABLES, ...definition.variables] : [];
}
