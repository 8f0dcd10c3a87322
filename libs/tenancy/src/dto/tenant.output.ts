import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@quartier/platform';

@ObjectType('TenantUsage', { description: "Counts of a tenant's accounts by role, and invitations not yet accepted." })
export class TenantUsageOutput {
  @Field(() => Int) customers!: number;
  @Field(() => Int) helpers!: number;
  @Field(() => Int) operatorAdmins!: number;
  @Field(() => Int) operatorAgents!: number;
  @Field(() => Int) openInvitations!: number;
}

@ObjectType('Tenant')
export class TenantOutput {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field({ description: 'provisioning, active or suspended.' }) status!: string;
  @Field(() => [String]) locales!: string[];
  @Field() defaultLocale!: string;
  @Field() currency!: string;
  @Field() timezone!: string;
  @Field(() => [String], { description: 'Custom domains; every tenant is also served at <slug>.<base domain>.' }) domains!: string[];
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) provisionedAt!: Date | null;
  @Field(() => Date, { nullable: true }) suspendedAt!: Date | null;
  @Field(() => String, { nullable: true }) suspendedReason!: string | null;
  @Field(() => TenantUsageOutput) usage!: TenantUsageOutput;
}

@ObjectType('TenantEdge')
export class TenantEdge {
  @Field() cursor!: string;
  @Field(() => TenantOutput) node!: TenantOutput;
}

@ObjectType('TenantConnection')
export class TenantConnection {
  @Field(() => [TenantEdge]) edges!: TenantEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@ObjectType('OperatorAdminInvitation', { description: 'The invitation sent to the first operator admin; the link travels by email only.' })
export class OperatorAdminInvitationOutput {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field() expiresAt!: Date;
}

@ObjectType('CreateTenantPayload')
export class CreateTenantPayload {
  @Field(() => TenantOutput) tenant!: TenantOutput;
  @Field(() => OperatorAdminInvitationOutput) operatorInvitation!: OperatorAdminInvitationOutput;
}
