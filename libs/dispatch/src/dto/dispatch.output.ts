import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { HelpModeValue, RequestStatusValue } from '@quartier/booking';
import { PageInfo } from '@quartier/platform';

export enum DispatchOfferStatusValue {
  PENDING = 'pending',
  ACCEPTED = 'accepted',
  DECLINED = 'declined',
  TAKEN = 'taken',
  LAPSED = 'lapsed',
  RELEASED = 'released',
}
registerEnumType(DispatchOfferStatusValue, {
  name: 'DispatchOfferStatus',
  description: 'PENDING: waiting for your answer; TAKEN: someone else took the request first; LAPSED: the request ended unanswered; RELEASED: you took it but did not start in time.',
});

export enum HelperTierValue {
  FRIEND = 'friend',
  SPECIALIST = 'specialist',
  CONTRACTOR = 'contractor',
}
registerEnumType(HelperTierValue, {
  name: 'HelperTier',
  description: 'FRIEND: a vetted neighbour; SPECIALIST: a higher-skilled helper escalations go to; CONTRACTOR: a contractor partner, the last tier before the operator.',
});

@ObjectType('DispatchWindow')
export class DispatchWindowOutput {
  @Field(() => Date) from!: Date;
  @Field(() => Date) to!: Date;
}

@ObjectType('DispatchOffer', { description: "A request dispatch offered you: take it (the first to accept gets it) or say no. The customer stays anonymous until it is yours." })
export class DispatchOfferOutput {
  @Field(() => ID) requestId!: string;
  @Field(() => ID) serviceId!: string;
  @Field({ description: "The service's name in the reader's locale." }) serviceName!: string;
  @Field() description!: string;
  @Field() countryCode!: string;
  @Field() postalCode!: string;
  @Field(() => [DispatchWindowOutput]) windows!: DispatchWindowOutput[];
  @Field(() => Int, { description: 'The wave of offers you were in (1: the first).' }) wave!: number;
  @Field({ description: 'Offered to the top reward level before anyone else.' }) firstLook!: boolean;
  @Field(() => Float, { description: 'From your home; 0 for a call (REMOTE), which needs no travel.' }) distanceKm!: number;
  @Field(() => HelpModeValue, { description: 'REMOTE: call the customer first, a visit follows only when needed; ON_SITE: go there.' }) mode!: HelpModeValue;
  @Field(() => Int, { description: 'The dispatch round it was offered in: a visit after a call is offered anew in the next, so one request may appear once per round.' })
  round!: number;
  @Field(() => DispatchOfferStatusValue) status!: DispatchOfferStatusValue;
  @Field(() => Date) offeredAt!: Date;
  @Field(() => Date, {
    nullable: true,
    description:
      "Until when you can take it: the request's help-within target, after which dispatch lets it expire and the offer lapses (someone may take it sooner). Null once the offer is no longer PENDING.",
  })
  expiresAt!: Date | null;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
}

@ObjectType('DispatchOfferEdge')
export class DispatchOfferEdge {
  @Field() cursor!: string;
  @Field(() => DispatchOfferOutput) node!: DispatchOfferOutput;
}

@ObjectType('DispatchOfferConnection')
export class DispatchOfferConnection {
  @Field(() => [DispatchOfferEdge]) edges!: DispatchOfferEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('DispatchedHelper', { description: 'One helper a request was offered to, as the operator sees it.' })
export class DispatchedHelperOutput {
  @Field(() => ID) helperId!: string;
  @Field() displayName!: string;
  @Field(() => HelperTierValue) tier!: HelperTierValue;
  @Field(() => Int) wave!: number;
  @Field(() => String, { nullable: true, description: 'The escalation tier the wave belonged to; null before any escalation.' }) tierKey!: string | null;
  @Field(() => Int, { description: 'Place in the wave by score (1: the best).' }) rank!: number;
  @Field(() => Float) score!: number;
  @Field(() => Float) distanceKm!: number;
  @Field() firstLook!: boolean;
  @Field(() => HelpModeValue) mode!: HelpModeValue;
  @Field(() => Int, { description: 'The dispatch round: 1, then one more for each visit a call found needed (a new round may offer the request to anyone again).' })
  round!: number;
  @Field(() => DispatchOfferStatusValue) status!: DispatchOfferStatusValue;
  @Field(() => Date) offeredAt!: Date;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

@ObjectType('RequestDispatch', { description: "Where a request stands in dispatch: waves sent, escalation tiers entered, the next look, and every helper offered it. The reasons are on the request's timeline." })
export class RequestDispatchOutput {
  @Field(() => ID) requestId!: string;
  @Field(() => RequestStatusValue) status!: RequestStatusValue;
  @Field(() => Int, { description: 'The dispatch round now: 1, then one more for each visit a call found needed.' }) round!: number;
  @Field(() => Int) wavesSent!: number;
  @Field(() => [String], { description: 'Escalation tier keys entered, in order.' }) tiersEntered!: string[];
  @Field(() => Date, { nullable: true, description: 'When dispatch looks at the request next; null when it is done.' }) nextLookAt!: Date | null;
  @Field(() => [DispatchedHelperOutput]) offers!: DispatchedHelperOutput[];
}

@ObjectType('HelperTierAssignment')
export class HelperTierOutput {
  @Field(() => ID) helperId!: string;
  @Field(() => HelperTierValue) tier!: HelperTierValue;
}
