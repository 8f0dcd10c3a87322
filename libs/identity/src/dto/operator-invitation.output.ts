import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@quartier/platform';
import { InvitationStatusValue, OperatorRoleValue } from './role.enums.js';

@ObjectType('OperatorInvitation')
export class OperatorInvitationOutput {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field(() => OperatorRoleValue) role!: OperatorRoleValue;
  @Field(() => InvitationStatusValue) status!: InvitationStatusValue;
  @Field() createdAt!: Date;
  @Field() expiresAt!: Date;
  @Field(() => Date, { nullable: true }) acceptedAt!: Date | null;
}

@ObjectType('OperatorInvitationEdge')
export class OperatorInvitationEdge {
  @Field() cursor!: string;
  @Field(() => OperatorInvitationOutput) node!: OperatorInvitationOutput;
}

@ObjectType('OperatorInvitationConnection')
export class OperatorInvitationConnection {
  @Field(() => [OperatorInvitationEdge]) edges!: OperatorInvitationEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}
