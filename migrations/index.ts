// Every migration, in order. The runner receives this list; nothing is discovered by glob.
import { Foundation1764000000000 } from './1764000000000-foundation.js';
import { Identity1764000001000 } from './1764000001000-identity.js';
import { Tenancy1764000002000 } from './1764000002000-tenancy.js';
import { Catalog1764000003000 } from './1764000003000-catalog.js';
import { Geography1764000004000 } from './1764000004000-geography.js';
import { Helpers1764000005000 } from './1764000005000-helpers.js';
import { PlacesSearch1764000006000 } from './1764000006000-places-search.js';
import { Availability1764000007000 } from './1764000007000-availability.js';
import { Booking1764000009000 } from './1764000009000-booking.js';
import { Appointments1764000010000 } from './1764000010000-appointments.js';
import { AppointmentProgress1764000011000 } from './1764000011000-appointment-progress.js';
import { BookingOperations1764000011500 } from './1764000011500-booking-operations.js';
import { Messaging1764000012000 } from './1764000012000-messaging.js';
import { Reviews1764000013000 } from './1764000013000-reviews.js';
import { HelperResponsiveness1764000014000 } from './1764000014000-helper-responsiveness.js';
import { Ledger1764000015000 } from './1764000015000-ledger.js';
import { StripeAccounts1764000016000 } from './1764000016000-stripe-accounts.js';
import { Payments1764000017000 } from './1764000017000-payments.js';
import { HeldTransfers1764000018000 } from './1764000018000-held-transfers.js';
import { LedgerComplete1764000019000 } from './1764000019000-ledger-complete.js';
import { AppointmentsByRequest1764000020000 } from './1764000020000-appointments-by-request.js';
import { Notifications1764000021000 } from './1764000021000-notifications.js';
import { AppointmentReminders1764000022000 } from './1764000022000-appointment-reminders.js';
import { FairOutboxRelay1764000023000 } from './1764000023000-fair-outbox-relay.js';
import { NotificationInboxLeases1764000024000 } from './1764000024000-notification-inbox-leases.js';

export const migrations = [Foundation1764000000000, Identity1764000001000, Tenancy1764000002000, Catalog1764000003000, Geography1764000004000, Helpers1764000005000, PlacesSearch1764000006000, Availability1764000007000, Booking1764000009000, Appointments1764000010000, AppointmentProgress1764000011000, BookingOperations1764000011500, Messaging1764000012000, Reviews1764000013000, HelperResponsiveness1764000014000, Ledger1764000015000, StripeAccounts1764000016000, Payments1764000017000, HeldTransfers1764000018000, LedgerComplete1764000019000, AppointmentsByRequest1764000020000, Notifications1764000021000, AppointmentReminders1764000022000, FairOutboxRelay1764000023000, NotificationInboxLeases1764000024000];
