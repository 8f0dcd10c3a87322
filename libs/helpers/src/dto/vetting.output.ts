import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@quartier/platform';
import { HelperStatusValue } from './helper.output.js';

export enum VettingStepStatusValue {
  PENDING = 'pending',
  SUBMITTED = 'submitted',
  APPROVED = 'approved',
  REJECTED = 'rejected',
}

registerEnumType(VettingStepStatusValue, { name: 'VettingStepStatus', description: 'PENDING: waiting for evidence (again, once expired).' });

export enum VettingDecisionValue {
  APPROVE = 'approve',
  REJECT = 'reject',
}

registerEnumType(VettingDecisionValue, { name: 'VettingDecision' });

@ObjectType('VettingStep', { description: "One step of the site's vetting policy, as it stood when the helper started." })
export class VettingStepOutput {
  @Field() key!: string;
  @Field({ description: "The step's name in the reader's locale." }) name!: string;
  @Field(() => Int) position!: number;
  @Field() evidenceKind!: string;
  @Field() required!: boolean;
  @Field(() => Int, { nullable: true, description: 'Days an approved step stays valid; null: forever.' }) expiryDays!: number | null;
  @Field(() => VettingStepStatusValue) status!: VettingStepStatusValue;
  @Field(() => String, { nullable: true }) evidenceUrl!: string | null;
  @Field(() => String, { nullable: true }) evidenceText!: string | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => ID, { nullable: true }) reviewerId!: string | null;
  @Field(() => String, { nullable: true }) decisionNote!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
}

@ObjectType('VettingProgress', { description: "A helper's vetting status and steps." })
export class VettingProgressOutput {
  @Field(() => ID) helperId!: string;
  @Field() displayName!: string;
  @Field(() => HelperStatusValue) status!: HelperStatusValue;
  @Field() statusChangedAt!: Date;
  @Field(() => Int, { description: 'The vetting policy version the helper started with (0: the defaults).' }) vettingPolicyVersion!: number;
  @Field(() => String, { nullable: true }) suspensionReason!: string | null;
  @Field(() => [VettingStepOutput]) steps!: VettingStepOutput[];
}

@ObjectType('VettingProgressEdge')
export class VettingProgressEdge {
  @Field() cursor!: string;
  @Field(() => VettingProgressOutput) node!: VettingProgressOutput;
}

@ObjectType('VettingProgressConnection')
export class VettingProgressConnection {
  @Field(() => [VettingProgressEdge]) edges!: VettingProgressEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
