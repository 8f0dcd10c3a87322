// Checks of a posted request's own fields, before anything is read or written. Each failure names
// the field, so a client can point at it.
import { ValidationError } from '@quartier/platform';

export const MAX_WINDOWS = 5;
export const MAX_DAYS_AHEAD = 14;
const DAY_MS = 86_400_000;

export interface WindowInput {
  from: Date | string;
  to: Date | string;
}

export interface BudgetInput {
  amountMinor: number;
  currency: string;
}

function instant(field: string, value: Date | string): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new ValidationError(field, `${field} must be a date-time`);
  return date;
}

/** 1–5 windows, each in the future, from before to, ending at most 14 days ahead. */
export function checkWindows(windows: readonly WindowInput[], now: Date): { from: string; to: string }[] {
  if (windows.length < 1 || windows.length > MAX_WINDOWS) throw new ValidationError('windows', `Give between 1 and ${MAX_WINDOWS} time windows`);
  const latest = now.getTime() + MAX_DAYS_AHEAD * DAY_MS;
  return windows.map((window, index) => {
    const from = instant(`windows[${index}].from`, window.from);
    const to = instant(`windows[${index}].to`, window.to);
    if (from.getTime() <= now.getTime()) throw new ValidationError(`windows[${index}].from`, 'A time window must start in the future');
    if (to.getTime() <= from.getTime()) throw new ValidationError(`windows[${index}].to`, 'A time window must end after it starts');
    if (to.getTime() > latest) throw new ValidationError(`windows[${index}].to`, `A time window must end within ${MAX_DAYS_AHEAD} days`);
    return { from: from.toISOString(), to: to.toISOString() };
  });
}

export function checkDescription(description: string): string {
  const text = description.trim();
  if (!text) throw new ValidationError('description', 'Describe what you need');
  if (text.length > 4000) throw new ValidationError('description', 'description must be at most 4000 characters');
  return text;
}

export function checkBudget(budget: BudgetInput | null | undefined, tenantCurrency: string): BudgetInput | null {
  if (!budget) return null;
  if (!Number.isInteger(budget.amountMinor) || budget.amountMinor < 1 || budget.amountMinor > 100_000_000) {
    throw new ValidationError('budget.amountMinor', 'A budget is a positive whole amount of minor units');
  }
  if (budget.currency !== tenantCurrency) throw new ValidationError('budget.currency', `Budgets on this site are in ${tenantCurrency}`);
  return budget;
}

export function checkReason(reason: string | null | undefined, options: { required: boolean }): string | null {
  const text = reason?.trim() ?? '';
  if (options.required && !text) throw new ValidationError('reason', 'Say why');
  if (text.length > 2000) throw new ValidationError('reason', 'reason must be at most 2000 characters');
  return text || null;
}
