import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@quartier/platform';

export enum ReconciliationStatus {
  PENDING = 'pending',
  COMPLETED = 'completed',
  FAILED = 'failed',
}
registerEnumType(ReconciliationStatus, { name: 'ReconciliationStatus' });

export enum ReconciliationDifferenceKind {
  MISSING_IN_LEDGER = 'missing_in_ledger',
  MISSING_AT_STRIPE = 'missing_at_stripe',
  AMOUNT_DIFFERS = 'amount_differs',
}
registerEnumType(ReconciliationDifferenceKind, {
  name: 'ReconciliationDifferenceKind',
  valuesMap: {
    MISSING_IN_LEDGER: { description: 'Stripe moved money the ledger has no record of.' },
    MISSING_AT_STRIPE: { description: 'The ledger records a movement Stripe does not have.' },
    AMOUNT_DIFFERS: { description: 'Both have it, with different amounts.' },
  },
});

@ObjectType('ReconciliationDifference')
export class ReconciliationDifferenceOutput {
  @Field(() => ReconciliationDifferenceKind) kind!: ReconciliationDifferenceKind;
  @Field({ description: 'charge or refund' }) object!: string;
  @Field(() => String, { nullable: true, description: "Stripe's id of the charge or refund." }) stripeId!: string | null;
  @Field(() => ID, { nullable: true }) paymentId!: string | null;
  @Field(() => Int, { nullable: true }) stripeAmountMinor!: number | null;
  @Field(() => Int, { nullable: true }) ledgerAmountMinor!: number | null;
  @Field() currency!: string;
}

@ObjectType('ReconciliationReport', { description: "The ledger compared with Stripe's balance transactions for a period." })
export class ReconciliationReportOutput {
  @Field(() => ID) id!: string;
  @Field() periodFrom!: Date;
  @Field() periodTo!: Date;
  @Field(() => ReconciliationStatus) status!: ReconciliationStatus;
  @Field(() => Int, { description: 'Charges and refunds looked at, on both sides.' }) checkedCount!: number;
  @Field(() => Int) differenceCount!: number;
  @Field(() => [ReconciliationDifferenceOutput]) differences!: ReconciliationDifferenceOutput[];
  @Field(() => String, { nullable: true }) failureMessage!: string | null;
  @Field(() => ID, { nullable: true, description: 'The operator who asked; null for the nightly report.' }) requestedBy!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
}

@ObjectType('ReconciliationReportEdge')
export class ReconciliationReportEdge {
  @Field() cursor!: string;
  @Field(() => ReconciliationReportOutput) node!: ReconciliationReportOutput;
}

@ObjectType('ReconciliationReportConnection')
export class ReconciliationReportConnection {
  @Field(() => [ReconciliationReportEdge]) edges!: ReconciliationReportEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
