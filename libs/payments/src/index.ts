export { PaymentsModule, PaymentsTenantApiModule } from './payments.module.js';
export { LedgerService, type LedgerBalance, type LedgerTransactionView } from './ledger/ledger.service.js';
export {
  LEDGER_ACCOUNT_KINDS,
  LEDGER_TRANSACTION_KINDS,
  type LedgerAccountKind,
  type LedgerAccountRef,
  type LedgerEntryInput,
  type LedgerPostingInput,
  type LedgerTransactionKind,
} from './ledger/ledger-entry.js';
export { STRIPE_SECRET_PURPOSES, StripeAccountService, type StripeAccountView, type StripeCredentials } from './stripe-account/stripe-account.service.js';
export type { StripeKeyMode } from './stripe-account/stripe-credentials.js';
export { PaymentGateway, PaymentProviderUnavailableError, type PaymentProvider } from './gateway/payment-gateway.js';
export { PaymentGateways, type TenantStripe } from './gateway/payment-gateways.js';
export { PaymentFlowService, PaymentStepNotReadyError, type CancellationFee } from './payment/payment-flow.service.js';
export { PaymentAuthorizationService } from './payment/payment-authorization.service.js';
export { PaymentService } from './payment/payment.service.js';
export { PAYMENT_STATUSES, type PaymentStatus, type PaymentView } from './payment/payment-rows.js';
export { idempotencyKeys } from './payment/payment-operations.js';
export { PaymentQueryService, receiptNumberOf, type PaymentDetailView, type PaymentFilter, type ReceiptView } from './payment/payment-query.service.js';
export { RefundService } from './refunds/refund.service.js';
export type { DisputeView, RefundView } from './refunds/refund-rows.js';
export { PayoutAccountService, payoutScheduleOf, type PayoutAccountView } from './payouts/payout-account.service.js';
export { EarningsService, type EarningsView, type PayoutView } from './payouts/earnings.service.js';
export { HeldTransfersService } from './payouts/held-transfers.service.js';
export { StripeEventService } from './webhooks/stripe-event.service.js';
export { StripeEventInbox, SIGNATURE_TOLERANCE_SECONDS, type InboxRecord, type ReplayResult } from './webhooks/stripe-event-inbox.service.js';
export { StripeWebhooksModule } from './webhooks/stripe-webhooks.module.js';
export { STRIPE_DASHBOARD_REFUND_REASON } from './webhooks/stripe-event-effects.js';
export { disputeStatusOf, payoutAccountStatusOf, type DisputeStatus, type PayoutAccountStatus } from './webhooks/stripe-event-rules.js';
export { ReconciliationService } from './reconciliation/reconciliation.service.js';
export { paymentsQueue, paymentRoutes, type PaymentJob } from './jobs/payment.jobs.js';
