// The tenant's services: customers see the active ones of active categories; operators create,
// change and archive them. Prices follow the tenant's pricing policy in force: a fixed price must
// pay the helper within the policy's hourly bounds for the estimated duration. Bad input is a
// typed error naming the field and nothing is written.
import { Injectable } from '@nestjs/common';
import {
  ConflictError,
  encodeCursor,
  newId,
  NotFoundError,
  pageSize,
  type RequestContext,
  TenantDatabase,
  type TenantTransaction,
  toConnection,
  ValidationError,
} from '@quartier/platform';
import { isUniqueViolation, TenantPolicyService } from '@quartier/tenancy';
import {
  asUuid,
  checkPosition,
  checkSlug,
  decodePositionCursor,
  type Reading,
  readingIn,
  SERVICE_COLUMNS,
  type ServiceRow,
  type ServiceView,
  toServiceView,
} from './catalog-rows.js';
import { checkLocalized, type LocalizedStrings } from './localized-text.js';
import { fixedPriceBounds, PRICING_MODES, type PricingMode } from './pricing/price-quote.js';

type LocalizedInput = Record<string, string | null | undefined>;

export interface NewService {
  categoryId: string;
  slug: string;
  names: LocalizedInput;
  descriptions?: LocalizedInput | null;
  pricingMode: PricingMode;
  fixedPriceMinor?: number | null;
  estimatedDurationMinutes: number;
  remoteHelp?: boolean | null;
  position?: number | null;
}

export interface ServiceChanges {
  id: string;
  categoryId?: string | null;
  names?: LocalizedInput | null;
  descriptions?: LocalizedInput | null;
  pricingMode?: PricingMode | null;
  fixedPriceMinor?: number | null;
  estimatedDurationMinutes?: number | null;
  remoteHelp?: boolean | null;
  position?: number | null;
}

const NAME_MAX = 120;
const DESCRIPTION_MAX = 2000;

function checkDuration(minutes: number): number {
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 1440) {
    throw new ValidationError('estimatedDurationMinutes', 'estimatedDurationMinutes must be between 5 and 1440');
  }
  return minutes;
}

function checkMode(mode: string): PricingMode {
  if (!(PRICING_MODES as readonly string[]).includes(mode)) throw new ValidationError('pricingMode', `pricingMode must be one of ${PRICING_MODES.join(', ')}`);
  return mode as PricingMode;
}

/** A fixed price is required for fixed-price services only and must sit within the policy's bounds for the duration. */
function checkFixedPrice(mode: PricingMode, price: number | null | undefined, minutes: number, reading: Reading): number | null {
  if (mode !== 'fixed') {
    if (price !== null && price !== undefined) throw new ValidationError('fixedPriceMinor', 'Only fixed-price services have a fixed price');
    return null;
  }
  if (price === null || price === undefined) throw new ValidationError('fixedPriceMinor', 'A fixed-price service needs fixedPriceMinor');
  const { minMinor, maxMinor } = fixedPriceBounds(reading.pricing, minutes);
  if (!Number.isSafeInteger(price) || price < minMinor || price > maxMinor) {
    throw new ValidationError(
      'fixedPriceMinor',
      `fixedPriceMinor must be between ${minMinor} and ${maxMinor} ${reading.pricing.currency} minor units: the site's hourly bounds for ${minutes} minutes`,
    );
  }
  return price;
}

@Injectable()
export class CatalogService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly policies: TenantPolicyService,
  ) {}

  /**
   * Services by position, optionally of one category. The public list shows only active services
   * of active categories; operators pass `includeArchived` to see everything.
   */
  list(ctx: RequestContext, input: { categoryId?: string | null; includeArchived: boolean; first?: number | null; after?: string | null }) {
    const size = pageSize(input.first);
    const after = decodePositionCursor(input.after);
    return this.db.run(ctx, async (tx) => {
      const reading = await readingIn(tx, this.policies);
      const rows = await tx.query<ServiceRow>(
        `select ${SERVICE_COLUMNS.split(', ').map((column) => `s.${column}`).join(', ')}
           from services s
           join categories c on c.tenant_id = s.tenant_id and c.id = s.category_id
          where s.tenant_id = $1
            and ($2::uuid is null or s.category_id = $2)
            and ($3 or (s.archived_at is null and c.active))
            and ($4::int is null or (s.position, s.id) > ($4, $5::uuid))
          order by s.position, s.id
          limit $6`,
        [tx.tenantId, input.categoryId ? asUuid(input.categoryId) : null, input.includeArchived, after?.p ?? null, after?.id ?? null, size + 1],
      );
      return toConnection(rows, size, (row) => toServiceView(row, reading), (row) => encodeCursor({ p: row.position, id: row.id }));
    });
  }

  async create(ctx: RequestContext, input: NewService): Promise<ServiceView> {
    const slug = checkSlug(input.slug);
    const mode = checkMode(input.pricingMode);
    const minutes = checkDuration(input.estimatedDurationMinutes);
    const position = checkPosition(input.position);
    try {
      return await this.db.run(ctx, async (tx) => {
        const reading = await readingIn(tx, this.policies);
        const names = checkLocalized('names', input.names, { locales: reading.tenant.locales, required: true, maxLength: NAME_MAX });
        const descriptions = checkLocalized('descriptions', input.descriptions, { locales: reading.tenant.locales, required: false, maxLength: DESCRIPTION_MAX });
        const price = checkFixedPrice(mode, input.fixedPriceMinor, minutes, reading);
        const categoryId = await this.findCategoryId(tx, input.categoryId);
        const [row] = await tx.query<ServiceRow>(
          `insert into services (tenant_id, id, category_id, slug, names, descriptions, pricing_mode, fixed_price_minor, estimated_duration_minutes, position, remote_help)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9,
                   coalesce($10, (select coalesce(max(position) + 1, 0) from services where tenant_id = $1 and category_id = $3)), $11)
           returning ${SERVICE_COLUMNS}`,
          [tx.tenantId, newId(), categoryId, slug, JSON.stringify(names), JSON.stringify(descriptions), mode, price, minutes, position, input.remoteHelp ?? false],
        );
        await this.emit(tx, 'catalog.service_created', row);
        return toServiceView(row, reading);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError(`A service with the slug ${slug} exists already`, { field: 'slug' });
      throw error;
    }
  }

  update(ctx: RequestContext, input: ServiceChanges): Promise<ServiceView> {
    const position = checkPosition(input.position);
    return this.db.run(ctx, async (tx) => {
      const reading = await readingIn(tx, this.policies);
      const current = await this.findForUpdate(tx, input.id);
      if (current.archived_at) throw new ConflictError('An archived service cannot be changed', { field: 'id' });
      const mode = input.pricingMode ? checkMode(input.pricingMode) : current.pricing_mode;
      const minutes = input.estimatedDurationMinutes != null ? checkDuration(input.estimatedDurationMinutes) : current.estimated_duration_minutes;
      const names: LocalizedStrings = input.names
        ? checkLocalized('names', input.names, { locales: reading.tenant.locales, required: true, maxLength: NAME_MAX })
        : current.names;
      const descriptions: LocalizedStrings = input.descriptions
        ? checkLocalized('descriptions', input.descriptions, { locales: reading.tenant.locales, required: false, maxLength: DESCRIPTION_MAX })
        : current.descriptions;
      // Switching away from fixed drops the stored price; staying fixed keeps it unless a new one is given.
      const wantedPrice = input.fixedPriceMinor ?? (mode === 'fixed' && current.pricing_mode === 'fixed' ? current.fixed_price_minor : null);
      const price = checkFixedPrice(mode, wantedPrice, minutes, reading);
      const categoryId = input.categoryId ? await this.findCategoryId(tx, input.categoryId) : current.category_id;
      const [row] = await tx.query<ServiceRow>(
        `update services
            set category_id = $3, names = $4, descriptions = $5, pricing_mode = $6, fixed_price_minor = $7,
                estimated_duration_minutes = $8, position = $9, remote_help = $10, updated_at = now()
          where tenant_id = $1 and id = $2
          returning ${SERVICE_COLUMNS}`,
        [tx.tenantId, current.id, categoryId, JSON.stringify(names), JSON.stringify(descriptions), mode, price, minutes, position ?? current.position, input.remoteHelp ?? current.remote_help],
      );
      await this.emit(tx, 'catalog.service_updated', row);
      return toServiceView(row, reading);
    });
  }

  /** Hides the service from customers for good; it stays for the history of past work. Archiving twice changes nothing. */
  archive(ctx: RequestContext, input: { id: string }): Promise<ServiceView> {
    return this.db.run(ctx, async (tx) => {
      const reading = await readingIn(tx, this.policies);
      const current = await this.findForUpdate(tx, input.id);
      if (current.archived_at) return toServiceView(current, reading);
      const [row] = await tx.query<ServiceRow>(
        `update services set archived_at = now(), updated_at = now() where tenant_id = $1 and id = $2 returning ${SERVICE_COLUMNS}`,
        [tx.tenantId, current.id],
      );
      await this.emit(tx, 'catalog.service_archived', row);
      return toServiceView(row, reading);
    });
  }

  private async findCategoryId(tx: TenantTransaction, id: string): Promise<string> {
    const [row] = await tx.query<{ id: string }>(`select id from categories where tenant_id = $1 and id = $2::uuid`, [tx.tenantId, asUuid(id)]);
    if (!row) throw new NotFoundError('Category');
    return row.id;
  }

  private async findForUpdate(tx: TenantTransaction, id: string): Promise<ServiceRow> {
    const [row] = await tx.query<ServiceRow>(`select ${SERVICE_COLUMNS} from services where tenant_id = $1 and id = $2::uuid for update`, [
      tx.tenantId,
      asUuid(id),
    ]);
    if (!row) throw new NotFoundError('Service');
    return row;
  }

  private emit(tx: TenantTransaction, type: string, row: ServiceRow): Promise<string> {
    return tx.emit({
      type,
      aggregateType: 'service',
      aggregateId: row.id,
      payload: {
        serviceId: row.id,
        categoryId: row.category_id,
        slug: row.slug,
        pricingMode: row.pricing_mode,
        fixedPriceMinor: row.fixed_price_minor,
        remoteHelp: row.remote_help,
        archived: row.archived_at !== null,
      },
    });
  }
}
