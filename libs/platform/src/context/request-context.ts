// The explicit context of one unit of work: built once per request, passed first to every service
// call, and serialized into job payloads so a worker runs the same code under the same tenant.
import { newId } from '../ids.js';

export const TENANT_ROLES = ['customer', 'helper', 'operator_admin', 'operator_agent'] as const;
export type TenantRole = (typeof TENANT_ROLES)[number];

export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; sessionId: string }
  | { kind: 'platform_admin'; adminId: string }
  | { kind: 'system'; name: string };

export interface SerializedContext {
  v: 1;
  tenantId: string | null;
  actor: Actor;
  roles: TenantRole[];
  locale: string;
  requestId: string;
}

export class RequestContext {
  private constructor(
    readonly tenantId: string | null,
    readonly actor: Actor,
    readonly roles: readonly TenantRole[],
    readonly locale: string,
    readonly requestId: string,
  ) {}

  static create(input: {
    tenantId: string | null;
    actor?: Actor;
    roles?: readonly TenantRole[];
    locale?: string;
    requestId?: string;
  }): RequestContext {
    return new RequestContext(
      input.tenantId,
      input.actor ?? { kind: 'anonymous' },
      Object.freeze([...(input.roles ?? [])]),
      input.locale ?? 'en',
      input.requestId ?? newId(),
    );
  }

  /** A context for background work of the platform itself inside one tenant. */
  static system(tenantId: string | null, name: string, requestId?: string): RequestContext {
    return RequestContext.create({ tenantId, actor: { kind: 'system', name }, requestId });
  }

  static fromJSON(data: SerializedContext): RequestContext {
    return RequestContext.create(data);
  }

  toJSON(): SerializedContext {
    return {
      v: 1,
      tenantId: this.tenantId,
      actor: this.actor,
      roles: [...this.roles],
      locale: this.locale,
      requestId: this.requestId,
    };
  }

  get userId(): string | null {
    return this.actor.kind === 'user' ? this.actor.userId : null;
  }

  hasRole(...roles: TenantRole[]): boolean {
    return roles.some((role) => this.roles.includes(role));
  }

  requireTenantId(): string {
    if (!this.tenantId) throw new Error('This operation needs a tenant context');
    return this.tenantId;
  }
}
