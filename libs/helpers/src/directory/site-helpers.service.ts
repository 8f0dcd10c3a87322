// The operators' directory of a site's helpers, every status: narrowed by status, by a search on
// name or home postal code, or to given ids (to name the helpers of another list), in name order.
// One query reads the page with its ratings, a second the skills of that page's helpers only.
import { Injectable } from '@nestjs/common';
import { resolveLocalized } from '@quartier/catalog';
import { decodeCursor, encodeCursor, isUuid, MAX_PAGE_SIZE, pageSize, type PageInfo, type RequestContext, TenantDatabase, type TenantTransaction, ValidationError } from '@quartier/platform';
import { loadPolicyTenant } from '@quartier/tenancy';
import { asUuid, averageStars } from '../helper-rows.js';
import type { HelperStatus } from '../vetting-transitions.js';

export interface SiteHelperView {
  id: string;
  displayName: string;
  photoUrl: string | null;
  status: HelperStatus;
  statusChangedAt: Date;
  suspensionReason: string | null;
  homeCountryCode: string | null;
  homePostalCode: string | null;
  tier: string;
  rating: number | null;
  reviewCount: number;
  skills: string[];
}

export interface SiteHelperPage {
  edges: { cursor: string; node: SiteHelperView }[];
  pageInfo: PageInfo;
}

interface DirectoryRow {
  user_id: string;
  display_name: string;
  sort_name: string;
  photo_url: string | null;
  status: HelperStatus;
  status_changed_at: Date;
  suspension_reason: string | null;
  home_country_code: string | null;
  home_postal_code: string | null;
  tier: string;
  review_count: number;
  stars_sum: number;
}

/** The cursor of a name-ordered list: the lower-cased name as compared, then the id. */
type Cursor = { n: string; id: string };

export const MAX_SEARCH_LENGTH = 120;

/** The search as a LIKE pattern taken literally: `%` and `_` typed by an operator match themselves. */
function containsPattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

@Injectable()
export class SiteHelpersService {
  constructor(private readonly db: TenantDatabase) {}

  siteHelpers(
    ctx: RequestContext,
    input: { status?: HelperStatus | null; search?: string | null; ids?: string[] | null; first?: number | null; after?: string | null },
  ): Promise<SiteHelperPage> {
    const size = pageSize(input.first);
    const after = decodeCursor<Cursor>(input.after, ['n', 'id']);
    if (after && (typeof after.n !== 'string' || typeof after.id !== 'string' || !isUuid(after.id))) throw new ValidationError('after', 'Malformed cursor');
    const search = input.search?.trim() ?? '';
    if (search.length > MAX_SEARCH_LENGTH) throw new ValidationError('search', `search must be at most ${MAX_SEARCH_LENGTH} characters`);
    if (input.ids && input.ids.length > MAX_PAGE_SIZE) throw new ValidationError('ids', `ids must name at most ${MAX_PAGE_SIZE} helpers`);
    // An id that is not a UUID names no helper.
    const ids = input.ids ? input.ids.map(asUuid) : null;
    return this.db.run(ctx, async (tx) => {
      const rows = await tx.query<DirectoryRow>(
        `select h.user_id, h.display_name, lower(h.display_name) as sort_name, h.photo_url, h.status, h.status_changed_at,
                h.suspension_reason, h.home_country_code, h.home_postal_code, h.tier,
                coalesce(r.review_count, 0) as review_count, coalesce(r.stars_sum, 0) as stars_sum
           from helper_profiles h
           left join helper_ratings r on r.tenant_id = h.tenant_id and r.helper_id = h.user_id
          where h.tenant_id = $1
            and ($2::text is null or h.status = $2::text)
            and ($3::text is null or h.display_name ilike $3::text or h.home_postal_code ilike $3::text)
            and ($4::text is null or (lower(h.display_name), h.user_id) > ($4::text, $5::uuid))
            and ($7::uuid[] is null or h.user_id = any($7::uuid[]))
          order by lower(h.display_name), h.user_id
          limit $6`,
        [tx.tenantId, input.status ?? null, search ? containsPattern(search) : null, after?.n ?? null, after?.id ?? null, size + 1, ids],
      );
      const page = rows.slice(0, size);
      const skills = await this.skillNamesOf(tx, page.map((row) => row.user_id));
      const edges = page.map((row) => ({
        cursor: encodeCursor({ n: row.sort_name, id: row.user_id }),
        node: {
          id: row.user_id,
          displayName: row.display_name,
          photoUrl: row.photo_url,
          status: row.status,
          statusChangedAt: row.status_changed_at,
          suspensionReason: row.suspension_reason,
          homeCountryCode: row.home_country_code,
          homePostalCode: row.home_postal_code,
          tier: row.tier.toUpperCase(),
          rating: averageStars(row.review_count, row.stars_sum),
          reviewCount: row.review_count,
          skills: skills.get(row.user_id) ?? [],
        },
      }));
      return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
    });
  }

  /** Each helper's offered services (archived ones left out), named in the reader's locale. */
  private async skillNamesOf(tx: TenantTransaction, helperIds: string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>();
    if (helperIds.length === 0) return result;
    const tenant = await loadPolicyTenant(tx);
    const rows = await tx.query<{ helper_id: string; slug: string; names: Record<string, string> }>(
      `select k.helper_id, s.slug, s.names
         from helper_skills k join services s on s.tenant_id = k.tenant_id and s.id = k.service_id
        where k.tenant_id = $1 and k.helper_id = any($2::uuid[]) and s.archived_at is null
        order by k.helper_id, k.position, s.id`,
      [tx.tenantId, helperIds],
    );
    for (const row of rows) {
      const names = result.get(row.helper_id) ?? [];
      names.push(resolveLocalized(row.names, tx.ctx.locale, tenant.defaultLocale) ?? row.slug);
      result.set(row.helper_id, names);
    }
    return result;
  }
}
