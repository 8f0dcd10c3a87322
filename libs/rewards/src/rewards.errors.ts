// Expected outcomes of redeeming points that clients handle by their stable details.
import { ConflictError, ValidationError } from '@quartier/platform';
import type { RedemptionStatus } from './reward-rows.js';

export const MAX_REASON_LENGTH = 500;

export class InsufficientPointsError extends ConflictError {
  constructor(balance: number, price: number) {
    super(`This reward costs ${price} points; your balance is ${balance}`, { field: 'itemKey', detail: 'INSUFFICIENT_POINTS', balance, price });
  }
}

export class RedemptionAlreadyDecidedError extends ConflictError {
  constructor(status: RedemptionStatus) {
    super(`This redemption was already ${status}`, { field: 'id', detail: 'ALREADY_DECIDED', status });
  }
}

export function checkReason(reason: string | null | undefined): string {
  const trimmed = (reason ?? '').trim();
  if (trimmed.length < 1 || trimmed.length > MAX_REASON_LENGTH) throw new ValidationError('reason', `reason must be 1–${MAX_REASON_LENGTH} characters`);
  return trimmed;
}
