// Typed errors with stable codes. Libs throw these; the API maps them to GraphQL errors in one filter.

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'TENANT_NOT_FOUND'
  | 'TENANT_SUSPENDED'
  | 'TENANT_MISMATCH'
  | 'INVALID_CREDENTIALS'
  | 'TOKEN_REUSED'
  | 'INTERNAL';

export abstract class QuartierError extends Error {
  abstract readonly code: ErrorCode;
  /** HTTP status used where an error ends a whole request (tenant resolution, authentication). */
  readonly httpStatus: number = 200;

  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends QuartierError {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message, { field });
  }
}

/** Same message whether the row does not exist or belongs to another tenant: ids reveal nothing. */
export class NotFoundError extends QuartierError {
  readonly code = 'NOT_FOUND';
  constructor(entity: string) {
    super(`${entity} not found`, { entity });
  }
}

export class UnauthenticatedError extends QuartierError {
  readonly code = 'UNAUTHENTICATED';
  override readonly httpStatus = 401;
  constructor(message = 'Authentication required') {
    super(message);
  }
}

export class ForbiddenError extends QuartierError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'You are not allowed to do this') {
    super(message);
  }
}

export class ConflictError extends QuartierError {
  readonly code = 'CONFLICT';
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, details);
  }
}

export class RateLimitedError extends QuartierError {
  readonly code = 'RATE_LIMITED';
  override readonly httpStatus = 429;
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts; try again in ${retryAfterSeconds} seconds`, { retryAfterSeconds });
  }
}

export class TenantNotFoundError extends QuartierError {
  readonly code = 'TENANT_NOT_FOUND';
  override readonly httpStatus = 404;
  constructor(host: string) {
    super(`No Neighborhood site is served at ${host}`, { host });
  }
}

export class TenantSuspendedError extends QuartierError {
  readonly code = 'TENANT_SUSPENDED';
  override readonly httpStatus = 403;
  constructor() {
    super('This Neighborhood site is suspended');
  }
}

export class TenantMismatchError extends QuartierError {
  readonly code = 'TENANT_MISMATCH';
  override readonly httpStatus = 401;
  constructor() {
    super('This token was not issued for this site');
  }
}
