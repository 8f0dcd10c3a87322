// The probe registry's shape. Every Query, Mutation and Subscription of both GraphQL schemas has one
// probe: how to call it aimed at another tenant's data (cross-tenant gate) and who may call it (role matrix).
import type { TenantRole } from '@quartier/platform';
import type { TestApi } from '../../test-api.js';
import type { GateActor, GatePlatformAdmin } from '../support/actors.js';
import type { LiveTrigger } from '../support/live.js';

export type Endpoint = 'tenant' | 'platform';

/** Everyone the role matrix tries, on the tenant host of tenant A (or the platform console). */
export const CALLERS = ['anonymous', 'customer', 'helper', 'operator_agent', 'operator_admin', 'platform_admin', 'other_tenant'] as const;
export type Caller = (typeof CALLERS)[number];

/** What a probe may aim at: the other tenant's identifiers and secrets, or random look-alikes. */
export interface Target {
  tenantId: string;
  slug: string;
  name: string;
  /** A custom domain of the tenant. */
  domain: string;
  users: Record<TenantRole, { id: string; email: string; password: string }>;
  /** Opaque values obtained through the product (refresh tokens, invitation tokens), by name. */
  secrets: Record<string, string>;
  /** An `endCursor` of a page of the tenant's own rows, by list operation. */
  cursors: Record<string, string>;
}

export interface Probe {
  endpoint: Endpoint;
  /** `Query.<field>`, `Mutation.<field>` or `Subscription.<field>` (called over graphql-ws). */
  field: string;
  document: string;
  /** Variables aimed at `target` (in arguments, nested inputs and cursors). */
  variables?: (target: Target) => Record<string, unknown>;
  /**
   * false: an explicit "no foreign ids" entry. It is still run as every role of tenant A, and
   * tenant B's data must not appear in the answer nor B's rows change.
   */
  foreignIds: boolean;
  /** The role matrix row: these callers are let through; every other caller must be refused. */
  allow: readonly Caller[];
  /**
   * Role matrix only: a valid input of tenant A's own, made fresh for each call, for operations
   * whose answer to a random look-alike is itself UNAUTHENTICATED (an unknown session).
   */
  ownInput?: (ctx: FactsContext) => Promise<Record<string, unknown>>;
  /**
   * Subscriptions only (required there): publishes events while the caller listens — decoys aimed at
   * the target, then one for the caller — so an admitted caller is seen receiving and a leak shows.
   */
  trigger?: LiveTrigger;
}

export const probeKey = (probe: Pick<Probe, 'endpoint' | 'field'>): string => `${probe.endpoint} ${probe.field}`;

export interface FactsContext {
  api: TestApi;
  tenant: { id: string; slug: string; name: string };
  actors: Record<TenantRole, GateActor>;
  platformAdmin: GatePlatformAdmin;
}

/** Gathers a tenant's secrets and cursors through the product, for the probes of one domain. */
export type FactsGatherer = (ctx: FactsContext) => Promise<Pick<Target, 'secrets' | 'cursors'>>;
