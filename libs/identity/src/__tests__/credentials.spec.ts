import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '@quartier/platform';
import { checkPassword, normalizeEmail } from '../passwords/credential-rules.js';
import { PasswordHasher } from '../passwords/password-hasher.js';

function fieldOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof ValidationError ? error.field : 'not a ValidationError';
  }
}

describe('credential rules', () => {
  it('accepts a password of 10 to 256 characters that is not the email', () => {
    expect(fieldOf(() => checkPassword('x'.repeat(10), 'anna@example.test'))).toBeNull();
    expect(fieldOf(() => checkPassword('x'.repeat(256), 'anna@example.test'))).toBeNull();
  });

  it.each([
    ['too short', 'x'.repeat(9)],
    ['too long', 'x'.repeat(257)],
    ['the email, in other case', ' Anna@Example.test'],
  ])('refuses a password that is %s, naming the field', (_label, password) => {
    expect(fieldOf(() => checkPassword(password, 'anna@example.test'))).toBe('password');
  });

  it('refuses malformed emails and keeps the given case of valid ones', () => {
    expect(fieldOf(() => normalizeEmail('anna@'))).toBe('email');
    expect(fieldOf(() => normalizeEmail('an na@example.test'))).toBe('email');
    expect(normalizeEmail('  Anna@Example.test ')).toBe('Anna@Example.test');
  });
});

describe('password hasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hasher.hash('correct horse battery');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await hasher.verify(hash, 'correct horse battery')).toBe(true);
    expect(await hasher.verify(hash, 'correct horse battery!')).toBe(false);
  });

  it('treats a malformed stored hash as a mismatch, not a crash', async () => {
    expect(await hasher.verify('not-a-hash', 'whatever password')).toBe(false);
    expect(await hasher.verifyAgainstNothing('whatever password')).toBe(false);
  });
});
