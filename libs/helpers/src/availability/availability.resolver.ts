// Availability on /graphql: helpers keep their weekly template and exceptions; anyone may read an
// approved helper's free intervals.
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { AvailabilityService } from './availability.service.js';
import { AvailabilityWindowInput, WeeklySlotInput } from './dto/availability.input.js';
import { HelperAvailabilityOutput, MyAvailabilityOutput } from './dto/availability.output.js';

const RANGE = { from: 'First local date, YYYY-MM-DD, not before today.', to: 'Last local date, at most 31 days after from.' };

@Resolver()
export class AvailabilityResolver {
  constructor(private readonly availability: AvailabilityService) {}

  @Roles('helper')
  @Mutation(() => MyAvailabilityOutput, { description: 'Replaces your whole weekly template; overlapping slots are refused.' })
  setMyWeeklyAvailability(@Ctx() ctx: RequestContext, @Args('slots', { type: () => [WeeklySlotInput] }) slots: WeeklySlotInput[]): Promise<MyAvailabilityOutput> {
    return this.availability.setMyWeeklyAvailability(ctx, { slots });
  }

  @Roles('helper')
  @Mutation(() => MyAvailabilityOutput, { description: "Sets a date's exception: windows replacing the weekly ones, or dayOff." })
  setMyAvailabilityException(
    @Ctx() ctx: RequestContext,
    @Args('date', { description: 'Local date, YYYY-MM-DD.' }) date: string,
    @Args('windows', { type: () => [AvailabilityWindowInput], nullable: true }) windows: AvailabilityWindowInput[] | null,
    @Args('dayOff', { type: () => Boolean, nullable: true }) dayOff: boolean | null,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ): Promise<MyAvailabilityOutput> {
    return this.availability.setMyAvailabilityException(ctx, { date, windows, dayOff, note });
  }

  @Roles('helper')
  @Mutation(() => MyAvailabilityOutput, { description: "Removes a date's exception; the weekly template applies again." })
  removeMyAvailabilityException(@Ctx() ctx: RequestContext, @Args('date') date: string): Promise<MyAvailabilityOutput> {
    return this.availability.removeMyAvailabilityException(ctx, { date });
  }

  @Roles('helper')
  @Query(() => MyAvailabilityOutput)
  myAvailability(
    @Ctx() ctx: RequestContext,
    @Args('from', { description: RANGE.from }) from: string,
    @Args('to', { description: RANGE.to }) to: string,
  ): Promise<MyAvailabilityOutput> {
    return this.availability.myAvailability(ctx, { from, to });
  }

  @Public()
  @Query(() => HelperAvailabilityOutput, { description: "An approved helper's available intervals in UTC; any other id is NOT_FOUND." })
  helperAvailability(
    @Ctx() ctx: RequestContext,
    @Args('helperId', { type: () => ID }) helperId: string,
    @Args('from', { description: RANGE.from }) from: string,
    @Args('to', { description: RANGE.to }) to: string,
  ): Promise<HelperAvailabilityOutput> {
    return this.availability.helperAvailability(ctx, { helperId, from, to });
  }
}
