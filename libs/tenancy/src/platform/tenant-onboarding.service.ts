// Onboarding a tenant: one tenant transaction writes the tenant, its hosts, branding v1, the first
// operator (an invitation carrying their name, or an account for the demo seed), the audit row and
// `tenant.created`, whose job provisions the rest. A taken slug or domain is a CONFLICT naming the field.
import { Inject, Injectable } from '@nestjs/common';
import { normalizeDisplayName, normalizeEmail, OperatorInvitationsService, UserAccountsService } from '@quartier/identity';
import {
  APP_CONFIG,
  type AppConfig,
  ConflictError,
  newId,
  RequestContext,
  TenantDatabase,
  type TenantTransaction,
} from '@quartier/platform';
import type { BrandingPolicy } from '../policies/branding.policy.js';
import { parsePolicy } from '../policies/policy-registry.js';
import { isUniqueViolation, TenantPolicyService } from '../policies/tenant-policy.service.js';
import type { TenantLocale } from '../tenant.entity.js';
import { TenantCacheBus } from './tenant-cache.bus.js';
import { recordPlatformAction } from './platform-audit.js';
import { checkCurrency, checkDomains, checkLocales, checkName, checkSlug, checkTimezone } from './tenant-settings.rules.js';

export type FirstOperator =
  | { kind: 'invitation'; email: string; displayName: string }
  /** Operational tools only (the demo seed): an account with a known password instead of an email. */
  | { kind: 'account'; email: string; password: string; displayName: string };

export interface NewTenant {
  slug: string;
  name: string;
  domains: string[];
  locales: string[];
  defaultLocale: string;
  currency: string;
  timezone: string;
  branding?: Partial<BrandingPolicy> | null;
  firstOperator: FirstOperator;
}

export interface CreatedTenant {
  tenantId: string;
  operator:
    | { kind: 'invitation'; invitationId: string; email: string; displayName: string; expiresAt: Date }
    | { kind: 'account'; userId: string; email: string };
}

@Injectable()
export class TenantOnboardingService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: TenantDatabase,
    private readonly policies: TenantPolicyService,
    private readonly invitations: OperatorInvitationsService,
    private readonly accounts: UserAccountsService,
    private readonly cache: TenantCacheBus,
  ) {}

  async createTenant(ctx: RequestContext, input: NewTenant): Promise<CreatedTenant> {
    const slug = checkSlug(input.slug);
    const name = checkName(input.name);
    const domains = checkDomains(input.domains, { baseDomain: this.config.PUBLIC_BASE_DOMAIN });
    const { locales, defaultLocale } = checkLocales(input.locales, input.defaultLocale);
    const currency = checkCurrency(input.currency);
    const timezone = checkTimezone(input.timezone);
    const operatorEmail = normalizeEmail(input.firstOperator.email, 'operatorAdminEmail');
    const operatorName = normalizeDisplayName(input.firstOperator.displayName, 'operatorAdminName');
    const tenantFacts = { name, currency, locales, defaultLocale };
    const branding = parsePolicy(
      'branding',
      { displayName: name, ...Object.fromEntries(Object.entries(input.branding ?? {}).filter(([, value]) => value !== undefined)) },
      tenantFacts,
      'branding',
    );

    const tenantCtx = RequestContext.create({
      tenantId: newId(),
      actor: ctx.actor,
      locale: defaultLocale,
      requestId: ctx.requestId,
    });
    let created: CreatedTenant;
    try {
      created = await this.db.run(tenantCtx, async (tx) => {
        await this.refuseTaken(tx, { slug, domains });
        await tx.query(
          `insert into tenants (id, slug, name, status, locales, default_locale, currency, timezone)
           values ($1, $2, $3, 'provisioning', $4, $5, $6, $7)`,
          [tx.tenantId, slug, name, locales, defaultLocale, currency, timezone],
        );
        for (const host of domains) {
          await tx.query(`insert into tenant_hosts (host, tenant) values ($1, $2)`, [host, tx.tenantId]);
        }
        await this.policies.insertFirstVersion(tx, { kind: 'branding', document: branding });
        const operator = await this.addFirstOperator(tx, { ...input.firstOperator, email: operatorEmail, displayName: operatorName }, defaultLocale);
        await recordPlatformAction(tx, ctx, { action: 'create_tenant', tenantId: tx.tenantId, purpose: `create tenant ${slug}` });
        await tx.emit({ type: 'tenant.created', aggregateType: 'tenant', aggregateId: tx.tenantId, payload: { slug } });
        return { tenantId: tx.tenantId, operator };
      });
    } catch (error) {
      // Lost a race with a concurrent onboarding after the checks above passed.
      if (isUniqueViolation(error)) throw this.conflictFrom(error);
      throw error;
    }
    // A host asked for before it existed is cached as unknown; forget that everywhere.
    await this.cache.invalidate(created.tenantId);
    return created;
  }

  private async refuseTaken(tx: TenantTransaction, input: { slug: string; domains: string[] }): Promise<void> {
    const [slugTaken] = await tx.query(`select 1 from tenants where slug = $1`, [input.slug]);
    if (slugTaken) throw new ConflictError(`The slug "${input.slug}" is taken`, { field: 'slug' });
    const taken = await tx.query<{ host: string }>(`select host from tenant_hosts where host = any($1::text[]) order by host`, [input.domains]);
    if (taken.length) {
      throw new ConflictError(`The domain ${taken[0].host} is served by another tenant`, { field: 'domains', domain: taken[0].host });
    }
  }

  private conflictFrom(error: unknown): ConflictError {
    const constraint = (error as { constraint?: string; driverError?: { constraint?: string } }).constraint ??
      (error as { driverError?: { constraint?: string } }).driverError?.constraint;
    return constraint === 'tenant_hosts_pkey'
      ? new ConflictError('A domain is served by another tenant', { field: 'domains' })
      : new ConflictError('The slug is taken', { field: 'slug' });
  }

  private async addFirstOperator(tx: TenantTransaction, operator: FirstOperator, locale: TenantLocale): Promise<CreatedTenant['operator']> {
    if (operator.kind === 'account') {
      const { id } = await this.accounts.createUser(tx, {
        email: operator.email,
        password: operator.password,
        displayName: operator.displayName,
        roles: ['operator_admin'],
        locale,
      });
      return { kind: 'account', userId: id, email: operator.email };
    }
    const invitedBy = tx.ctx.actor.kind === 'platform_admin' ? tx.ctx.actor.adminId : 'system';
    const invitation = await this.invitations.createInvitation(tx, {
      email: operator.email,
      displayName: operator.displayName,
      role: 'operator_admin',
      invitedBy,
    });
    return {
      kind: 'invitation',
      invitationId: invitation.id,
      email: operator.email,
      displayName: operator.displayName,
      expiresAt: invitation.expiresAt,
    };
  }
}
