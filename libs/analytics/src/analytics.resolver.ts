// Analytics on /graphql, for operators: the report of a period, its CSV export, and who is on shift now.
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { AnalyticsService } from './analytics.service.js';
import { AnalyticsFilterInput } from './dto/analytics.input.js';
import { AnalyticsExportOutput, HelpersOnShiftOutput, OperatorAnalyticsOutput } from './dto/analytics.output.js';

@Resolver()
export class AnalyticsResolver {
  constructor(private readonly analytics: AnalyticsService) {}

  @Roles('operator_agent', 'operator_admin')
  @Query(() => OperatorAnalyticsOutput, { description: 'Response times, SLA attainment, dispatch, escalations, ratings, volume and the helper leaderboard of the requests created in a period.' })
  async operatorAnalytics(@Ctx() ctx: RequestContext, @Args('filter', { type: () => AnalyticsFilterInput }) filter: AnalyticsFilterInput): Promise<OperatorAnalyticsOutput> {
    // Statuses are the stored lowercase values, which RequestStatusValue carries.
    return (await this.analytics.report(ctx, filter)) as unknown as OperatorAnalyticsOutput;
  }

  @Roles('operator_agent', 'operator_admin')
  @Query(() => AnalyticsExportOutput, { description: 'The same report as a CSV file.' })
  operatorAnalyticsCsv(@Ctx() ctx: RequestContext, @Args('filter', { type: () => AnalyticsFilterInput }) filter: AnalyticsFilterInput): Promise<AnalyticsExportOutput> {
    return this.analytics.reportCsv(ctx, filter);
  }

  @Roles('operator_agent', 'operator_admin')
  @Query(() => HelpersOnShiftOutput, { description: "Approved helpers whose availability covers now, free or on a job; suspended ones are not counted." })
  async helpersOnShift(@Ctx() ctx: RequestContext): Promise<HelpersOnShiftOutput> {
    const shift = await this.analytics.helpersOnShift(ctx);
    return { at: shift.at, count: shift.helperIds.length, helperIds: shift.helperIds, onJob: shift.onJobHelperIds.length, onJobHelperIds: shift.onJobHelperIds };
  }
}
