// Incidents on /graphql, for operators: list and read them with their requests, mark one a known
// outage with a notice for customers, and close it.
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { OutageMessageInput } from './dto/incident.input.js';
import { IncidentConnection, IncidentOutput, IncidentStatusValue } from './dto/incident.output.js';
import { IncidentService } from './incident.service.js';

/** Views and outputs share their field names; enums carry the stored lowercase values. */
const toOutput = <T>(view: unknown): T => view as T;

@Resolver()
export class IncidentsResolver {
  constructor(private readonly incidentService: IncidentService) {}

  @Roles('operator_admin', 'operator_agent')
  @Query(() => IncidentConnection, { description: "The site's incidents, newest first, of one status if given." })
  async incidents(
    @Ctx() ctx: RequestContext,
    @Args('status', { type: () => IncidentStatusValue, nullable: true }) status?: IncidentStatusValue,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<IncidentConnection> {
    return toOutput(await this.incidentService.incidents(ctx, { status, first, after }));
  }

  @Roles('operator_admin', 'operator_agent')
  @Query(() => IncidentOutput, { description: 'One incident with its requests.' })
  async incident(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<IncidentOutput> {
    return toOutput(await this.incidentService.incident(ctx, { id }));
  }

  @Roles('operator_admin', 'operator_agent')
  @Mutation(() => IncidentOutput, {
    description: 'Confirms an open incident as a known outage: customers posting in its service and area read the message, and paid bookings there wait until it is closed.',
  })
  async markIncidentKnownOutage(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('message', { type: () => OutageMessageInput }) message: OutageMessageInput,
  ): Promise<IncidentOutput> {
    return toOutput(await this.incidentService.markKnownOutage(ctx, { id, message }));
  }

  @Roles('operator_admin', 'operator_agent')
  @Mutation(() => IncidentOutput, { description: 'Closes an incident: a known outage is resolved (bookings resume), an open one is dismissed.' })
  async closeIncident(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('note', { type: () => String, nullable: true }) note?: string,
  ): Promise<IncidentOutput> {
    return toOutput(await this.incidentService.close(ctx, { id, note }));
  }
}
