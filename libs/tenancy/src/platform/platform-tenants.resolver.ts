import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, PlatformAdminOnly } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import type { BrandingPolicy } from '../policies/branding.policy.js';
import { CreateTenantInput } from '../dto/create-tenant.input.js';
import { CreateTenantPayload, TenantConnection, TenantOutput } from '../dto/tenant.output.js';
import { PlatformTenantsService } from './platform-tenants.service.js';
import { TenantLifecycleService } from './tenant-lifecycle.service.js';
import { TenantOnboardingService } from './tenant-onboarding.service.js';

@Resolver()
export class PlatformTenantsResolver {
  constructor(
    private readonly directory: PlatformTenantsService,
    private readonly onboarding: TenantOnboardingService,
    private readonly lifecycle: TenantLifecycleService,
  ) {}

  @PlatformAdminOnly()
  @Query(() => TenantConnection, { description: 'All tenants, by slug, with usage; search matches slug or name.' })
  tenants(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('search', { type: () => String, nullable: true }) search?: string,
  ): Promise<TenantConnection> {
    return this.directory.list(ctx, { first, after, search });
  }

  @PlatformAdminOnly()
  @Query(() => TenantOutput)
  tenant(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<TenantOutput> {
    return this.directory.get(ctx, { tenantId: id });
  }

  @PlatformAdminOnly()
  @Mutation(() => CreateTenantPayload, {
    description: 'Creates a tenant and invites its first operator admin; default policies and catalog follow from its provisioning job.',
  })
  async createTenant(@Ctx() ctx: RequestContext, @Args('input') input: CreateTenantInput): Promise<CreateTenantPayload> {
    const created = await this.onboarding.createTenant(ctx, {
      ...input,
      branding: input.branding as Partial<BrandingPolicy> | null | undefined,
      firstOperator: { kind: 'invitation', email: input.operatorAdminEmail, displayName: input.operatorAdminName },
    });
    const tenant = await this.directory.get(ctx, { tenantId: created.tenantId, purpose: `show created tenant ${input.slug}` });
    if (created.operator.kind !== 'invitation') throw new Error('The platform API always invites the first operator');
    const { invitationId, email, displayName, expiresAt } = created.operator;
    return { tenant, operatorInvitation: { id: invitationId, email, displayName, expiresAt } };
  }

  @PlatformAdminOnly()
  @Mutation(() => TenantOutput, { description: "Closes the tenant's sites at once; its data stays." })
  async suspendTenant(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ): Promise<TenantOutput> {
    await this.lifecycle.suspend(ctx, { tenantId: id, reason });
    return this.directory.get(ctx, { tenantId: id, purpose: 'show suspended tenant' });
  }

  @PlatformAdminOnly()
  @Mutation(() => TenantOutput)
  async reactivateTenant(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<TenantOutput> {
    await this.lifecycle.reactivate(ctx, { tenantId: id });
    return this.directory.get(ctx, { tenantId: id, purpose: 'show reactivated tenant' });
  }

  @PlatformAdminOnly()
  @Mutation(() => TenantOutput, { description: "Replaces the tenant's custom domains." })
  async updateTenantDomains(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('domains', { type: () => [String] }) domains: string[],
  ): Promise<TenantOutput> {
    await this.lifecycle.updateDomains(ctx, { tenantId: id, domains });
    return this.directory.get(ctx, { tenantId: id, purpose: 'show tenant after domain change' });
  }
}
