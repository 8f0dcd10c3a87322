export { PaymentsModule } from './payments.module.js';
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
