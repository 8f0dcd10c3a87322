import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@quartier/platform';

@ObjectType('Tenant')
export class TenantOutput {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field() status!: string;
  @Field(() => [String]) locales!: string[];
  @Field() defaultLocale!: string;
  @Field() currency!: string;
  @Field() timezone!: string;
  @Field(() => [String]) domains!: string[];
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) suspendedAt!: Date | null;
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
