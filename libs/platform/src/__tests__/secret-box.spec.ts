import { describe, expect, it } from '@jest/globals';
import { SecretBox } from '../crypto/secret-box.js';

describe('SecretBox', () => {
  const box = new SecretBox('a-test-encryption-key-of-at-least-32-chars');

  it('round-trips and never repeats a ciphertext', () => {
    const a = box.seal('invitation', 'secret-token');
    const b = box.seal('invitation', 'secret-token');
    expect(a).not.toBe(b);
    expect(a).not.toContain('secret-token');
    expect(box.open('invitation', a)).toBe('secret-token');
  });

  it('refuses another purpose, another key and a tampered value', () => {
    const sealed = box.seal('invitation', 'secret-token');
    expect(() => box.open('stripe-key', sealed)).toThrow();
    expect(() => new SecretBox('another-encryption-key-of-32-chars-or-more').open('invitation', sealed)).toThrow();
    const [version, iv, body] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    expect(() => box.open('invitation', `${version}.${iv}.${flipped.toString('base64url')}`)).toThrow();
    expect(() => box.open('invitation', 'plain text')).toThrow('Not a sealed value');
  });
});
