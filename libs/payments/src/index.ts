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
