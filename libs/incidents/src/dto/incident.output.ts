import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@quartier/platform';
import { RequestChannelValue } from '../request-channel.js';

export enum IncidentStatusValue {
  OPEN = 'open',
  KNOWN_OUTAGE = 'known_outage',
  CLOSED = 'closed',
}

registerEnumType(IncidentStatusValue, { name: 'IncidentStatus', description: 'open → known_outage → closed, or open → closed (dismissed).' });

export enum IncidentOutcomeValue {
  RESOLVED = 'resolved',
  DISMISSED = 'dismissed',
}

registerEnumType(IncidentOutcomeValue, { name: 'IncidentOutcome', description: 'How a closed incident ended: resolved after a known outage, or dismissed while open.' });

@ObjectType('OutageMessage', { description: 'The notice customers read during a known outage: a plain text, texts per locale, or both.' })
export class OutageMessageOutput {
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => String, { nullable: true }) de?: string | null;
  @Field(() => String, { nullable: true }) fr?: string | null;
  @Field(() => String, { nullable: true }) it?: string | null;
  @Field(() => String, { nullable: true }) en?: string | null;
}

@ObjectType('KnownOutage', { description: "A known outage in a request's service and area: paid bookings there wait until the operator closes it." })
export class KnownOutageOutput {
  @Field(() => ID) incidentId!: string;
  @Field({ description: "The operator's notice, in your locale where given." }) message!: string;
  @Field(() => Date, { description: 'When the operator confirmed the outage.' }) since!: Date;
}

@ObjectType('IncidentRequest', { description: 'A request that is part of an incident.' })
export class IncidentRequestOutput {
  @Field(() => ID) id!: string;
  @Field() description!: string;
  @Field() countryCode!: string;
  @Field() postalCode!: string;
  @Field(() => RequestChannelValue) channel!: RequestChannelValue;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Float, { description: "How alike its text was to the incident's requests when it joined (0–1)." }) similarity!: number;
  @Field(() => Date) addedAt!: Date;
}

@ObjectType('Incident', { description: 'Many alike requests for one service in one postal area, spotted within a short window.' })
export class IncidentOutput {
  @Field(() => ID) id!: string;
  @Field(() => ID) serviceId!: string;
  @Field() countryCode!: string;
  @Field({ description: "The postal area: the first digits of the requests' postal codes, as the SLA policy says." }) area!: string;
  @Field(() => IncidentStatusValue) status!: IncidentStatusValue;
  @Field(() => IncidentOutcomeValue, { nullable: true }) outcome!: IncidentOutcomeValue | null;
  @Field({ description: "The words most of its requests share." }) title!: string;
  @Field() summary!: string;
  @Field(() => OutageMessageOutput, { nullable: true }) message!: OutageMessageOutput | null;
  @Field(() => Int) requestCount!: number;
  @Field(() => Date) openedAt!: Date;
  @Field(() => Date, { nullable: true }) knownAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'The operator who marked it a known outage.' }) knownBy!: string | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => ID, { nullable: true, description: 'The operator who closed it.' }) closedBy!: string | null;
  @Field(() => String, { nullable: true }) closeNote!: string | null;
  @Field(() => [IncidentRequestOutput], { description: 'Oldest first.' }) requests!: IncidentRequestOutput[];
}

@ObjectType('IncidentEdge')
export class IncidentEdge {
  @Field() cursor!: string;
  @Field(() => IncidentOutput) node!: IncidentOutput;
}

@ObjectType('IncidentConnection')
export class IncidentConnection {
  @Field(() => [IncidentEdge]) edges!: IncidentEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
