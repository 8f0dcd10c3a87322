// The demo tenants' people: helpers across Swiss towns who went through the real vetting path (most
// approved, two waiting in the operator's queue, one suspended) and a few customers. Everything goes
// through the identity and helpers services, as the helpers and the operator would do it.
import type { INestApplicationContext } from '@nestjs/common';
import { CatalogService } from '@quartier/catalog';
import { AvailabilityService, HELPER_STATUSES, HelperProfileService, type HelperStatus, type SkillInput, VettingService } from '@quartier/helpers';
import { UserAccountsService } from '@quartier/identity';
import { ConflictError, minorDigits, NotFoundError, RequestContext, TenantDatabase, type TenantRole } from '@quartier/platform';
import { TenantPolicyService } from '@quartier/tenancy';

/** One password for every demo helper and customer, printed by demo:info; never use it in production. */
export const DEMO_USER_PASSWORD = 'quartier-user-demo';

type DemoOutcome = 'approved' | 'in_review' | 'suspended';

interface DemoHelper {
  name: string;
  postalCode: string;
  radiusKm: number;
  languages: string[];
  /** Gives remote help (a call first): the helpers whose trade is internet, TV and phones. */
  offersRemoteHelp: boolean;
  bio: string;
  outcome: DemoOutcome;
}

/** Twelve homes across Switzerland; every code is in data/geonames/CH.txt. */
const HOMES: { postalCode: string; town: string }[] = [
  { postalCode: '8001', town: 'Zürich' },
  { postalCode: '8004', town: 'Zürich' },
  { postalCode: '8050', town: 'Zürich-Oerlikon' },
  { postalCode: '3011', town: 'Bern' },
  { postalCode: '4051', town: 'Basel' },
  { postalCode: '1003', town: 'Lausanne' },
  { postalCode: '1201', town: 'Genève' },
  { postalCode: '6900', town: 'Lugano' },
  { postalCode: '6003', town: 'Luzern' },
  { postalCode: '9000', town: 'St. Gallen' },
  { postalCode: '8400', town: 'Winterthur' },
  { postalCode: '6300', town: 'Zug' },
];

const LANGUAGES_BY_POSTAL_CODE: Record<string, string[]> = {
  '1003': ['fr', 'de', 'en'],
  '1201': ['fr', 'en'],
  '6900': ['it', 'de'],
};

/** Display names by tenant slug, one per home. */
const NAMES: Record<string, string[]> = {
  alpine: [
    'Lea Meier', 'Jonas Keller', 'Mia Baumann', 'Luca Frei', 'Nina Brunner', 'Camille Favre',
    'Théo Rochat', 'Giulia Bernasconi', 'Samuel Huber', 'Laura Graf', 'Noah Widmer', 'Sofia Schmid',
  ],
  nordhaus: [
    'Anna Vogel', 'David Steiner', 'Elena Zürcher', 'Tim Moser', 'Sara Gerber', 'Louis Dubois',
    'Chloé Perret', 'Marco Rossi', 'Lena Fischer', 'Fabian Suter', 'Julia Weber', 'Yannick Roth',
  ],
};

/** Bio openings in German, the default language of both demo tenants. */
const TRADES = [
  'Ich richte Internet, WLAN und Fernseher ein und erkläre alles in Ruhe.',
  'Handwerklich geschickt, mit eigenem Werkzeug und viel Geduld.',
  'Ich helfe gerne älteren Menschen mit Smartphone, Tablet und Computer.',
  'Möbelaufbau und kleine Reparaturen sind meine Leidenschaft.',
];

/** Index in HOMES → outcome; the rest are approved. */
const OUTCOMES: Record<number, DemoOutcome> = { 9: 'in_review', 10: 'in_review', 11: 'suspended' };

export function demoHelpers(tenantSlug: string): DemoHelper[] {
  return HOMES.map((home, index) => ({
    name: (NAMES[tenantSlug] ?? NAMES.alpine)[index],
    postalCode: home.postalCode,
    radiusKm: 10 + ((index * 7) % 21),
    languages: LANGUAGES_BY_POSTAL_CODE[home.postalCode] ?? (index % 3 === 0 ? ['de', 'en'] : ['de']),
    bio: `${TRADES[index % TRADES.length]} Unterwegs in ${home.town} und Umgebung.`,
    offersRemoteHelp: index % TRADES.length === 0 || index % TRADES.length === 2,
    outcome: OUTCOMES[index] ?? 'approved',
  }));
}

const CUSTOMERS = ['Margrit Bachmann', 'Peter Ammann', 'Heidi Kuhn'];

export function demoHelperEmail(tenantSlug: string, index: number): string {
  return `helper${String(index + 1).padStart(2, '0')}@${tenantSlug}.localhost`;
}

export function demoCustomerEmail(tenantSlug: string, index: number): string {
  return `customer${index + 1}@${tenantSlug}.localhost`;
}

export interface DemoPeopleResult {
  created: number;
  helpers: Record<HelperStatus, number>;
  customers: number;
}

/**
 * Adds the tenant's missing demo helpers and customers. When all of them exist already (every run
 * after the first) it only looks them up, so the seed stays cheap on each `npm start`.
 */
export async function seedDemoPeople(
  app: INestApplicationContext,
  input: { tenantId: string; tenantSlug: string; operatorEmail: string },
): Promise<DemoPeopleResult> {
  const system = RequestContext.system(input.tenantId, 'demo-seed');
  const db = app.get(TenantDatabase);
  const accounts = app.get(UserAccountsService);
  const helpers = demoHelpers(input.tenantSlug);
  const helperEmails = helpers.map((_, index) => demoHelperEmail(input.tenantSlug, index));
  const customerEmails = CUSTOMERS.map((_, index) => demoCustomerEmail(input.tenantSlug, index));

  const lookUp = () =>
    db.run(system, async (tx) => {
      const existing = new Set<string>();
      for (const email of [...helperEmails, ...customerEmails]) if (await accounts.findByEmail(tx, email)) existing.add(email);
      const operator = await accounts.findByEmail(tx, input.operatorEmail);
      return { existing, operatorId: operator?.id ?? null };
    });
  const { existing, operatorId } = await lookUp();

  let created = 0;
  const missingHelpers = helpers.map((helper, index) => ({ helper, email: helperEmails[index] })).filter(({ email }) => !existing.has(email));
  if (missingHelpers.length) {
    if (!operatorId) throw new NotFoundError('Demo operator');
    const operator = userContext(input.tenantId, operatorId, 'operator_admin');
    const skillsFor = await skillPlanner(app, system);
    for (const { helper, email } of missingHelpers) {
      const userId = await createAccount(app, system, { email, displayName: helper.name, role: 'helper' });
      if (!userId) continue;
      await vetHelper(app, { helper: userContext(input.tenantId, userId, 'helper'), operator, demo: helper, skills: skillsFor(helperEmails.indexOf(email)) });
      created += 1;
    }
  }
  for (const [index, email] of customerEmails.entries()) {
    if (existing.has(email)) continue;
    if (await createAccount(app, system, { email, displayName: CUSTOMERS[index], role: 'customer' })) created += 1;
  }
  return { created, ...(await countPeople(db, system, { helperEmails, customerEmails })) };
}

function userContext(tenantId: string, userId: string, role: TenantRole): RequestContext {
  return RequestContext.create({ tenantId, actor: { kind: 'user', userId, sessionId: 'demo-seed' }, roles: [role], locale: 'de' });
}

/** The new account's id, or null when a concurrent seed run created it first. */
async function createAccount(
  app: INestApplicationContext,
  system: RequestContext,
  input: { email: string; displayName: string; role: TenantRole },
): Promise<string | null> {
  try {
    return (
      await app.get(TenantDatabase).run(system, (tx) =>
        app.get(UserAccountsService).createUser(tx, { email: input.email, password: DEMO_USER_PASSWORD, displayName: input.displayName, roles: [input.role], locale: 'de' }),
      )
    ).id;
  } catch (error) {
    if (error instanceof ConflictError) return null;
    throw error;
  }
}

/** Three services per helper (the flagship and two rotating over the tenant's active catalog), priced inside the tenant's bounds. */
async function skillPlanner(app: INestApplicationContext, system: RequestContext): Promise<(index: number) => SkillInput[]> {
  const pricing = await app.get(TenantPolicyService).latest(system, { kind: 'pricing' });
  if (!pricing) throw new NotFoundError('Pricing policy');
  const unit = 10 ** minorDigits(pricing.document.currency);
  const { minMinor, maxMinor } = pricing.document.helperHourlyRate;
  const services = (await app.get(CatalogService).list(system, { includeArchived: false, first: 100 })).edges.map((edge) => edge.node).filter((service) => service.active);
  return (index) => {
    // Everyone offers the site's first service (its flagship, like Wi-Fi set-up for a telco), so
    // neighbours compete for the same requests; two more rotate over the rest of the catalog.
    const rest = services.slice(1);
    const picked = [services[0], ...[0, 1].map((offset) => rest[(index * 2 + offset) % Math.max(rest.length, 1)] ?? services[0])];
    return [...new Map(picked.map((service) => [service.id, service])).values()].map((service) => {
      if (service.pricingMode !== 'hourly') return { serviceId: service.id, priceMinor: null };
      // Whole units spread over the bounds, so helpers differ in price.
      const steps = Math.max(0, Math.floor((maxMinor - minMinor) / unit));
      return { serviceId: service.id, priceMinor: Math.min(maxMinor, minMinor + ((index * 3) % (steps + 1)) * unit) };
    });
  };
}

/** Working weeks that differ a little between helpers, so searches with a time window pick some, not all. */
function weeklySlotsFor(demo: DemoHelper): { weekday: number; start: string; end: string }[] {
  const early = demo.postalCode.charCodeAt(demo.postalCode.length - 1) % 2 === 0;
  const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: early ? '08:00' : '12:00', end: early ? '16:00' : '20:00' }));
  return [...weekdays, { weekday: 6, start: '09:00', end: '13:00' }];
}

async function vetHelper(
  app: INestApplicationContext,
  input: { helper: RequestContext; operator: RequestContext; demo: DemoHelper; skills: SkillInput[] },
): Promise<void> {
  const profiles = app.get(HelperProfileService);
  const vetting = app.get(VettingService);
  const { demo, helper, operator } = input;
  await profiles.updateMyProfile(helper, {
    displayName: demo.name,
    bio: demo.bio,
    languages: demo.languages,
    homePostalCode: { countryCode: 'CH', code: demo.postalCode },
    serviceRadiusKm: demo.radiusKm,
    offersRemoteHelp: demo.offersRemoteHelp,
  });
  await profiles.setMySkills(helper, { skills: input.skills });
  await app.get(AvailabilityService).setMyWeeklyAvailability(helper, { slots: weeklySlotsFor(demo) });
  const progress = await vetting.myProgress(helper);
  const steps = progress?.steps ?? [];
  for (const step of steps) {
    await vetting.submitStep(helper, { stepKey: step.key, evidence: { text: `Demo-Nachweis: ${step.name}` } });
  }
  if (demo.outcome === 'in_review') return;
  const helperId = helper.userId ?? '';
  for (const step of steps) {
    await vetting.decideStep(operator, { helperId, stepKey: step.key, decision: 'approve', note: 'Demo: geprüft' });
  }
  if (demo.outcome === 'suspended') {
    await vetting.suspend(operator, { helperId, reason: 'Demo: mehrere Kundenbeschwerden, Abklärung läuft' });
  }
}

/** The demo people as they are now (an operator may have changed them). No service lists helpers by status, hence the one read. */
async function countPeople(
  db: TenantDatabase,
  system: RequestContext,
  input: { helperEmails: string[]; customerEmails: string[] },
): Promise<Omit<DemoPeopleResult, 'created'>> {
  return db.run(system, async (tx) => {
    const helperRows = await tx.query<{ status: HelperStatus; n: string }>(
      `select p.status, count(*) as n
         from helper_profiles p join users u on u.tenant_id = p.tenant_id and u.id = p.user_id
        where p.tenant_id = $1 and u.email = any($2) group by p.status`,
      [tx.tenantId, input.helperEmails],
    );
    const [customers] = await tx.query<{ n: string }>(
      `select count(*) as n from users u join user_roles r on r.tenant_id = u.tenant_id and r.user_id = u.id and r.role = 'customer'
        where u.tenant_id = $1 and u.email = any($2)`,
      [tx.tenantId, input.customerEmails],
    );
    const helpers = Object.fromEntries(HELPER_STATUSES.map((status) => [status, 0])) as Record<HelperStatus, number>;
    for (const row of helperRows) helpers[row.status] = Number(row.n);
    return { helpers, customers: Number(customers.n) };
  });
}
