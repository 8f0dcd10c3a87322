// `npm run db:seed`: the demo — one platform admin and two tenants that look different (a telco and
// a home retailer), each with an operator admin, provisioned at once so the demo works without the
// worker, all of Switzerland's postal codes (GeoNames, data/geonames), people (vetted helpers and
// customers) and their marketplace: requests in every state, reviews, conversations. Idempotent: what exists is left as it is. `demo:info` prints where and how to sign in.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { BookingModule } from '@quartier/booking';
import { CatalogModule } from '@quartier/catalog';
import { GeoModule, PlacesImportService, type PlacesImportResult } from '@quartier/geo';
import { HelpersModule } from '@quartier/helpers';
import { IdentityModule, identityEntities, PlatformAdminsService } from '@quartier/identity';
import { MessagingModule } from '@quartier/messaging';
import {
  type AppConfig,
  ConfigModule,
  ConflictError,
  DatabaseModule,
  FixedClock,
  GlobalDatabase,
  RedisModule,
  RequestContext,
} from '@quartier/platform';
import { ReviewsModule } from '@quartier/reviews';
import { type NewTenant, TenancyModule, tenancyEntities, TenantOnboardingService, TenantProvisioningService } from '@quartier/tenancy';
import { seedDemoCatalog } from './demo-catalog.js';
import { DEMO_USER_PASSWORD, demoCustomerEmail, demoHelperEmail, type DemoPeopleResult, seedDemoPeople } from './demo-helpers.js';
import { type DemoMarketplaceResult, seedDemoMarketplace } from './demo-marketplace.js';

/** Demo credentials are fixed so the README and the banner can name them; never use them in production. */
export const DEMO_ADMIN = { email: 'admin@quartier.localhost', password: 'quartier-admin-demo', displayName: 'Quartier Platform Admin' };
export const DEMO_OPERATOR_PASSWORD = 'quartier-operator-demo';
/** GeoNames' Swiss postal codes (CC BY 4.0, see data/geonames/README.md): the demo tenants' geography. */
export const DEMO_PLACES_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../../data/geonames/CH.txt');

type DemoTenant = Omit<NewTenant, 'firstOperator'> & { operator: { email: string; displayName: string } };

export const DEMO_TENANTS: DemoTenant[] = [
  {
    slug: 'alpine',
    name: 'Alpine Telecom',
    domains: ['nachbarn.alpine-telecom.test'],
    locales: ['de', 'fr', 'it', 'en'],
    defaultLocale: 'de',
    currency: 'CHF',
    timezone: 'Europe/Zurich',
    branding: {
      displayName: 'Alpine Nachbarschaft',
      logoUrl: 'https://assets.alpine-telecom.test/brand/alpine-neighborhood.svg',
      primaryColor: '#d0021b',
      accentColor: '#1a1a2e',
      fontFamily: "'Source Sans 3', Arial, sans-serif",
      badgeName: 'Alpine Friend',
    },
    operator: { email: 'operator@alpine.localhost', displayName: 'Alpine Operations' },
  },
  {
    slug: 'nordhaus',
    name: 'Nordhaus Living',
    domains: [],
    locales: ['de', 'en'],
    defaultLocale: 'de',
    currency: 'EUR',
    timezone: 'Europe/Berlin',
    branding: {
      displayName: 'Nordhaus Nachbarn',
      logoUrl: 'https://cdn.nordhaus-living.test/logo/nordhaus-helpers.png',
      primaryColor: '#2f5d50',
      accentColor: '#e9c46a',
      fontFamily: "Georgia, 'Times New Roman', serif",
      badgeName: 'Nordhaus Helper',
    },
    operator: { email: 'operator@nordhaus.localhost', displayName: 'Nordhaus Service Team' },
  },
];

export interface DemoSeedResult {
  admin: { id: string; created: boolean };
  tenants: {
    slug: string;
    id: string;
    created: boolean;
    provisioning: 'provisioned' | 'skipped';
    places: PlacesImportResult;
    people: DemoPeopleResult;
    marketplace: DemoMarketplaceResult;
  }[];
}

export async function seedDemo(config: AppConfig): Promise<DemoSeedResult> {
  // The demo passwords are printed by demo:info and the README: in production they would be a way in.
  if (config.NODE_ENV === 'production') {
    throw new Error('The demo seed refuses to run in production; create the platform admin with admin:create');
  }
  // The marketplace's history is played through the services at the times it happened.
  const clock = new FixedClock(new Date());
  @Module({
    imports: [
      ConfigModule.forRoot(config, { clock }),
      DatabaseModule.forRoot({ entities: [...tenancyEntities, ...identityEntities] }),
      RedisModule.forRoot(),
      IdentityModule,
      TenancyModule,
      CatalogModule,
      GeoModule,
      HelpersModule,
      BookingModule,
      ReviewsModule,
      MessagingModule,
    ],
  })
  class DemoSeedModule {}

  const app = await NestFactory.createApplicationContext(DemoSeedModule, { logger: ['error', 'warn'] });
  try {
    const admin = await app.get(PlatformAdminsService).create(DEMO_ADMIN);
    const ctx = RequestContext.create({ tenantId: null, actor: { kind: 'platform_admin', adminId: admin.id } });
    const onboarding = app.get(TenantOnboardingService);
    const provisioning = app.get(TenantProvisioningService);
    const global = app.get(GlobalDatabase);
    const placesImport = app.get(PlacesImportService);
    const placesFile = await readFile(DEMO_PLACES_FILE, 'utf8');
    const findTenantId = async (slug: string) =>
      (await global.run((tx) => tx.query<{ id: string }>(`select id from tenants where slug = $1`, [slug])))[0]?.id ?? null;

    const tenants: DemoSeedResult['tenants'] = [];
    for (const { operator, ...tenant } of DEMO_TENANTS) {
      let id = await findTenantId(tenant.slug);
      let created = false;
      if (!id) {
        try {
          ({ tenantId: id } = await onboarding.createTenant(ctx, {
            ...tenant,
            firstOperator: { kind: 'account', email: operator.email, password: DEMO_OPERATOR_PASSWORD, displayName: operator.displayName },
          }));
          created = true;
        } catch (error) {
          // Another seed run created it between the lookup and the insert.
          if (!(error instanceof ConflictError)) throw error;
          id = await findTenantId(tenant.slug);
          if (!id) throw error;
        }
      }
      const provisioned = await provisioning.provision(RequestContext.system(id, 'demo-seed'));
      await seedDemoCatalog(app, RequestContext.system(id, 'demo-seed'), tenant.slug);
      // Re-importing the same file changes nothing (no write, no event), so every run may do it.
      const places = await placesImport.importTsv(RequestContext.system(id, 'demo-seed'), { tsv: placesFile, field: 'file' });
      // After the places: helpers' home postal codes must exist.
      const people = await seedDemoPeople(app, { tenantId: id, tenantSlug: tenant.slug, operatorEmail: operator.email });
      const marketplace = await seedDemoMarketplace(app, { tenantId: id, tenantSlug: tenant.slug, operatorEmail: operator.email, clock });
      tenants.push({ slug: tenant.slug, id, created, provisioning: provisioned, places, people, marketplace });
    }
    return { admin, tenants };
  } finally {
    await app.close();
  }
}

export function demoInfo(config: AppConfig): string {
  const base = config.PUBLIC_BASE_DOMAIN;
  const origin = (host: string) => `http://${host}:${config.PORT}`;
  const lines = [
    'Quartier demo',
    '',
    `Platform admin API  ${origin(base)}/platform/graphql`,
    `  sign in           ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}  (mutation platformLogIn)`,
    '',
  ];
  for (const tenant of DEMO_TENANTS) {
    lines.push(`${tenant.name.padEnd(20)}${origin(`${tenant.slug}.${base}`)}/graphql`);
    for (const domain of tenant.domains) lines.push(`  custom domain     ${origin(domain)}/graphql`);
    lines.push(`  operator admin    ${tenant.operator.email} / ${DEMO_OPERATOR_PASSWORD}  (mutation logIn)`);
    lines.push(`  helper            ${demoHelperEmail(tenant.slug, 0)} / ${DEMO_USER_PASSWORD}  (and helper02…helper12)`);
    lines.push(`  customer          ${demoCustomerEmail(tenant.slug, 0)} / ${DEMO_USER_PASSWORD}  (and customer2, customer3)`);
    lines.push('');
  }
  const alpine = `alpine.${base}`;
  lines.push(
    `Health              ${origin(base)}/health`,
    `Metrics             ${origin(base)}/metrics`,
    '',
    `Browsers resolve *.localhost by themselves; curl and Node may not. Name the tenant's host explicitly:`,
    `  curl -s ${origin('127.0.0.1')}/graphql -H 'Host: ${alpine}' -H 'content-type: application/json' \\`,
    `       -d '{"query":"{ currentTenant { name branding { badgeName primaryColor } } }"}'`,
    `  curl -s --resolve ${alpine}:${config.PORT}:127.0.0.1 ${origin(alpine)}/graphql -H 'content-type: application/json' \\`,
    `       -d '{"query":"mutation { logIn(email: \\"${DEMO_TENANTS[0].operator.email}\\", password: \\"${DEMO_OPERATOR_PASSWORD}\\") { accessToken } }"}'`,
  );
  return lines.join('\n');
}

