// Reconciliation reports on /graphql: operators read them and ask for a period.
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '@quartier/identity';
import type { RequestContext } from '@quartier/platform';
import { ReconciliationReportConnection, ReconciliationReportOutput } from './dto/reconciliation-report.output.js';
import { ReconciliationService, type ReconciliationReportView } from './reconciliation.service.js';

const toOutput = (view: ReconciliationReportView) => view as unknown as ReconciliationReportOutput;

@Resolver()
export class ReconciliationResolver {
  constructor(private readonly reconciliation: ReconciliationService) {}

  @Roles('operator_admin', 'operator_agent')
  @Query(() => ReconciliationReportConnection, { description: 'Reconciliation reports, newest first (one per night, plus those operators asked for).' })
  async reconciliationReports(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ReconciliationReportConnection> {
    return (await this.reconciliation.reports(ctx, { first, after })) as unknown as ReconciliationReportConnection;
  }

  @Roles('operator_admin', 'operator_agent')
  @Query(() => ReconciliationReportOutput)
  async reconciliationReport(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ReconciliationReportOutput> {
    return toOutput(await this.reconciliation.report(ctx, id));
  }

  @Roles('operator_admin')
  @Mutation(() => ReconciliationReportOutput, {
    description: "Asks for the ledger to be compared with Stripe for a period (at most 92 days, ended); the report is pending until a worker has read Stripe's balance transactions.",
  })
  async reconcilePayments(@Ctx() ctx: RequestContext, @Args('from') from: Date, @Args('to') to: Date): Promise<ReconciliationReportOutput> {
    return toOutput(await this.reconciliation.requestReport(ctx, { from, to }));
  }
}
