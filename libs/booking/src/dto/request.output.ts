import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { KnownOutageOutput, RequestChannelValue } from '@quartier/incidents';
import { PageInfo } from '@quartier/platform';

export enum RequestStatusValue {
  OPEN = 'open',
  OFFERED = 'offered',
  ACCEPTED = 'accepted',
  SCHEDULED = 'scheduled',
  IN_PROGRESS = 'in_progress',
  COMPLETED = 'completed',
  CLOSED = 'closed',
  CANCELLED = 'cancelled',
  EXPIRED = 'expired',
  ESCALATED = 'escalated',
  DISPUTED = 'disputed',
  REFUNDED = 'refunded',
}

registerEnumType(RequestStatusValue, { name: 'RequestStatus' });

export enum RequestActorKindValue {
  CUSTOMER = 'customer',
  HELPER = 'helper',
  OPERATOR = 'operator',
  SYSTEM = 'system',
}

registerEnumType(RequestActorKindValue, { name: 'RequestActorKind' });

@ObjectType('RequestWindow')
export class RequestWindowOutput {
  @Field(() => Date) from!: Date;
  @Field(() => Date) to!: Date;
}

@ObjectType('Budget')
export class BudgetOutput {
  @Field(() => Int) amountMinor!: number;
  @Field() currency!: string;
}

@ObjectType('CancellationFeeDecision', { description: 'What the cancellation policy said at cancellation; charging it comes with payments.' })
export class CancellationFeeDecisionOutput {
  @Field() applies!: boolean;
  @Field({ description: 'before_acceptance, free_window, late or by_operator.' }) rule!: string;
  @Field(() => Int, { nullable: true }) policyVersion!: number | null;
  @Field() currency!: string;
  @Field(() => Int) fixedMinor!: number;
  @Field(() => Int) basisPoints!: number;
}

@ObjectType('RequestEvent', { description: "One step of a request's timeline." })
export class RequestEventOutput {
  @Field(() => Int) sequence!: number;
  @Field(() => RequestStatusValue, { nullable: true }) fromStatus!: RequestStatusValue | null;
  @Field(() => RequestStatusValue) toStatus!: RequestStatusValue;
  @Field() event!: string;
  @Field(() => RequestActorKindValue) actorKind!: RequestActorKindValue;
  @Field(() => ID, { nullable: true }) actorId!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => CancellationFeeDecisionOutput, { nullable: true }) cancellationFee!: CancellationFeeDecisionOutput | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('Request', { description: "A customer's request for help, with its timeline." })
export class RequestOutput {
  @Field(() => ID) id!: string;
  @Field(() => ID) customerId!: string;
  @Field(() => ID) serviceId!: string;
  @Field() description!: string;
  @Field() countryCode!: string;
  @Field() postalCode!: string;
  @Field(() => [RequestWindowOutput]) windows!: RequestWindowOutput[];
  @Field(() => BudgetOutput, { nullable: true }) budget!: BudgetOutput | null;
  @Field({ description: 'A helper may start with a call; false once the call found a visit is needed.' }) remoteFirst!: boolean;
  @Field(() => RequestStatusValue) status!: RequestStatusValue;
  @Field(() => Int, { nullable: true, description: 'The cancellation policy version the request keeps.' }) cancellationPolicyVersion!: number | null;
  @Field(() => Int, { nullable: true, description: 'The SLA policy version the request keeps.' }) slaPolicyVersion!: number | null;
  @Field(() => Date, { description: 'When an unanswered request expires.' }) expiresAt!: Date;
  @Field(() => Date, { nullable: true, description: "When a helper's first answer is due by the SLA (in its service hours); null for a request booked directly." })
  firstResponseDueAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => RequestChannelValue, { description: "Where it came from: the site, an operator's agent, or the tenant's back-end." }) channel!: RequestChannelValue;
  @Field(() => KnownOutageOutput, { nullable: true, description: "A known outage in the request's service and area while the request is live: paid bookings there wait." })
  knownOutage!: KnownOutageOutput | null;
  @Field(() => ID, { nullable: true, description: 'The appointment the request is booked on now (a reassignment moves it to a new one); null before it is booked.' })
  appointmentId!: string | null;
  @Field(() => [RequestEventOutput], { description: 'Every transition, oldest first.' }) timeline!: RequestEventOutput[];
}

@ObjectType('RequestEdge')
export class RequestEdge {
  @Field() cursor!: string;
  @Field(() => RequestOutput) node!: RequestOutput;
}

@ObjectType('RequestConnection')
export class RequestConnection {
  @Field(() => [RequestEdge]) edges!: RequestEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
