// Input rules for emails, passwords and display names; each failure names its field.
import { ValidationError } from '@quartier/platform';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

// Deliberately simple: one @, a dot in the domain, no spaces. Delivery is the real check.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmail(email: string, field = 'email'): string {
  const value = email.trim();
  if (value.length > 254 || !EMAIL_PATTERN.test(value)) {
    throw new ValidationError(field, 'Enter a valid email address');
  }
  return value;
}

export function checkPassword(password: string, email: string, field = 'password'): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw new ValidationError(field, `Password must have at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw new ValidationError(field, `Password must have at most ${PASSWORD_MAX_LENGTH} characters`);
  }
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) {
    throw new ValidationError(field, 'Password must not be your email address');
  }
}

export function normalizeDisplayName(name: string, field = 'displayName'): string {
  const value = name.trim();
  if (value.length < 1 || value.length > 120) {
    throw new ValidationError(field, 'Name must have between 1 and 120 characters');
  }
  return value;
}
