// The tenant's categories: customers see the active ones; operators create, rename, reorder and
// deactivate them. Slugs are unique per tenant and never change.
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
} from '@quartier/platform';
import { isUniqueViolation } from '@quartier/tenancy';
import {
  CATEGORY_COLUMNS,
  type CategoryRow,
  type CategoryView,
  asUuid,
  checkPosition,
  checkSlug,
  decodePositionCursor,
  nameReadingIn,
  toCategoryView,
} from './catalog-rows.js';
import { checkLocalized } from './localized-text.js';

type LocalizedInput = Record<string, string | null | undefined>;

const NAME_MAX = 120;

@Injectable()
export class CategoryService {
  constructor(private readonly db: TenantDatabase) {}

  /** Categories by position; `includeInactive` is for operators. */
  list(ctx: RequestContext, input: { includeInactive: boolean; first?: number | null; after?: string | null }) {
    const size = pageSize(input.first);
    const after = decodePositionCursor(input.after);
    return this.db.run(ctx, async (tx) => {
      const reading = await nameReadingIn(tx);
      const rows = await tx.query<CategoryRow>(
        `select ${CATEGORY_COLUMNS} from categories
          where tenant_id = $1 and ($2 or active)
            and ($3::int is null or (position, id) > ($3, $4::uuid))
          order by position, id
          limit $5`,
        [tx.tenantId, input.includeInactive, after?.p ?? null, after?.id ?? null, size + 1],
      );
      return toConnection(rows, size, (row) => toCategoryView(row, reading), (row) => encodeCursor({ p: row.position, id: row.id }));
    });
  }

  async create(ctx: RequestContext, input: { slug: string; names: LocalizedInput; position?: number | null }): Promise<CategoryView> {
    const slug = checkSlug(input.slug);
    const position = checkPosition(input.position);
    try {
      return await this.db.run(ctx, async (tx) => {
        const reading = await nameReadingIn(tx);
        const names = checkLocalized('names', input.names, { locales: reading.tenant.locales, required: true, maxLength: NAME_MAX });
        const [row] = await tx.query<CategoryRow>(
          `insert into categories (tenant_id, id, slug, names, position)
           values ($1, $2, $3, $4, coalesce($5, (select coalesce(max(position) + 1, 0) from categories where tenant_id = $1)))
           returning ${CATEGORY_COLUMNS}`,
          [tx.tenantId, newId(), slug, JSON.stringify(names), position],
        );
        await tx.emit({ type: 'catalog.category_created', aggregateType: 'category', aggregateId: row.id, payload: { categoryId: row.id, slug } });
        return toCategoryView(row, reading);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError(`A category with the slug ${slug} exists already`, { field: 'slug' });
      throw error;
    }
  }

  update(
    ctx: RequestContext,
    input: { id: string; names?: LocalizedInput | null; position?: number | null; active?: boolean | null },
  ): Promise<CategoryView> {
    const position = checkPosition(input.position);
    return this.db.run(ctx, async (tx) => {
      const reading = await nameReadingIn(tx);
      const current = await this.findForUpdate(tx, input.id);
      const names = input.names
        ? checkLocalized('names', input.names, { locales: reading.tenant.locales, required: true, maxLength: NAME_MAX })
        : current.names;
      const [row] = await tx.query<CategoryRow>(
        `update categories set names = $3, position = $4, active = $5, updated_at = now()
          where tenant_id = $1 and id = $2
          returning ${CATEGORY_COLUMNS}`,
        [tx.tenantId, current.id, JSON.stringify(names), position ?? current.position, input.active ?? current.active],
      );
      await tx.emit({
        type: 'catalog.category_updated',
        aggregateType: 'category',
        aggregateId: row.id,
        payload: { categoryId: row.id, active: row.active },
      });
      return toCategoryView(row, reading);
    });
  }

  private async findForUpdate(tx: TenantTransaction, id: string): Promise<CategoryRow> {
    const [row] = await tx.query<CategoryRow>(
      `select ${CATEGORY_COLUMNS} from categories where tenant_id = $1 and id = $2::uuid for update`,
      [tx.tenantId, asUuid(id)],
    );
    if (!row) throw new NotFoundError('Category');
    return row;
  }
}
