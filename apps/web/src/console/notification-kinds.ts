// The notification kinds whose texts operators edit, in the order the templates page offers them.

/** The notification kinds Quartier sends (the API lists a kind's texts, not the kinds themselves). */
export const NOTIFICATION_KINDS = [
  'booking.confirmed',
  'booking.assigned',
  'offer.received',
  'appointment.reminder',
  'job.reminder',
  'helper.on_the_way',
  'appointment.started',
  'request.completed',
  'review.requested',
  'message.received',
  'payment.receipt',
  'payment.refunded',
  'payout.paid',
  'request.escalated',
  'dispatch.offer',
  'incident.opened',
  'application.approved',
  'application.rejected',
  'redemption.requested',
  'redemption.approved',
  'redemption.rejected',
  'visit.needed',
  'level.reached',
] as const;
