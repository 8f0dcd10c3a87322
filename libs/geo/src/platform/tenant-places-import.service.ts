// Platform admins import places into any tenant: the tenant's own transaction (RLS as for its
// operators) with the platform audit row written in it, so the import and its record commit together.
import { Injectable } from '@nestjs/common';
import { GlobalDatabase, isUuid, NotFoundError, RequestContext } from '@quartier/platform';
import { recordPlatformAction } from '@quartier/tenancy';
import { type PlacesImportResult, PlacesImportService } from '../import/places-import.service.js';

@Injectable()
export class TenantPlacesImportService {
  constructor(
    private readonly global: GlobalDatabase,
    private readonly importer: PlacesImportService,
  ) {}

  async importForTenant(ctx: RequestContext, input: { tenantId: string; tsv: string; maxBytes?: number }): Promise<PlacesImportResult> {
    if (!isUuid(input.tenantId)) throw new NotFoundError('Tenant');
    const [tenant] = await this.global.run((tx) => tx.query<{ slug: string }>(`select slug from tenants where id = $1`, [input.tenantId]));
    if (!tenant) throw new NotFoundError('Tenant');
    const inTenant = RequestContext.create({ tenantId: input.tenantId, actor: ctx.actor, locale: ctx.locale, requestId: ctx.requestId });
    return this.importer.importTsv(inTenant, {
      tsv: input.tsv,
      maxBytes: input.maxBytes,
      record: (tx, result) =>
        recordPlatformAction(tx, ctx, {
          action: 'import_tenant_places',
          tenantId: input.tenantId,
          purpose: `import places ${result.countries.join(', ')} into ${tenant.slug}: ${result.inserted} inserted, ${result.updated} updated, ${result.removed} removed`,
        }),
    });
  }
}
