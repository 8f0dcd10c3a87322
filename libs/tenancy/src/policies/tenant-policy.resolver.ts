import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { BrandingInput } from '../dto/branding.input.js';
import { PolicyDocumentScalar } from '../dto/policy-document.scalar.js';
import { PolicyKindValue, TenantPolicyConnection, TenantPolicyOutput } from '../dto/tenant-policy.output.js';
import type { BrandingPolicy } from './branding.policy.js';
import { type PolicyVersion, TenantPolicyService } from './tenant-policy.service.js';

function toOutput(version: PolicyVersion): TenantPolicyOutput {
  return { ...version, kind: version.kind as PolicyKindValue, document: version.document as unknown as Record<string, unknown> };
}

@Resolver(() => TenantPolicyOutput)
export class TenantPolicyResolver {
  constructor(private readonly policies: TenantPolicyService) {}

  @Roles('operator_admin', 'operator_agent')
  @Query(() => TenantPolicyOutput, { nullable: true, description: 'The version of a policy in force; null before the site is provisioned.' })
  async tenantPolicy(
    @Ctx() ctx: RequestContext,
    @Args('kind', { type: () => PolicyKindValue }) kind: PolicyKindValue,
  ): Promise<TenantPolicyOutput | null> {
    const latest = await this.policies.latest(ctx, { kind });
    return latest && toOutput(latest);
  }

  @Roles('operator_admin', 'operator_agent')
  @Query(() => TenantPolicyConnection, { description: 'Every version of a policy, newest first.' })
  async tenantPolicyHistory(
    @Ctx() ctx: RequestContext,
    @Args('kind', { type: () => PolicyKindValue }) kind: PolicyKindValue,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<TenantPolicyConnection> {
    const page = await this.policies.history(ctx, { kind, first, after });
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toOutput(edge.node) })) };
  }

  @Roles('operator_admin')
  @Mutation(() => TenantPolicyOutput, { description: 'Changes branding fields and stores the result as a new version.' })
  async updateBranding(@Ctx() ctx: RequestContext, @Args('input') input: BrandingInput): Promise<TenantPolicyOutput> {
    return toOutput(await this.policies.updateBranding(ctx, input as Partial<BrandingPolicy>));
  }

  @Roles('operator_admin')
  @Mutation(() => TenantPolicyOutput, { description: "Validates a whole policy document against its kind's schema and stores it as a new version." })
  async updatePolicy(
    @Ctx() ctx: RequestContext,
    @Args('kind', { type: () => PolicyKindValue }) kind: PolicyKindValue,
    @Args('document', { type: () => PolicyDocumentScalar }) document: Record<string, unknown>,
  ): Promise<TenantPolicyOutput> {
    return toOutput(await this.policies.update(ctx, { kind, document }));
  }
}
