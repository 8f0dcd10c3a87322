// Every object the fake Stripe holds, scoped like Stripe scopes them: to the platform whose key made
// them, and within it to the platform itself or one of its connected accounts.
import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import { accountInaccessible, invalidParam, invalidRequest, resourceMissing } from './stripe-errors.js';
import { Params, readInteger, readString } from './request-params.js';

export interface StripeObject {
  id: string;
  object: string;
  created?: number;
}

/** `accountId` is the platform's own account id unless the request named a connected account. */
export interface Scope {
  platformId: string;
  accountId: string;
}

/** Where a change comes from: an API request (with its ids) or a test control (without). */
export interface Operation {
  scope: Scope;
  requestId: string | null;
  idempotencyKey: string | null;
}

/** A response the fake commits to: stored for idempotent replay, even when it carries an error. */
export interface Reply {
  status: number;
  body: unknown;
}

export function ok(body: unknown): Reply {
  return { status: 200, body };
}

export interface ListQuery {
  limit: number;
  startingAfter?: string;
  endingBefore?: string;
  created?: { gt?: number; gte?: number; lt?: number; lte?: number };
}

export interface ListObject<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
  url: string;
}

interface Entry {
  scope: Scope;
  sequence: number;
  value: StripeObject;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function randomToken(length: number): string {
  return Array.from(randomBytes(length), (byte) => BASE62[byte % 62]).join('');
}

export function sameScope(a: Scope, b: Scope): boolean {
  return a.platformId === b.platformId && a.accountId === b.accountId;
}

export class StripeState {
  private readonly platformsByKey = new Map<string, string>();
  private readonly platformsByPublishableKey = new Map<string, string>();
  private readonly entries = new Map<string, Entry>();
  private sequence = 0;
  /** Real (not replayed) captures per payment intent. */
  readonly captureCounts = new Map<string, number>();
  readonly onboardingLinks = new Map<string, { refreshUrl: string; returnUrl: string }>();

  constructor(
    readonly now: () => number,
    readonly apiVersion: string,
  ) {}

  nowSeconds(): number {
    return Math.floor(this.now() / 1000);
  }

  newId(prefix: string): string {
    return `${prefix}_${randomToken(24)}`;
  }

  addPlatform(secretKey: string, publishableKey?: string): string {
    const platformId = this.platformsByKey.get(secretKey) ?? this.newId('acct');
    this.platformsByKey.set(secretKey, platformId);
    if (publishableKey) this.platformsByPublishableKey.set(publishableKey, platformId);
    return platformId;
  }

  platformForPublishableKey(publishableKey: string): string | undefined {
    return this.platformsByPublishableKey.get(publishableKey);
  }

  platformForKey(secretKey: string): string | undefined {
    return this.platformsByKey.get(secretKey);
  }

  platformScope(platformId: string): Scope {
    return { platformId, accountId: platformId };
  }

  /** The scope a `Stripe-Account` header selects; only the platform's own connected accounts are reachable. */
  scopeFor(platformId: string, stripeAccount: string | undefined): Scope {
    if (!stripeAccount || stripeAccount === platformId) return this.platformScope(platformId);
    if (!this.connectedAccount(platformId, stripeAccount)) throw accountInaccessible(stripeAccount);
    return { platformId, accountId: stripeAccount };
  }

  connectedAccount(platformId: string, accountId: string): Stripe.Account | undefined {
    const entry = this.entries.get(accountId);
    if (!entry || entry.value.object !== 'account' || entry.scope.platformId !== platformId) return undefined;
    return entry.value as unknown as Stripe.Account;
  }

  insert<T extends StripeObject>(scope: Scope, value: T): T {
    this.entries.set(value.id, { scope, sequence: ++this.sequence, value });
    return value;
  }

  find<T>(scope: Scope, id: string, object: string): T | undefined {
    const entry = this.entries.get(id);
    if (!entry || entry.value.object !== object || !sameScope(entry.scope, scope)) return undefined;
    return entry.value as unknown as T;
  }

  /** An object of the caller's scope, or Stripe's resource_missing (404 for the path id, 400 for a parameter). */
  get<T>(scope: Scope, id: string, object: string, label: string, param = 'id'): T {
    const found = this.find<T>(scope, id, object);
    if (!found) throw resourceMissing(label, id, param);
    return found;
  }

  /** Test controls reach objects by id whichever platform owns them. */
  locate<T>(id: string, object: string): { scope: Scope; value: T } | undefined {
    const entry = this.entries.get(id);
    if (!entry || entry.value.object !== object) return undefined;
    return { scope: entry.scope, value: entry.value as unknown as T };
  }

  /** Objects of one type in the order they were made. */
  all<T>(object: string, include: (scope: Scope) => boolean = () => true): T[] {
    return [...this.entries.values()]
      .filter((entry) => entry.value.object === object && include(entry.scope))
      .map((entry) => entry.value as unknown as T);
  }

  /** Stripe's list object: newest first, cursor pagination by object id. */
  list<T extends StripeObject>(scope: Scope, object: string, url: string, query: ListQuery, keep: (value: T) => boolean = () => true): ListObject<T> {
    const { created } = query;
    let matches = [...this.entries.values()]
      .filter((entry) => entry.value.object === object && sameScope(entry.scope, scope))
      .sort((a, b) => (b.value.created ?? 0) - (a.value.created ?? 0) || b.sequence - a.sequence)
      .map((entry) => entry.value as T)
      .filter((value) => {
        const at = value.created ?? 0;
        if (created?.gt !== undefined && !(at > created.gt)) return false;
        if (created?.gte !== undefined && !(at >= created.gte)) return false;
        if (created?.lt !== undefined && !(at < created.lt)) return false;
        if (created?.lte !== undefined && !(at <= created.lte)) return false;
        return keep(value);
      });
    if (query.startingAfter) {
      const cursor = this.get<T>(scope, query.startingAfter, object, object, 'starting_after');
      const index = matches.indexOf(cursor);
      matches = index < 0 ? [] : matches.slice(index + 1);
    } else if (query.endingBefore) {
      const cursor = this.get<T>(scope, query.endingBefore, object, object, 'ending_before');
      const index = matches.indexOf(cursor);
      matches = index < 0 ? [] : matches.slice(Math.max(0, index - query.limit), index);
    }
    return {
      object: 'list',
      data: structuredClone(matches.slice(0, query.limit)),
      has_more: matches.length > query.limit,
      url,
    };
  }

  /** Records an event whose data.object is a snapshot: later changes to the object do not show in it. */
  recordEvent(operation: Operation, type: string, object: StripeObject, previousAttributes?: Record<string, unknown>): Stripe.Event {
    const { scope } = operation;
    const connected = scope.accountId !== scope.platformId;
    const event = {
      id: this.newId('evt'),
      object: 'event' as const,
      ...(connected ? { account: scope.accountId } : {}),
      api_version: this.apiVersion,
      created: this.nowSeconds(),
      data: {
        object: structuredClone(object),
        ...(previousAttributes ? { previous_attributes: structuredClone(previousAttributes) } : {}),
      },
      livemode: false,
      pending_webhooks: 1,
      request: { id: operation.requestId, idempotency_key: operation.idempotencyKey },
      type,
    } as unknown as Stripe.Event;
    this.insert(scope, event);
    return event;
  }

  /** Replaces expandable ids by their objects along each dotted path, on a copy. */
  expand<T>(scope: Scope, value: T, paths: readonly string[]): T {
    const copy = structuredClone(value);
    for (const path of paths) this.expandPath(scope, copy, path.split('.'), path);
    return copy;
  }

  private expandPath(scope: Scope, target: unknown, segments: string[], path: string): void {
    if (typeof target !== 'object' || target === null) return;
    const record = target as Record<string, unknown>;
    const [head, ...rest] = segments;
    if (head === 'data' && Array.isArray(record['data']) && record['object'] === 'list') {
      for (const item of record['data']) this.expandPath(scope, item, rest, path);
      return;
    }
    if (!(head in record)) throw invalidRequest(`This property cannot be expanded (${path}).`, { param: 'expand' });
    const field = record[head];
    if (typeof field === 'string') {
      const entry = this.entries.get(field);
      if (entry && entry.scope.platformId === scope.platformId) record[head] = structuredClone(entry.value);
    }
    if (rest.length > 0) this.expandPath(scope, record[head], rest, path);
  }
}

export function readListQuery(params: Params): ListQuery {
  const limit = readInteger(params, 'limit') ?? 10;
  if (limit < 1 || limit > 100) {
    throw invalidParam('limit', `This value must be greater than or equal to 1 and less than or equal to 100 (it currently is '${limit}').`);
  }
  return {
    limit,
    startingAfter: readString(params, 'starting_after'),
    endingBefore: readString(params, 'ending_before'),
    created: readCreatedRange(params),
  };
}

function readCreatedRange(params: Params): ListQuery['created'] {
  const value = params['created'];
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string') {
    const exact = readInteger(params, 'created');
    return { gte: exact, lte: exact };
  }
  if (typeof value !== 'object' || value === null) throw invalidParam('created', 'Invalid created');
  const range = value as Params;
  for (const key of Object.keys(range)) {
    if (!['gt', 'gte', 'lt', 'lte'].includes(key)) throw invalidParam(`created[${key}]`, `Received unknown parameter: created[${key}]`);
  }
  return {
    gt: readInteger(range, 'gt', 'created[gt]'),
    gte: readInteger(range, 'gte', 'created[gte]'),
    lt: readInteger(range, 'lt', 'created[lt]'),
    lte: readInteger(range, 'lte', 'created[lte]'),
  };
}
