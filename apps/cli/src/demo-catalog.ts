// The demo retailer's own catalog on top of the default one: a home retailer sells assembly and
// decoration help the telco does not. Added through the catalog's rules, skipped when present.
import type { INestApplicationContext } from '@nestjs/common';
import { CatalogService, CategoryService, type NewService } from '@quartier/catalog';
import { minorDigits, NotFoundError, type RequestContext } from '@quartier/platform';
import { TenantPolicyService } from '@quartier/tenancy';

interface DemoCategory {
  slug: string;
  names: Record<string, string>;
  services: (Omit<NewService, 'categoryId'> & { fixedPrice?: number })[];
}

/** Extra categories and services by demo tenant slug; prices in major units of the tenant's currency. */
export const DEMO_CATALOG: Record<string, DemoCategory[]> = {
  nordhaus: [
    {
      slug: 'furniture-assembly',
      names: {},
      services: [
        {
          slug: 'bed-assembly',
          names: { de: 'Bett aufbauen', en: 'Bed assembly' },
          descriptions: { de: 'Bettgestell mit Lattenrost, ohne Boxspring.', en: 'Bed frame with slats, box springs excluded.' },
          pricingMode: 'fixed',
          fixedPrice: 79,
          estimatedDurationMinutes: 120,
        },
        {
          slug: 'kitchen-cabinet-assembly',
          names: { de: 'Küchenschränke montieren', en: 'Kitchen cabinet assembly' },
          pricingMode: 'quote',
          estimatedDurationMinutes: 360,
        },
      ],
    },
    {
      slug: 'home-decor',
      names: { de: 'Wohnen & Deko', fr: 'Maison & déco', it: 'Casa & decorazione', en: 'Home & decor' },
      services: [
        {
          slug: 'curtain-rail-mounting',
          names: { de: 'Gardinenstange montieren', en: 'Curtain rail mounting' },
          pricingMode: 'hourly',
          estimatedDurationMinutes: 60,
        },
        {
          slug: 'picture-hanging',
          names: { de: 'Bilder aufhängen', en: 'Picture hanging' },
          descriptions: { de: 'Bis zu fünf Bilder oder Spiegel.', en: 'Up to five pictures or mirrors.' },
          pricingMode: 'fixed',
          fixedPrice: 35,
          estimatedDurationMinutes: 60,
        },
      ],
    },
  ],
};

/** Adds the (provisioned) tenant's demo categories and services that are missing; returns how many services it added. */
export async function seedDemoCatalog(app: INestApplicationContext, ctx: RequestContext, tenantSlug: string): Promise<number> {
  const categories = app.get(CategoryService);
  const catalog = app.get(CatalogService);
  const pricing = await app.get(TenantPolicyService).latest(ctx, { kind: 'pricing' });
  if (!pricing) throw new NotFoundError('Pricing policy');
  const unit = 10 ** minorDigits(pricing.document.currency);
  const existingCategories = (await categories.list(ctx, { includeInactive: true, first: 100 })).edges.map((edge) => edge.node);
  const existingServices = new Set((await catalog.list(ctx, { includeArchived: true, first: 100 })).edges.map((edge) => edge.node.slug));
  let added = 0;
  for (const category of DEMO_CATALOG[tenantSlug] ?? []) {
    const categoryId =
      existingCategories.find((existing) => existing.slug === category.slug)?.id ??
      (await categories.create(ctx, { slug: category.slug, names: category.names })).id;
    for (const { fixedPrice, ...service } of category.services) {
      if (existingServices.has(service.slug)) continue;
      await catalog.create(ctx, { ...service, categoryId, fixedPriceMinor: fixedPrice === undefined ? null : fixedPrice * unit });
      added += 1;
    }
  }
  return added;
}
