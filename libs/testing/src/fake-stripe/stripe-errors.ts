// Stripe's error bodies, so the real SDK raises the same error classes it raises against Stripe.

export interface StripeErrorBody {
  type: 'api_error' | 'card_error' | 'idempotency_error' | 'invalid_request_error' | 'authentication_error';
  message: string;
  code?: string;
  decline_code?: string;
  param?: string;
  doc_url?: string;
  charge?: string;
  payment_intent?: unknown;
  payment_method?: unknown;
  request_log_url?: string;
}

/**
 * A refused request; nothing changed. Stripe keeps an outcome for idempotent replay only once the
 * endpoint started executing: a refusal over the object's state (`committed`) is kept, a refusal of
 * the parameters themselves is not.
 */
export class StripeFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: StripeErrorBody,
    readonly committed = false,
  ) {
    super(error.message);
  }
}

function docUrl(code: string): string {
  return `https://stripe.com/docs/error-codes/${code.replace(/_/g, '-')}`;
}

export function invalidRequest(
  message: string,
  options: { code?: string; param?: string; extra?: Partial<StripeErrorBody>; committed?: boolean } = {},
): StripeFailure {
  const { code, param, extra, committed } = options;
  const error: StripeErrorBody = {
    type: 'invalid_request_error',
    message,
    ...(code ? { code, doc_url: docUrl(code) } : {}),
    ...(param ? { param } : {}),
    ...extra,
  };
  return new StripeFailure(400, error, committed);
}

/** The object is not in a state that allows the operation: a refusal Stripe replays for the same key. */
export function stateConflict(message: string, options: { code?: string; param?: string; extra?: Partial<StripeErrorBody> } = {}): StripeFailure {
  return invalidRequest(message, { ...options, committed: true });
}

/** The 404 Stripe answers for an id that does not exist in the caller's account. */
export function resourceMissing(label: string, id: string, param = 'id'): StripeFailure {
  const failure = invalidRequest(`No such ${label}: '${id}'`, { code: 'resource_missing', param });
  return param === 'id' ? new StripeFailure(404, failure.error) : failure;
}

export function missingParam(param: string): StripeFailure {
  return invalidRequest(`Missing required param: ${param}.`, { code: 'parameter_missing', param });
}

export function invalidParam(param: string, message: string): StripeFailure {
  return invalidRequest(message, { code: 'parameter_invalid', param });
}

export function unknownParam(param: string): StripeFailure {
  return invalidRequest(`Received unknown parameter: ${param}`, { code: 'parameter_unknown', param });
}

export function unrecognizedUrl(method: string, path: string): StripeFailure {
  return new StripeFailure(404, {
    type: 'invalid_request_error',
    message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
  });
}

export function authenticationFailed(key: string | undefined): StripeFailure {
  const message = key
    ? `Invalid API Key provided: ${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`
    : 'You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. \'Authorization: Bearer YOUR_SECRET_KEY\').';
  return new StripeFailure(401, { type: 'authentication_error', message, ...(key ? { code: 'api_key_invalid' } : {}) });
}

export function publishableKeyRefused(): StripeFailure {
  return new StripeFailure(401, {
    type: 'invalid_request_error',
    message: 'This API call cannot be made with a publishable API key. Please use a secret API key. You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys.',
  });
}

export function accountInaccessible(accountId: string): StripeFailure {
  return new StripeFailure(403, {
    type: 'invalid_request_error',
    code: 'account_invalid',
    doc_url: docUrl('account_invalid'),
    message: `The provided key does not have access to account '${accountId}' (or that account does not exist). Application access may have been revoked.`,
  });
}

export function idempotencyFailure(status: 400 | 409, message: string): StripeFailure {
  return new StripeFailure(status, { type: 'idempotency_error', message });
}

export function serverError(): StripeFailure {
  return new StripeFailure(500, {
    type: 'api_error',
    message: "Sorry, something went wrong. We've already been notified of the problem, but if you need any help, you can reach us at support.stripe.com/contact.",
  });
}
