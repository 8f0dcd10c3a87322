// Probes of the payments domain (/graphql): operator admins connect and disconnect the site's Stripe
// account, operators read it masked; customers pay and read their request's payment; helpers read
// their earnings and payouts and set up their payout account; operators list payments, refunds,
// disputes and payouts and refund. Ids and cursors aim at the table fixtures' rows (tenant-rows.ts).
import { encodeCursor } from '@quartier/platform';
import type { Caller, FactsGatherer, Probe } from './probe.js';

const OPERATORS: Caller[] = ['operator_agent', 'operator_admin'];
const OPERATOR_ADMIN: Caller[] = ['operator_admin'];
const HELPER: Caller[] = ['helper'];
const STRIPE_ACCOUNT_FIELDS = 'mode publishableKey secretKeyMasked webhookSecretMasked connectedAt connectedBy';
const REFUND_FIELDS = 'id paymentId amountMinor currency reason status requestedBy providerRefundId failureMessage createdAt updatedAt';
const PAYMENT_FIELDS = `id requestId appointmentId customerId helperId provider status currency amountMinor subtotalMinor customerFeeMinor commissionMinor
  helperPayoutMinor capturedMinor refundedMinor captureReason cardBrand cardLast4 paymentIntentId chargeId authorizedAt authorizationExpiresAt
  capturedAt releasedAt declineCode declineMessage createdAt updatedAt refunds { ${REFUND_FIELDS} }
  receipt { number currency subtotalMinor customerFeeMinor totalMinor capturedAt refundedMinor refunds { ${REFUND_FIELDS} } }`;
const DISPUTE_FIELDS = 'id paymentId providerDisputeId amountMinor currency reason status openedAt closedAt';
const PAYOUT_FIELDS = 'id helperId providerPayoutId amountMinor currency status arrivalDate createdAt';
const EARNINGS_FIELDS = 'helperId currency pendingMinor frozenMinor paidOutMinor earnedMinor';
const PAYOUT_ACCOUNT_FIELDS = 'status chargesEnabled payoutsEnabled detailsSubmitted onboardingUrl onboardingUrlExpiresAt updatedAt';
const page = (fields: string) => `edges { cursor node { ${fields} } } pageInfo { hasNextPage endCursor }`;

export const paymentsProbes: Probe[] = [
  {
    endpoint: 'tenant',
    field: 'Query.stripeAccount',
    document: `{ stripeAccount { ${STRIPE_ACCOUNT_FIELDS} } }`,
    foreignIds: false,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.connectStripeAccount',
    document: `mutation($publishableKey: String!, $secretKey: String!, $webhookSecret: String!) {
      connectStripeAccount(publishableKey: $publishableKey, secretKey: $secretKey, webhookSecret: $webhookSecret) { ${STRIPE_ACCOUNT_FIELDS} }
    }`,
    variables: () => ({ publishableKey: 'pk_test_gateprobe0000000001', secretKey: 'sk_test_gateprobe0000000001', webhookSecret: 'whsec_gateprobe0001' }),
    foreignIds: false,
    allow: OPERATOR_ADMIN,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.disconnectStripeAccount',
    document: 'mutation { disconnectStripeAccount }',
    foreignIds: false,
    allow: OPERATOR_ADMIN,
  },
  {
    endpoint: 'tenant',
    field: 'Query.requestPayment',
    document: `query($requestId: ID!) { requestPayment(requestId: $requestId) { ${PAYMENT_FIELDS} } }`,
    variables: (target) => ({ requestId: target.secrets.paymentRequestId }),
    foreignIds: true,
    allow: ['customer', ...OPERATORS],
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.authorizePayment',
    document: `mutation($input: AuthorizePaymentInput!) { authorizePayment(input: $input) { ${PAYMENT_FIELDS} } }`,
    variables: (target) => ({ input: { requestId: target.secrets.paymentRequestId, paymentMethodId: 'pm_card_visa' } }),
    foreignIds: true,
    allow: ['customer'],
  },
  {
    endpoint: 'tenant',
    field: 'Query.payments',
    document: `query($filter: PaymentFilter, $after: String) { payments(filter: $filter, first: 10, after: $after) { ${page(PAYMENT_FIELDS)} } }`,
    variables: (target) => ({ filter: { helperId: target.secrets.paymentHelperId, customerId: target.secrets.paymentCustomerId }, after: target.cursors.payments }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.payment',
    document: `query($id: ID!) { payment(id: $id) { ${PAYMENT_FIELDS} } }`,
    variables: (target) => ({ id: target.secrets.paymentId }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.paymentRefunds',
    document: `query($paymentId: ID, $after: String) { paymentRefunds(paymentId: $paymentId, first: 10, after: $after) { ${page(REFUND_FIELDS)} } }`,
    variables: (target) => ({ paymentId: target.secrets.paymentId, after: target.cursors.paymentRefunds }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.paymentDisputes',
    document: `query($after: String) { paymentDisputes(status: OPEN, first: 10, after: $after) { ${page(DISPUTE_FIELDS)} } }`,
    variables: (target) => ({ after: target.cursors.paymentDisputes }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.refundPayment',
    document: `mutation($input: RefundPaymentInput!) { refundPayment(input: $input) { ${REFUND_FIELDS} } }`,
    variables: (target) => ({ input: { paymentId: target.secrets.paymentId, amountMinor: 100, reason: 'gate probe' } }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.helperPayouts',
    document: `query($helperId: ID, $after: String) { helperPayouts(helperId: $helperId, first: 10, after: $after) { ${page(PAYOUT_FIELDS)} } }`,
    variables: (target) => ({ helperId: target.secrets.paymentHelperId, after: target.cursors.helperPayouts }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.helperEarnings',
    document: `query($helperId: ID!) { helperEarnings(helperId: $helperId) { ${EARNINGS_FIELDS} } }`,
    variables: (target) => ({ helperId: target.secrets.paymentHelperId }),
    foreignIds: true,
    allow: OPERATORS,
  },
  {
    endpoint: 'tenant',
    field: 'Query.myEarnings',
    document: `{ myEarnings { ${EARNINGS_FIELDS} } }`,
    foreignIds: false,
    allow: HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Query.myPayouts',
    document: `query($after: String) { myPayouts(first: 10, after: $after) { ${page(PAYOUT_FIELDS)} } }`,
    variables: (target) => ({ after: target.cursors.helperPayouts }),
    foreignIds: true,
    allow: HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Query.myPayoutAccount',
    document: `{ myPayoutAccount { ${PAYOUT_ACCOUNT_FIELDS} } }`,
    foreignIds: false,
    allow: HELPER,
  },
  {
    endpoint: 'tenant',
    field: 'Mutation.startPayoutOnboarding',
    document: `mutation { startPayoutOnboarding { ${PAYOUT_ACCOUNT_FIELDS} } }`,
    foreignIds: false,
    allow: HELPER,
  },
];

/** The fixture payment's ids, and the cursors the lists hand out for its rows (time to the microsecond, then id). */
export const gatherPaymentsFacts: FactsGatherer = async ({ api, tenant }) => {
  const key = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
  const [payment] = await api.db.ownerQuery<{ id: string; request_id: string; helper_id: string; customer_id: string; created_key: string }>(
    `select id, request_id, helper_id, customer_id, ${key('created_at')} as created_key from payments where tenant_id = $1 order by id limit 1`,
    [tenant.id],
  );
  const [refund] = await api.db.ownerQuery<{ id: string; created_key: string }>(
    `select id, ${key('created_at')} as created_key from payment_refunds where tenant_id = $1 order by id limit 1`,
    [tenant.id],
  );
  const [dispute] = await api.db.ownerQuery<{ id: string; opened_key: string }>(
    `select id, ${key('opened_at')} as opened_key from payment_disputes where tenant_id = $1 order by id limit 1`,
    [tenant.id],
  );
  const [payout] = await api.db.ownerQuery<{ id: string; created_key: string }>(
    `select id, ${key('created_at')} as created_key from helper_payouts where tenant_id = $1 order by id limit 1`,
    [tenant.id],
  );
  if (!payment || !refund || !dispute || !payout) throw new Error('No payment, refund, dispute and payout of the gate target');
  const cursor = (t: string, id: string) => encodeCursor({ t, id });
  return {
    secrets: { paymentId: payment.id, paymentRequestId: payment.request_id, paymentHelperId: payment.helper_id, paymentCustomerId: payment.customer_id },
    cursors: {
      payments: cursor(payment.created_key, payment.id),
      paymentRefunds: cursor(refund.created_key, refund.id),
      paymentDisputes: cursor(dispute.opened_key, dispute.id),
      helperPayouts: cursor(payout.created_key, payout.id),
    },
  };
};
