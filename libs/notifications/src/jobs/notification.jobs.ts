// Queue `notifications`: fanning a batch of outbox events out into deliveries (and sending those due
// now), and sending a batch of deliveries.
// Neither job is added by the outbox relay: the relay writes notifiable events into the Postgres
// inbox, and the NotificationFeeder adds both kinds of job from Postgres, fairly across tenants and
// only as fast as the workers take them. So Redis holds a small window of the work; Postgres holds
// all of it, and work Redis lost is added again when its lease runs out.
import { defineQueue, type OutboxRoutes, routeToInbox } from '@quartier/platform';
import { NOTIFIABLE_EVENT_TYPES } from '../catalog/notification-rules.js';

export type NotificationJob =
  /**
   * Outbox events wait in the inbox: decide who hears of each, on which channels, and write the
   * deliveries — up to FAN_OUT_BATCH events of one tenant (v1, one event, is what earlier workers added).
   */
  | { name: 'notification.fan_out'; data: { v: 2; tenantId: string; events: { id: string; claim: number }[] } | { v: 1; tenantId: string; eventId: string; claim: number } }
  /**
   * Send the current attempt of up to DELIVERY_BATCH deliveries of one tenant, each under the hand-out
   * it was given (v1, one delivery, is what earlier workers added; it is still honoured).
   */
  | { name: 'notification.deliver'; data: { v: 2; tenantId: string; deliveries: { id: string; handout: number }[] } | { v: 1; tenantId: string; deliveryId: string; handout: number } };

/**
 * Deliveries one job sends: claimed and recorded in one transaction each and sent side by side, so a
 * tenant's burst costs a few statements per batch rather than a dozen per message; small enough that
 * a batch is never long in flight and a killed worker repeats little.
 */
export const DELIVERY_BATCH = 50;

/** Inbox events one fan-out job takes: one transaction reads the site's settings, brand and templates for all of them. */
export const FAN_OUT_BATCH = 50;

export const notificationsQueue = defineQueue<NotificationJob>(
  'notifications',
  // Retries of a delivery are scheduled in Postgres (the delivery's due time); these attempts only
  // cover the database being away while the job runs.
  {
    'notification.fan_out': { attempts: 5, backoffMs: 1_000 },
    'notification.deliver': { attempts: 5, backoffMs: 1_000 },
  },
  // A job whose worker died is not given up on by BullMQ's stall count: the work's lease in Postgres
  // decides (the feeder hands it out again under a new job id, and the feeder dead-letters work
  // that never finishes). A stalled copy that runs later finds it is not its turn and skips.
  { concurrency: 20, stalled: { maxStalledCount: 1_000 } },
);

export const NOTIFICATION_INBOX = 'notification_inbox';

/** Every event someone may hear of, or an operator's webhook may receive, goes to the inbox. */
export const notificationRoutes: OutboxRoutes = Object.fromEntries(NOTIFIABLE_EVENT_TYPES.map((type) => [type, routeToInbox(NOTIFICATION_INBOX)]));

/** One job id per hand-out (BullMQ refuses ':' in custom ids); a batch's is its first delivery's. */
export function deliveryJobId(deliveryId: string, handout: number): string {
  return `${deliveryId}-${handout}`;
}

/** A batch's is its first event's. */
export function fanOutJobId(eventId: string, claim: number): string {
  return `${eventId}-${claim}`;
}
