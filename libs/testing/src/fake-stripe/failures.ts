// Failure injection: which requests fail, and how, decided by explicit rules or a seeded coin.
import { seededRandom } from '../seeded-random.js';

export type FailureKind = 'server_error' | 'timeout_after_commit' | 'reset_after_commit';

export interface RequestMatch {
  method?: string;
  /** A string must equal the request's path (without query); a RegExp is tested against it. */
  path?: string | RegExp;
}

export interface FailureRule extends RequestMatch {
  kind: FailureKind;
  /** How many matching requests fail; 1 unless given. */
  times?: number;
}

export interface RandomFailureRule extends RequestMatch {
  kind: FailureKind;
  /** Share of matching requests that fail, between 0 and 1. */
  ratio: number;
  seed: number;
}

export function matches(match: RequestMatch, method: string, path: string): boolean {
  if (match.method && match.method.toUpperCase() !== method) return false;
  if (match.path === undefined) return true;
  return typeof match.path === 'string' ? match.path === path : new RegExp(match.path.source, match.path.flags.replace('g', '')).test(path);
}

export class FailurePlan {
  private rules: { rule: FailureRule; remaining: number }[] = [];
  private randomRules: { rule: RandomFailureRule; next: () => number }[] = [];

  add(rule: FailureRule): void {
    this.rules.push({ rule, remaining: rule.times ?? 1 });
  }

  addRandom(rule: RandomFailureRule): void {
    if (!(rule.ratio >= 0 && rule.ratio <= 1)) throw new Error(`failRandomly: ratio must be between 0 and 1, got ${rule.ratio}`);
    this.randomRules.push({ rule, next: seededRandom(rule.seed) });
  }

  clear(): void {
    this.rules = [];
    this.randomRules = [];
  }

  /** The failure this request suffers, if any; explicit rules first, in the order they were added. */
  next(method: string, path: string): FailureKind | undefined {
    const explicit = this.rules.find((entry) => entry.remaining > 0 && matches(entry.rule, method, path));
    if (explicit) {
      explicit.remaining -= 1;
      return explicit.rule.kind;
    }
    for (const entry of this.randomRules) {
      if (matches(entry.rule, method, path) && entry.next() < entry.rule.ratio) return entry.rule.kind;
    }
    return undefined;
  }
}
