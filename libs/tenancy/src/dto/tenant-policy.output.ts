import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@quartier/platform';
import { PolicyDocumentScalar } from './policy-document.scalar.js';

export enum PolicyKindValue {
  BRANDING = 'branding',
  PRICING = 'pricing',
  VETTING = 'vetting',
  SLA = 'sla',
  CANCELLATION = 'cancellation',
  PAYOUTS = 'payouts',
  REWARDS = 'rewards',
  REVIEWS = 'reviews',
}

registerEnumType(PolicyKindValue, { name: 'PolicyKind', description: 'The kinds of versioned tenant policy documents.' });

@ObjectType('TenantPolicy', { description: 'One version of a tenant policy document; versions are never changed.' })
export class TenantPolicyOutput {
  @Field(() => PolicyKindValue) kind!: PolicyKindValue;
  @Field(() => Int) version!: number;
  @Field(() => PolicyDocumentScalar) document!: Record<string, unknown>;
  @Field() createdAt!: Date;
  @Field({ description: 'Who made this version: user:<id>, platform_admin:<id> or system:<job>.' }) createdBy!: string;
}

@ObjectType('TenantPolicyEdge')
export class TenantPolicyEdge {
  @Field() cursor!: string;
  @Field(() => TenantPolicyOutput) node!: TenantPolicyOutput;
}

@ObjectType('TenantPolicyConnection')
export class TenantPolicyConnection {
  @Field(() => [TenantPolicyEdge]) edges!: TenantPolicyEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}
