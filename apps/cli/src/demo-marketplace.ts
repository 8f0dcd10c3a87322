// The demo tenants' marketplace life: jobs done weeks ago and reviewed, one waiting for the helper's
// review, one disputed, one under way right now, bookings to come (booked directly and chosen from
// an offer), a request with offers and a conversation, an open one, cancelled and expired ones.
// Everything goes through the booking, reviews and messaging services as the people would do it;
// the seed's clock is moved to when each thing happened, so timelines and review windows are real.
// Runs once per tenant: a tenant that has any request already is left as it is.
import type { INestApplicationContext } from '@nestjs/common';
import {
  AppointmentProgressService,
  AppointmentService,
  type AppointmentView,
  OfferService,
  OpenRequestsService,
  RequestListService,
  RequestOutcomeService,
  RequestService,
} from '@quartier/booking';
import { CatalogService } from '@quartier/catalog';
import { AvailabilityService, HelperProfileService, HelperSearchService } from '@quartier/helpers';
import { UserAccountsService } from '@quartier/identity';
import { MessageService } from '@quartier/messaging';
import { type FixedClock, NotFoundError, RequestContext, TenantDatabase, type TenantRole } from '@quartier/platform';
import { ReviewModerationService, ReviewService } from '@quartier/reviews';
import { demoCustomerEmail, demoHelperEmail } from './demo-helpers.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** helper01…helper09 are approved (demo-helpers.ts). */
const APPROVED_HELPERS = 9;
const CUSTOMERS = 3;

export interface DemoMarketplaceResult {
  /** False when the tenant already had requests and nothing was added. */
  created: boolean;
  /** Requests of the tenant by status, as they are now. */
  requests: Record<string, number>;
}

interface Person {
  id: string;
  ctx: RequestContext;
}

interface DemoHelper extends Person {
  postalCode: string;
  /** Services the helper offers at a price (not on quote), with their length. */
  services: { id: string; durationMinutes: number }[];
}

/** Past jobs: days ago, stars the customer gives, what they write. */
const HISTORY: { daysAgo: number; stars: number; text: string; confirmed: boolean }[] = [
  { daysAgo: 24, stars: 5, text: 'Sehr freundlich und kompetent, das WLAN läuft jetzt im ganzen Haus.', confirmed: true },
  { daysAgo: 21, stars: 5, text: 'Pünktlich, geduldig und hat alles gut erklärt.', confirmed: false },
  { daysAgo: 18, stars: 4, text: 'Gute Arbeit, hat etwas länger gedauert als gedacht.', confirmed: true },
  { daysAgo: 15, stars: 5, text: 'Schrank in einer Stunde aufgebaut, alles sauber hinterlassen.', confirmed: false },
  { daysAgo: 12, stars: 2, text: 'Kam zu spät. Rufen Sie mich an unter 079 555 12 34, dann erzähle ich mehr.', confirmed: true },
  { daysAgo: 10, stars: 4, text: 'Hat die TV-Box im zweiten Zimmer eingerichtet, funktioniert bestens.', confirmed: false },
];

export async function seedDemoMarketplace(
  app: INestApplicationContext,
  input: { tenantId: string; tenantSlug: string; operatorEmail: string; clock: FixedClock },
): Promise<DemoMarketplaceResult> {
  const { clock, tenantId } = input;
  const now = clock.now();
  const system = RequestContext.system(tenantId, 'demo-seed');
  const people = await lookUpPeople(app, input);
  const lists = app.get(RequestListService);
  if ((await lists.requests(people.operator.ctx, { first: 1 })).edges.length > 0) {
    return { created: false, requests: await requestCounts(app, system) };
  }

  const appointments = app.get(AppointmentService);
  const progress = app.get(AppointmentProgressService);
  const requests = app.get(RequestService);
  const outcomes = app.get(RequestOutcomeService);
  const offers = app.get(OfferService);
  const reviews = app.get(ReviewService);
  const messages = app.get(MessageService);
  const { helpers, customers, operator } = people;
  const at = (instant: Date) => clock.set(instant);

  const book = async (customer: Person, helper: DemoHelper, startsAt: Date, description: string) =>
    appointments.bookSlot(customer.ctx, { helperId: helper.id, serviceId: helper.services[0].id, postalCode: helper.postalCode, startsAt, description });
  const doTheJob = async (helper: DemoHelper, appointment: AppointmentView, note: string) => {
    at(new Date(appointment.startsAt.getTime() - 10 * MINUTE_MS));
    await progress.startAppointment(helper.ctx, { appointmentId: appointment.id });
    at(appointment.endsAt);
    await progress.completeAppointment(helper.ctx, { appointmentId: appointment.id, note });
  };
  const freeStart = (helper: DemoHelper, after: Date) => firstFreeStart(app, { helper, customer: customers[0], after, timezone: people.timezone });

  // Weeks ago: jobs done, confirmed or closed automatically later, reviewed by both sides.
  for (const [index, story] of HISTORY.entries()) {
    const helper = helpers[index % APPROVED_HELPERS];
    const customer = customers[index % CUSTOMERS];
    at(new Date(now.getTime() - story.daysAgo * DAY_MS));
    const appointment = await book(customer, helper, await freeStart(helper, new Date(clock.now().getTime() + DAY_MS)), 'Bitte vorher kurz klingeln.');
    if (index === 1) {
      await messages.sendMessage(customer.ctx, { requestId: appointment.requestId, helperId: helper.id, body: 'Grüezi! Der Router steht im Keller, ich zeige Ihnen alles.' });
      await messages.sendMessage(helper.ctx, { requestId: appointment.requestId, body: 'Danke, ich bringe ein längeres Kabel mit.' });
    }
    await doTheJob(helper, appointment, 'Alles eingerichtet und getestet.');
    if (story.confirmed) await outcomes.confirmCompletion(customer.ctx, { requestId: appointment.requestId });
    const review = await reviews.writeReview(customer.ctx, { appointmentId: appointment.id, stars: story.stars, text: story.text });
    await reviews.writeReview(helper.ctx, { appointmentId: appointment.id, stars: 5, text: 'Sehr angenehme Kundschaft, gerne wieder.' });
    if (story.stars <= 2) {
      await app.get(ReviewModerationService).hideReview(operator.ctx, { reviewId: review.id, reason: 'Enthält eine Telefonnummer; Kundin um neue Bewertung gebeten.' });
    }
  }

  // Within the last 60 hours (under the SLA's 72 before a job closes by itself): done, the customer
  // reviewed, the helper has not yet (double-blind: not public). Demo helpers work Monday to
  // Saturday, so 60 hours always hold a working stretch.
  at(new Date(now.getTime() - 60 * HOUR_MS));
  const awaiting = await book(customers[0], helpers[6], await freeStart(helpers[6], new Date(clock.now().getTime() + HOUR_MS)), 'Fernseher an die Wand montieren.');
  await doTheJob(helpers[6], pastOrThrow(awaiting, now), 'Halterung montiert, Kabel im Kanal.');
  await reviews.writeReview(customers[0].ctx, { appointmentId: awaiting.id, stars: 5, text: 'Super sauber montiert!' });

  // A few days ago: done, but the customer disputes it.
  at(new Date(now.getTime() - 5 * DAY_MS));
  const disputed = await book(customers[1], helpers[7], await freeStart(helpers[7], new Date(clock.now().getTime() + HOUR_MS)), 'TV-Box im Schlafzimmer einrichten.');
  await doTheJob(helpers[7], pastOrThrow(disputed, now), 'Box eingerichtet.');
  await outcomes.disputeRequest(customers[1].ctx, { requestId: disputed.requestId, reason: 'Die Box zeigt seit gestern wieder kein Signal.' });

  // Right now: a job under way (the helper opened an extra window today for it).
  const started = await startedJobNow(app, { helper: helpers[8], customer: customers[2], now, timezone: people.timezone, clock, book });
  at(new Date(started.startsAt.getTime() - 5 * MINUTE_MS));
  await progress.startAppointment(helpers[8].ctx, { appointmentId: started.id });

  // A day and a bit ago: a request nobody answered; it expires when the sweep below runs. Its
  // help-within target counts service hours, so it must be this old to have passed whatever the hour
  // of the seed (five hours before a seed at midnight, it would be due the next morning).
  at(new Date(now.getTime() - 26 * HOUR_MS));
  await requests.postRequest(customers[2].ctx, {
    serviceId: helpers[5].services[0].id,
    description: 'Drucker verbindet sich nicht mit dem WLAN.',
    postalCode: '6300',
    windows: [{ from: new Date(now.getTime() + DAY_MS), to: new Date(now.getTime() + DAY_MS + 4 * HOUR_MS) }],
  });

  // Today: bookings to come, one direct and one chosen from an offer.
  at(now);
  await book(customers[1], helpers[0], await freeStart(helpers[0], new Date(now.getTime() + DAY_MS)), 'Mesh-WLAN für drei Etagen.');
  const offerStart = await freeStart(helpers[1], new Date(now.getTime() + 2 * DAY_MS));
  // Posted 90 minutes ago, answered 12 minutes later (how fast helpers answer ranks them in search).
  at(new Date(now.getTime() - 90 * MINUTE_MS));
  const chosenRequest = await requests.postRequest(customers[2].ctx, {
    serviceId: helpers[1].services[0].id,
    description: 'Neues Smartphone einrichten und Daten übertragen.',
    postalCode: helpers[1].postalCode,
    windows: [{ from: offerStart, to: new Date(offerStart.getTime() + 4 * HOUR_MS) }],
  });
  at(new Date(now.getTime() - 78 * MINUTE_MS));
  const chosen = await offers.makeOffer(helpers[1].ctx, { requestId: chosenRequest.id });
  at(now);
  await offers.chooseOffer(customers[2].ctx, { offerId: chosen.id, startsAt: offerStart });

  // A request with offers from every helper who covers it, where most helpers do, and a
  // conversation with the first of them (the phone number is hidden until booked).
  const windowStart = new Date(Math.ceil((now.getTime() + 3 * DAY_MS) / HOUR_MS) * HOUR_MS);
  const busiest = await busiestCorner(app, system, helpers);
  // Posted 40 minutes ago; the helpers who cover it answered one after another, some minutes apart.
  const postedAt = now.getTime() - 40 * MINUTE_MS;
  at(new Date(postedAt));
  const offered = await requests.postRequest(customers[0].ctx, {
    serviceId: busiest.serviceId,
    description: 'Smart-TV mit dem Internet verbinden und Sender sortieren.',
    postalCode: busiest.postalCode,
    windows: [
      { from: windowStart, to: new Date(windowStart.getTime() + 6 * HOUR_MS) },
      { from: new Date(windowStart.getTime() + DAY_MS), to: new Date(windowStart.getTime() + DAY_MS + 6 * HOUR_MS) },
    ],
  });
  const offering: DemoHelper[] = [];
  for (const helper of helpers) {
    const open = await app.get(OpenRequestsService).openRequestsForMe(helper.ctx, { first: 50 });
    if (!open.edges.some((edge) => edge.node.id === offered.id)) continue;
    at(new Date(postedAt + Math.min(4 + 9 * offering.length, 36) * MINUTE_MS));
    await offers.makeOffer(helper.ctx, { requestId: offered.id });
    offering.push(helper);
  }
  at(now);
  await messages.sendMessage(customers[0].ctx, { requestId: offered.id, helperId: offering[0].id, body: 'Hätten Sie am ersten Tag schon am Morgen Zeit?' });
  await messages.sendMessage(offering[0].ctx, { requestId: offered.id, body: 'Ja, ab 9 Uhr. Rufen Sie mich an: 079 123 45 67' });

  // An open request, one the customer cancelled, and a booking the operator cancelled.
  await requests.postRequest(customers[1].ctx, {
    serviceId: helpers[4].services[0].id,
    description: 'Lampe im Flur anschliessen.',
    postalCode: helpers[4].postalCode,
    windows: [{ from: new Date(windowStart.getTime() + 2 * DAY_MS), to: new Date(windowStart.getTime() + 2 * DAY_MS + 8 * HOUR_MS) }],
  });
  const changedMind = await requests.postRequest(customers[2].ctx, {
    serviceId: helpers[2].services[0].id,
    description: 'Regal an Betonwand montieren.',
    postalCode: helpers[2].postalCode,
    windows: [{ from: new Date(windowStart.getTime() + 4 * DAY_MS), to: new Date(windowStart.getTime() + 4 * DAY_MS + 3 * HOUR_MS) }],
  });
  await requests.cancelRequest(customers[2].ctx, { requestId: changedMind.id, reason: 'Mein Nachbar hat es schon erledigt.' });
  const cancelled = await book(customers[0], helpers[2], await freeStart(helpers[2], new Date(now.getTime() + 5 * DAY_MS)), 'Router tauschen.');
  await requests.cancelRequest(operator.ctx, { requestId: cancelled.requestId, reason: 'Kundin hat telefonisch abgesagt.' });

  // The sweep the worker runs every minute: the unanswered request expires, old jobs close.
  await requests.expireOverdue(system, now);
  await requests.closeOverdue(system, now);
  await reviews.publishDue(system, now);
  return { created: true, requests: await requestCounts(app, system) };
}

/** Among the demo helpers' homes and services, the one most approved helpers cover, as search finds them. */
async function busiestCorner(app: INestApplicationContext, system: RequestContext, helpers: DemoHelper[]): Promise<{ postalCode: string; serviceId: string }> {
  let best = { postalCode: helpers[0].postalCode, serviceId: helpers[0].services[0].id, helpers: 0 };
  for (const helper of helpers) {
    for (const service of helper.services) {
      const found = await app.get(HelperSearchService).searchHelpers(system, { postalCode: helper.postalCode, serviceId: service.id, first: 20 });
      if (found.edges.length > best.helpers) best = { postalCode: helper.postalCode, serviceId: service.id, helpers: found.edges.length };
    }
  }
  return best;
}

async function lookUpPeople(app: INestApplicationContext, input: { tenantId: string; tenantSlug: string; operatorEmail: string }) {
  const system = RequestContext.system(input.tenantId, 'demo-seed');
  const accounts = app.get(UserAccountsService);
  const { ids, timezone } = await app.get(TenantDatabase).run(system, async (tx) => {
    const emails = [
      input.operatorEmail,
      ...Array.from({ length: APPROVED_HELPERS }, (_, index) => demoHelperEmail(input.tenantSlug, index)),
      ...Array.from({ length: CUSTOMERS }, (_, index) => demoCustomerEmail(input.tenantSlug, index)),
    ];
    const found: string[] = [];
    for (const email of emails) {
      const account = await accounts.findByEmail(tx, email);
      if (!account) throw new NotFoundError(`Demo account ${email}`);
      found.push(account.id);
    }
    const [tenant] = await tx.query<{ timezone: string }>(`select timezone from tenants where id = $1`, [tx.tenantId]);
    return { ids: found, timezone: tenant.timezone };
  });
  const person = (id: string, role: TenantRole): Person => ({
    id,
    ctx: RequestContext.create({ tenantId: input.tenantId, actor: { kind: 'user', userId: id, sessionId: 'demo-seed' }, roles: [role], locale: 'de' }),
  });
  const durations = new Map(
    (await app.get(CatalogService).list(system, { includeArchived: false, first: 100 })).edges.map((edge) => [edge.node.id, edge.node.estimatedDurationMinutes]),
  );
  const helpers: DemoHelper[] = [];
  for (const id of ids.slice(1, 1 + APPROVED_HELPERS)) {
    const profile = await app.get(HelperProfileService).publicHelper(system, { id });
    const services = profile.skills
      .filter((skill) => skill.pricingMode !== 'quote' && durations.has(skill.serviceId))
      .map((skill) => ({ id: skill.serviceId, durationMinutes: durations.get(skill.serviceId) ?? 60 }));
    if (!profile.serviceArea || services.length === 0) throw new NotFoundError(`Demo helper ${id} with a service area and a priced skill`);
    helpers.push({ ...person(id, 'helper'), postalCode: profile.serviceArea.postalCode, services });
  }
  return {
    timezone,
    operator: person(ids[0], 'operator_admin'),
    helpers,
    customers: ids.slice(1 + APPROVED_HELPERS).map((id) => person(id, 'customer')),
  };
}

/** The helper's first free start on the half hour at or after `after`, for their first service, from their public availability. */
async function firstFreeStart(app: INestApplicationContext, input: { helper: DemoHelper; customer: Person; after: Date; timezone: string }): Promise<Date> {
  const duration = input.helper.services[0].durationMinutes * MINUTE_MS;
  const from = localDate(input.after, input.timezone);
  const to = localDate(new Date(input.after.getTime() + 20 * DAY_MS), input.timezone);
  const { intervals } = await app.get(AvailabilityService).helperAvailability(input.customer.ctx, { helperId: input.helper.id, from, to });
  for (const interval of intervals) {
    const start = Math.max(interval.start.getTime(), Math.ceil(input.after.getTime() / (30 * MINUTE_MS)) * 30 * MINUTE_MS);
    if (start + duration <= interval.end.getTime()) return new Date(start);
  }
  throw new NotFoundError(`A free slot of demo helper ${input.helper.id} after ${input.after.toISOString()}`);
}

/**
 * A booking that began 20 minutes before `now`: the helper adds a whole-day window for that local
 * day (their week may not cover this hour), and the start moves earlier if the job would run past midnight.
 */
async function startedJobNow(
  app: INestApplicationContext,
  input: {
    helper: DemoHelper;
    customer: Person;
    now: Date;
    timezone: string;
    clock: FixedClock;
    book: (customer: Person, helper: DemoHelper, startsAt: Date, description: string) => Promise<AppointmentView>;
  },
): Promise<AppointmentView> {
  const duration = input.helper.services[0].durationMinutes;
  let start = new Date(Math.floor((input.now.getTime() - 20 * MINUTE_MS) / (5 * MINUTE_MS)) * 5 * MINUTE_MS);
  const overflow = minuteOfDay(start, input.timezone) + duration - 24 * 60;
  if (overflow > 0) start = new Date(start.getTime() - overflow * MINUTE_MS);
  input.clock.set(new Date(start.getTime() - HOUR_MS));
  await app.get(AvailabilityService).setMyAvailabilityException(input.helper.ctx, {
    date: localDate(start, input.timezone),
    windows: [{ start: '00:00', end: '24:00' }],
    note: 'Zusätzlich verfügbar',
  });
  return input.book(input.customer, input.helper, start, 'Computer ist sehr langsam, bitte anschauen.');
}

/** A job meant to be over by `now`; a demo helper's week without such a stretch is a broken demo, said loudly. */
function pastOrThrow(appointment: AppointmentView, now: Date): AppointmentView {
  if (appointment.endsAt > now) throw new Error(`Demo appointment ${appointment.id} would end after now (${appointment.endsAt.toISOString()})`);
  return appointment;
}

function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

function minuteOfDay(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return value('hour') * 60 + value('minute');
}

async function requestCounts(app: INestApplicationContext, system: RequestContext): Promise<Record<string, number>> {
  const rows = await app.get(TenantDatabase).run(system, (tx) =>
    tx.query<{ status: string; n: number }>(`select status, count(*)::integer as n from requests where tenant_id = $1 group by status order by status`, [tx.tenantId]),
  );
  return Object.fromEntries(rows.map((row) => [row.status, row.n]));
}
