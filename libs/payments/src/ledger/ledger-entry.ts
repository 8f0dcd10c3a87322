// What a ledger movement is made of, and the checks it must pass before anything is written.
// Amounts are signed minor units: a debit is positive, a credit negative, so a balanced movement
// sums to zero in each of its currencies.
import { isCurrency, isUuid, ValidationError } from '@quartier/platform';

export const LEDGER_ACCOUNT_KINDS = [
  'customer_charges',
  'stripe_clearing',
  'offline_clearing',
  'platform_revenue',
  'customer_fees',
  'helper_payable',
  'refunds',
  'disputes',
] as const;
export type LedgerAccountKind = (typeof LEDGER_ACCOUNT_KINDS)[number];

export const LEDGER_TRANSACTION_KINDS = ['capture', 'application_fee', 'helper_payable', 'payout', 'refund', 'reversal', 'dispute', 'offline_payment'] as const;
export type LedgerTransactionKind = (typeof LEDGER_TRANSACTION_KINDS)[number];

/** An account is named by its kind and, for a helper's payable, the helper's user id. */
export interface LedgerAccountRef {
  kind: LedgerAccountKind;
  ownerId?: string | null;
}

export interface LedgerPostingInput {
  account: LedgerAccountRef;
  /** Debit positive, credit negative, in minor units. */
  amountMinor: number;
  currency: string;
}

export interface LedgerEntryInput {
  kind: LedgerTransactionKind;
  /** Names the movement in the business (e.g. `capture:<appointment id>`); recording it again returns the first. */
  businessKey: string;
  appointmentId?: string | null;
  description: string;
  postings: LedgerPostingInput[];
}

export interface LedgerPosting {
  account: { kind: LedgerAccountKind; ownerId: string | null };
  amountMinor: number;
  currency: string;
}

export interface CheckedLedgerEntry {
  kind: LedgerTransactionKind;
  businessKey: string;
  appointmentId: string | null;
  description: string;
  postings: LedgerPosting[];
}

const has = <T extends string>(list: readonly T[], value: unknown): value is T => typeof value === 'string' && (list as readonly string[]).includes(value);

/** Validates a movement; the error names the first offending field. */
export function checkLedgerEntry(input: LedgerEntryInput): CheckedLedgerEntry {
  if (!has(LEDGER_TRANSACTION_KINDS, input.kind)) throw new ValidationError('kind', `Unknown ledger transaction kind ${String(input.kind)}`);
  const businessKey = typeof input.businessKey === 'string' ? input.businessKey.trim() : '';
  if (businessKey.length < 1 || businessKey.length > 200) throw new ValidationError('businessKey', 'A business key of 1 to 200 characters is required');
  const description = typeof input.description === 'string' ? input.description.trim() : '';
  if (description.length < 1 || description.length > 500) throw new ValidationError('description', 'A description of 1 to 500 characters is required');
  const appointmentId = input.appointmentId ?? null;
  if (appointmentId !== null && !isUuid(appointmentId)) throw new ValidationError('appointmentId', 'Not an appointment id');
  if (!Array.isArray(input.postings) || input.postings.length < 2) throw new ValidationError('postings', 'A movement needs at least two postings');

  const postings = input.postings.map((posting, index): LedgerPosting => {
    const field = `postings[${index}]`;
    const kind = posting.account?.kind;
    if (!has(LEDGER_ACCOUNT_KINDS, kind)) throw new ValidationError(`${field}.account.kind`, `Unknown ledger account kind ${String(kind)}`);
    const ownerId = posting.account.ownerId ?? null;
    if (ownerId !== null && !isUuid(ownerId)) throw new ValidationError(`${field}.account.ownerId`, 'Not a user id');
    if (kind === 'helper_payable' && ownerId === null) throw new ValidationError(`${field}.account.ownerId`, "A helper's payable names its helper");
    if (!Number.isSafeInteger(posting.amountMinor)) throw new ValidationError(`${field}.amountMinor`, 'Amount must be a whole number of minor units');
    if (posting.amountMinor === 0) throw new ValidationError(`${field}.amountMinor`, 'A posting moves a non-zero amount');
    if (typeof posting.currency !== 'string' || !isCurrency(posting.currency)) throw new ValidationError(`${field}.currency`, `Unknown currency ${String(posting.currency)}`);
    return { account: { kind, ownerId: ownerId?.toLowerCase() ?? null }, amountMinor: posting.amountMinor, currency: posting.currency };
  });

  const totals = new Map<string, number>();
  for (const posting of postings) totals.set(posting.currency, (totals.get(posting.currency) ?? 0) + posting.amountMinor);
  for (const [currency, total] of totals) {
    if (total !== 0) throw new ValidationError('postings', `Postings in ${currency} sum to ${total}; debits and credits must balance`);
  }
  return { kind: input.kind, businessKey, appointmentId: appointmentId?.toLowerCase() ?? null, description, postings };
}

/** Whether two movements are the same one (order of postings aside), for business-key replays. */
export function sameMovement(a: Omit<CheckedLedgerEntry, 'businessKey' | 'description'>, b: Omit<CheckedLedgerEntry, 'businessKey' | 'description'>): boolean {
  const lines = (entry: typeof a) =>
    entry.postings.map((p) => `${p.account.kind}|${p.account.ownerId ?? ''}|${p.currency}|${p.amountMinor}`).sort();
  return a.kind === b.kind && a.appointmentId === b.appointmentId && JSON.stringify(lines(a)) === JSON.stringify(lines(b));
}
