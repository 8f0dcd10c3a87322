// argon2id with parameters at or above OWASP's minimum (19 MiB, 2 passes, 1 lane). The
// parameters are written into every hash, so they can be raised later and old hashes still verify.
import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

export const ARGON2_PARAMETERS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  private dummyHash: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id, ...ARGON2_PARAMETERS });
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /**
   * Spends the same work as a real verification when there is no account, so response time does
   * not tell an attacker which emails are registered. Always false.
   */
  async verifyAgainstNothing(password: string): Promise<false> {
    this.dummyHash ??= this.hash('quartier-no-such-account');
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
